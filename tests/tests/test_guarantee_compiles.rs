//! The guarantee of `zingle-errors lock --check`: when it passes for a release that is
//! not a new major version, every crate that compiled against the shipped catalog still
//! compiles against the new one (deprecation warnings allowed).
//!
//! The shipped catalog is the real `codes.toml`, locked at 1.0.0. A downstream crate
//! uses every one of its codes: by variant in a `match`, by `code!` number and name, by
//! constructor and by `zingle_error!`. Each changed catalog that the check accepts at
//! 1.1.0 (changes written on purpose, and mutants drawn by the strategy of
//! `test_mutants_compile`) is invoked in an owning crate, and the downstream crate is
//! checked against it with `cargo check`. A change the check refuses (a code renamed
//! without an alias) is shown to break the downstream crate, so that the test can fail.

mod mutation;

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use mutation::{CODES, mutated};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use zingle_errors_catalog::{Catalog, NOT_RAW, Version, baseline, is_keyword, parse};

/// How many drawn mutants the check accepts are compiled, besides the changes written on
/// purpose: `GUARANTEE_MUTANTS=20` compiles more.
const MUTANTS: usize = 3;

/// How many mutations are drawn at most to find them.
const DRAWS: usize = 2_000;

/// Changes a minor release may ship, written on purpose: `(what, catalog)`.
fn compatible_changes(base: &Catalog) -> Vec<(&'static str, String)> {
    let free = (2600..=2699)
        .find(|n| base.get(*n).is_none())
        .expect("a free code among General's");
    let added = format!(
        "{CODES}\n[[code]]\ncode = {free}\nname = \"BrandNewFault\"\ncategory = \"General\"\n\
         message = \"Brand new fault '{{thing_id}}'\"\nsince = \"1.1.0\"\n"
    );
    let label = "name = \"InvalidLabel\"\n";
    vec![
        ("a code added", added),
        (
            "a code deprecated",
            CODES.replacen(label, &format!("{label}deprecated = \"use 3613\"\n"), 1),
        ),
        (
            "a code renamed, the old name kept as an alias",
            CODES.replacen(
                label,
                "name = \"LabelIsInvalid\"\naliases = [\"InvalidLabel\"]\n",
                1,
            ),
        ),
        (
            "a message reworded",
            CODES.replacen(
                "message = \"Invalid label '{correspondent_id}'\"",
                "message = \"The label '{correspondent_id}' is invalid\"",
                1,
            ),
        ),
        (
            "a code made retryable",
            CODES.replacen(label, &format!("{label}retryable = true\n"), 1),
        ),
    ]
}

/// Drawn mutants of the real catalog that load and that the check accepts at 1.1.0,
/// from a fixed seed, and how many loaded but were refused (drawing on until one is).
fn accepted_mutants(wanted: usize, lock: &baseline::Lock) -> (Vec<String>, usize) {
    let mut runner = TestRunner::deterministic();
    let strategy = mutated();
    let (mut accepted, mut refused) = (Vec::new(), 0);
    for _ in 0..DRAWS {
        if accepted.len() == wanted && refused > 0 {
            break;
        }
        let Ok(tree) = strategy.new_tree(&mut runner) else {
            continue;
        };
        let text = tree.current();
        let Ok(catalog) = parse(&text, "codes.toml") else {
            continue;
        };
        if baseline::check(&catalog, lock, Some(&MINOR)).is_ok() {
            if accepted.len() < wanted && !accepted.contains(&text) {
                accepted.push(text);
            }
        } else {
            refused += 1;
        }
    }
    (accepted, refused)
}

/// The release the changed catalogs ship in: a minor one after the lock's 1.0.0.
const MINOR: Version = Version::new(1, 1, 0);

/// A parameter as a user writes it in a call.
fn param(name: &str) -> String {
    if is_keyword(name) && !NOT_RAW.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// The downstream crate's source: every code of `base`, used every way a user can.
fn downstream(base: &Catalog) -> String {
    let entries = base.entries();
    let mut src = String::from(
        "#![allow(deprecated)]\n\n\
         pub fn uses(code: owner::ZingleCode) -> usize {\n    let mut n = 0;\n    match code {\n",
    );
    for e in entries {
        let _ = writeln!(
            src,
            "        owner::ZingleCode::{} => n += {},",
            e.name, e.code
        );
    }
    src.push_str("        _ => {}\n    }\n    let codes = [\n");
    for e in entries {
        let _ = writeln!(
            src,
            "        owner::zingle_code!({}),\n        owner::zingle_code!({}),",
            e.code, e.name
        );
    }
    src.push_str("    ];\n    n += codes.len();\n    let errors = [\n");
    for e in entries {
        let params = e.message.params();
        let positional: Vec<&str> = params.iter().map(|_| "1u8").collect();
        let named: String = params
            .iter()
            .map(|p| format!(", {} = 1u8", param(p)))
            .collect();
        let _ = writeln!(
            src,
            "        owner::ZingleError::{}({}),\n        owner::zingle_error!({}{named}),",
            constructor(&e.snake_name()),
            positional.join(", "),
            e.name
        );
    }
    src.push_str("    ];\n    n + errors.iter().map(|e| e.to_string().len()).sum::<usize>()\n}\n");
    src
}

/// A constructor as a user writes it: raw where its name is a keyword.
fn constructor(snake: &str) -> String {
    if is_keyword(snake) {
        format!("r#{snake}")
    } else {
        snake.to_owned()
    }
}

/// A workspace of owning crates (each invoking the macro on one catalog) and as many
/// copies of the downstream crate, each depending on one owning crate alone. Their names
/// begin with `prefix`: the two tests share a target directory, and cargo must not take
/// one test's crate for the other's.
fn write_workspace(dir: &Path, prefix: &str, catalogs: &[String], downstream: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let runtime = root.join("crates/zingle-errors").display().to_string();
    let _ = std::fs::remove_dir_all(dir);
    let mut members = Vec::new();
    for (i, catalog) in catalogs.iter().enumerate() {
        let (owner_name, user_name) = (format!("{prefix}_owner{i}"), format!("{prefix}_user{i}"));
        let owner = dir.join(&owner_name);
        let user = dir.join(&user_name);
        std::fs::create_dir_all(owner.join("src")).expect("owner");
        std::fs::create_dir_all(user.join("src")).expect("user");
        std::fs::write(
            owner.join("Cargo.toml"),
            format!(
                "[package]\nname = \"{owner_name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
                 [dependencies]\nzingle-errors = {{ path = {runtime:?} }}\n"
            ),
        )
        .expect("owner manifest");
        std::fs::write(owner.join("codes.toml"), catalog).expect("catalog");
        std::fs::write(
            owner.join("src/lib.rs"),
            "zingle_errors::zingle_errors!(\"codes.toml\");\n",
        )
        .expect("owner lib");
        std::fs::write(
            user.join("Cargo.toml"),
            format!(
                "[package]\nname = \"{user_name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
                 [dependencies]\nowner = {{ package = \"{owner_name}\", path = \"../{owner_name}\" }}\n"
            ),
        )
        .expect("user manifest");
        std::fs::write(user.join("src/lib.rs"), downstream).expect("user lib");
        members.push(format!("\"{owner_name}\", \"{user_name}\""));
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .expect("workspace manifest");
    // The workspace's versions, which the build has already fetched.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("Cargo.lock");
}

fn cargo_check(dir: &Path) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(["check", "--quiet", "--offline", "--workspace"])
        .env(
            "CARGO_TARGET_DIR",
            root.join("target/tests/guarantee/target"),
        )
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cargo does not run: {e}"))
}

#[test]
fn what_the_check_accepts_keeps_downstream_crates_compiling() {
    let base = parse(CODES, "codes.toml").unwrap_or_else(|e| panic!("{e}"));
    let shipped = Version::new(1, 0, 0);
    let lock = baseline::read(&baseline::lock(&base, Some(&shipped), None), "codes.lock")
        .unwrap_or_else(|e| panic!("the lock reads back: {e}"));

    let mut catalogs = Vec::new();
    for (what, text) in compatible_changes(&base) {
        let catalog = parse(&text, "codes.toml").unwrap_or_else(|e| panic!("{what}: {e}"));
        let checked = baseline::check(&catalog, &lock, Some(&MINOR));
        assert!(checked.is_ok(), "{what} is refused: {:?}", checked.breaks);
        assert!(!checked.changes.is_empty(), "{what} changes nothing");
        catalogs.push(text);
    }
    let wanted = std::env::var("GUARANTEE_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(MUTANTS);
    let (mutants, refused) = accepted_mutants(wanted, &lock);
    assert_eq!(mutants.len(), wanted, "fewer accepted mutants than wanted");
    assert!(
        refused > 0,
        "the check refused no mutant: it checks nothing"
    );
    catalogs.extend(mutants);

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tests/guarantee/accepted");
    write_workspace(&dir, "accepted", &catalogs, &downstream(&base));
    let output = cargo_check(&dir);
    assert!(
        output.status.success(),
        "a catalog the check accepts breaks a downstream crate (in {}):\n{}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn what_the_check_refuses_is_what_breaks_downstream_crates() {
    let base = parse(CODES, "codes.toml").unwrap_or_else(|e| panic!("{e}"));
    let lock = baseline::read(
        &baseline::lock(&base, Some(&Version::new(1, 0, 0)), None),
        "codes.lock",
    )
    .unwrap_or_else(|e| panic!("the lock reads back: {e}"));
    let renamed = CODES.replacen("name = \"InvalidLabel\"", "name = \"LabelIsInvalid\"", 1);
    let catalog = parse(&renamed, "codes.toml").unwrap_or_else(|e| panic!("{e}"));
    assert!(!baseline::check(&catalog, &lock, Some(&MINOR)).is_ok());

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tests/guarantee/refused");
    write_workspace(&dir, "refused", &[renamed], &downstream(&base));
    let output = cargo_check(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "the downstream crate names no code"
    );
    assert!(stderr.contains("InvalidLabel"), "{stderr}");
}
