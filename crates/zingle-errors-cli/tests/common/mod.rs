//! Running the binary, and comparing what it prints with committed snapshots.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one run printed, and its exit status.
pub struct Run {
    pub args: Vec<String>,
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The crate's directory: runs start there, so paths in messages are relative to it.
pub fn dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `zingle-errors` with `args`, `stdin` on its standard input, no colour asked.
pub fn run_with(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zingle-errors"))
        .args(args)
        .current_dir(dir())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin.as_bytes()).expect("stdin is written");
    }
    let output = child.wait_with_output().expect("the binary ends");
    Run {
        args: args.iter().map(|a| (*a).to_owned()).collect(),
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `zingle-errors` with `args` and an empty stdin.
pub fn run(args: &[&str]) -> Run {
    run_with(args, "")
}

impl Run {
    /// The run as a snapshot: the command line, the status, stdout and stderr.
    pub fn transcript(&self) -> String {
        format!(
            "$ zingle-errors {}\nstatus: {}\n--- stdout\n{}--- stderr\n{}",
            self.args.join(" "),
            self.status,
            self.stdout,
            self.stderr
        )
    }

    /// Asserts the exit status, showing the output when it is not the one expected.
    pub fn status(&self, expected: i32) -> &Self {
        assert_eq!(self.status, expected, "{}", self.transcript());
        self
    }
}

/// Compares `text` with `tests/snapshots/NAME`, or writes it there when
/// `UPDATE_SNAPSHOTS=1`.
pub fn snapshot(name: &str, text: &str) {
    let path: PathBuf = dir().join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(&path, text).expect("the snapshot is written");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}: run with UPDATE_SNAPSHOTS=1 to write it",
            path.display()
        )
    });
    assert!(
        expected == text,
        "{} differs (UPDATE_SNAPSHOTS=1 rewrites it)\n--- expected\n{expected}\n--- actual\n{text}",
        path.display()
    );
}

/// Runs and compares the transcript with `tests/snapshots/NAME.txt`.
pub fn check(name: &str, args: &[&str], status: i32) -> Run {
    let run = run(args);
    run.status(status);
    snapshot(&format!("{name}.txt"), &run.transcript());
    run
}
