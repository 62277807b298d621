//! Finding the error codes a log mentions, in one pass over each line: `error_code=3612`,
//! `"error_code": 3612`, `"error_code":"3612"`, miette's `zingle::3612` (the catalog's
//! name) and `[3612]`.
//!
//! Each byte is looked at a bounded number of times (the longest pattern's length at
//! most), so a log of any size is scanned in time linear in its length; no regex.

/// How a log mentions a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// After the key `error_code` and `=` or `:`: surely an error code.
    Key,
    /// After the catalog's name and `::`, as miette prints it: surely an error code.
    Named,
    /// In brackets, as `Display` of an error prints it: a code only if the catalog has
    /// it (`[1]` may be anything).
    Bracketed,
}

/// The key that names an error code in logs and envelopes.
const KEY: &[u8] = b"error_code";

/// Every code `line` mentions, in order, with how.
pub fn scan_line(line: &[u8], catalog_name: Option<&str>, mut found: impl FnMut(u16, How)) {
    let name = catalog_name.map(str::as_bytes).filter(|n| !n.is_empty());
    let mut i = 0;
    while i < line.len() {
        let word_starts = i == 0 || !is_word(line[i - 1]);
        let mention = if line[i] == b'[' {
            number(line, i + 1)
                .filter(|&(_, end)| line.get(end) == Some(&b']'))
                .map(|(code, end)| (code, end + 1, How::Bracketed))
        } else if word_starts && starts_with_ignoring_case(&line[i..], KEY) {
            after_key(line, i + KEY.len()).map(|(code, end)| (code, end, How::Key))
        } else if let Some(name) =
            name.filter(|n| word_starts && starts_with_ignoring_case(&line[i..], n))
        {
            let colons = i + name.len();
            if line.get(colons..colons + 2) == Some(b"::") {
                number(line, colons + 2).map(|(code, end)| (code, end, How::Named))
            } else {
                None
            }
        } else {
            None
        };
        match mention {
            Some((code, end, how)) => {
                found(code, how);
                i = end;
            }
            None => i += 1,
        }
    }
}

/// The number after `error_code` at `at`: an optional closing quote (escaped or not),
/// `=` or `:` between optional spaces, an optional opening quote, the digits.
fn after_key(line: &[u8], at: usize) -> Option<(u16, usize)> {
    let mut j = skip_quote(line, at);
    j = skip_spaces(line, j);
    if !matches!(line.get(j), Some(b'=' | b':')) {
        return None;
    }
    j = skip_spaces(line, j + 1);
    j = skip_quote(line, j);
    number(line, j)
}

/// Past a quote at `at` (`"`, `'`, or either escaped with `\`), if there is one.
fn skip_quote(line: &[u8], at: usize) -> usize {
    let escaped = usize::from(line.get(at) == Some(&b'\\'));
    match line.get(at + escaped) {
        Some(b'"' | b'\'') => at + escaped + 1,
        _ => at,
    }
}

fn skip_spaces(line: &[u8], mut at: usize) -> usize {
    while matches!(line.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// A code of one to five digits at `at`, not part of a longer word, and where it ends.
fn number(line: &[u8], at: usize) -> Option<(u16, usize)> {
    let mut end = at;
    let mut value: u32 = 0;
    while let Some(&d) = line.get(end).filter(|b| b.is_ascii_digit()) {
        if end - at == 5 {
            return None;
        }
        value = value * 10 + u32::from(d - b'0');
        end += 1;
    }
    if end == at || line.get(end).is_some_and(|&b| is_word(b)) {
        return None;
    }
    u16::try_from(value).ok().map(|code| (code, end))
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn starts_with_ignoring_case(text: &[u8], prefix: &[u8]) -> bool {
    text.get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::{How, scan_line};

    fn scan(line: &str) -> Vec<(u16, How)> {
        let mut found = Vec::new();
        scan_line(line.as_bytes(), Some("zingle"), |code, how| {
            found.push((code, how));
        });
        found
    }

    #[test]
    fn every_form_is_found() {
        use How::{Bracketed, Key, Named};
        assert_eq!(scan("level=warn error_code=3612 msg=x"), [(3612, Key)]);
        assert_eq!(scan(r#"{"error_code": 3612}"#), [(3612, Key)]);
        assert_eq!(scan(r#"{"error_code":"3612"}"#), [(3612, Key)]);
        assert_eq!(scan(r#"{"log": "{\"error_code\":3612}"}"#), [(3612, Key)]);
        assert_eq!(scan("'error_code': '3612'"), [(3612, Key)]);
        assert_eq!(scan("error_code : 3612"), [(3612, Key)]);
        assert_eq!(scan("Error: zingle::3612 failed"), [(3612, Named)]);
        assert_eq!(scan("  × [3612] Invalid label"), [(3612, Bracketed)]);
        assert_eq!(
            scan("[2600] then zingle::2601, error_code=2602 and [2603]"),
            [
                (2600, Bracketed),
                (2601, Named),
                (2602, Key),
                (2603, Bracketed)
            ]
        );
    }

    #[test]
    fn what_only_looks_like_a_code_is_not_one() {
        for line in [
            "my_error_code=3612",
            "error_code=36120x",
            "error_code=123456",
            "error_code=70000",
            "error_code=",
            "error_code 3612",
            "notzingle::3612",
            "zingle::x3612",
            "[3612",
            "[3612a]",
            "[2024-01-01]",
            "[]",
            "",
        ] {
            assert_eq!(scan(line), [], "{line}");
        }
    }

    #[test]
    fn without_a_catalog_name_only_keys_and_brackets_count() {
        let mut found = Vec::new();
        scan_line(b"zingle::3612 [3612]", None, |code, _| found.push(code));
        assert_eq!(found, [3612]);
    }
}
