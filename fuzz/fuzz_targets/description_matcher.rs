//! A description of any text for any code: read without a panic, kept verbatim, and, when
//! parameters are found, they fill the template back into the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zingle_errors::{ErrorCode, Status, ZingleError};

fuzz_target!(|input: (u16, &str)| {
    let (code, description) = input;
    let code = ErrorCode::ALL[usize::from(code) % ErrorCode::ALL.len()];
    let mut status = Status::new(code.http_status());
    status.error_code = Some(code.code());
    status.description = Some(description.to_owned());
    let err = ZingleError::from_status(&status).expect("a status with a code is an error");
    assert_eq!(err.to_string(), description);
    if err.args().len() == code.params().len() && !code.params().is_empty() {
        let found: Vec<(&str, &str)> = err.args().collect();
        let args: Vec<(&str, &dyn std::fmt::Display)> = found
            .iter()
            .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
            .collect();
        let filled = code.render(&args).expect("the values found fill the template");
        // The text itself, or (read in the published text of a corrected code) the
        // corrected text, which reads back as the same error.
        let mut again = status.clone();
        again.description = Some(filled);
        assert_eq!(ZingleError::from_status(&again).expect("an error"), err);
    }
});
