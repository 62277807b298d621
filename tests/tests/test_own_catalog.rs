//! A crate with a catalog of its own gets the same API, needing only `zingle-errors`;
//! the generated code is clean under strict lints.
#![deny(warnings, unused_qualifications, clippy::pedantic)]

mod small {
    zingle_errors::zingle_errors!("fixtures/small.toml", module = small);
}

// A catalog without a name: its items are named after `catalog`.
use small::{
    CatalogCategory as Category, CatalogCode as ErrorCode, CatalogError as Error,
    catalog_code as code, catalog_error as error,
};

#[test]
fn the_enum_and_its_categories() {
    assert_eq!(
        ErrorCode::ALL,
        [
            ErrorCode::WidgetNotFound,
            ErrorCode::WidgetTypeMismatch,
            ErrorCode::BracesAreLiteral,
            ErrorCode::GadgetBroken
        ]
    );
    assert_eq!(ErrorCode::from_code(250), Some(ErrorCode::GadgetBroken));
    assert_eq!(
        ErrorCode::WidgetNotFound.explanation(),
        Some("No widget has that id.")
    );
    assert_eq!(ErrorCode::WidgetNotFound.http_status(), 404);
    assert_eq!(
        ErrorCode::WidgetTypeMismatch.http_status(),
        400,
        "the category's default"
    );
    assert_eq!(
        ErrorCode::WidgetTypeMismatch.params(),
        ["widget_id", "type", "expected"]
    );
    assert_eq!(ErrorCode::BracesAreLiteral.params(), ["kind"]);
    assert_eq!(Category::ALL, [Category::Widgets, Category::Gadgets]);
    assert_eq!(Category::Gadgets.title(), "Gadgets and gizmos");
    assert_eq!(Category::Gadgets.codes(), [ErrorCode::GadgetBroken]);
    assert_eq!(
        "WidgetNotFound".parse::<ErrorCode>(),
        Ok(ErrorCode::WidgetNotFound)
    );
    assert_eq!(size_of::<Option<ErrorCode>>(), 2);
}

#[test]
fn the_macros_name_this_catalog() {
    const NOT_FOUND: ErrorCode = code!(100);
    assert_eq!(NOT_FOUND, code!(WidgetNotFound));
    assert!(matches!(
        ErrorCode::from_code(250),
        Some(code!(GadgetBroken))
    ));
    let err = error!(101, expected = "gizmo", widget_id = 7, type = "gadget");
    assert_eq!(
        err.to_string(),
        "Widget 7 is a gadget, not a gizmo; again: 7"
    );
    assert_eq!(err, Error::widget_type_mismatch("7", "gadget", "gizmo"));
    assert_eq!(err.kind(), Some(ErrorCode::WidgetTypeMismatch));
}

#[test]
fn rendering_keeps_literal_braces_and_repeats_parameters() {
    assert_eq!(
        ErrorCode::BracesAreLiteral
            .render(&[("kind", &"widget")])
            .unwrap(),
        "Use {name} for a widget placeholder"
    );
    assert_eq!(
        Error::braces_are_literal("x").to_string(),
        "Use {name} for a x placeholder"
    );
    let text = ErrorCode::WidgetTypeMismatch
        .render(&[("type", &"a"), ("expected", &"b"), ("widget_id", &1)])
        .unwrap();
    assert_eq!(text, "Widget 1 is a a, not a b; again: 1");
}

#[test]
fn serde_is_generated_too() {
    assert_eq!(
        serde_json::to_string(&ErrorCode::GadgetBroken).unwrap(),
        "250"
    );
    assert_eq!(
        serde_json::from_str::<ErrorCode>("\"100\"").unwrap(),
        ErrorCode::WidgetNotFound
    );
}

#[test]
fn errors_of_this_catalog_read_and_write_the_envelope() {
    let err = error!(WidgetNotFound, widget_id = "w1");
    let json = serde_json::to_string(&err.to_envelope()).unwrap();
    assert_eq!(
        json,
        r#"{"status":{"text":"Not Found","status_code":404,"description":"Widget 'w1' not found","error_code":100}}"#
    );
    let read = serde_json::from_str::<zingle_errors::Envelope<()>>(&json)
        .unwrap()
        .status;
    assert_eq!(Error::from_status(&read), Some(err));
    // A parameter that appears twice must match the same text both times.
    let mut status = zingle_errors::Status::new(400);
    status.error_code = Some(101);
    status.description = Some("Widget 7 is a gadget, not a gizmo; again: 7".to_owned());
    let err = Error::from_status(&status).unwrap();
    assert_eq!(err.arg("widget_id"), Some("7"));
    assert_eq!(err.arg("type"), Some("gadget"));
    assert_eq!(err.arg("expected"), Some("gizmo"));
    status.description = Some("Widget 7 is a gadget, not a gizmo; again: 8".to_owned());
    let err = Error::from_status(&status).unwrap();
    assert_eq!(err.arg("widget_id"), None);
    assert_eq!(
        err.to_string(),
        "Widget 7 is a gadget, not a gizmo; again: 8"
    );
    // A code of the Zingle catalog is unknown to this one, and kept.
    status.error_code = Some(3612);
    let err = Error::from_status(&status).unwrap();
    assert_eq!((err.kind(), err.error_code()), (None, Some(3612)));
}

/// A catalog with a retired code, in a module of its own.
mod things {
    zingle_errors::zingle_errors!(
        "fixtures/lifecycle.toml",
        module = things,
        code = ThingCode,
        error = ThingError,
        category = ThingCategory,
        code_macro = thing_code,
        error_macro = thing_error
    );
}

#[test]
fn a_retired_code_parses_as_retired_by_number_and_by_name() {
    use things::ThingCode;

    assert_eq!(
        ThingCode::retired_name("ThingExploded"),
        Some((102, "things no longer explode"))
    );
    assert_eq!(ThingCode::retired_name("ThingGone"), None);
    for text in ["102", "ThingExploded"] {
        let err = text.parse::<ThingCode>().unwrap_err();
        assert_eq!(err.retired, Some("things no longer explode"));
        assert_eq!(
            err.to_string(),
            format!("`{text}` is a retired error code: things no longer explode")
        );
    }
    let err = "103".parse::<ThingCode>().unwrap_err();
    assert_eq!(err.retired, None);
    // Read by serde (a number in JSON), it says so too.
    let err = serde_json::from_str::<ThingCode>("102").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("error code 102 is retired: things no longer explode"),
        "{err}"
    );
}

/// Two catalogs in one module, with error types whose snake case is one name: each has
/// its own names, and nothing hidden of one clashes with the other's.
mod two {
    zingle_errors::zingle_errors!(
        "fixtures/small.toml",
        module = two,
        code = FooCode,
        error = FooError,
        category = FooCategory,
        code_macro = foo_code,
        error_macro = foo_error
    );
    zingle_errors::zingle_errors!(
        "fixtures/small.toml",
        module = two,
        code = FOOCode,
        error = FOOError,
        category = FOOCategory,
        code_macro = big_foo_code,
        error_macro = big_foo_error
    );
}

#[test]
fn two_catalogs_live_in_one_module() {
    use two::{FOOCode, FooCode, big_foo_code, foo_code};

    assert_eq!(foo_code!(100), FooCode::WidgetNotFound);
    assert_eq!(big_foo_code!(100), FOOCode::WidgetNotFound);
    assert_eq!(
        two::foo_error!(WidgetNotFound, widget_id = 1).to_string(),
        two::big_foo_error!(WidgetNotFound, widget_id = 1).to_string()
    );
}

/// Three catalogs in one module, and one in a module inside it that names its macros as
/// one of the outer three does: macros of one name in two modules do not clash.
mod three {
    zingle_errors::zingle_errors!(
        "fixtures/small.toml",
        module = three,
        code = OneCode,
        error = OneError,
        category = OneCategory,
        code_macro = one_code,
        error_macro = one_error
    );
    zingle_errors::zingle_errors!(
        "fixtures/small.toml",
        module = three,
        code = TwoCode,
        error = TwoError,
        category = TwoCategory,
        code_macro = two_code,
        error_macro = two_error
    );
    zingle_errors::zingle_errors!(
        "fixtures/small.toml",
        module = three,
        code = ThreeCode,
        error = ThreeError,
        category = ThreeCategory
    );

    pub mod inner {
        zingle_errors::zingle_errors!(
            "fixtures/small.toml",
            module = three::inner,
            code = InnerCode,
            error = InnerError,
            category = InnerCategory,
            code_macro = one_code,
            error_macro = one_error
        );
    }
}

#[test]
fn catalogs_of_a_module_and_of_a_module_inside_it_keep_their_macros() {
    assert_eq!(three::one_code!(100), three::OneCode::WidgetNotFound);
    assert_eq!(three::two_code!(100), three::TwoCode::WidgetNotFound);
    assert_eq!(three::catalog_code!(100), three::ThreeCode::WidgetNotFound);
    let errors = [
        three::one_error!(WidgetNotFound, widget_id = 1).to_string(),
        three::two_error!(WidgetNotFound, widget_id = 1).to_string(),
        three::catalog_error!(WidgetNotFound, widget_id = 1).to_string(),
    ];
    let expected = three::OneError::widget_not_found(1).to_string();
    assert_eq!(errors, [expected.as_str(); 3]);
    assert_eq!(
        three::inner::one_code!(100),
        three::inner::InnerCode::WidgetNotFound
    );
    let err = three::inner::one_error!(WidgetNotFound, widget_id = 1);
    assert_eq!(err.kind(), Some(three::inner::InnerCode::WidgetNotFound));
}

/// The runtime named by a path relative to the invoking module (`crate = self::zr`), as
/// a crate that re-exports it under a module of its own would.
mod relative_runtime {
    use zingle_errors as zr;
    zingle_errors::zingle_errors!(
        "fixtures/small.toml",
        module = relative_runtime,
        crate = self::zr,
        code = RelCode,
        error = RelError,
        category = RelCategory
    );

    pub mod inner {
        use zingle_errors as zr;
        pub mod deeper {
            zingle_errors::zingle_errors!(
                "fixtures/small.toml",
                module = relative_runtime::inner::deeper,
                crate = super::zr
            );
        }
    }
}

#[test]
fn a_runtime_named_by_a_relative_path_is_found_from_the_generated_items() {
    assert_eq!(
        relative_runtime::catalog_code!(100),
        relative_runtime::RelCode::WidgetNotFound
    );
    let err = relative_runtime::catalog_error!(WidgetNotFound, widget_id = 1);
    assert_eq!(err, relative_runtime::RelError::widget_not_found(1));
    let code = relative_runtime::inner::deeper::catalog_code!(WidgetNotFound);
    assert_eq!(
        code,
        relative_runtime::inner::deeper::CatalogCode::WidgetNotFound
    );
}

/// Two catalogs with names, in one module, invoked with no naming option: every item
/// is named after its catalog, so nothing clashes and nothing says Zingle.
mod named_after_the_catalog {
    zingle_errors::zingle_errors!("fixtures/payments.toml", module = named_after_the_catalog);
    zingle_errors::zingle_errors!(
        "fixtures/notes-i18n/codes.toml",
        module = named_after_the_catalog
    );
}

#[test]
fn two_catalogs_of_one_module_name_their_items_after_themselves() {
    use named_after_the_catalog::{
        NotesCategory, NotesCode, NotesError, PaymentsCategory, PaymentsCode, PaymentsError,
        notes_code, notes_error, payments_code, payments_error,
    };

    let err = payments_error!(CvcMismatch, cvc = "123", card_number = "4111");
    assert_eq!(err, PaymentsError::cvc_mismatch("123", "4111"));
    assert_eq!(err.kind(), Some(payments_code!(CvcMismatch)));
    assert_eq!(payments_code!(CvcMismatch), PaymentsCode::CvcMismatch);
    assert!(PaymentsCategory::ALL.contains(&PaymentsCode::CvcMismatch.category()));

    assert_eq!(notes_code!(3), NotesCode::QuotaUsed);
    assert!(NotesCategory::ALL.contains(&NotesCode::QuotaUsed.category()));
    let err: NotesError = notes_error!(QuotaUsed, used = 3, limit = 5);
    assert_eq!(err.to_string(), "3 of 5 notes used");
    assert_eq!(err.kind(), Some(notes_code!(QuotaUsed)));
}
