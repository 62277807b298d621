//! The catalog loader on any text: never a panic; every fault located in the text, its
//! column within its line; what is valid generates code that parses as Rust.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let lines: Vec<&str> = text.split('\n').collect();
    let (catalog, errors) = zingle_errors_catalog::parse_recovering(text, "codes.toml");
    for error in errors.iter().flatten() {
        let line = error.location.line;
        assert!(line >= 1 && line <= lines.len(), "{error}");
        // A column counts characters from 1; one past the last is the line's end.
        let width = lines[line - 1].chars().count();
        assert!(
            error.location.column >= 1 && error.location.column <= width + 1,
            "{error}: column past the end of a line of {width} characters"
        );
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
