//! The parameter rule of a message: each of its parameters given once, and nothing else;
//! and the one wording of each way to break it, which users read from the macros at
//! compile time and from `render` at run time alike.

use core::fmt;

/// How a call's arguments break the parameter rule of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamFaultKind {
    /// A parameter of the message has no argument.
    Missing,
    /// An argument names no parameter of the message.
    Unknown,
    /// Two arguments for one parameter.
    Repeated,
}

/// Every fault of the arguments named `given` against the parameters `params` of a
/// message: first each unknown or repeated argument, with its index in `given`, in the
/// order given (an argument given again is repeated, whether the message has it or
/// not); then each missing parameter (index `None`), in the message's order. Each fault
/// comes with the name it is about. Nothing is allocated.
///
/// ```
/// use zingle_errors_core::{ParamFaultKind::*, param_faults};
///
/// let params = ["correspondent_id"];
/// let faults: Vec<_> = param_faults(&params, ["label", "label"].into_iter()).collect();
/// assert_eq!(faults, [
///     (Some(0), Unknown, "label"),
///     (Some(1), Repeated, "label"),
///     (None, Missing, "correspondent_id"),
/// ]);
/// ```
pub fn param_faults<'a, P, G>(
    params: &'a [P],
    given: G,
) -> impl Iterator<Item = (Option<usize>, ParamFaultKind, &'a str)>
where
    P: AsRef<str>,
    G: Iterator<Item = &'a str> + Clone + 'a,
{
    let earlier = given.clone();
    let argument_faults = given.clone().enumerate().filter_map(move |(i, name)| {
        let kind = if earlier.clone().take(i).any(|e| e == name) {
            ParamFaultKind::Repeated
        } else if !params.iter().any(|p| p.as_ref() == name) {
            ParamFaultKind::Unknown
        } else {
            return None;
        };
        Some((Some(i), kind, name))
    });
    let missing = params.iter().filter_map(move |param| {
        let param = param.as_ref();
        let given_once = given.clone().any(|name| name == param);
        (!given_once).then_some((None, ParamFaultKind::Missing, param))
    });
    argument_faults.chain(missing)
}

/// Writes the fault `kind` about the argument or parameter `param` of the code `code`
/// named `name`, whose message has the parameters `expected`: the one wording of the
/// parameter rule.
///
/// # Errors
///
/// `out` failed.
///
/// ```
/// use zingle_errors_core::{ParamFaultKind, write_param_fault};
///
/// let mut text = String::new();
/// write_param_fault(&mut text, ParamFaultKind::Unknown, 3612, "InvalidLabel", "label", &["correspondent_id"])?;
/// assert_eq!(text, "unknown parameter `label` for error 3612 (InvalidLabel); expected: correspondent_id");
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn write_param_fault<W: fmt::Write + ?Sized>(
    out: &mut W,
    kind: ParamFaultKind,
    code: u16,
    name: &str,
    param: &str,
    expected: &[impl AsRef<str>],
) -> fmt::Result {
    match kind {
        ParamFaultKind::Missing => {
            write!(out, "missing parameter `{param}` for error {code} ({name})")
        }
        ParamFaultKind::Repeated => {
            write!(
                out,
                "parameter `{param}` is given twice for error {code} ({name})"
            )
        }
        ParamFaultKind::Unknown => {
            write!(
                out,
                "unknown parameter `{param}` for error {code} ({name}); expected: "
            )?;
            if expected.is_empty() {
                return out.write_str("no parameters");
            }
            for (i, p) in expected.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                out.write_str(p.as_ref())?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::ParamFaultKind::{Missing, Repeated, Unknown};
    use super::{param_faults, write_param_fault};

    #[test]
    fn a_call_that_keeps_the_rule_has_no_fault_in_any_order() {
        let params = ["a", "b"];
        assert_eq!(param_faults(&params, ["b", "a"].into_iter()).count(), 0);
        assert_eq!(param_faults(&[] as &[&str], [].into_iter()).count(), 0);
    }

    #[test]
    fn a_parameter_given_twice_is_repeated_and_not_missing() {
        let faults: Vec<_> = param_faults(&["a"], ["a", "a"].into_iter()).collect();
        assert_eq!(faults, [(Some(1), Repeated, "a")]);
        let faults: Vec<_> = param_faults(&["a", "b"], ["c"].into_iter()).collect();
        assert_eq!(
            faults,
            [
                (Some(0), Unknown, "c"),
                (None, Missing, "a"),
                (None, Missing, "b")
            ]
        );
    }

    #[test]
    fn a_message_without_parameters_expects_none() {
        let mut text = String::new();
        let none: [&str; 0] = [];
        write_param_fault(&mut text, Unknown, 2600, "ServerError", "x", &none).unwrap();
        assert_eq!(
            text,
            "unknown parameter `x` for error 2600 (ServerError); expected: no parameters"
        );
    }
}
