//! The catalog loader on any text: never a panic; every fault located in the text; what
//! is valid generates code.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let lines = text.split('\n').count();
    let (catalog, errors) = zingle_errors_catalog::parse_recovering(text, "codes.toml");
    for error in errors.iter().flatten() {
        assert!(error.location.line >= 1 && error.location.line <= lines, "{error}");
        assert!(error.location.column >= 1, "{error}");
    }
    let options = zingle_errors_catalog::codegen::Options {
        faulty: errors.is_some(),
        ..Default::default()
    };
    let _ = zingle_errors_catalog::codegen::generate(&catalog, &options);
});
