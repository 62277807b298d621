//! The generated code, compiled as ordinary source, is clean under strict lints:
//! `cargo clippy --all-targets` runs clippy's pedantic group on it.
#![deny(warnings, unused_qualifications, clippy::pedantic)]
// A test binary uses little of the generated API.
#![allow(dead_code)]

mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated.rs"));
}

/// A catalog that uses none of some parts of the table (no parameter, no explanation,
/// no link): clean too.
mod plain {
    include!(concat!(env!("OUT_DIR"), "/plain.rs"));
}

use generated::{code, zingle_error};

#[test]
fn the_generated_source_is_the_macros_output() {
    assert_eq!(
        generated::ErrorCode::ALL.len(),
        zingle_errors::ErrorCode::ALL.len()
    );
    assert_eq!(code!(3612), generated::ErrorCode::InvalidLabel);
    let err = zingle_error!(3612, correspondent_id = "abc");
    assert_eq!(
        err.to_string(),
        zingle_errors::ZingleError::invalid_label("abc").to_string()
    );
    for (a, b) in generated::ErrorCode::ALL
        .iter()
        .zip(zingle_errors::ErrorCode::ALL)
    {
        assert_eq!(
            (a.code(), a.name(), a.message(), a.http_status()),
            (b.code(), b.name(), b.message(), b.http_status())
        );
    }
}

#[test]
fn a_catalog_of_one_plain_code_is_clean_too() {
    assert_eq!(
        plain::CatalogCode::from_code(0),
        Some(plain::catalog_code!(Zero))
    );
    assert_eq!(plain::CatalogCode::Zero.explanation(), None);
}
