//! Filling message templates at run time.

use std::fmt;

use zingle_errors::{ErrorCode, RenderError, code};

#[test]
fn arguments_fill_the_template_in_any_order() {
    assert_eq!(
        ErrorCode::InvalidLabel
            .render(&[("correspondent_id", &"abc")])
            .unwrap(),
        "Invalid label 'abc'"
    );
    let in_order = code!(3614)
        .render(&[
            ("correspondent_id", &7),
            ("channel_type_display_name", &"SMS"),
        ])
        .unwrap();
    let reversed = code!(3614)
        .render(&[
            ("channel_type_display_name", &"SMS"),
            ("correspondent_id", &7),
        ])
        .unwrap();
    assert_eq!(in_order, "Invalid contact '7' specified for SMS");
    assert_eq!(reversed, in_order);
    assert_eq!(code!(3000).render(&[]).unwrap(), "Contact not found");
}

#[test]
fn every_code_renders_with_its_own_parameters() {
    for &code in ErrorCode::ALL {
        let args: Vec<(&str, &dyn fmt::Display)> = code
            .params()
            .iter()
            .map(|p| (*p, p as &dyn fmt::Display))
            .collect();
        let text = code.render(&args).unwrap();
        // Each parameter's value is its own name, so the output is the template less its braces.
        assert_eq!(text, code.message().replace(['{', '}'], ""), "{code:?}");
    }
}

#[test]
fn values_are_inserted_verbatim() {
    let text = code!(3612)
        .render(&[("correspondent_id", &"{correspondent_id} {{x}}")])
        .unwrap();
    assert_eq!(text, "Invalid label '{correspondent_id} {{x}}'");
}

#[test]
fn missing_unknown_and_repeated_arguments_are_errors() {
    assert_eq!(
        code!(3612).render(&[]),
        Err(RenderError::Missing {
            code: 3612,
            name: "InvalidLabel",
            param: "correspondent_id"
        })
    );
    let unknown = code!(3612)
        .render(&[("correspondent_id", &1), ("label", &2)])
        .unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "unknown parameter `label` for error 3612 (InvalidLabel); expected: correspondent_id"
    );
    let none = code!(3000).render(&[("contact_id", &1)]).unwrap_err();
    assert_eq!(
        none.to_string(),
        "unknown parameter `contact_id` for error 3000 (ContactNotFound); expected: no parameters"
    );
    let twice = code!(3612)
        .render(&[("correspondent_id", &1), ("correspondent_id", &2)])
        .unwrap_err();
    assert_eq!(
        twice,
        RenderError::Repeated {
            code: 3612,
            name: "InvalidLabel",
            param: "correspondent_id".into()
        }
    );
    assert_eq!(
        twice.to_string(),
        "parameter `correspondent_id` is given twice for error 3612 (InvalidLabel)"
    );
    let missing = code!(3613)
        .render(&[("correspondent_channel_value", &1)])
        .unwrap_err();
    assert_eq!(
        missing.to_string(),
        "missing parameter `channel_type_display_name` for error 3613 (InvalidChannelValue)"
    );
}

#[test]
fn render_to_writes_into_any_fmt_write_and_nothing_on_error() {
    let mut out = String::from("> ");
    code!(3612)
        .render_to(&mut out, &[("correspondent_id", &"abc")])
        .unwrap();
    assert_eq!(out, "> Invalid label 'abc'");
    let mut untouched = String::new();
    assert!(code!(3612).render_to(&mut untouched, &[]).is_err());
    assert_eq!(untouched, "");
}

#[test]
fn a_failing_writer_or_value_is_reported() {
    struct Full;
    impl fmt::Write for Full {
        fn write_str(&mut self, _: &str) -> fmt::Result {
            Err(fmt::Error)
        }
    }
    assert_eq!(code!(3000).render_to(&mut Full, &[]), Err(RenderError::Fmt));
    struct Broken;
    impl fmt::Display for Broken {
        fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
            Err(fmt::Error)
        }
    }
    assert_eq!(
        code!(3612).render(&[("correspondent_id", &Broken)]),
        Err(RenderError::Fmt)
    );
}
