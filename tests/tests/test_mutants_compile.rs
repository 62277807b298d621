//! The generated code of valid mutations of the real `codes.toml` compiles: a sample of
//! them, each invoked in a module of one throwaway crate and used through its generated
//! macros, checked with `cargo check`. Slower than the property tests beside it (it
//! builds the runtime crate's dependencies once, under `target/tests/mutants`), so it
//! compiles a few: `MUTANTS=40 cargo test --test test_mutants_compile` compiles more.

mod mutation;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use mutation::{CODES, mutated};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use zingle_errors_catalog::{Catalog, NOT_RAW, codegen, is_keyword, parse};

/// How many valid mutants are compiled, by default.
const MUTANTS: usize = 6;

/// How many mutations are drawn at most to find them.
const DRAWS: usize = 2_000;

/// Valid mutations whose generated code differs from the real catalog's, each with the
/// catalog it loads as, drawn from a fixed seed.
fn valid_mutants(wanted: usize) -> Vec<(String, Catalog)> {
    let generate = |catalog: &Catalog| codegen::generate(catalog, &Default::default()).to_string();
    let original = parse(CODES, "codes.toml").map(|c| generate(&c));
    let original = original.unwrap_or_else(|e| panic!("codes.toml does not load: {e}"));
    let mut runner = TestRunner::deterministic();
    let strategy = mutated();
    let mut found: Vec<(String, Catalog)> = Vec::new();
    for _ in 0..DRAWS {
        if found.len() == wanted {
            break;
        }
        let Ok(tree) = strategy.new_tree(&mut runner) else {
            continue;
        };
        let text = tree.current();
        if found.iter().any(|(t, _)| *t == text) {
            continue;
        }
        if let Ok(catalog) = parse(&text, "codes.toml")
            && generate(&catalog) != original
        {
            found.push((text, catalog));
        }
    }
    found
}

/// A parameter as a user writes it in a call.
fn param(name: &str) -> String {
    if is_keyword(name) && !NOT_RAW.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// Module `m{i}`: the macro on `m{i}.toml`, and uses of its generated macros.
fn module(i: usize, catalog: &Catalog) -> String {
    let mut module = format!(
        "pub mod m{i} {{\n    zingle_errors::zingle_errors!(\"m{i}.toml\", module = m{i}, \
         code_macro = m{i}_code, error_macro = m{i}_error);\n\n    \
         #[allow(deprecated)]\n    pub fn uses() -> usize {{\n        let mut n = 0;\n"
    );
    let entries = catalog.entries();
    let with_params = entries.iter().filter(|e| !e.message.params().is_empty());
    for entry in entries.first().into_iter().chain(with_params) {
        let args: String = entry
            .message
            .params()
            .iter()
            .map(|p| format!(", {} = {i}", param(p)))
            .collect();
        let _ = writeln!(
            module,
            "        n += m{i}_code!({}) as usize + m{i}_code!({}) as usize;\n        \
             n += m{i}_error!({}{args}).to_string().len();",
            entry.code, entry.name, entry.name
        );
    }
    module.push_str("        n\n    }\n}\n\n");
    module
}

fn cargo_check(dir: &Path, target: &Path) -> std::process::Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(["check", "--quiet", "--offline"])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cargo does not run: {e}"))
}

#[test]
fn valid_mutants_of_the_real_catalog_compile() {
    let wanted = std::env::var("MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(MUTANTS);
    let mutants = valid_mutants(wanted);
    assert_eq!(
        mutants.len(),
        wanted,
        "fewer valid mutants than wanted in {DRAWS} draws"
    );

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir: PathBuf = root.join("target/tests/mutants/crate");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("the crate's directory");
    let runtime = root.join("crates/zingle-errors");
    let manifest = format!(
        "[package]\nname = \"mutants\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
         [dependencies]\nzingle-errors = {{ path = {:?} }}\n\n[workspace]\n",
        runtime.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("Cargo.toml");
    // The workspace's versions, which the build has already fetched.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("Cargo.lock");
    let mut lib = String::new();
    for (i, (text, catalog)) in mutants.iter().enumerate() {
        std::fs::write(dir.join(format!("m{i}.toml")), text).expect("a mutant");
        lib.push_str(&module(i, catalog));
    }
    std::fs::write(dir.join("src/lib.rs"), &lib).expect("lib.rs");

    let output = cargo_check(&dir, &root.join("target/tests/mutants/target"));
    assert!(
        output.status.success(),
        "the generated code of a valid mutant does not compile (the mutants are in {}):\n{}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}
