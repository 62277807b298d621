//! A catalog that has lived: deprecated codes still work, former names still work, and
//! a retired code's number is read from the wire as retired.
// Using deprecated codes and former names is what this test is about.
#![allow(deprecated)]

mod things {
    zingle_errors::zingle_errors!(
        "fixtures/lifecycle.toml",
        module = things,
        code_macro = thing_code,
        error_macro = thing_error
    );
}

// A catalog without a name: its error type and code enum are named after `catalog`.
use things::{CatalogCode as ErrorCode, CatalogError as Error, thing_code, thing_error};

#[test]
fn deprecated_codes_and_former_names_still_work() {
    assert_eq!(ErrorCode::from_code(100), Some(ErrorCode::ThingGone));
    assert_eq!("ThingGone".parse::<ErrorCode>(), Ok(ErrorCode::ThingGone));
    assert_eq!(
        "NoSuchThing".parse::<ErrorCode>(),
        Ok(ErrorCode::ThingNotFound)
    );
    assert_eq!(
        ErrorCode::from_name("NoSuchThing"),
        Some(ErrorCode::ThingNotFound)
    );
    assert_eq!(thing_code!(NoSuchThing), ErrorCode::ThingNotFound);
    assert_eq!(ErrorCode::NoSuchThing, ErrorCode::ThingNotFound);
    assert_eq!(
        thing_error!(NoSuchThing, id = 7),
        Error::thing_not_found("7")
    );
    assert_eq!(Error::no_such_thing("7"), Error::thing_not_found("7"));
    // The name written back is the current one.
    assert_eq!(ErrorCode::NoSuchThing.to_string(), "ThingNotFound");
}

#[test]
fn a_retired_code_read_from_the_wire_says_it_is_retired() {
    assert_eq!(ErrorCode::from_code(102), None);
    assert_eq!(ErrorCode::retired(102), Some("things no longer explode"));
    assert_eq!(ErrorCode::retired(101), None);
    let mut status = zingle_errors::Status::new(400);
    status.error_code = Some(102);
    let err = Error::from_status(&status).unwrap();
    assert_eq!(err.kind(), None);
    assert_eq!(err.retired(), Some("things no longer explode"));
    assert_eq!(
        err.to_string(),
        "error 102 (retired: things no longer explode)"
    );
    status.description = Some("Thing exploded".to_owned());
    let err = Error::from_status(&status).unwrap();
    assert_eq!(
        err.to_string(),
        "Thing exploded",
        "the server's words, verbatim"
    );
    assert_eq!(err.retired(), Some("things no longer explode"));
}

#[test]
fn the_catalog_knows_its_history() {
    let catalog = zingle_errors_catalog::load(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/lifecycle.toml")
            .as_ref(),
        "lifecycle.toml",
    )
    .unwrap();
    let gone = catalog.get(100).unwrap();
    assert_eq!(gone.deprecated.as_deref(), Some("use ThingNotFound (101)"));
    assert_eq!(gone.since.as_deref(), Some("0.1"));
    assert_eq!(catalog.get(101).unwrap().aliases, ["NoSuchThing"]);
    let retired = &catalog.retired()[0];
    assert_eq!(
        (retired.code, retired.name.as_str()),
        (102, "ThingExploded")
    );
}
