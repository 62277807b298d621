//! `ZingleError`: typed constructors, `zingle_error!`, and what an error tells.

use std::collections::HashSet;

use zingle_errors::{ErrorCode, ZingleError, code, zingle_error};

#[test]
fn constructors_take_the_parameters_in_template_order() {
    let err = ZingleError::invalid_contact("42", "SMS");
    assert_eq!(err.to_string(), "Invalid contact '42' specified for SMS");
    assert_eq!(err.kind(), Some(ErrorCode::InvalidContact));
    assert_eq!(err.error_code(), Some(3614));
    assert_eq!(err.http_status(), 400);
    assert_eq!(err.arg("correspondent_id"), Some("42"));
    assert_eq!(err.arg("channel_type_display_name"), Some("SMS"));
    assert_eq!(err.arg("nope"), None);
    assert_eq!(
        err.args().collect::<Vec<_>>(),
        [
            ("correspondent_id", "42"),
            ("channel_type_display_name", "SMS")
        ]
    );
    let err = ZingleError::contact_not_found();
    assert_eq!(err.to_string(), "Contact not found");
    assert_eq!(err.http_status(), 404);
    assert_eq!(err.args().len(), 0);
    assert_eq!(ZingleError::server_error().http_status(), 500);
}

#[test]
fn the_macro_takes_a_code_or_name_and_any_display_values_in_any_order() {
    let id = 42;
    let by_code = zingle_error!(
        3614,
        channel_type_display_name = "SMS",
        correspondent_id = id
    );
    let by_name = zingle_error!(
        InvalidContact,
        correspondent_id = id,
        channel_type_display_name = String::from("SMS"),
    );
    assert_eq!(by_code, by_name);
    assert_eq!(by_code, ZingleError::invalid_contact("42", "SMS"));
    assert_eq!(
        zingle_error!(ContactNotFound),
        ZingleError::contact_not_found()
    );
    let f = 1.5;
    assert_eq!(
        zingle_error!(3612, correspondent_id = f).to_string(),
        "Invalid label '1.5'"
    );
}

#[test]
fn macro_values_are_evaluated_once_in_the_order_written() {
    let mut seen = Vec::new();
    let mut next = |s: &'static str| {
        seen.push(s);
        s
    };
    let err = zingle_error!(
        3614,
        channel_type_display_name = next("second"),
        correspondent_id = next("first")
    );
    assert_eq!(seen, ["second", "first"]);
    assert_eq!(
        err.to_string(),
        "Invalid contact 'first' specified for second"
    );
}

#[test]
fn display_writes_values_verbatim() {
    assert_eq!(
        ZingleError::invalid_label("{x}}").to_string(),
        "Invalid label '{x}}'"
    );
}

#[test]
fn generated_constructors_cover_every_category() {
    for &code in ErrorCode::ALL {
        let args: Vec<(&str, &dyn std::fmt::Display)> = code
            .params()
            .iter()
            .map(|p| (*p, p as &dyn std::fmt::Display))
            .collect();
        assert!(code.render(&args).is_ok(), "{code:?}");
    }
    // A sample of the generated constructors, one per category.
    let built = [
        ZingleError::authentication_failed(),
        ZingleError::account_not_found(),
        ZingleError::invalid_time_zone(),
        ZingleError::email_in_use(),
        ZingleError::contact_not_found(),
        ZingleError::block_messages_privilege_required(),
        ZingleError::custom_field_in_use(),
        ZingleError::template_not_found(),
        ZingleError::label_in_use(),
        ZingleError::workflow_action_type_required(),
        ZingleError::multiple_channels_found("x"),
        ZingleError::invalid_boolean_custom_field_value(),
        ZingleError::phone_search_country_required(),
        ZingleError::plan_not_found(),
        ZingleError::channel_type_deletion_removed(),
        ZingleError::attachment_invalid_base64(),
        ZingleError::incomplete_channel_filter(),
        ZingleError::device_identifier_required(),
        ZingleError::event_contact_not_found(),
        ZingleError::contact_group_display_name_in_use(),
    ];
    let categories: HashSet<_> = built
        .iter()
        .filter_map(|e| e.kind())
        .map(ErrorCode::category)
        .collect();
    assert_eq!(categories.len(), 20);
}

#[test]
fn errors_compare_hash_clone_and_debug() {
    let a = ZingleError::invalid_label("a");
    let set: HashSet<ZingleError> = [
        a.clone(),
        ZingleError::invalid_label("a"),
        ZingleError::invalid_label("b"),
    ]
    .into();
    assert_eq!(set.len(), 2);
    assert_ne!(a, ZingleError::invalid_label("b"));
    let debug = format!("{a:?}");
    assert!(
        debug.contains("3612")
            && debug.contains("InvalidLabel")
            && debug.contains("Invalid label 'a'"),
        "{debug}"
    );
}

#[test]
fn it_is_a_std_error_usable_with_question_mark() {
    fn find(id: u32) -> Result<u32, ZingleError> {
        if id == 0 {
            Err(zingle_error!(ContactNotFound))
        } else {
            Ok(id)
        }
    }
    fn run() -> Result<u32, Box<dyn std::error::Error + Send + Sync>> {
        Ok(find(0)?)
    }
    let err = run().unwrap_err();
    assert_eq!(err.to_string(), "Contact not found");
    let err = err.downcast::<ZingleError>().unwrap();
    assert_eq!(err.kind(), Some(code!(3000)));
}

#[test]
fn a_value_is_any_expression_and_a_variable_may_stand_for_itself() {
    use std::collections::HashMap;

    let err = zingle_errors::zingle_error!(3612, correspondent_id = HashMap::<u8, u8>::new().len());
    assert_eq!(err.arg("correspondent_id"), Some("0"));
    let err = zingle_errors::zingle_error!(
        3614,
        channel_type_display_name = <Vec<(u8, u8)> as Default>::default().len() + 2,
        correspondent_id = if 1 < 2 { "a" } else { "b" },
    );
    assert_eq!(err.arg("channel_type_display_name"), Some("2"));
    assert_eq!(err.arg("correspondent_id"), Some("a"));
    let correspondent_id = "vip";
    let err = zingle_errors::zingle_error!(InvalidLabel, correspondent_id);
    assert_eq!(err, zingle_errors::ZingleError::invalid_label("vip"));
}

#[test]
fn an_error_is_small_enough_to_return_in_a_result() {
    // clippy's `result_large_err` warns from 128 bytes: a `Result<T, ZingleError>` stays
    // cheap to return on the path without error.
    let size = std::mem::size_of::<ZingleError>();
    assert!(size < 128, "ZingleError is {size} bytes");
}

#[test]
fn a_value_whose_display_fails_keeps_what_it_wrote_and_the_rest_of_the_message() {
    struct Fails;
    impl std::fmt::Display for Fails {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("x")?;
            Err(std::fmt::Error)
        }
    }
    let err = zingle_error!(
        InvalidContact,
        correspondent_id = Fails,
        channel_type_display_name = "SMS"
    );
    assert_eq!(err.to_string(), "Invalid contact 'x' specified for SMS");
    assert_eq!(err.arg("correspondent_id"), Some("x"));
    assert_eq!(err.arg("channel_type_display_name"), Some("SMS"));
    assert_eq!(err, ZingleError::invalid_contact("x", "SMS"));
}
