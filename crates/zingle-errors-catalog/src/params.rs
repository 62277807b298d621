//! The parameter rule of a message: each of its parameters given once, and nothing else.
//!
//! Its wording is the one users see from `zingle_error!` at compile time and from the
//! runtime crate's `RenderError`; a workspace test checks that the two agree.

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
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ParamFault {
    /// A parameter of the message has no argument.
    #[error("missing parameter `{param}` for error {code} ({name})")]
    Missing {
        /// The error code.
        code: u16,
        /// The code's name.
        name: String,
        /// The parameter without an argument.
        param: String,
    },
    /// An argument names no parameter of the message.
    #[error(
        "unknown parameter `{param}` for error {code} ({name}); expected: {}",
        list(expected)
    )]
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
    #[error("parameter `{param}` is given twice for error {code} ({name})")]
    Repeated {
        /// The error code.
        code: u16,
        /// The code's name.
        name: String,
        /// The repeated name.
        param: String,
    },
}

/// `a, b`, or `no parameters`.
fn list(names: &[String]) -> String {
    if names.is_empty() {
        "no parameters".to_owned()
    } else {
        names.join(", ")
    }
}

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
    let params: Vec<&str> = params.iter().map(AsRef::as_ref).collect();
    let given: Vec<&str> = given.iter().map(AsRef::as_ref).collect();
    let mut seen = std::collections::HashSet::new();
    let mut faults = Vec::new();
    for (i, &arg) in given.iter().enumerate() {
        let fault = if !seen.insert(arg) {
            ParamFault::Repeated {
                code,
                name: name.to_owned(),
                param: arg.to_owned(),
            }
        } else if !params.contains(&arg) {
            ParamFault::Unknown {
                code,
                name: name.to_owned(),
                param: arg.to_owned(),
                expected: params.iter().map(|&p| p.to_owned()).collect(),
            }
        } else {
            continue;
        };
        faults.push((Some(i), fault));
    }
    for &param in &params {
        if !seen.contains(param) {
            faults.push((
                None,
                ParamFault::Missing {
                    code,
                    name: name.to_owned(),
                    param: param.to_owned(),
                },
            ));
        }
    }
    faults
}
