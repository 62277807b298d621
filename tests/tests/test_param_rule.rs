//! The parameter rule has one wording: `zingle_error!`'s compile errors (from the
//! catalog crate's `check_params`) and `RenderError` say the same thing for the same
//! fault.

use std::fmt::Display;

use zingle_errors::{ErrorCode, code};
use zingle_errors_catalog::check_params;

/// What `render` says of these arguments.
fn at_run_time(code: ErrorCode, given: &[&str]) -> String {
    let args: Vec<(&str, &dyn Display)> = given.iter().map(|n| (*n, &1 as &dyn Display)).collect();
    code.render(&args).unwrap_err().to_string()
}

/// What `zingle_error!` says first of the same arguments.
fn at_compile_time(code: ErrorCode, given: &[&str]) -> String {
    let faults = check_params(code.code(), code.name(), code.params(), given);
    faults[0].1.to_string()
}

#[test]
fn missing_unknown_and_repeated_read_alike() {
    let cases: [(ErrorCode, &[&str]); 5] = [
        (code!(3612), &[]),
        (code!(3613), &["correspondent_channel_value"]),
        (code!(3612), &["correspondent_id", "label"]),
        (code!(3000), &["contact_id"]),
        (code!(3612), &["correspondent_id", "correspondent_id"]),
    ];
    for (code, given) in cases {
        assert_eq!(at_compile_time(code, given), at_run_time(code, given));
    }
}

#[test]
fn every_fault_is_found_with_where_it_is() {
    let faults = check_params(
        3613,
        "InvalidChannelValue",
        code!(3613).params(),
        &["x", "x"],
    );
    let found: Vec<(Option<usize>, String)> = faults
        .into_iter()
        .map(|(at, f)| (at, f.to_string()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Some(0),
                "unknown parameter `x` for error 3613 (InvalidChannelValue); expected: correspondent_channel_value, channel_type_display_name".to_owned()
            ),
            (
                Some(1),
                "parameter `x` is given twice for error 3613 (InvalidChannelValue)".to_owned()
            ),
            (
                None,
                "missing parameter `correspondent_channel_value` for error 3613 (InvalidChannelValue)".to_owned()
            ),
            (
                None,
                "missing parameter `channel_type_display_name` for error 3613 (InvalidChannelValue)".to_owned()
            ),
        ]
    );
}
