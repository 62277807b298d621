//! Where something is in a catalog file: `path:line:column`, the one way it is written.

use std::fmt;
use std::sync::Arc;

/// A place in a catalog file: its path as given, and a 1-based line and column (in
/// characters). `Display` writes `path:line:column`, as compilers do.
///
/// ```
/// let catalog = zingle_errors_catalog::parse(
///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"Oops\"\ncategory = \"A\"\nmessage = \"Oops\"\n",
///     "codes.toml",
/// )?;
/// let location = &catalog.get(1).unwrap().location;
/// assert_eq!((location.line, location.column), (6, 1));
/// assert_eq!(location.to_string(), "codes.toml:6:1");
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    /// The file's path, as given to [`parse`](crate::parse) or [`load`](crate::load).
    pub path: Arc<str>,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

/// A file's text and where its lines start, built once, so that turning a byte offset
/// into a [`Location`] does not scan the file from its start.
pub(crate) struct LineIndex<'a> {
    path: Arc<str>,
    source: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(source: &'a str, path: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Self {
            path: Arc::from(path),
            source,
            starts,
        }
    }

    /// The text of a byte range of the file.
    pub(crate) fn text(&self, range: std::ops::Range<usize>) -> &'a str {
        &self.source[range]
    }

    /// The location of byte `offset` (clamped to the end of the text, and back to the
    /// start of the character it falls in).
    pub(crate) fn location(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let before = &self.source[start..offset];
        // A byte-order mark is no column of the first line.
        let before = before.strip_prefix('\u{feff}').unwrap_or(before);
        let column = if before.is_ascii() {
            before.len()
        } else {
            before.chars().count()
        };
        Location {
            path: Arc::clone(&self.path),
            line,
            column: column + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let index = LineIndex::new("a\nbé d\n", "f.toml");
        let at = |offset| {
            let l = index.location(offset);
            (l.line, l.column)
        };
        assert_eq!(at(0), (1, 1));
        assert_eq!(at(1), (1, 2));
        assert_eq!(at(2), (2, 1));
        assert_eq!(at(5), (2, 3), "é is one character of two bytes");
        assert_eq!(at(4), (2, 2), "inside é: the start of é");
        assert_eq!(at(8), (3, 1));
        assert_eq!(at(99), (3, 1), "clamped to the end");
        assert_eq!(index.location(2).to_string(), "f.toml:2:1");
    }
}
