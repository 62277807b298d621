//! Filling a code's message from `(name, value)` arguments given at run time.

use core::fmt::{self, Display};

use crate::code::{Code, Piece};

/// Why [`ErrorCode::render`](crate::ErrorCode::render) could not fill a message.
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// A parameter of the message has no argument.
    #[error("missing parameter `{param}` for error {code} ({name})")]
    Missing {
        /// The number of the code being rendered.
        code: u16,
        /// The name of the code being rendered.
        name: &'static str,
        /// The parameter without an argument.
        param: &'static str,
    },
    /// An argument names no parameter of the message.
    #[error(
        "unknown parameter `{param}` for error {code} ({name}); expected: {}",
        list(expected)
    )]
    Unknown {
        /// The number of the code being rendered.
        code: u16,
        /// The name of the code being rendered.
        name: &'static str,
        /// The argument's name.
        param: String,
        /// The message's parameters.
        expected: &'static [&'static str],
    },
    /// Two arguments for one parameter.
    #[error("parameter `{param}` is given twice for error {code} ({name})")]
    Duplicate {
        /// The number of the code being rendered.
        code: u16,
        /// The name of the code being rendered.
        name: &'static str,
        /// The repeated name.
        param: String,
    },
    /// The output (a [`fmt::Write`]) or a value's `Display` failed.
    #[error("formatting the message failed")]
    Fmt,
}

fn list(names: &[&str]) -> String {
    if names.is_empty() {
        "no parameters".to_owned()
    } else {
        names.join(", ")
    }
}

/// Checks `args` against the code's parameters without allocating on success.
pub(crate) fn check<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<(), RenderError> {
    let params = code.params();
    for (i, (name, _)) in args.iter().enumerate() {
        if !params.contains(name) {
            return Err(RenderError::Unknown {
                code: code.code(),
                name: code.name(),
                param: (*name).to_owned(),
                expected: params,
            });
        }
        if args[..i].iter().any(|(n, _)| n == name) {
            return Err(RenderError::Duplicate {
                code: code.code(),
                name: code.name(),
                param: (*name).to_owned(),
            });
        }
    }
    if let Some(param) = params.iter().find(|p| !args.iter().any(|(n, _)| n == *p)) {
        return Err(RenderError::Missing {
            code: code.code(),
            name: code.name(),
            param,
        });
    }
    Ok(())
}

/// Writes the code's message, filled with `args`, into `out`; checks the arguments
/// before writing anything.
///
/// # Errors
///
/// A parameter is missing, unknown or given twice, or writing failed.
pub fn render_to<C: Code, W: fmt::Write + ?Sized>(
    code: C,
    out: &mut W,
    args: &[(&str, &dyn Display)],
) -> Result<(), RenderError> {
    check(code, args)?;
    let params = code.params();
    for piece in code.pieces() {
        let written = match *piece {
            Piece::Lit(s) => out.write_str(s),
            Piece::Param(i) => match args.iter().find(|(n, _)| *n == params[i]) {
                Some((_, value)) => write!(out, "{value}"),
                None => Ok(()),
            },
        };
        written.map_err(|_| RenderError::Fmt)?;
    }
    Ok(())
}

/// The code's message, filled with `args`.
///
/// # Errors
///
/// As [`render_to`].
pub fn render<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<String, RenderError> {
    // The literals, and room for short values, so that most messages allocate once.
    let capacity = code
        .pieces()
        .iter()
        .map(|piece| match piece {
            Piece::Lit(text) => text.len(),
            Piece::Param(_) => 16,
        })
        .sum();
    let mut out = String::with_capacity(capacity);
    render_to(code, &mut out, args)?;
    Ok(out)
}
