//! `render` and `parse`: a message filled, and one read back from a response.

mod common;

use common::{check, run, run_with, snapshot};

#[test]
fn render_fills_the_message() {
    check("render", &["render", "3612", "correspondent_id=vip"], 0);
    check(
        "render-json",
        &[
            "render",
            "--json",
            "InvalidChannelValue",
            "channel_type_display_name=Email",
            "correspondent_channel_value=a=b",
        ],
        0,
    );
    check("render-no-params", &["render", "ServerError"], 0);
}

#[test]
fn render_refuses_with_the_macros_words() {
    check("render-missing", &["render", "3612"], 1);
    check(
        "render-unknown-and-repeated",
        &["render", "3612", "label=a", "label=b"],
        1,
    );
    check("render-not-key-value", &["render", "3612", "vip"], 2);
    check("render-prefix", &["render", "36"], 1);
}

#[test]
fn parse_recovers_the_parameters() {
    check(
        "parse-params",
        &["parse", "tests/fixtures/invalid-label.json"],
        0,
    );
    check(
        "parse-params-json",
        &["parse", "--json", "tests/fixtures/invalid-label.json"],
        0,
    );
}

#[test]
fn parse_recognises_the_published_text() {
    let run = check(
        "parse-published",
        &["parse", "tests/fixtures/published-typo.json"],
        0,
    );
    assert!(!run.stdout.contains("does not match"));
}

#[test]
fn parse_reads_stdin() {
    let body = r#"{"status": {"text": "Bad Request", "status_code": 400, "description": "Invalid label 'vip'", "error_code": 3612}}"#;
    for args in [&["parse"][..], &["parse", "-"]] {
        let run = run_with(args, body);
        run.status(0);
        assert!(
            run.stdout
                .contains("parameter    correspondent_id = \"vip\""),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn parse_says_what_it_cannot_match() {
    let body = r#"{"status": {"text": "Not Found", "status_code": 404, "description": "Something else", "error_code": 3612}}"#;
    let run = run_with(&["parse"], body);
    run.status(0);
    snapshot("parse-mismatch.txt", &run.transcript());
}

/// Escape sequences a terminal acts on: a clipboard write (OSC 52), a screen clear, a
/// C1 control, a right-to-left override; and a line break that would forge a line.
const HOSTILE: &str = r#"\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b31m\u202etxt.exe\nstatus: OK"#;

/// No byte of `text` is one a terminal acts on.
fn assert_inert(text: &str) {
    assert!(
        !text
            .chars()
            .any(|c| (c.is_control() && !matches!(c, '\n'))
                || ('\u{202a}'..='\u{202e}').contains(&c)),
        "{text:?}"
    );
}

#[test]
fn parse_shows_hostile_text_inert_on_every_path() {
    let bodies = [
        // A known code whose description matches nothing.
        format!(
            r#"{{"status":{{"text":"Bad Request","status_code":400,"description":"{HOSTILE}","error_code":3612}}}}"#
        ),
        // A known code whose parameter holds it.
        format!(
            r#"{{"status":{{"text":"Bad Request","status_code":400,"description":"Invalid label '{HOSTILE}'","error_code":3612}}}}"#
        ),
        // An unknown code.
        format!(
            r#"{{"status":{{"text":"Bad Request","status_code":400,"description":"{HOSTILE}","error_code":9999}}}}"#
        ),
        // A success whose status text holds it.
        format!(r#"{{"status":{{"text":"{HOSTILE}","status_code":200}}}}"#),
    ];
    for body in &bodies {
        for args in [&["parse"][..], &["parse", "--json"]] {
            let run = run_with(args, body);
            assert_inert(&run.stdout);
            assert_inert(&run.stderr);
            let all = format!("{}{}", run.stdout, run.stderr);
            // The forged line stays inside the text it came in.
            assert!(
                !all.lines()
                    .any(|l| l.trim_start().starts_with("status: OK")),
                "{all}"
            );
            assert!(all.contains("txt.exe"), "the text is shown: {all}");
        }
    }
}

#[test]
fn parse_a_success() {
    check(
        "parse-success",
        &["parse", "tests/fixtures/success.json"],
        0,
    );
}

#[test]
fn parse_refuses_what_is_not_a_known_error() {
    check(
        "parse-not-json",
        &["parse", "tests/fixtures/not-json.json"],
        1,
    );
    check(
        "parse-unknown-code",
        &["parse", "tests/fixtures/unknown-code.json"],
        1,
    );
    check(
        "parse-missing-file",
        &["parse", "tests/fixtures/none.json"],
        1,
    );
    for (name, body) in [
        ("parse-no-status", r#"{"result": []}"#),
        (
            "parse-bad-code",
            r#"{"status": {"text": "Bad Request", "status_code": 400, "error_code": "36x"}}"#,
        ),
        (
            "parse-error-without-code",
            r#"{"status": {"text": "Internal Server Error", "status_code": 500}}"#,
        ),
    ] {
        let run = run_with(&["parse"], body);
        run.status(1);
        snapshot(&format!("{name}.txt"), &run.transcript());
    }
    // Anything at all on stdin: an answer, never a panic.
    for body in [
        "",
        "null",
        "[]",
        "\"x\"",
        "{\"status\": 1}",
        "{\"status\": {\"error_code\": -1}}",
    ] {
        let run = run_with(&["parse"], body);
        assert_eq!(run.status, 1, "{body}: {}", run.transcript());
        assert!(run.stderr.starts_with("error: "), "{body}: {}", run.stderr);
    }
}

#[test]
fn render_and_parse_agree() {
    let rendered = run(&[
        "render",
        "3613",
        "correspondent_channel_value=x y",
        "channel_type_display_name=Phone",
    ]);
    rendered.status(0);
    let body = serde_json::json!({"status": {"text": "Bad Request", "status_code": 400, "description": rendered.stdout.trim_end(), "error_code": 3613}});
    let parsed = run_with(&["parse", "--json"], &body.to_string());
    parsed.status(0);
    let value: serde_json::Value = serde_json::from_str(&parsed.stdout).expect("JSON");
    assert_eq!(value["params"]["correspondent_channel_value"], "x y");
    assert_eq!(value["params"]["channel_type_display_name"], "Phone");
}
