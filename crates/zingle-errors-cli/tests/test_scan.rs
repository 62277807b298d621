//! `scan`: the codes a log mentions, each explained once with its count.

mod common;

use common::{check, run, run_with};

#[test]
fn scan_a_log() {
    let run = check("scan-log", &["scan", "tests/fixtures/app.log"], 0);
    let headings: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.is_empty())
        .collect();
    assert_eq!(
        headings,
        [
            "`tests/fixtures/app.log`: 8 mentions of 4 codes",
            "3612 InvalidLabel",
            "2600 ServerError",
            "4001 ChannelTypeDisplayNameRequired",
            "9999",
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn scan_as_json() {
    let run = run(&["scan", "--json", "tests/fixtures/app.log"]);
    run.status(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let rows: Vec<(u64, u64)> = value
        .as_array()
        .expect("an array")
        .iter()
        .map(|c| {
            (
                c["code"].as_u64().unwrap_or(0),
                c["count"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(rows, [(3612, 4), (2600, 2), (4001, 1), (9999, 1)]);
    assert_eq!(value[0]["explained"]["name"], "InvalidLabel");
    assert!(value[3]["explained"].is_null());
}

#[test]
fn scan_reads_stdin() {
    let log = std::fs::read_to_string(common::dir().join("tests/fixtures/app.log")).expect("log");
    let from_file = run(&["scan", "tests/fixtures/app.log"]).stdout;
    for args in [&["scan"][..], &["scan", "-"]] {
        let run = run_with(args, &log);
        run.status(0);
        assert_eq!(
            run.stdout,
            from_file.replacen("`tests/fixtures/app.log`", "stdin", 1),
            "{args:?}"
        );
    }
}

#[test]
fn scan_finds_an_own_catalogs_codes_by_its_name() {
    let run = run_with(
        &["scan", "--catalog", "tests/fixtures/new.toml", "--json"],
        "shop::100 then zingle::3612 then [201] and [3612]\nerror_code=100\n",
    );
    run.status(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value[0]["code"], 100);
    assert_eq!(value[0]["count"], 2);
    assert_eq!(value[1]["code"], 201);
    assert_eq!(value[1]["explained"]["retired"], "carts no longer expire");
    assert_eq!(value.as_array().map(Vec::len), Some(2), "{value:#}");
}

#[test]
fn a_log_with_no_code_or_no_file() {
    check("scan-nothing", &["scan", "Cargo.toml"], 1);
    let json = run_with(&["scan", "--json"], "all is well\n");
    json.status(1);
    assert_eq!(json.stdout, "[]\n");
    check("scan-missing-file", &["scan", "tests/fixtures/none.log"], 1);
}

#[test]
fn a_large_log_is_read_in_one_pass() {
    // 200,000 lines, half of them brackets that are no code: linear, so quick.
    let mut log = String::new();
    for i in 0..100_000 {
        log.push_str("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ [12345678\n");
        log.push_str(if i % 2 == 0 {
            "error_code=3612\n"
        } else {
            "zingle::2600\n"
        });
    }
    let run = run_with(&["scan", "--json"], &log);
    run.status(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value[0]["count"], 50_000);
    assert_eq!(value[1]["count"], 50_000);
}
