//! Where the generated macros look a code up: their code table is split into buckets,
//! by number and by name, so that a call reads one bucket whatever the catalog's size.
//! The code generator and the macros share these functions, so they cannot disagree.
//!
//! A call pays for two things that pull the other way: the generated macro copies every
//! bucket's tokens into its expansion (a cost per bucket), and the proc macro receives
//! the text of the bucket it reads (a cost per byte of one bucket). About `√n` buckets
//! of `√n` codes each keeps both near `√n`, which is small beside a call's fixed cost up
//! to tens of thousands of codes.

/// How many buckets a table of `codes` codes has: `⌈√codes⌉`, at least one.
///
/// ```
/// assert_eq!(zingle_errors_catalog::buckets::count(0), 1);
/// assert_eq!(zingle_errors_catalog::buckets::count(5), 3);
/// assert_eq!(zingle_errors_catalog::buckets::count(201), 15);
/// assert_eq!(zingle_errors_catalog::buckets::count(10_000), 100);
/// ```
#[must_use]
pub fn count(codes: usize) -> usize {
    let root = codes.isqrt();
    if root * root < codes {
        root + 1
    } else {
        root.max(1)
    }
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
