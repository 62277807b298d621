//! The two pages a newcomer reads say what is true and fit their readers: the crate's
//! page (crates.io and docs.rs show it) holds nothing only a clone can run and no lab
//! notes, names every feature the crate has and no other, and quotes the catalog's own
//! count; the repository's README keeps the two commands and links what moved.

use std::path::Path;

use zingle_errors::ErrorCode;

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether `text` holds a date written as `2026-12-07`.
fn has_date(text: &str) -> bool {
    text.as_bytes().windows(10).any(|w| {
        w.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
    })
}

#[test]
fn the_crate_page_holds_no_clone_only_command_and_no_lab_note() {
    let page = read("crates/zingle-errors/README.md");
    for clone_only in [
        "cargo run -p",
        "cargo test",
        "cargo bench",
        "PROPTEST_CASES",
        "MUTANTS=",
    ] {
        assert!(
            !page.contains(clone_only),
            "the crate page runs `{clone_only}`"
        );
    }
    for lab_note in ["missed", "exec/s", "the session", "campaign"] {
        assert!(!page.contains(lab_note), "the crate page says `{lab_note}`");
    }
    assert!(!has_date(&page), "the crate page holds a date");
    // Links work from crates.io and docs.rs: none relative to the repository.
    assert!(!page.contains("](crates/") && !page.contains("](benchmarks/"));
    assert!(has_date("on 2026-12-07") && !has_date("3612-ab-cd"));
}

#[test]
fn the_crate_page_names_every_feature_and_no_other() {
    let page = read("crates/zingle-errors/README.md");
    let (_, table) = page
        .split_once("| feature | default | what it adds |")
        .expect("the features table");
    let in_page: Vec<&str> = table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with("| `"))
        .filter_map(|line| line.split('`').nth(1))
        .collect();
    let manifest = read("crates/zingle-errors/Cargo.toml");
    let (_, features) = manifest.split_once("\n[features]\n").expect("[features]");
    let in_manifest: Vec<&str> = features
        .lines()
        .take_while(|line| !line.starts_with('['))
        .filter_map(|line| line.split_once(" = ").map(|(name, _)| name))
        .filter(|name| !name.starts_with('#') && *name != "default")
        .collect();
    assert_eq!(in_page, in_manifest);
}

#[test]
fn the_pages_quote_the_catalogs_own_count() {
    let count = format!("{} published error codes", ErrorCode::ALL.len());
    for page in ["README.md", "crates/zingle-errors/README.md"] {
        assert!(read(page).contains(&count), "{page} does not say {count}");
    }
}

#[test]
fn the_readme_keeps_the_two_commands_and_links_what_moved() {
    let readme = read("README.md");
    for shown in [
        "cargo run -p zingle-errors-cli -- explain 3612",
        "cargo test --workspace --all-features",
        "[CONTRIBUTING.md](CONTRIBUTING.md)",
        "[benchmarks/README.md](benchmarks/README.md)",
        "[crates/zingle-errors/README.md](crates/zingle-errors/README.md)",
    ] {
        assert!(readme.contains(shown), "README does not show {shown}");
    }
    let contributing = read("CONTRIBUTING.md");
    assert!(contributing.contains("cargo +nightly fuzz run"));
}
