//! The parameters of an error, as `(name, value)` pairs.

use core::fmt;

use zingle_errors_core::Values;

/// The `(name, value)` parameters of a [`ZingleError`](crate::ZingleError), in message
/// order.
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
        f.debug_map().entries(self.clone()).finish()
    }
}
