//! Reading an error's parameters back from its description: a hostile description (a
//! run of near misses of the template's literals) against a plain one of the same size,
//! side by side.
//!
//! `cargo bench -p zingle-errors --bench recover`; compare the medians of each pair: the
//! time is linear in the description's length, whatever it holds.

use divan::{Bencher, black_box};
use zingle_errors::{Status, ZingleError};

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[1 << 20, 10 << 20];

/// 3614: "Invalid contact '{correspondent_id}' specified for {channel_type_display_name}".
fn status(value: &str) -> Status {
    let mut status = Status::new(400);
    status.error_code = Some(3614);
    status.description = Some(format!("Invalid contact '{value}' specified for y"));
    status
}

#[divan::bench(args = SIZES)]
fn plain(b: Bencher, size: usize) {
    let status = status(&"x".repeat(size));
    b.bench(|| ZingleError::from_status(black_box(&status)));
}

#[divan::bench(args = SIZES)]
fn hostile(b: Bencher, size: usize) {
    let near_miss = "' specified fo";
    let status = status(&near_miss.repeat(size / near_miss.len()));
    b.bench(|| ZingleError::from_status(black_box(&status)));
}
