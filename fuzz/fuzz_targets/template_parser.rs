//! Message templates on any text: parsed, or every fault inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match zingle_errors_catalog::Template::parse(text) {
        Ok(template) => {
            for param in template.params() {
                assert!(text.contains(&format!("{{{param}}}")));
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for error in errors {
                assert!(error.offset() < text.len());
            }
        }
    }
});
