//! Zingle's JSON envelope: real responses, round trips, unknown codes, hostile input.

use std::io;

use serde_json::Value;
use serde_json::ser::{Formatter, Serializer};
use zingle_errors::{Envelope, ErrorCode, Status, ZingleError, code};

/// Writes JSON as the reference README shows it: `", "` and `": "` between items.
struct Spaced;

impl Formatter for Spaced {
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }
}

fn spaced<T: serde::Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    value
        .serialize(&mut Serializer::with_formatter(&mut out, Spaced))
        .unwrap();
    String::from_utf8(out).unwrap()
}

/// The five error responses seen from the real server, as the reference README gives them.
fn real_responses() -> Vec<(ZingleError, String)> {
    let built = [
        ZingleError::automation_not_manually_triggerable(),
        ZingleError::global_custom_field_read_only(),
        ZingleError::custom_field_display_name_in_use(),
        ZingleError::template_display_name_in_use(),
        ZingleError::label_display_name_in_use(),
    ];
    built
        .into_iter()
        .map(|err| {
            let json = format!(
                r#"{{"status": {{"text": "Bad Request", "status_code": 400, "description": "{}", "error_code": {}}}}}"#,
                err.kind().unwrap().message(),
                err.kind().unwrap().code()
            );
            (err, json)
        })
        .collect()
}

#[test]
fn the_five_real_responses_byte_for_byte() {
    let codes: Vec<u16> = real_responses()
        .iter()
        .filter_map(|(e, _)| e.error_code())
        .collect();
    assert_eq!(codes, [3005, 3201, 3202, 3303, 3402]);
    for (built, json) in real_responses() {
        let response: Envelope<Value> = serde_json::from_str(&json).unwrap();
        // Read and written back, the same bytes.
        assert_eq!(spaced(&response), json);
        // Our own error, written, is the same envelope.
        assert_eq!(spaced(&built.to_envelope()), json);
        assert_eq!(
            serde_json::to_string(&built.to_envelope()).unwrap(),
            json.replace(", ", ",").replace(": ", ":")
        );
        let read = response.into_result().unwrap_err();
        assert_eq!(read, built);
        assert_eq!(read.http_status(), 400);
        assert_eq!(read.status_text(), "Bad Request");
        assert_eq!(read.description(), Some(built.to_string().as_str()));
    }
}

#[test]
fn to_envelope_writes_exactly_the_envelope() {
    let json = serde_json::to_string(&ZingleError::invalid_label("abc").to_envelope()).unwrap();
    assert_eq!(
        json,
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'abc'","error_code":3612}}"#
    );
    let json = serde_json::to_string(&ZingleError::contact_not_found().to_envelope()).unwrap();
    assert_eq!(
        json,
        r#"{"status":{"text":"Not Found","status_code":404,"description":"Contact not found","error_code":3000}}"#
    );
    let read: Envelope<()> = serde_json::from_str(&json).unwrap();
    assert_eq!(
        read.into_result().unwrap_err(),
        ZingleError::contact_not_found()
    );
}

#[test]
fn every_code_round_trips_through_the_envelope() {
    for &code in ErrorCode::ALL {
        let args: Vec<(&str, String)> = code
            .params()
            .iter()
            .map(|p| (*p, format!("<{p} value>")))
            .collect();
        let dyn_args: Vec<(&str, &dyn std::fmt::Display)> = args
            .iter()
            .map(|(n, v)| (*n, v as &dyn std::fmt::Display))
            .collect();
        let message = code.render(&dyn_args).unwrap();
        let json = format!(
            r#"{{"status":{{"text":"{}","status_code":{},"description":"{}","error_code":{}}}}}"#,
            zingle_errors::reason_phrase(code.http_status()).unwrap(),
            code.http_status(),
            message,
            code.code()
        );
        let read = serde_json::from_str::<Envelope<Value>>(&json)
            .unwrap()
            .into_result()
            .unwrap_err();
        assert_eq!(read.kind(), Some(code));
        assert_eq!(read.to_string(), message);
        for (name, value) in &args {
            assert_eq!(read.arg(name), Some(value.as_str()), "{code:?} {name}");
        }
        assert_eq!(
            serde_json::to_string(&read.to_envelope()).unwrap(),
            json,
            "{code:?}"
        );
        let again = serde_json::from_str::<Envelope<()>>(&json)
            .unwrap()
            .into_result()
            .unwrap_err();
        assert_eq!(again, read);
    }
}

#[test]
fn parameters_are_recovered_from_descriptions() {
    let read = |description: &str, code: u16| {
        let mut status = Status::new(400);
        status.description = Some(description.to_owned());
        status.error_code = Some(code);
        ZingleError::from_status(&status).unwrap()
    };
    let err = read("'+1 555' is not a valid SMS number", 3613);
    assert_eq!(err.arg("correspondent_channel_value"), Some("+1 555"));
    assert_eq!(err.arg("channel_type_display_name"), Some("SMS number"));
    assert_eq!(
        err,
        ZingleError::invalid_channel_value("+1 555", "SMS number")
    );
    // A value holding the template's own literal text.
    let err = read("Invalid label 'it's'", 3612);
    assert_eq!(err.arg("correspondent_id"), Some("it's"));
    let err = read("Invalid label ''", 3612);
    assert_eq!(err.arg("correspondent_id"), Some(""));
    // A description the template does not produce: kept verbatim, no parameters.
    let err = read("Label 'x' is invalid", 3612);
    assert_eq!(err.to_string(), "Label 'x' is invalid");
    assert_eq!(err.arg("correspondent_id"), None);
    assert_eq!(err.kind(), Some(code!(3612)));
}

#[test]
fn unknown_codes_are_kept_with_their_text() {
    let json = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Something new went wrong","error_code":9001}}"#;
    let err = serde_json::from_str::<Envelope<Value>>(json)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(err.kind(), None);
    assert_eq!(err.error_code(), Some(9001));
    assert_eq!(err.http_status(), 400);
    assert_eq!(err.to_string(), "Something new went wrong");
    assert_eq!(err.args().count(), 0);
    assert_eq!(serde_json::to_string(&err.to_envelope()).unwrap(), json);
    let debug = format!("{err:?}");
    assert!(debug.contains("9001") && debug.contains("None"), "{debug}");
    // No description either: the code still speaks.
    let err = serde_json::from_str::<Envelope<Value>>(
        r#"{"status":{"text":"Teapot","status_code":418,"error_code":"7777"}}"#,
    )
    .unwrap()
    .into_result()
    .unwrap_err();
    assert_eq!(
        (err.error_code(), err.http_status(), err.status_text()),
        (Some(7777), 418, "Teapot")
    );
    assert_eq!(err.to_string(), "error 7777");
}

#[test]
fn an_error_status_without_a_code_is_still_an_error() {
    let json = r#"{"status":{"text":"Service Unavailable","status_code":503,"description":"Down for maintenance"}}"#;
    let err = serde_json::from_str::<Envelope<Value>>(json)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(
        (err.error_code(), err.kind(), err.http_status()),
        (None, None, 503)
    );
    assert_eq!(err.to_string(), "Down for maintenance");
}

#[test]
fn string_codes_are_read_and_written_back_as_strings() {
    let json = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'abc'","error_code":"3612"}}"#;
    let response: Envelope<Value> = serde_json::from_str(json).unwrap();
    assert_eq!(response.status.error_code, Some(3612));
    assert_eq!(serde_json::to_string(&response).unwrap(), json);
    let err = response.into_result().unwrap_err();
    assert_eq!(err, ZingleError::invalid_label("abc"));
}

#[test]
fn success_envelopes_with_pagination_lose_nothing() {
    let json = r#"{"status":{"text":"OK","status_code":200,"description":null,"sort_field":"created_at","sort_direction":"desc","page":2,"page_size":50,"total_pages":3,"total_records":120,"request_id":"abc-1"},"result":[{"id":"c1"},{"id":"c2"}],"links":{"next":null}}"#;
    let response: Envelope<Vec<Value>> = serde_json::from_str(json).unwrap();
    assert_eq!(response.status.page, Some(2));
    assert_eq!(response.status.total_records, Some(120));
    assert_eq!(response.status.description, None);
    assert_eq!(response.status.extra["request_id"].get(), r#""abc-1""#);
    assert!(!response.status.is_error());
    assert_eq!(serde_json::to_string(&response).unwrap(), json);
    let result = response.into_result().unwrap().unwrap();
    assert_eq!(result.len(), 2);
    // A result sent as null is written as null; an absent one stays absent.
    let json = r#"{"status":{"text":"OK","status_code":200},"result":null}"#;
    let response: Envelope<Value> = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_string(&response).unwrap(), json);
    assert_eq!(response.into_result().unwrap(), None);
    let json = r#"{"status":{"text":"No Content","status_code":204}}"#;
    let response: Envelope<Value> = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_string(&response).unwrap(), json);
}

#[test]
fn typed_results_deserialize() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Contact {
        id: String,
    }
    let json = r#"{"status":{"text":"OK","status_code":200},"result":{"id":"c1"}}"#;
    let response: Envelope<Contact> = serde_json::from_str(json).unwrap();
    assert_eq!(
        response.into_result().unwrap(),
        Some(Contact { id: "c1".into() })
    );
    let err = serde_json::from_str::<Envelope<Contact>>(
        r#"{"status":{"text":"OK","status_code":200},"result":{"name":1}}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("`result`"), "{err}");
}

fn status_error(status_json: &str) -> String {
    let json = format!(r#"{{"status":{status_json}}}"#);
    match serde_json::from_str::<Envelope<Value>>(&json) {
        Ok(r) => panic!("accepted {json}: {r:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn hostile_input_gets_a_clear_error_not_a_panic() {
    for bad in [
        "70000",
        "-1",
        "3612.5",
        "1e3",
        "true",
        "[]",
        "{}",
        "\"abc\"",
        "\"\"",
        "\"-1\"",
        "\"70000\"",
        "\" 3612\"",
    ] {
        let err = status_error(&format!(
            r#"{{"text":"Bad Request","status_code":400,"error_code":{bad}}}"#
        ));
        assert!(err.contains("`status.error_code`"), "{bad}: {err}");
    }
    let err = status_error(r#"{"text":"Bad Request","status_code":"400"}"#);
    assert!(err.contains("`status.status_code`"), "{err}");
    let err = status_error(r#"{"text":"Bad Request","status_code":70000}"#);
    assert!(err.contains("`status.status_code`"), "{err}");
    let err = status_error(r#"{"status_code":400}"#);
    assert!(err.contains("missing field `text`"), "{err}");
    let err = status_error(r#"{"text":null,"status_code":400}"#);
    assert!(err.contains("`status.text`"), "{err}");
    let err = status_error(r#"{"text":"x","status_code":400,"description":5}"#);
    assert!(err.contains("`status.description`"), "{err}");
    let err = status_error("[1,2]");
    assert!(!err.is_empty());
    assert!(
        serde_json::from_str::<Envelope<Value>>(r#"{"result":1}"#)
            .unwrap_err()
            .to_string()
            .contains("missing field `status`")
    );
    assert!(serde_json::from_str::<Envelope<Value>>("[]").is_err());
    assert!(serde_json::from_str::<Envelope<Value>>("").is_err());
}

fn zingle_error_from(code: u16, description: &str) -> ZingleError {
    let mut status = Status::new(400);
    status.error_code = Some(code);
    status.description = Some(description.to_owned());
    ZingleError::from_status(&status).unwrap()
}

#[test]
fn enormous_and_deep_input_does_not_panic() {
    let huge = "x".repeat(8 << 20);
    let json = format!(
        r#"{{"status":{{"text":"Bad Request","status_code":400,"description":"{huge}","error_code":3612}}}}"#
    );
    let err = serde_json::from_str::<Envelope<Value>>(&json)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(err.to_string().len(), huge.len());
    assert_eq!(err.arg("correspondent_id"), None);
    // Many occurrences of a template's literal: bounded work, a verbatim description.
    let many = format!(
        "'{}' is not a valid SMS",
        "' is not a valid ".repeat(1 << 16)
    );
    let err = zingle_error_from(3613, &many);
    assert!(err.to_string() == many);
    // Ambiguous, but whatever values are recovered fill the template back to the text.
    let (a, b) = (
        err.arg("correspondent_channel_value").unwrap(),
        err.arg("channel_type_display_name").unwrap(),
    );
    assert!(ZingleError::invalid_channel_value(a, b).to_string() == many);
    let hostile = format!("Invalid label '{}", "'x".repeat(1 << 20));
    let err = zingle_error_from(3612, &hostile);
    assert!(err.to_string() == hostile);
    assert!(err.arg("correspondent_id").is_none());
    let deep = format!(
        r#"{{"status":{{"text":"OK","status_code":200,"x":{}1{}}}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    // An unknown field is kept as its text, not read into values: any depth, no
    // recursion, written back as it came.
    let response = serde_json::from_str::<Envelope<Value>>(&deep).unwrap();
    assert!(serde_json::to_string(&response).unwrap() == deep);
    // Where a value is read (the result, here a `serde_json::Value`), depth is refused.
    let deep_result = format!(
        r#"{{"status":{{"text":"OK","status_code":200}},"result":{}1{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(
        serde_json::from_str::<Envelope<Value>>(&deep_result)
            .unwrap_err()
            .to_string()
            .contains("recursion")
    );
}

#[test]
fn problem_details() {
    let problem = ZingleError::contact_not_found().to_problem();
    assert_eq!(problem.status, Some(404));
    assert_eq!(problem.title, "Not Found");
    assert_eq!(problem.detail, "Contact not found");
    assert_eq!(problem.code, Some(3000));
    assert_eq!(
        zingle_errors::Problem::CONTENT_TYPE,
        "application/problem+json"
    );
    let json = serde_json::to_value(&problem).unwrap();
    // The code's documentation link without its `#3000`: `code` says which code it is.
    assert_eq!(
        json["type"],
        "https://github.com/Zingle/rest-api-documentation/blob/master/error_codes.md"
    );
    let back: zingle_errors::Problem = serde_json::from_value(json).unwrap();
    assert_eq!(back, problem);
}

#[test]
fn a_code_without_parameters_equals_only_an_error_of_its_own_text() {
    let mut status = Status::new(400);
    status.error_code = Some(ErrorCode::LabelDisplayNameInUse.code());
    status.description = Some("Something completely different".to_owned());
    let other = ZingleError::from_status(&status).unwrap();
    assert_ne!(other, ZingleError::label_display_name_in_use());
    assert_eq!(other.to_string(), "Something completely different");
    status.description = Some(ErrorCode::LabelDisplayNameInUse.message().to_owned());
    let same = ZingleError::from_status(&status).unwrap();
    assert_eq!(same, ZingleError::label_display_name_in_use());
    assert_ne!(same, other);
}

#[test]
fn an_error_envelope_with_a_result_reads_as_any_response() {
    let json = r#"{"status":{"text":"Not Found","status_code":404,"description":"Contact not found","error_code":3000},"result":{"id":"c-1","partial":[1,2]}}"#;
    let read: Envelope<()> = serde_json::from_str(json).unwrap();
    assert_eq!(read.result, None);
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        json,
        "written back as it came"
    );
    let err = read.into_result().unwrap_err();
    assert_eq!(err.kind(), Some(ErrorCode::ContactNotFound));
    // A success needs its result: one that `T` does not read is refused.
    let success = r#"{"status":{"text":"OK","status_code":200},"result":{"id":"c-1"}}"#;
    let refused = serde_json::from_str::<Envelope<()>>(success).unwrap_err();
    assert!(refused.to_string().starts_with("`result`: "), "{refused}");
}

#[test]
fn an_extra_field_cannot_take_a_name_of_the_envelope() {
    let mut status = Status::new(400);
    for key in [
        "error_code",
        "text",
        "status_code",
        "description",
        "status",
        "result",
    ] {
        assert!(status.extra.insert(key, &1).is_err(), "{key}");
    }
    assert!(status.extra.insert("trace", &"x1").unwrap().is_none());
    let json = serde_json::to_string(&status).unwrap();
    assert_eq!(
        json,
        r#"{"text":"Bad Request","status_code":400,"trace":"x1"}"#
    );
    let read: Status = serde_json::from_str(&json).unwrap();
    assert_eq!(read, status);
}

#[test]
fn a_fault_in_a_result_is_located_in_the_body() {
    // The status first, as the library and Zingle write it: the input's own position.
    let body = "{\"status\":{\"text\":\"OK\",\"status_code\":200},\n\"result\":{\"a\":\n \"x\"}}";
    let e =
        serde_json::from_str::<Envelope<std::collections::HashMap<String, u32>>>(body).unwrap_err();
    assert_eq!((e.line(), e.column()), (3, 4), "{e}");
    // The result first: located in the result's own text, which the message says.
    let body = "{\"result\":{\"a\":\n \"x\"},\n\"status\":{\"text\":\"OK\",\"status_code\":200}}";
    let e =
        serde_json::from_str::<Envelope<std::collections::HashMap<String, u32>>>(body).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("in `result`, at its line 2, column 4: invalid type"),
        "{e}"
    );
}
