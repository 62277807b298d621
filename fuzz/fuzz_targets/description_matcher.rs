//! A description of any text for any code: read without a panic, kept verbatim, and, when
//! parameters are found, the template (or its published text) filled with them is the
//! description itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zingle_errors::__private::Code;
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
        let values: Vec<&str> = err.args().map(|(_, value)| value).collect();
        let fill = |pieces: &[zingle_errors_core::Piece]| {
            zingle_errors_core::fill(pieces, values.len(), |i| values.get(i).copied()).0
        };
        // The oracle is the description: the values found fill a template back into it.
        let record = code.record();
        let filled = fill(record.pieces);
        let published = record.published_pieces.map(fill);
        assert!(
            filled == description || published.as_deref() == Some(description),
            "{description:?} read as {values:?}, which fill in {filled:?}"
        );
    }
});
