//! Rendering allocates nothing beyond its output: counted by a global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

use zingle_errors::{ErrorCode, ZingleError};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator, counting calls on the current thread.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn render_to_a_buffer_with_room_allocates_nothing() {
    let mut out = String::with_capacity(256);
    let (id, channel) = (42, "SMS");
    let n = allocations(|| {
        ErrorCode::InvalidContact
            .render_to(
                &mut out,
                &[
                    ("channel_type_display_name", &channel),
                    ("correspondent_id", &id),
                ],
            )
            .unwrap();
    });
    assert_eq!(out, "Invalid contact '42' specified for SMS");
    assert_eq!(n, 0);
}

#[test]
fn displaying_an_error_into_a_buffer_with_room_allocates_nothing() {
    let err = ZingleError::invalid_contact("42", "SMS");
    let mut out = String::with_capacity(256);
    let n = allocations(|| write!(out, "{err}").unwrap());
    assert_eq!(out, "Invalid contact '42' specified for SMS");
    assert_eq!(n, 0);
}

#[test]
fn message_allocates_once_and_exactly() {
    let err = ZingleError::invalid_contact("42", "SMS");
    let mut message = String::new();
    let n = allocations(|| message = err.message());
    assert_eq!(message, err.to_string());
    assert_eq!(message.capacity(), message.len());
    assert_eq!(n, 1);
}

#[test]
fn to_string_allocates_once() {
    let err = ZingleError::invalid_contact("42", "SMS");
    let mut text = String::new();
    let n = allocations(|| text = err.to_string());
    assert_eq!(text, "Invalid contact '42' specified for SMS");
    assert_eq!(n, 1);
    // Width applies to the whole message.
    assert_eq!(
        format!("{:>6}|", ZingleError::server_error()),
        "Server error|"
    );
    assert_eq!(
        format!("{:>14}|", ZingleError::server_error()),
        "  Server error|"
    );
    assert_eq!(format!("{:.6}|", ZingleError::server_error()), "Server|");
}

#[test]
fn render_allocates_once_for_short_values() {
    let (id, channel) = (42, "SMS");
    let mut text = String::new();
    let n = allocations(|| {
        text = ErrorCode::InvalidContact
            .render(&[
                ("correspondent_id", &id),
                ("channel_type_display_name", &channel),
            ])
            .unwrap();
    });
    assert_eq!(text, "Invalid contact '42' specified for SMS");
    assert_eq!(n, 1);
}

#[test]
fn looking_a_code_up_allocates_nothing() {
    let n = allocations(|| {
        assert_eq!(ErrorCode::from_code(3612), Some(ErrorCode::InvalidLabel));
        assert_eq!(
            "InvalidLabel".parse::<ErrorCode>(),
            Ok(ErrorCode::InvalidLabel)
        );
    });
    assert_eq!(n, 0);
}

#[test]
fn building_an_error_allocates_its_message_only() {
    let (id, channel) = (42, String::from("SMS"));
    let mut err = ZingleError::server_error();
    let n = allocations(|| {
        err = zingle_errors::zingle_error!(
            InvalidContact,
            correspondent_id = id,
            channel_type_display_name = channel
        );
    });
    assert_eq!(n, 1, "the message, with room for both values");
    assert_eq!(err.arg("channel_type_display_name"), Some("SMS"));
    // A message without parameters is its template: nothing to allocate.
    assert_eq!(allocations(|| err = ZingleError::server_error()), 0);
    assert_eq!(err.to_string(), "Server error");
}

#[test]
fn reading_an_envelope_allocates_less_than_a_json_value() {
    const BODY: &str = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid contact 'c-42' specified for SMS","error_code":3614}}"#;
    let mut found = None;
    let ours = allocations(|| {
        let response: zingle_errors::Envelope<serde_json::Value> =
            serde_json::from_str(BODY).unwrap();
        found = response.into_result().err();
    });
    let value = allocations(|| drop(serde_json::from_str::<serde_json::Value>(BODY).unwrap()));
    let err = found.expect("an error");
    assert_eq!(err.arg("correspondent_id"), Some("c-42"));
    // The status is read field by field (no map of its keys; only a key no field has is
    // copied), then the error keeps its own copies of the description and the status
    // text; the values are ranges of the description, found without allocating.
    assert!(ours < value, "ours {ours}, serde_json::Value {value}");
}
