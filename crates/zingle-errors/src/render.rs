//! Filling a code's message from `(name, value)` arguments given at run time.

use core::fmt::{self, Display};

use zingle_errors_core::{ParamFaultKind, capacity, param_faults, write_filled, write_param_fault};

use crate::code::Code;

/// Why [`ErrorCode::render`](crate::ErrorCode::render) could not fill a message.
///
/// Its wording is the parameter rule's, the same as the compile errors of
/// [`zingle_error!`](crate::zingle_error).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RenderError {
    /// A parameter of the message has no argument.
    Missing {
        /// The number of the code being rendered.
        code: u16,
        /// The name of the code being rendered.
        name: &'static str,
        /// The parameter without an argument.
        param: &'static str,
    },
    /// An argument names no parameter of the message.
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
    Repeated {
        /// The number of the code being rendered.
        code: u16,
        /// The name of the code being rendered.
        name: &'static str,
        /// The repeated name.
        param: String,
    },
    /// The output (a [`fmt::Write`]) or a value's `Display` failed.
    Fmt,
}

impl Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let none: &[&str] = &[];
        let (kind, code, name, param, expected) = match self {
            Self::Missing { code, name, param } => {
                (ParamFaultKind::Missing, *code, *name, *param, none)
            }
            Self::Unknown {
                code,
                name,
                param,
                expected,
            } => (
                ParamFaultKind::Unknown,
                *code,
                *name,
                param.as_str(),
                *expected,
            ),
            Self::Repeated { code, name, param } => {
                (ParamFaultKind::Repeated, *code, *name, param.as_str(), none)
            }
            Self::Fmt => return f.write_str("formatting the message failed"),
        };
        write_param_fault(f, kind, code, name, param, expected)
    }
}

impl std::error::Error for RenderError {}

/// Checks `args` against the code's parameters without allocating on success: the
/// first fault of the parameter rule, if any.
pub(crate) fn check<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<(), RenderError> {
    let params = code.record().params;
    let Some((_, kind, param)) = param_faults(params, args.iter().map(|(n, _)| *n)).next() else {
        return Ok(());
    };
    let (number, name) = (code.record().code, code.record().name);
    Err(match kind {
        ParamFaultKind::Missing => RenderError::Missing {
            code: number,
            name,
            // A missing parameter is one of the code's own, `'static` names.
            param: params
                .iter()
                .find(|p| **p == param)
                .copied()
                .unwrap_or_default(),
        },
        ParamFaultKind::Unknown => RenderError::Unknown {
            code: number,
            name,
            param: param.to_owned(),
            expected: params,
        },
        ParamFaultKind::Repeated => RenderError::Repeated {
            code: number,
            name,
            param: param.to_owned(),
        },
    })
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
    let params = code.record().params;
    let value = |i: usize| {
        let param = params.get(i)?;
        args.iter().find(|(n, _)| n == param).map(|(_, v)| v)
    };
    write_filled(out, code.record().pieces, value).map_err(|_| RenderError::Fmt)
}

/// The code's message, filled with `args`.
///
/// # Errors
///
/// As [`render_to`].
pub fn render<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<String, RenderError> {
    let mut out = String::with_capacity(capacity(code.record().pieces, code.record().params.len()));
    render_to(code, &mut out, args)?;
    Ok(out)
}
