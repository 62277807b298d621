//! Message templates: literal text with `{snake_case}` parameters.

use std::fmt;

use crate::is_snake_case;
use crate::naming::NOT_RAW;

/// One piece of a [`Template`]: literal text (with `{{` and `}}` already turned into `{`
/// and `}`), or a `{name}` placeholder as the index of its name in [`Template::params`].
/// The runtime's generated pieces are the same type, over `&'static str`.
pub type Piece = zingle_errors_core::Piece<String>;

/// A parsed message template, such as `Invalid label '{correspondent_id}'`.
///
/// ```
/// use zingle_errors_catalog::{Piece, Template};
///
/// let t = Template::parse("Invalid label '{correspondent_id}'")?;
/// assert_eq!(t.params(), ["correspondent_id"]);
/// assert_eq!(t.pieces()[1], Piece::Param(0));
/// assert_eq!(t.source(), "Invalid label '{correspondent_id}'");
/// # Ok::<(), Vec<zingle_errors_catalog::TemplateError>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Template {
    source: String,
    pieces: Vec<Piece>,
    params: Vec<String>,
}

/// Why a template does not parse, and where (a byte offset into the template).
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum TemplateError {
    /// A `{` with no `}` after it.
    #[error(
        "unbalanced brace: `{{` at byte {offset} is never closed (write `{{{{` for a literal brace)"
    )]
    Unclosed {
        /// Byte offset of the `{`.
        offset: usize,
    },
    /// A `}` that closes nothing.
    #[error(
        "unbalanced brace: `}}` at byte {offset} closes nothing (write `}}}}` for a literal brace)"
    )]
    Unopened {
        /// Byte offset of the `}`.
        offset: usize,
    },
    /// A placeholder named by a keyword that cannot name a parameter, even raw.
    #[error(
        "placeholder `{{{name}}}` at byte {offset} is a Rust keyword that cannot name a parameter"
    )]
    Keyword {
        /// The name between the braces.
        name: String,
        /// Byte offset of the `{`.
        offset: usize,
    },
    /// A placeholder whose name is not `snake_case`.
    #[error(
        "placeholder `{{{name}}}` at byte {offset} is not snake_case (lowercase letters, digits and `_`, starting with a letter)"
    )]
    NotSnakeCase {
        /// The name between the braces.
        name: String,
        /// Byte offset of the `{`.
        offset: usize,
    },
}

impl TemplateError {
    /// Byte offset into the template of the brace at fault.
    pub fn offset(&self) -> usize {
        match self {
            Self::Unclosed { offset }
            | Self::Unopened { offset }
            | Self::Keyword { offset, .. }
            | Self::NotSnakeCase { offset, .. } => *offset,
        }
    }
}

impl Template {
    /// Parses a template.
    ///
    /// # Errors
    ///
    /// Every fault, in order: an unclosed or unopened brace is read as a literal brace
    /// so that the faults after it are found too.
    pub fn parse(source: &str) -> Result<Self, Vec<TemplateError>> {
        let mut pieces = Vec::new();
        let mut params: Vec<String> = Vec::new();
        let mut errors = Vec::new();
        let mut literal = String::new();
        let bytes = source.as_bytes();
        let mut i = 0;
        let mut start = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'{' if bytes.get(i + 1) == Some(&b'{') => {
                    literal.push_str(&source[start..i]);
                    literal.push('{');
                    i += 2;
                    start = i;
                }
                b'}' if bytes.get(i + 1) == Some(&b'}') => {
                    literal.push_str(&source[start..i]);
                    literal.push('}');
                    i += 2;
                    start = i;
                }
                b'{' => {
                    let close = source[i + 1..]
                        .find(['}', '{'])
                        .map(|n| n + i + 1)
                        .filter(|&n| bytes[n] == b'}');
                    let Some(close) = close else {
                        errors.push(TemplateError::Unclosed { offset: i });
                        i += 1;
                        continue;
                    };
                    let name = &source[i + 1..close];
                    if NOT_RAW.contains(&name) {
                        errors.push(TemplateError::Keyword {
                            name: name.to_owned(),
                            offset: i,
                        });
                    } else if !is_snake_case(name) {
                        errors.push(TemplateError::NotSnakeCase {
                            name: name.to_owned(),
                            offset: i,
                        });
                    }
                    literal.push_str(&source[start..i]);
                    if !literal.is_empty() {
                        pieces.push(Piece::Lit(std::mem::take(&mut literal)));
                    }
                    let index = match params.iter().position(|p| p == name) {
                        Some(index) => index,
                        None => {
                            params.push(name.to_owned());
                            params.len() - 1
                        }
                    };
                    pieces.push(Piece::Param(index));
                    i = close + 1;
                    start = i;
                }
                b'}' => {
                    errors.push(TemplateError::Unopened { offset: i });
                    i += 1;
                }
                _ => i += 1,
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        literal.push_str(&source[start..]);
        if !literal.is_empty() {
            pieces.push(Piece::Lit(literal));
        }
        Ok(Self {
            source: source.to_owned(),
            pieces,
            params,
        })
    }

    /// A template of this text, which holds no brace.
    #[cfg(feature = "codegen")]
    pub(crate) fn plain(text: &str) -> Self {
        Self {
            source: text.to_owned(),
            pieces: vec![Piece::Lit(text.to_owned())],
            params: Vec::new(),
        }
    }

    /// The template as written, with `{{`/`}}` escapes.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Literal text and parameters, in order; adjacent literals are merged.
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// Parameter names, each once, in order of first appearance.
    pub fn params(&self) -> &[String] {
        &self.params
    }

    /// The template filled with `value(i)` for each parameter `i` (nothing where it
    /// gives none), as the runtime fills a message.
    ///
    /// ```
    /// let t = zingle_errors_catalog::Template::parse("{{{id}}} is not {id}")?;
    /// assert_eq!(t.fill(|_| Some("x")), "{x} is not x");
    /// assert_eq!(t.fill(|i| Some(format!("{{{}}}", t.params()[i]))), "{{id}} is not {id}");
    /// # Ok::<(), Vec<zingle_errors_catalog::TemplateError>>(())
    /// ```
    pub fn fill<V: fmt::Display>(&self, value: impl FnMut(usize) -> Option<V>) -> String {
        zingle_errors_core::fill(&self.pieces, self.params.len(), value).0
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}
