//! Printing: aligned plain text for people, JSON for scripts, and what a command hands
//! back to be printed.

use std::borrow::Cow;
use std::fmt::Write as _;
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

    /// Writes the text on stdout, [`inert`], and gives the exit status.
    pub fn print(&self) -> ExitCode {
        write_stdout(&inert(&self.stdout));
        if self.failed {
            ExitCode::from(FAILED)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Pretty JSON ending in a newline; DEL, the C1 controls and the bidirectional
/// controls, which serde_json writes as they are, escaped (`\u202e`), so that the text
/// is as inert on a terminal as the rest.
pub fn json(value: &impl serde::Serialize) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        // Such characters stand only inside strings, where a JSON escape is the same;
        // the line breaks are the pretty printer's own.
        if c != '\n' && is_unsafe(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    out
}

/// Whether a terminal would act on `c` rather than show it: a control character (C0,
/// DEL, C1) or a bidirectional override or isolate, which reorders the text around it.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` as a terminal shows it, acting on none of it: each control character but the
/// line break and the tab (an escape sequence, a carriage return, a C1 control) and
/// each bidirectional override or isolate written as its escape, `\u{1b}`, as rustc
/// writes such characters of source text. Everything the tool prints goes through it.
pub fn inert(text: &str) -> Cow<'_, str> {
    escaped(text, |c| is_unsafe(c) && !matches!(c, '\n' | '\t'))
}

/// [`inert`], and on one line: the line break and the tab escaped too (`\n`, `\t`), so
/// that a text from a body or a log cannot begin a line of the tool's own.
pub fn one_line(text: &str) -> Cow<'_, str> {
    escaped(text, is_unsafe)
}

/// `text` with each character `escape` picks escaped.
fn escaped(text: &str, escape: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            _ if !escape(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            _ => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

/// Writes on stdout; a closed pipe (`zingle-errors list | head`) is not an error.
pub fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes on stderr, [`inert`], ignoring a closed stream.
pub fn write_stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(inert(text).as_bytes());
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
    use super::{inert, json, one_line};

    #[test]
    fn what_a_terminal_would_act_on_is_shown_as_escapes() {
        let hostile = "ok\n\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\r\u{9b}31m\u{7f}\u{202e}txt.exe\ttab";
        assert_eq!(
            inert(hostile),
            "ok\n\\u{1b}]52;c;ZXZpbA==\\u{7}\\u{1b}[2J\\r\\u{9b}31m\\u{7f}\\u{202e}txt.exe\ttab"
        );
        assert_eq!(one_line("a\nlevel=INFO\tb"), "a\\nlevel=INFO\\tb");
        assert_eq!(inert("plain «text» ✓"), "plain «text» ✓");
        let text = json(&serde_json::json!({ "d": "\u{9b}\u{7f}\u{202e}\u{1b}" }));
        assert_eq!(text, "{\n  \"d\": \"\\u009b\\u007f\\u202e\\u001b\"\n}\n");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["d"], "\u{9b}\u{7f}\u{202e}\u{1b}");
    }

    #[test]
    fn tables_align_every_column_but_the_last() {
        let rows = [
            vec!["1".to_owned(), "One".to_owned(), "x".to_owned()],
            vec!["100".to_owned(), "A".to_owned(), "y".to_owned()],
        ];
        assert_eq!(super::table(&rows), "1    One  x\n100  A    y\n");
    }
}
