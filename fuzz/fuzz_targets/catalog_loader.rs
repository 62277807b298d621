//! The catalog loader on any text: never a panic; every fault located in the text (its
//! line one of the text's, its column within the line or at its end), a fault of the
//! catalog's rules at a token (no space or tab); what is valid generates code that
//! parses as Rust.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    // Lines as the loader counts them: a CRLF is one line break, a byte-order mark no
    // column.
    let text_lf = text.replace("\r\n", "\n");
    let lines: Vec<&str> = text_lf.split('\n').collect();
    let (catalog, errors) = zingle_errors_catalog::parse_recovering(text, "codes.toml");
    for error in errors.iter().flatten() {
        let line = error.location.line;
        assert!(line >= 1 && line <= lines.len(), "{error}");
        // A column counts characters from 1 (a byte-order mark is none); one past the
        // last is the line's end.
        let text = lines[line - 1];
        let text = if line == 1 {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        let chars: Vec<char> = text.chars().collect();
        let column = error.location.column;
        assert!(
            column >= 1 && column <= chars.len() + 1,
            "{error}: column past the end of a line of {} characters",
            chars.len()
        );
        // A fault of the catalog's rules is at the key, value or table it names: not at
        // a space or a tab between tokens. (TOML's own faults may say what is missing,
        // where it is missing.)
        let syntax = matches!(error.fault, zingle_errors_catalog::Fault::Syntax(_));
        if let (Some(c), false) = (chars.get(column - 1), syntax) {
            assert!(!matches!(c, ' ' | '\t'), "{error}: at a space, not a token");
        }
    }
    let options = zingle_errors_catalog::codegen::Options {
        faulty: errors.is_some(),
        ..Default::default()
    };
    let code = zingle_errors_catalog::codegen::generate(&catalog, &options);
    if let Err(e) = syn::parse2::<syn::File>(code) {
        panic!("the generated code does not parse as Rust: {e}");
    }
});
