//! `search`: best first, with why each code matched.

mod common;

use common::{check, run};

fn codes(stdout: &str) -> Vec<u16> {
    stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect()
}

#[test]
fn an_exact_message_comes_first() {
    let run = check(
        "search-contact-not-found",
        &["search", "contact not found"],
        0,
    );
    assert_eq!(codes(&run.stdout)[..2], [3000, 7002]);
}

#[test]
fn words_may_be_separate_arguments() {
    let joined = run(&["search", "contact not found"]).stdout;
    assert_eq!(run(&["search", "contact", "not", "found"]).stdout, joined);
}

#[test]
fn every_code_mentioning_base64() {
    let run = check("search-base64", &["search", "BASE64"], 0);
    let mut found = codes(&run.stdout);
    found.sort_unstable();
    assert_eq!(found, [3021, 3022, 3621, 4102, 4103]);
}

#[test]
fn names_and_explanations_match_after_messages() {
    let run = check("search-tiers", &["search", "valid"], 0);
    let tiers = ["message", "message words", "name", "explanation"];
    let rank = |line: &str| {
        tiers
            .iter()
            .rposition(|t| line.contains(&format!("  {t}  ")))
            .expect("a tier")
    };
    let ranks: Vec<usize> = run.stdout.lines().map(rank).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "best first: {ranks:?}"
    );
    assert_eq!((ranks.first(), ranks.last()), (Some(&1), Some(&3)));
}

#[test]
fn no_match_exits_1() {
    check("search-nothing", &["search", "xyzzy"], 1);
    check("search-no-words", &["search", "--", "!!"], 2);
}

#[test]
fn search_as_json_gives_scores() {
    let run = run(&["search", "--json", "contact not found"]);
    run.status(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value[0]["score"], 4);
    assert_eq!(value[0]["matched"], "message");
    assert_eq!(value[0]["entry"]["code"], 3000);
}
