//! Displaying a `ZingleError` against `format!` with the same literal, side by side.
//!
//! `cargo bench -p zingle-errors --bench display`; compare the medians of each pair.

use std::fmt::Write;

use divan::{Bencher, black_box};
use zingle_errors::{ErrorCode, ZingleError};

fn main() {
    divan::main();
}

/// The error of one code written by hand with thiserror, as a user without a catalog
/// would.
#[derive(Debug, thiserror::Error)]
enum ByHand {
    #[error("Invalid contact '{correspondent_id}' specified for {channel_type_display_name}")]
    InvalidContact {
        correspondent_id: String,
        channel_type_display_name: String,
    },
}

/// A new `String` each time: what `err.to_string()` costs against `format!`. Samples of a
/// fixed size, so that each pair is measured alike.
#[divan::bench_group(sample_count = 500, sample_size = 200)]
mod to_string {
    use super::*;

    #[divan::bench]
    fn format_macro_one_param(b: Bencher) {
        let id = String::from("abc");
        b.bench(|| format!("Invalid label '{}'", black_box(&id)));
    }

    #[divan::bench]
    fn zingle_error_one_param(b: Bencher) {
        let err = ZingleError::invalid_label("abc");
        b.bench(|| black_box(&err).to_string());
    }

    #[divan::bench]
    fn format_macro_two_params(b: Bencher) {
        let (id, channel) = (String::from("42"), String::from("SMS"));
        b.bench(|| {
            format!(
                "Invalid contact '{}' specified for {}",
                black_box(&id),
                black_box(&channel)
            )
        });
    }

    #[divan::bench]
    fn zingle_error_two_params(b: Bencher) {
        let err = ZingleError::invalid_contact("42", "SMS");
        b.bench(|| black_box(&err).to_string());
    }

    /// Building the error and formatting it, against `format!` of the same literal. Both
    /// are returned, so that divan drops them untimed, as it drops `format!`'s `String`.
    #[divan::bench]
    fn zingle_error_macro_then_to_string_two_params(b: Bencher) {
        let (id, channel) = (String::from("42"), String::from("SMS"));
        b.bench(|| {
            let err = zingle_errors::zingle_error!(
                InvalidContact,
                correspondent_id = black_box(&id),
                channel_type_display_name = black_box(&channel)
            );
            let message = err.to_string();
            (err, message)
        });
    }

    /// The same error written by hand with thiserror, as a user would instead: a variant
    /// holding each value as a `String` (`to_string()` of each), then `to_string()` of the
    /// error. Both the error and the message are returned, dropped untimed.
    #[divan::bench]
    fn thiserror_by_hand_then_to_string_two_params(b: Bencher) {
        let (id, channel) = (String::from("42"), String::from("SMS"));
        b.bench(|| {
            let err = ByHand::InvalidContact {
                correspondent_id: black_box(&id).to_string(),
                channel_type_display_name: black_box(&channel).to_string(),
            };
            let message = err.to_string();
            (err, message)
        });
    }

    /// Building the error alone (its message written once), against `format!` of the same
    /// literal.
    #[divan::bench]
    fn zingle_error_macro_two_params(b: Bencher) {
        let (id, channel) = (String::from("42"), String::from("SMS"));
        b.bench(|| {
            zingle_errors::zingle_error!(
                InvalidContact,
                correspondent_id = black_box(&id),
                channel_type_display_name = black_box(&channel)
            )
        });
    }

    #[divan::bench]
    fn zingle_error_message_two_params(b: Bencher) {
        let err = ZingleError::invalid_contact("42", "SMS");
        b.bench(|| black_box(&err).message());
    }

    #[divan::bench]
    fn render_two_params(b: Bencher) {
        let (id, channel) = (String::from("42"), String::from("SMS"));
        b.bench(|| {
            ErrorCode::InvalidContact.render(&[
                ("correspondent_id", black_box(&id)),
                ("channel_type_display_name", black_box(&channel)),
            ])
        });
    }

    /// What a user might write instead of `render`: a run-time template formatter.
    #[divan::bench]
    fn strfmt_two_params(b: Bencher) {
        let template = ErrorCode::InvalidContact.message();
        let vars: std::collections::HashMap<String, String> = [
            ("correspondent_id".to_owned(), "42".to_owned()),
            ("channel_type_display_name".to_owned(), "SMS".to_owned()),
        ]
        .into_iter()
        .collect();
        b.bench(|| strfmt::strfmt(black_box(template), black_box(&vars)));
    }
}

/// Into a reused buffer: the formatting alone, without allocation.
#[divan::bench_group(sample_count = 500, sample_size = 200)]
mod write {
    use super::*;

    #[divan::bench]
    fn format_args_two_params(b: Bencher) {
        let (id, channel) = (String::from("42"), String::from("SMS"));
        let mut out = String::with_capacity(64);
        b.bench_local(|| {
            out.clear();
            write!(
                out,
                "Invalid contact '{}' specified for {}",
                black_box(&id),
                black_box(&channel)
            )
            .unwrap();
        });
    }

    #[divan::bench]
    fn zingle_error_two_params(b: Bencher) {
        let err = ZingleError::invalid_contact("42", "SMS");
        let mut out = String::with_capacity(64);
        b.bench_local(|| {
            out.clear();
            write!(out, "{}", black_box(&err)).unwrap();
        });
    }
}
