//! The parameters of an error, as `(name, value)` pairs.

use core::fmt;

/// The `(name, value)` parameters of a [`ZingleError`](crate::ZingleError), in message
/// order.
///
/// ```
/// let err = zingle_errors::ZingleError::invalid_label("abc");
/// assert_eq!(err.args().collect::<Vec<_>>(), [("correspondent_id", "abc")]);
/// ```
#[derive(Clone)]
pub struct Args<'a> {
    pub(super) names: std::slice::Iter<'static, &'static str>,
    pub(super) values: std::slice::Iter<'a, String>,
}

impl<'a> Iterator for Args<'a> {
    type Item = (&'static str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        Some((self.names.next()?, self.values.next()?.as_str()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.names.len().min(self.values.len());
        (n, Some(n))
    }
}

impl ExactSizeIterator for Args<'_> {}

impl fmt::Debug for Args<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.clone()).finish()
    }
}
