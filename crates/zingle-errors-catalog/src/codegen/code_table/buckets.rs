//! Where the generated macros look a code up: their code table is split into buckets,
//! by number and by name, and the buckets into groups, so that a call opens one group
//! and reads one bucket. The table's writer and its reader share these functions, so
//! they cannot disagree.
//!
//! What a call pays, measured with callgrind (`benchmarks/scale`): for every token of the
//! table, which the generated macro copies into its expansion and rustc then drops; for
//! every token tree it opens (a handle across the proc-macro bridge); and for every byte
//! of the bucket it reads. `√n` buckets (of about `2√n` rows: each code is filed by number
//! and again by name), each alone in a group, and the groups in groups of `⌈√√n⌉`, keep
//! the three near their least together: about `2√n` tokens, `2·n^¼` trees opened and one
//! bucket read a call.

/// How many buckets a table of `codes` codes has: `⌈√codes⌉`, at least one.
///
#[must_use]
pub(super) fn count(codes: usize) -> usize {
    let root = codes.isqrt();
    if root * root < codes {
        root + 1
    } else {
        root.max(1)
    }
}

/// How many buckets a group holds, of `buckets`: `⌈√buckets⌉`.
///
#[must_use]
pub(super) fn group_size(buckets: usize) -> usize {
    count(buckets)
}

/// The bucket that holds the code numbered `code`, of `buckets`.
#[must_use]
pub(super) fn of_code(code: u16, buckets: usize) -> usize {
    usize::from(code) % buckets.max(1)
}

/// The bucket that holds the code (or former name) `name`, of `buckets`: by the
/// name's [`fnv1a`] hash.
#[must_use]
pub(super) fn of_name(name: &str, buckets: usize) -> usize {
    // The remainder is less than `buckets`, a usize.
    usize::try_from(fnv1a(name) % buckets.max(1) as u64).unwrap_or(0)
}

/// FNV-1a: a hash that is the same on every platform and in every build, which the
/// table's writer and its reader, in two processes, must agree on.
#[must_use]
pub(crate) fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::{count, group_size};

    #[test]
    fn buckets_and_groups_grow_as_square_roots() {
        assert_eq!(
            (count(0), count(5), count(201), count(10_000)),
            (1, 3, 15, 100)
        );
        assert_eq!((group_size(1), group_size(15), group_size(100)), (1, 4, 10));
    }
}
