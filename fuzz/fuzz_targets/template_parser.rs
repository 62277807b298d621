//! Message templates on any text: parsed into pieces that write the text back exactly,
//! or every fault inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zingle_errors_tests::template_text;

fuzz_target!(|text: &str| {
    match zingle_errors_catalog::Template::parse(text) {
        Ok(template) => {
            // The oracle is the text itself: the pieces, written back, are it.
            assert_eq!(template_text(template.pieces(), template.params()), text);
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for error in errors {
                assert!(error.offset() < text.len());
            }
        }
    }
});
