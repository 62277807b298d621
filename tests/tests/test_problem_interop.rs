//! `Problem` among other RFC 9457 crates: every problem a catalog's errors write reads
//! back equal through `problem_details` and `http-api-problem`, and what they write reads
//! into ours.

#[allow(dead_code, reason = "its card number is for other tests")]
mod payments;

use std::collections::HashMap;
use std::fmt::Display;

use http::Uri;
use http_api_problem::{HttpApiProblem, StatusCode};
use payments::{PaymentCode, PaymentError};
use problem_details::ProblemDetails;
use serde::Serialize;
use serde_json::{Value, json};
use zingle_errors::{ErrorCode, Problem, ZingleError};

/// `problem_details`' problem with any extension members.
type Details = ProblemDetails<HashMap<String, Value>>;

/// Each parameter with its own name as its value.
fn named_args(params: &'static [&'static str]) -> Vec<(&'static str, &'static dyn Display)> {
    params
        .iter()
        .map(|name| (*name, name as &'static dyn Display))
        .collect()
}

/// The problem of every code of the Zingle catalog.
fn zingle_problems() -> Vec<Problem> {
    ErrorCode::ALL
        .iter()
        .map(|&code| {
            let err = ZingleError::new(code, &named_args(code.params())).unwrap();
            err.to_problem()
        })
        .collect()
}

/// The problem of every code of the payments catalog, which has no documentation links.
fn payment_problems() -> Vec<Problem> {
    PaymentCode::ALL
        .iter()
        .map(|&code| {
            let err = PaymentError::new(code, &named_args(code.params())).unwrap();
            err.to_problem()
        })
        .collect()
}

/// Ours written, read by `theirs`, written by it and read back: equal, and each of its
/// fields holding ours.
fn round_trips(problem: &Problem) {
    let json = serde_json::to_string(problem).unwrap();
    let code = problem.code.map(|code| ("code".to_owned(), json!(code)));

    let details: Details = serde_json::from_str(&json).unwrap();
    let type_uri = details.r#type.as_ref().map(ToString::to_string);
    assert_eq!(type_uri.as_deref(), Some(&*problem.type_uri), "{json}");
    assert_eq!(details.title.as_deref(), Some(&*problem.title), "{json}");
    assert_eq!(details.status.map(|s| s.as_u16()), problem.status);
    assert_eq!(details.detail.as_deref(), Some(&*problem.detail), "{json}");
    assert_eq!(details.extensions, code.clone().into_iter().collect());
    let back = serde_json::to_string(&details).unwrap();
    assert_eq!(
        &read(&back),
        problem,
        "{json} through problem_details: {back}"
    );

    let api: HttpApiProblem = serde_json::from_str(&json).unwrap();
    assert_eq!(api.type_url.as_deref(), Some(&*problem.type_uri), "{json}");
    assert_eq!(api.title.as_deref(), Some(&*problem.title), "{json}");
    assert_eq!(api.status.map(|s| s.as_u16()), problem.status);
    assert_eq!(api.detail.as_deref(), Some(&*problem.detail), "{json}");
    assert_eq!(api.additional_fields(), &code.into_iter().collect());
    let back = api.json_string();
    assert_eq!(
        &read(&back),
        problem,
        "{json} through http-api-problem: {back}"
    );
}

fn read(json: &str) -> Problem {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// What another crate wrote, read into ours.
fn ours<T: Serialize>(theirs: &T) -> Problem {
    read(&serde_json::to_string(theirs).unwrap())
}

fn problem(
    type_uri: &str,
    title: &str,
    status: impl Into<Option<u16>>,
    detail: &str,
    code: Option<u16>,
) -> Problem {
    Problem {
        type_uri: type_uri.to_owned(),
        title: title.to_owned(),
        status: status.into(),
        detail: detail.to_owned(),
        code,
    }
}

#[test]
fn every_zingle_problem_round_trips() {
    let problems = zingle_problems();
    assert_eq!(problems.len(), ErrorCode::ALL.len());
    for problem in &problems {
        round_trips(problem);
    }
    let invalid_label = problems.iter().find(|p| p.code == Some(3612)).unwrap();
    assert_eq!(
        invalid_label,
        &problem(
            "https://github.com/Zingle/rest-api-documentation/blob/master/error_codes.md",
            "Bad Request",
            400,
            "Invalid label 'correspondent_id'",
            Some(3612),
        ),
        "typed by the documentation link without its #3612"
    );
}

#[test]
fn every_problem_of_a_catalog_without_links_round_trips() {
    let problems = payment_problems();
    assert_eq!(problems.len(), PaymentCode::ALL.len());
    for problem in &problems {
        assert_eq!(problem.type_uri, "about:blank", "{problem:?}");
        round_trips(problem);
    }
}

#[test]
fn a_link_per_code_is_kept_whole_and_round_trips() {
    let problem = Problem::new(
        Some("https://docs.example.com/errors/4001"),
        402,
        "Card declined".to_owned(),
        Some(4001),
    );
    assert_eq!(problem.type_uri, "https://docs.example.com/errors/4001");
    round_trips(&problem);
    let unknown = Problem::new(None, 599, String::new(), None);
    assert_eq!(unknown.title, "", "599 has no reason phrase");
    round_trips(&unknown);
    round_trips(&Problem {
        status: None,
        ..problem
    });
}

#[test]
fn problems_problem_details_builds_read_into_ours() {
    let code = HashMap::from([("code".to_owned(), json!(3000))]);
    let full = ProblemDetails::from_status_code(StatusCode::NOT_FOUND)
        .with_type(Uri::from_static("https://docs.example.com/errors/3000"))
        .with_detail("Contact not found")
        .with_instance(Uri::from_static("/contacts/9"))
        .with_extensions(code.clone());
    assert_eq!(
        ours(&full),
        problem(
            "https://docs.example.com/errors/3000",
            "Not Found",
            404,
            "Contact not found",
            Some(3000)
        )
    );
    let untyped = ProblemDetails::from_status_code(StatusCode::NOT_FOUND).with_extensions(code);
    assert_eq!(
        ours(&untyped),
        problem("about:blank", "Not Found", 404, "", Some(3000))
    );
    let untitled = ProblemDetails::new()
        .with_status(StatusCode::CONFLICT)
        .with_detail("Label in use");
    assert_eq!(
        ours(&untitled),
        problem("about:blank", "", 409, "Label in use", None)
    );
    let blank = ProblemDetails::from_status_code(StatusCode::FORBIDDEN)
        .with_type(problem_details::ProblemType::default());
    assert_eq!(
        ours(&blank),
        problem("about:blank", "Forbidden", 403, "", None)
    );
    let statusless = ProblemDetails::new().with_title("Out of credit");
    assert_eq!(
        ours(&statusless),
        problem("about:blank", "Out of credit", None, "", None)
    );
    assert_eq!(
        ours(&ProblemDetails::new()),
        problem("about:blank", "", None, "", None),
        "{{}}: every member absent"
    );
}

#[test]
fn problems_http_api_problem_builds_read_into_ours() {
    let full = HttpApiProblem::with_title(StatusCode::NOT_FOUND)
        .type_url("https://docs.example.com/errors/3000")
        .detail("Contact not found")
        .instance("/contacts/9")
        .value("code", &3000)
        .value("trace_id", &"abc");
    assert_eq!(
        ours(&full),
        problem(
            "https://docs.example.com/errors/3000",
            "Not Found",
            404,
            "Contact not found",
            Some(3000)
        )
    );
    let bare = HttpApiProblem::new(StatusCode::FORBIDDEN);
    assert_eq!(ours(&bare), problem("about:blank", "", 403, "", None));
    let typed = HttpApiProblem::with_title_and_type(StatusCode::SERVICE_UNAVAILABLE)
        .detail("Try later")
        .value("code", &1001);
    assert_eq!(
        ours(&typed),
        problem(
            "https://httpstatuses.com/503",
            "Service Unavailable",
            503,
            "Try later",
            Some(1001)
        )
    );
    let statusless = HttpApiProblem::empty()
        .title("Out of credit")
        .detail("Balance 30, cost 50");
    assert_eq!(
        ours(&statusless),
        problem(
            "about:blank",
            "Out of credit",
            None,
            "Balance 30, cost 50",
            None
        )
    );
}

/// RFC 9457 §3.1: "If a member's value type does not match the specified type, the
/// member MUST be ignored": the member reads as absent, and the others as they are.
#[test]
fn a_member_of_another_type_reads_as_absent() {
    let cases = [
        (
            r#"{"type":"https://docs.example.com/errors/3000","title":null,"status":404,"detail":"Contact not found","code":3000}"#,
            problem(
                "https://docs.example.com/errors/3000",
                "",
                404,
                "Contact not found",
                Some(3000),
            ),
        ),
        (
            r#"{"title":"Not Found","status":"404","detail":"Contact not found","code":3000}"#,
            problem(
                "about:blank",
                "Not Found",
                None,
                "Contact not found",
                Some(3000),
            ),
        ),
        (
            r#"{"title":"Not Found","status":404,"detail":"Contact not found","code":"E42"}"#,
            problem("about:blank", "Not Found", 404, "Contact not found", None),
        ),
        (
            r#"{"type":42,"title":"Not Found","status":404,"detail":"Contact not found","code":3000}"#,
            problem(
                "about:blank",
                "Not Found",
                404,
                "Contact not found",
                Some(3000),
            ),
        ),
        (
            r#"{"type":"https://docs.example.com/errors/3000","title":"Not Found","status":404,"detail":[],"code":3000}"#,
            problem(
                "https://docs.example.com/errors/3000",
                "Not Found",
                404,
                "",
                Some(3000),
            ),
        ),
        (
            r#"{"title":{"en":"Not Found"},"status":404.0,"detail":true,"code":3000.5}"#,
            problem("about:blank", "", None, "", None),
        ),
    ];
    for (json, expected) in cases {
        assert_eq!(read(json), expected, "{json}");
    }
    assert_eq!(
        read(r#"{"type":null,"title":7,"status":[404],"detail":{},"code":null}"#),
        read("{}"),
        "every member of another type: as if none were there"
    );
}

/// `status` and `code` are read as u16: a number out of 0..=65535 is of another type.
#[test]
fn a_status_or_code_out_of_range_reads_as_absent() {
    for (json, status, code) in [
        (r#"{"status":70000,"code":65536}"#, None, None),
        (r#"{"status":-404,"code":-1}"#, None, None),
        (r#"{"status":65535,"code":65535}"#, Some(65535), Some(65535)),
        (r#"{"status":0,"code":0}"#, Some(0), Some(0)),
    ] {
        let read = read(json);
        assert_eq!((read.status, read.code), (status, code), "{json}");
    }
}

/// Ignoring a member of another type does not make a broken problem read.
#[test]
fn malformed_json_and_a_member_given_twice_still_fail() {
    for json in [
        r#"{"status":404,"title":"#,
        r#"{"title":"Not Found","title":"Gone"}"#,
        r#""Not Found""#,
    ] {
        assert!(
            serde_json::from_str::<Problem>(json).is_err(),
            "{json} read"
        );
    }
}

#[cfg(feature = "axum")]
#[test]
fn a_problem_read_without_a_status_answers_500() {
    use axum::response::IntoResponse;

    let statusless = problem("about:blank", "Out of credit", None, "", None);
    assert_eq!(statusless.into_response().status(), 500);
    let found = problem("about:blank", "Not Found", 404, "", None);
    assert_eq!(found.into_response().status(), 404);
}
