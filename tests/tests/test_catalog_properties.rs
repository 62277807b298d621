//! Properties of the catalog loader and of templates, on arbitrary text and on mutations
//! of the real `codes.toml`: nothing panics, every fault is located inside the file, and
//! what loads generates code. `PROPTEST_CASES=10000 cargo test --test test_catalog_properties`
//! tries more.

mod mutation;

use mutation::{CODES, mutated};
use proptest::prelude::*;
use zingle_errors_catalog::{Template, codegen, parse_recovering};
use zingle_errors_core::Piece;
use zingle_errors_tests::template_text;

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

/// Text made of what a template is made of: words, braces single and doubled,
/// placeholders (valid or not), and any character.
fn template_like() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("{{".to_owned()),
        Just("}}".to_owned()),
        Just("{id}".to_owned()),
        Just("{a_b}".to_owned()),
        Just("{{id}}".to_owned()),
        Just("{Id}".to_owned()),
        Just("{ id }".to_owned()),
        "[a-z ']{0,5}",
        ".{0,2}",
    ];
    proptest::collection::vec(part, 0..8).prop_map(|parts| parts.concat())
}

/// The oracle fails a parser that takes an escaped `{{id}}` for a parameter: the pieces
/// it would give write back another text.
#[test]
fn the_template_oracle_sees_an_escaped_brace_taken_for_a_parameter() {
    let text = "Label {{id}} of {owner}";
    let t = Template::parse(text).unwrap();
    assert_eq!(template_text(t.pieces(), t.params()), text);
    let wrong: [Piece<&str>; 4] = [
        Piece::Lit("Label "),
        Piece::Param(0),
        Piece::Lit(" of "),
        Piece::Param(1),
    ];
    assert_ne!(template_text(&wrong, &["id", "owner"]), text);
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
    fn templates_parse_or_say_where(template in template_like()) {
        match Template::parse(&template) {
            Ok(t) => {
                // The pieces are the parse of the text: written back, they are it.
                prop_assert_eq!(template_text(t.pieces(), t.params()), template);
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
