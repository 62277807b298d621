//! Many faults, one compile error: how every macro of this crate reports.

/// The faults combined into one error that shows each, in order; `None` when there are
/// none.
pub(crate) fn combine(faults: impl IntoIterator<Item = syn::Error>) -> Option<syn::Error> {
    faults.into_iter().reduce(|mut all, e| {
        all.combine(e);
        all
    })
}
