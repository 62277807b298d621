//! `codes.toml` against the published table, row by row.

use std::collections::BTreeMap;
use std::path::Path;

use zingle_errors::ErrorCode;
use zingle_errors_catalog::Catalog;

/// The published table (a copy of Zingle's `error_codes.md`): code → (description, explanation).
fn published() -> BTreeMap<u16, (String, String)> {
    let table = include_str!("../fixtures/error_codes.md");
    let mut rows = BTreeMap::new();
    for line in table.lines() {
        let Some((code, rest)) = line.split_once(" |") else {
            continue;
        };
        let Ok(code) = code.parse::<u16>() else {
            continue;
        };
        let mut cells = rest.split('|');
        let description = cells.next().unwrap_or_default().trim().to_owned();
        let explanation = cells.next().unwrap_or_default().trim().to_owned();
        assert!(
            rows.insert(code, (description, explanation)).is_none(),
            "code {code} twice in the table"
        );
    }
    rows
}

fn catalog() -> Catalog {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("codes.toml");
    zingle_errors_catalog::load(&path, "codes.toml").unwrap_or_else(|e| panic!("{e}"))
}

/// What codes.toml does to published text besides fixing typos.
fn normalize(text: &str) -> String {
    text.replace('`', "")
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `corrected` is the published text normalized, unless a `verbatim` copy of the
/// published text is kept beside it.
fn check_text(
    code: u16,
    what: &str,
    published: &str,
    corrected: Option<&str>,
    verbatim: Option<&str>,
) {
    match verbatim {
        Some(verbatim) => {
            assert_eq!(
                verbatim, published,
                "{code}: published_{what} must be the published text verbatim"
            );
            assert_ne!(
                corrected.map(normalize),
                Some(normalize(published)),
                "{code}: a kept published_{what} corrects nothing"
            );
        }
        None if published.is_empty() => {
            assert_eq!(corrected, None, "{code}: {what} not in the table")
        }
        None => assert_eq!(
            corrected,
            Some(normalize(published).as_str()),
            "{code}: {what} differs from the table"
        ),
    }
}

#[test]
fn every_published_row_is_in_codes_toml_and_nothing_else() {
    let rows = published();
    let catalog = catalog();
    assert_eq!(rows.len(), 201);
    let ours: Vec<u16> = catalog.entries().iter().map(|e| e.code).collect();
    let theirs: Vec<u16> = rows.keys().copied().collect();
    assert_eq!(ours, theirs);
    for (code, (description, explanation)) in &rows {
        let entry = catalog.get(*code).unwrap();
        let message = entry.message.source();
        check_text(
            *code,
            "message",
            description,
            Some(message),
            entry.published_message.as_deref(),
        );
        check_text(
            *code,
            "explanation",
            explanation,
            entry.explanation.as_deref(),
            entry.published_explanation.as_deref(),
        );
    }
}

#[test]
fn typos_listed_in_the_reference_are_corrected_and_kept() {
    let catalog = catalog();
    let corrected: Vec<u16> = catalog
        .entries()
        .iter()
        .filter(|e| e.published_message.is_some() || e.published_explanation.is_some())
        .map(|e| e.code)
        .collect();
    assert_eq!(
        corrected,
        [2602, 2604, 2801, 2802, 3606, 3607, 3619, 3703, 3706, 3800]
    );
    assert_eq!(
        ErrorCode::InvalidRecipientType.message(),
        "recipient_type is required and must be one of 'service', 'contact', or 'label'"
    );
    assert_eq!(
        ErrorCode::InvalidBooleanCustomFieldValue.message(),
        "Boolean custom fields must have value 'true' or 'false'"
    );
}

#[test]
fn the_generated_enum_carries_the_catalog_text() {
    let catalog = catalog();
    assert_eq!(ErrorCode::ALL.len(), catalog.entries().len());
    for (code, entry) in ErrorCode::ALL.iter().zip(catalog.entries()) {
        assert_eq!(code.code(), entry.code);
        assert_eq!(code.name(), entry.name);
        assert_eq!(code.message(), entry.message.source());
        assert_eq!(code.explanation(), entry.explanation.as_deref());
        assert_eq!(code.http_status(), entry.status);
        assert_eq!(code.category().name(), catalog.category(entry).name);
        let params: Vec<&str> = entry.message.params().iter().map(String::as_str).collect();
        assert_eq!(code.params(), params.as_slice());
    }
}

#[test]
fn fixed_names_and_shared_messages() {
    assert_eq!(ErrorCode::from_code(2600), Some(ErrorCode::ServerError));
    assert_eq!(ErrorCode::from_code(3000), Some(ErrorCode::ContactNotFound));
    assert_eq!(ErrorCode::from_code(3612), Some(ErrorCode::InvalidLabel));
    for (a, b) in [
        (2605, 2906),
        (2913, 3107),
        (3000, 7002),
        (3019, 4100),
        (3021, 4103),
        (3022, 4102),
        (3200, 3701),
    ] {
        let (a, b) = (
            ErrorCode::from_code(a).unwrap(),
            ErrorCode::from_code(b).unwrap(),
        );
        assert_eq!(a.message(), b.message());
        assert_ne!(a.name(), b.name());
    }
}

#[test]
fn http_statuses_follow_the_documented_mapping() {
    // Seen from the real server.
    for code in [3005, 3201, 3202, 3303, 3402] {
        assert_eq!(
            ErrorCode::from_code(code).unwrap().http_status(),
            400,
            "{code}"
        );
    }
    assert_eq!(ErrorCode::ServerError.http_status(), 500);
    assert_eq!(ErrorCode::AuthenticationFailed.http_status(), 401);
    for code in ErrorCode::ALL {
        let message = code.message().to_ascii_lowercase();
        let expected = if message.contains("privileges") || message.contains("permission") {
            403
        } else if message.ends_with(" not found") {
            404
        } else {
            code.http_status()
        };
        assert_eq!(code.http_status(), expected, "{code:?}: {}", code.message());
        assert!(
            [400, 401, 403, 404, 500].contains(&code.http_status()),
            "{code:?}"
        );
    }
}
