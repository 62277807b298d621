//! The command line itself: help with an example on every subcommand, bad usage exits
//! 2, completions for every shell.

mod common;

use common::{check, run, snapshot};

const SUBCOMMANDS: [&str; 13] = [
    "explain",
    "list",
    "search",
    "render",
    "parse",
    "scan",
    "check",
    "locales",
    "diff",
    "lock",
    "docs",
    "export",
    "completions",
];

#[test]
fn every_subcommand_has_help_with_an_example() {
    let mut all = run(&["--help"]).transcript();
    for sub in SUBCOMMANDS {
        let run = run(&[sub, "--help"]);
        run.status(0);
        assert!(
            run.stdout.contains("Example"),
            "{sub} --help has no example"
        );
        assert!(run.stdout.contains("zingle-errors "), "{sub}");
        all.push_str(&run.transcript());
    }
    snapshot("help.txt", &all);
}

/// The options every subcommand takes are described in the top-level help alone, and
/// still taken after a subcommand and completed there.
#[test]
fn the_options_of_every_subcommand_are_listed_once() {
    let global = ["--catalog", "--json", "--locale", "--code-macro"];
    // The lines of a help's option lists that describe `option`: `  --json  Print ...`.
    let listed = |help: &str, option: &str| {
        let described = |line: &&str| {
            let entry = line.trim_start();
            let rest = entry.strip_prefix(option).unwrap_or_default();
            line.starts_with("  ") && (rest.starts_with(" <") || rest.starts_with("  "))
        };
        help.lines().filter(described).count()
    };
    let top = run(&["--help"]);
    for option in global {
        assert_eq!(listed(&top.stdout, option), 1, "{option} in --help");
    }
    for sub in SUBCOMMANDS {
        let help = run(&[sub, "--help"]).stdout;
        for option in global {
            assert_eq!(listed(&help, option), 0, "{sub} --help lists {option}");
        }
        assert!(
            help.contains("listed once, in zingle-errors --help"),
            "{sub}"
        );
    }
    let explained = run(&["explain", "3612", "--json"]);
    explained.status(0);
    assert!(explained.stdout.starts_with('['), "{}", explained.stdout);
    let bash = run(&["completions", "bash"]).stdout;
    assert!(bash.contains("explain)") && bash.matches("--catalog").count() > 1);
}

#[test]
fn bad_usage_exits_2_and_says_why() {
    check("usage-nothing", &[], 2);
    check("usage-unknown-subcommand", &["explian", "3612"], 2);
    check("usage-unknown-flag", &["list", "--colour"], 2);
    check("usage-missing-argument", &["diff", "codes.toml"], 2);
}

#[test]
fn version() {
    let run = run(&["--version"]);
    run.status(0);
    assert_eq!(
        run.stdout,
        format!("zingle-errors {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = run(&["completions", shell]);
        run.status(0);
        assert!(
            run.stdout.contains("explain") && run.stdout.contains("catalog"),
            "{shell}"
        );
    }
    check("completions-unknown-shell", &["completions", "tcsh"], 2);
}

#[test]
fn output_is_plain_text() {
    for args in [
        &["explain", "3612"][..],
        &["list"],
        &["diff", "tests/fixtures/old.toml", "tests/fixtures/new.toml"],
        &["--help"],
    ] {
        let run = run(args);
        assert!(
            !run.stdout.contains('\u{1b}') && !run.stderr.contains('\u{1b}'),
            "{args:?}"
        );
    }
}

#[test]
fn the_readme_shows_what_explain_prints() {
    let readme = std::fs::read_to_string(common::dir().join("../../README.md")).expect("README");
    let command = "```sh\ncargo run -p zingle-errors-cli -- explain 3612\n```\n\n```text\n";
    let (_, after) = readme
        .split_once(command)
        .expect("the main-job command in README");
    let (shown, _) = after.split_once("```").expect("its output");
    assert_eq!(shown, run(&["explain", "3612"]).stdout);
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let catalog = ["--catalog", "tests/fixtures/new.toml"];
    let after = run(&[&["explain", "101", "--json"][..], &catalog].concat());
    after.status(0);
    assert!(after.stdout.contains("OrderIsLocked"), "{}", after.stdout);
    for args in [
        [&catalog[..], &["--json", "explain", "101"]].concat(),
        [&["--json", "explain"][..], &catalog, &["101"]].concat(),
        [&catalog[..], &["explain", "101", "--json"]].concat(),
    ] {
        let before = run(&args);
        before.status(0);
        assert_eq!(before.stdout, after.stdout, "{args:?}");
    }
    let names_after = run(&["explain", "3612", "--error-type", "ApiError"]);
    let names_before = run(&["--error-type", "ApiError", "explain", "3612"]);
    names_before.status(0);
    assert_eq!(names_before.stdout, names_after.stdout);
    assert!(names_before.stdout.contains("ApiError::invalid_label"));
}

#[test]
fn a_global_option_a_subcommand_has_no_use_for_is_refused() {
    check(
        "usage-diff-catalog",
        &["--catalog", "codes.toml", "diff", "a.toml", "b.toml"],
        2,
    );
    check("usage-docs-json", &["docs", "--json"], 2);
    for args in [
        &["completions", "bash", "--catalog", "codes.toml"][..],
        &["export", "--format", "json", "--json"],
        &["completions", "bash", "--json"],
    ] {
        let run = run(args);
        run.status(2);
        assert!(run.stderr.starts_with("error: `"), "{}", run.transcript());
    }
}
