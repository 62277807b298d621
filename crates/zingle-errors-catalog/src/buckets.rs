//! Where the generated macros look a code up: their code table is split into buckets,
//! by number and by name, and the buckets into groups of [`GROUP`], so that a call reads
//! one group's list and one bucket, whatever the catalog's size. The code generator and
//! the macros share these functions, so they cannot disagree.

/// How many buckets a group holds.
pub const GROUP: usize = 32;

/// How many buckets a table of `codes` codes has: about eight codes a bucket.
///
/// ```
/// assert_eq!(zingle_errors_catalog::buckets::count(5), 1);
/// assert_eq!(zingle_errors_catalog::buckets::count(201), 25);
/// ```
#[must_use]
pub fn count(codes: usize) -> usize {
    (codes / 8).max(1)
}

/// The bucket that holds the code numbered `code`, of `buckets`.
#[must_use]
pub fn of_code(code: u16, buckets: usize) -> usize {
    usize::from(code) % buckets.max(1)
}

/// The bucket that holds the code (or former name) `name`, of `buckets`: by the FNV-1a
/// hash of the name, which is the same on every platform and in every build.
#[must_use]
pub fn of_name(name: &str, buckets: usize) -> usize {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    // The remainder is less than `buckets`, a usize.
    usize::try_from(hash % buckets.max(1) as u64).unwrap_or(0)
}
