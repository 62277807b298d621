//! Printing: aligned plain text for people, JSON for scripts, and what a command hands
//! back to be printed.

use std::io::Write;
use std::process::ExitCode;

use serde_json::Value;

use crate::failure::FAILED;

/// What a command printed, and whether it found a failure (a failed check, a breaking
/// change), which makes the exit status 1 though the output is on stdout.
#[derive(Debug, Default)]
pub struct Report {
    /// The text for stdout, ending in a newline.
    pub stdout: String,
    /// Whether the exit status is 1.
    pub failed: bool,
}

impl Report {
    /// A successful report of this text.
    pub fn text(stdout: String) -> Self {
        Self {
            stdout,
            failed: false,
        }
    }

    /// A successful report of this JSON, pretty-printed.
    pub fn json(value: &Value) -> Self {
        Self::text(json(value))
    }

    /// The same report, failed when `failed`.
    pub fn failed_if(mut self, failed: bool) -> Self {
        self.failed = failed;
        self
    }

    /// Writes the text on stdout and gives the exit status.
    pub fn print(&self) -> ExitCode {
        write_stdout(&self.stdout);
        if self.failed {
            ExitCode::from(FAILED)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Pretty JSON ending in a newline.
pub fn json(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes on stdout; a closed pipe (`zingle-errors list | head`) is not an error.
pub fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes on stderr, ignoring a closed stream.
pub fn write_stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Rows as lines of columns separated by two spaces, each column but the last padded
/// to its widest cell (in characters).
pub fn table<R: AsRef<[String]>>(rows: &[R]) -> String {
    let mut widths: Vec<usize> = Vec::new();
    for row in rows {
        for (i, cell) in row.as_ref().iter().enumerate() {
            let width = cell.chars().count();
            match widths.get_mut(i) {
                Some(w) => *w = (*w).max(width),
                None => widths.push(width),
            }
        }
    }
    let mut text = String::new();
    for row in rows {
        let row = row.as_ref();
        for (i, cell) in row.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < row.len() {
                let pad = widths[i] - cell.chars().count() + 2;
                text.extend(std::iter::repeat_n(' ', pad));
            }
        }
        text.push('\n');
    }
    text
}

/// Labelled fields, one a line, the values aligned after the widest label; a value of
/// several lines keeps the alignment on each.
pub fn fields(pairs: &[(&str, String)]) -> String {
    let width = pairs
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for (label, value) in pairs {
        for (i, line) in value.lines().enumerate() {
            let label = if i == 0 { *label } else { "" };
            let line = format!("  {label:width$}  {line}");
            text.push_str(line.trim_end());
            text.push('\n');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn tables_align_every_column_but_the_last() {
        let rows = [
            vec!["1".to_owned(), "One".to_owned(), "x".to_owned()],
            vec!["100".to_owned(), "A".to_owned(), "y".to_owned()],
        ];
        assert_eq!(super::table(&rows), "1    One  x\n100  A    y\n");
    }
}
