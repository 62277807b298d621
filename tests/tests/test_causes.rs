//! What a service keeps with an error: its cause, a code chosen at run time, whether to
//! retry; none of it changes what is sent.

use std::error::Error as _;

use zingle_errors::{ErrorCode, RenderError, ZingleError, code};

fn cause() -> std::io::Error {
    std::io::Error::other("database connection refused")
}

#[test]
fn a_cause_is_kept_shown_and_never_sent() {
    let err = ZingleError::server_error().with_source(cause());
    assert_eq!(
        err.source().map(ToString::to_string).as_deref(),
        Some("database connection refused")
    );
    assert!(format!("{err:?}").contains("database connection refused"));
    let json = serde_json::to_string(&err.to_envelope()).unwrap();
    assert!(!json.contains("database"), "{json}");
    let problem = serde_json::to_string(&err.to_problem()).unwrap();
    assert!(!problem.contains("database"), "{problem}");
    assert_eq!(
        err,
        ZingleError::server_error(),
        "the cause is not compared"
    );
    let hash = |e: &ZingleError| {
        use std::hash::{BuildHasher, RandomState};
        let state = RandomState::new();
        (
            state.hash_one(e),
            state.hash_one(ZingleError::server_error()),
        )
    };
    let (a, b) = hash(&err);
    assert_eq!(a, b);
    // Clone shares the cause.
    assert!(err.clone().source().is_some());
    assert!(ZingleError::server_error().source().is_none());
}

#[test]
fn a_code_known_at_run_time_becomes_an_error_in_one_call() {
    let code: ErrorCode = "3612".parse().unwrap();
    let err = ZingleError::new(code, &[("correspondent_id", &"vip")]).unwrap();
    assert_eq!(err, ZingleError::invalid_label("vip"));
    assert_eq!(
        ZingleError::new(code, &[]),
        Err(RenderError::Missing {
            code: 3612,
            name: "InvalidLabel",
            param: "correspondent_id"
        })
    );
    assert!(matches!(
        ZingleError::new(code, &[("correspondent_id", &1), ("x", &2)]),
        Err(RenderError::Unknown { .. })
    ));
    // A code without parameters, infallibly.
    let err = ZingleError::from(code!(ContactNotFound));
    assert_eq!(err, ZingleError::contact_not_found());
    assert_eq!(err.to_string(), "Contact not found");
    // One with parameters says they are not given.
    let err = ZingleError::from(code!(InvalidLabel));
    assert_eq!(
        err.to_string(),
        "Invalid label '{correspondent_id}' (parameters not given)"
    );
}

#[test]
fn retrying_is_for_what_may_pass_later() {
    let retryable: Vec<u16> = ErrorCode::ALL
        .iter()
        .filter(|c| c.is_retryable())
        .map(|c| c.code())
        .collect();
    assert_eq!(retryable, [2600, 2905, 3630]);
    assert!(ZingleError::server_error().is_retryable());
    assert!(!ZingleError::contact_not_found().is_retryable());
    let status = |code: u16, status_code: u16| {
        let mut s = zingle_errors::Status::new(status_code);
        s.error_code = Some(code);
        ZingleError::from_status(&s).unwrap()
    };
    assert!(status(9999, 503).is_retryable(), "unknown code, 5xx");
    assert!(status(9999, 429).is_retryable(), "unknown code, 429");
    assert!(!status(9999, 400).is_retryable(), "unknown code, 400");
}

#[test]
fn every_code_has_its_documentation_link() {
    for code in ErrorCode::ALL {
        assert_eq!(
            code.doc_url(),
            Some(format!(
                "https://github.com/Zingle/rest-api-documentation/blob/master/error_codes.md#{}",
                code.code()
            ))
            .as_deref()
        );
    }
}

#[cfg(feature = "miette")]
#[test]
fn errors_are_miette_diagnostics() {
    use miette::{Diagnostic, NarratableReportHandler};

    let err = ZingleError::invalid_body_content();
    assert_eq!(err.code().unwrap().to_string(), "zingle::2604");
    assert_eq!(
        err.help().unwrap().to_string(),
        code!(2604).explanation().unwrap()
    );
    assert_eq!(
        err.url().unwrap().to_string(),
        "https://github.com/Zingle/rest-api-documentation/blob/master/error_codes.md#2604"
    );
    let mut report = String::new();
    NarratableReportHandler::new()
        .render_report(&mut report, &err)
        .unwrap();
    assert!(report.contains("Invalid body content"), "{report}");
    assert!(report.contains("zingle::2604"), "{report}");
    assert!(report.contains("isn't valid JSON"), "{report}");
}
