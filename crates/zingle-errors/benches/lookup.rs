//! Finding a code and reading an envelope, side by side with what a user would write
//! instead.
//!
//! `cargo bench -p zingle-errors --bench lookup`; compare the medians of each group:
//! - `from_code`: the generated `ErrorCode::from_code` (a `match`), a `HashMap<u16, _>`
//!   and a binary search over a sorted slice, each over every code of the catalog;
//! - `read_envelope`: an error response read into `Envelope` and `into_result`, and the
//!   same JSON into a `serde_json::Value`;
//! - `read_list`: the same for a success listing 20 records with its pagination.

use std::collections::HashMap;

use divan::{Bencher, black_box};
use zingle_errors::{Envelope, ErrorCode};

fn main() {
    divan::main();
}

mod from_code {
    use super::*;

    fn codes() -> Vec<u16> {
        ErrorCode::ALL.iter().map(|c| c.code()).collect()
    }

    #[divan::bench]
    fn generated_match(b: Bencher) {
        let codes = codes();
        b.bench(|| {
            codes
                .iter()
                .filter(|&&n| ErrorCode::from_code(black_box(n)).is_some())
                .count()
        });
    }

    #[divan::bench]
    fn hash_map(b: Bencher) {
        let codes = codes();
        let map: HashMap<u16, ErrorCode> = ErrorCode::ALL.iter().map(|c| (c.code(), *c)).collect();
        b.bench(|| {
            codes
                .iter()
                .filter(|&&n| map.contains_key(&black_box(n)))
                .count()
        });
    }

    #[divan::bench]
    fn binary_search(b: Bencher) {
        let codes = codes();
        let sorted: Vec<(u16, ErrorCode)> = ErrorCode::ALL.iter().map(|c| (c.code(), *c)).collect();
        b.bench(|| {
            codes
                .iter()
                .filter(|&&n| {
                    sorted
                        .binary_search_by_key(&black_box(n), |(k, _)| *k)
                        .is_ok()
                })
                .count()
        });
    }
}

mod read_envelope {
    use super::*;

    // Enough samples that the medians of a noisy machine settle.
    const SAMPLES: u32 = 2000;

    const BODY: &str = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid contact 'c-42' specified for SMS","error_code":3614}}"#;

    #[divan::bench(sample_count = SAMPLES)]
    fn response_into_result(b: Bencher) {
        b.bench(|| {
            let response: Envelope<serde_json::Value> =
                serde_json::from_str(black_box(BODY)).unwrap();
            response.into_result().unwrap_err()
        });
    }

    /// The read alone, without `into_result` recovering the parameters.
    #[divan::bench(sample_count = SAMPLES)]
    fn response_alone(b: Bencher) {
        b.bench(|| serde_json::from_str::<Envelope<serde_json::Value>>(black_box(BODY)).unwrap());
    }

    #[divan::bench(sample_count = SAMPLES)]
    fn serde_json_value(b: Bencher) {
        b.bench(|| serde_json::from_str::<serde_json::Value>(black_box(BODY)).unwrap());
    }
}

mod read_list {
    use super::*;

    const SAMPLES: u32 = 1000;

    /// A page of 20 contacts, as Zingle lists them.
    fn body() -> String {
        let records: Vec<String> = (0..20)
            .map(|i| {
                format!(
                    r#"{{"id":"c-{i}","first_name":"Ann","last_name":"Lee","is_starred":false,"created_at":17000000{i:02},"channels":[{{"type":"sms","value":"+1555000{i:04}","is_default":true}}]}}"#
                )
            })
            .collect();
        format!(
            r#"{{"status":{{"text":"OK","status_code":200,"sort_field":"created_at","sort_direction":"desc","page":1,"page_size":20,"total_pages":7,"total_records":131}},"result":[{}]}}"#,
            records.join(",")
        )
    }

    #[divan::bench(sample_count = SAMPLES)]
    fn response_into_result(b: Bencher) {
        let body = body();
        b.bench(|| {
            let response: Envelope<serde_json::Value> =
                serde_json::from_str(black_box(&body)).unwrap();
            response.into_result().unwrap()
        });
    }

    #[divan::bench(sample_count = SAMPLES)]
    fn serde_json_value(b: Bencher) {
        let body = body();
        b.bench(|| serde_json::from_str::<serde_json::Value>(black_box(&body)).unwrap());
    }
}
