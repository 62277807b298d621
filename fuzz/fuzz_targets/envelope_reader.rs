//! A response body of any text: refused with an error, or written and read back the same,
//! reporting the same error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use zingle_errors::Response;

fuzz_target!(|text: &str| {
    let Ok(response) = serde_json::from_str::<Response<Value>>(text) else {
        return;
    };
    let written = serde_json::to_string(&response).expect("a response writes");
    let again: Response<Value> = serde_json::from_str(&written).expect("what was written reads");
    assert_eq!(again, response);
    assert_eq!(serde_json::to_string(&again).expect("a response writes"), written);
    match (response.into_result(), again.into_result()) {
        (Err(a), Err(b)) => assert_eq!(a, b),
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        _ => panic!("one read reports an error, the other does not"),
    }
});
