//! Shell completion that works: the bash script is sourced in bash, and its completion
//! function (the one registered for `zingle-errors`) run on a command line as bash
//! would run it on TAB.

mod common;

use std::process::Command;

use common::run;

/// What bash completes for `words`, the last being the word under the cursor.
fn complete(words: &[&str]) -> Vec<String> {
    let script = run(&["completions", "bash"]);
    script.status(0);
    let path = std::env::temp_dir().join(format!(
        "zingle-errors-completion-{}-{}.bash",
        std::process::id(),
        words.join("_").replace(['/', ' '], "_")
    ));
    std::fs::write(&path, &script.stdout).expect("the script is written");
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', r"'\''")))
        .collect();
    let driver = format!(
        r#"source "$1" || exit 3
registered=$(complete -p zingle-errors) || exit 4
function=${{registered#*-F }}
function=${{function%% *}}
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
cur=${{COMP_WORDS[COMP_CWORD]}}
prev=${{COMP_WORDS[COMP_CWORD-1]}}
"$function" zingle-errors "$cur" "$prev"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        words = quoted.join(" ")
    );
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &driver, "bash"])
        .arg(&path)
        .current_dir(common::dir())
        .output()
        .expect("bash runs (the completion test needs it)");
    let _ = std::fs::remove_file(&path);
    assert!(
        output.status.success(),
        "bash: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_subcommands() {
    assert_eq!(complete(&["zingle-errors", "expl"]), ["explain"]);
    assert_eq!(complete(&["zingle-errors", "sc"]), ["scan"]);
    assert_eq!(complete(&["zingle-errors", "lo"]), ["locales", "lock"]);
    assert_eq!(complete(&["zingle-errors", "help", "rend"]), ["render"]);
}

#[test]
fn bash_completes_a_subcommands_options() {
    assert_eq!(complete(&["zingle-errors", "explain", "--j"]), ["--json"]);
    assert_eq!(
        complete(&["zingle-errors", "lock", "codes.toml", "--up"]),
        ["--update"]
    );
    assert_eq!(complete(&["zingle-errors", "export", "--fo"]), ["--format"]);
    assert_eq!(
        complete(&["zingle-errors", "export", "--format", "op"]),
        ["openapi"]
    );
    assert_eq!(
        complete(&["zingle-errors", "docs", "--format", "h"]),
        ["html"]
    );
    assert_eq!(complete(&["zingle-errors", "completions", "ba"]), ["bash"]);
    // A global option before the subcommand.
    assert_eq!(
        complete(&["zingle-errors", "--catalog", "codes.toml", "explain", "--j"]),
        ["--json"]
    );
    assert_eq!(
        complete(&["zingle-errors", "explain", "--error-t"]),
        ["--error-type"]
    );
}

#[test]
fn bash_completes_the_built_in_catalogs_codes_and_names() {
    assert_eq!(
        complete(&["zingle-errors", "explain", "361"]),
        [
            "3610", "3611", "3612", "3613", "3614", "3615", "3616", "3617", "3618", "3619"
        ]
    );
    assert_eq!(
        complete(&["zingle-errors", "explain", "InvalidLa"]),
        ["InvalidLabel"]
    );
    assert_eq!(
        complete(&["zingle-errors", "render", "InvalidLa"]),
        ["InvalidLabel"]
    );
}

#[test]
fn zsh_and_fish_complete_options_subcommands_and_codes() {
    let zsh = run(&["completions", "zsh"]).stdout;
    assert!(zsh.starts_with("#compdef zingle-errors\n"), "{zsh}");
    for word in [
        "'--json[",
        "'--catalog=[",
        "explain:",
        "3612\\:\"InvalidLabel\"",
        "InvalidLabel\\:",
    ] {
        assert!(zsh.contains(word), "zsh: {word}");
    }
    let fish = run(&["completions", "fish"]).stdout;
    for line in [
        r#"complete -c zingle-errors -n "__fish_zingle_errors_using_subcommand explain" -l json"#,
        r#"complete -c zingle-errors -n "__fish_zingle_errors_using_subcommand explain" -f -a '3612' -d 'InvalidLabel'"#,
        r#"complete -c zingle-errors -n "__fish_zingle_errors_using_subcommand render" -f -a 'InvalidLabel' -d 'Invalid label \'{correspondent_id}\''"#,
        r#"complete -c zingle-errors -n "__fish_zingle_errors_using_subcommand completions" -f -a 'bash'"#,
    ] {
        assert!(fish.contains(line), "fish: {line}");
    }
    assert!(
        fish.contains("function __fish_zingle_errors_using_subcommand\n"),
        "the lines added call the script's own function"
    );
}
