//! Properties of the catalog loader and of templates, on arbitrary text and on mutations
//! of the real `codes.toml`: nothing panics, every fault is located inside the file, and
//! what loads generates code. `PROPTEST_CASES=10000 cargo test --test test_catalog_properties`
//! tries more.

mod mutation;

use mutation::{CODES, mutated};
use proptest::prelude::*;
use zingle_errors_catalog::{Template, codegen, parse_recovering};

/// Loads `text`; checks that every fault is located in it and that what is valid
/// generates code.
fn loads_or_locates(text: &str) -> Result<(), TestCaseError> {
    let lines = text.split('\n').count();
    let (catalog, errors) = parse_recovering(text, "codes.toml");
    for error in errors.iter().flatten() {
        prop_assert!(
            error.location.line >= 1 && error.location.line <= lines,
            "{error}"
        );
        prop_assert!(error.location.column >= 1, "{error}");
        let shown = error.to_string();
        let prefix = format!(
            "codes.toml:{}:{}: ",
            error.location.line, error.location.column
        );
        prop_assert!(shown.starts_with(&prefix), "{shown}");
    }
    let options = codegen::Options {
        faulty: errors.is_some(),
        ..codegen::Options::default()
    };
    let generated = codegen::generate(&catalog, &options).to_string();
    let code_enum = format!("pub enum {}", options.names.code);
    prop_assert!(generated.contains(&code_enum));
    Ok(())
}

/// 32 cases of a whole catalog by default (each generates the code of about 200 codes, in
/// a debug build), or `PROPTEST_CASES`.
fn catalog_cases() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(32);
    ProptestConfig::with_cases(cases)
}

proptest! {
    #![proptest_config(catalog_cases())]

    #[test]
    fn mutations_of_the_real_catalog_load_or_are_located(text in mutated()) {
        loads_or_locates(&text)?;
    }
}

proptest! {
    #[test]
    fn arbitrary_text_loads_or_is_located(text in ".*") {
        loads_or_locates(&text)?;
    }

    #[test]
    fn templates_parse_or_say_where(template in ".*") {
        match Template::parse(&template) {
            Ok(t) => {
                // Each parameter is named once, in order of first use, and appears.
                for p in t.params() {
                    let placeholder = format!("{{{p}}}");
                    prop_assert!(template.contains(&placeholder));
                }
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e.offset() < template.len(), "{e}");
                }
            }
        }
    }
}

#[test]
fn the_real_catalog_loads() {
    let (catalog, errors) = parse_recovering(CODES, "codes.toml");
    assert!(errors.is_none());
    assert_eq!(catalog.entries().len(), 201);
}
