//! A response body of any text: refused with an error, or written back as the text it
//! came in (but for insignificant whitespace), reading back as the same error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::value::RawValue;
use zingle_errors::Envelope;
use zingle_errors_tests::lossless_form;

fuzz_target!(|text: &str| {
    let Ok(response) = serde_json::from_str::<Envelope<Box<RawValue>>>(text) else {
        return;
    };
    let written = serde_json::to_string(&response).expect("a response writes");
    // The oracle is the input itself: what was written is what came.
    assert_eq!(
        lossless_form(&written),
        lossless_form(text)
    );
    let again: Envelope<Box<RawValue>> =
        serde_json::from_str(&written).expect("what was written reads");
    assert_eq!(serde_json::to_string(&again).expect("a response writes"), written);
    assert_eq!(again.status, response.status);
    assert_eq!(again.extra, response.extra);
    match (response.into_result(), again.into_result()) {
        (Err(a), Err(b)) => assert_eq!(a, b),
        (Ok(_), Ok(_)) => {}
        _ => panic!("one read reports an error, the other does not"),
    }
});
