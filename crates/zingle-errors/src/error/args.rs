//! The parameters of an error, as `(name, value)` pairs.

use core::fmt;

use zingle_errors_core::Values;

use super::redact::DebugValue;

/// The `(name, value)` parameters of a [`ZingleError`](crate::ZingleError), in message
/// order.
///
/// The iterator gives every value as it is; `Debug` shows a parameter the catalog marks
/// `sensitive` as `[redacted]`.
///
/// ```
/// let err = zingle_errors::ZingleError::invalid_label("abc");
/// assert_eq!(err.args().collect::<Vec<_>>(), [("correspondent_id", "abc")]);
/// ```
#[derive(Clone)]
pub struct Args<'a> {
    /// The parameters' names, none where the values are not known.
    pub(super) names: core::iter::Enumerate<core::slice::Iter<'static, &'static str>>,
    pub(super) values: Option<Values<'a>>,
    /// The parameters whose values `Debug` does not show.
    pub(super) sensitive: &'static [&'static str],
}

impl<'a> Iterator for Args<'a> {
    type Item = (&'static str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let (i, name) = self.names.next()?;
        Some((name, self.values?.get(i)))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.names.size_hint()
    }
}

impl ExactSizeIterator for Args<'_> {}

impl fmt::Debug for Args<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |(name, value)| {
            let shown = (!self.sensitive.contains(&name)).then_some(value);
            (name, DebugValue(shown))
        };
        f.debug_map().entries(self.clone().map(redacted)).finish()
    }
}
