//! The parameter rule of a message: each of its parameters given once, and nothing else.
//!
//! The rule and its wording are `zingle_errors_core`'s, which the runtime crate's
//! `RenderError` uses too: users read the same words from `zingle_error!` at compile time
//! and from `render` at run time.

use std::fmt;

use zingle_errors_core::{ParamFaultKind, param_faults, write_param_fault};

/// How a call's arguments break the parameter rule of a message.
///
/// ```
/// use zingle_errors_catalog::{ParamFault, check_params};
///
/// let faults = check_params(3612, "InvalidLabel", &["correspondent_id"], &["label", "label"]);
/// let text: Vec<String> = faults.iter().map(|(_, f)| f.to_string()).collect();
/// assert_eq!(text, [
///     "unknown parameter `label` for error 3612 (InvalidLabel); expected: correspondent_id",
///     "parameter `label` is given twice for error 3612 (InvalidLabel)",
///     "missing parameter `correspondent_id` for error 3612 (InvalidLabel)",
/// ]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParamFault {
    /// A parameter of the message has no argument.
    Missing {
        /// The error code.
        code: u16,
        /// The code's name.
        name: String,
        /// The parameter without an argument.
        param: String,
    },
    /// An argument names no parameter of the message.
    Unknown {
        /// The error code.
        code: u16,
        /// The code's name.
        name: String,
        /// The argument's name.
        param: String,
        /// The message's parameters.
        expected: Vec<String>,
    },
    /// Two arguments for one parameter.
    Repeated {
        /// The error code.
        code: u16,
        /// The code's name.
        name: String,
        /// The repeated name.
        param: String,
    },
}

impl fmt::Display for ParamFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let none: &[String] = &[];
        let (kind, code, name, param, expected) = match self {
            Self::Missing { code, name, param } => {
                (ParamFaultKind::Missing, code, name, param, none)
            }
            Self::Unknown {
                code,
                name,
                param,
                expected,
            } => (
                ParamFaultKind::Unknown,
                code,
                name,
                param,
                expected.as_slice(),
            ),
            Self::Repeated { code, name, param } => {
                (ParamFaultKind::Repeated, code, name, param, none)
            }
        };
        write_param_fault(f, kind, *code, name, param, expected)
    }
}

impl std::error::Error for ParamFault {}

/// Every fault of the arguments `given` against the message parameters `params` of the
/// code `code` named `name`: first each unknown or repeated argument, with its index in
/// `given`, in the order given; then each missing parameter (index `None`), in the
/// message's order.
pub fn check_params(
    code: u16,
    name: &str,
    params: &[impl AsRef<str>],
    given: &[impl AsRef<str>],
) -> Vec<(Option<usize>, ParamFault)> {
    let (name, expected) = (name.to_owned(), || {
        params.iter().map(|p| p.as_ref().to_owned()).collect()
    });
    param_faults(params, given.iter().map(AsRef::as_ref))
        .map(|(at, kind, param)| {
            let (name, param) = (name.clone(), param.to_owned());
            let fault = match kind {
                ParamFaultKind::Missing => ParamFault::Missing { code, name, param },
                ParamFaultKind::Unknown => ParamFault::Unknown {
                    code,
                    name,
                    param,
                    expected: expected(),
                },
                ParamFaultKind::Repeated => ParamFault::Repeated { code, name, param },
            };
            (at, fault)
        })
        .collect()
}
