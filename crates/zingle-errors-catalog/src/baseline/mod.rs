//! The shipped baseline of a catalog (`codes.lock`): every code, name, alias, parameter
//! list, status and retired code a crate has shipped, the names and numbers it shipped
//! before, and the crate's version then; so that a check finds the semver bump a change
//! needs, refuses what no release may ship (a code forgotten, a number or name given
//! another meaning), and says how to evolve the catalog instead.
//!
//! The lock is a catalog file (holding what users depend on: no explanations) and a
//! `[lock]` table of its own:
//!
//! ```toml
//! [lock]
//! version = "1.4.0"   # the crate's version when the lock was recorded
//! former = [          # names and numbers shipped once, which the catalog no longer shows
//!     { code = 101, name = "CardTooOld" },
//! ]
//! ```
//!
//! The catalog part is read with the catalog's own parser and compared with the same
//! table of change kinds as [`diff`](crate::diff).
//!
//! The catalog part keeps `[catalog] name`, from which the generated items take
//! their default names: a lock without one is the lock of a catalog without one, so a
//! lock recorded by a tool that did not yet keep the name finds a named catalog named
//! anew (`catalog_renamed`, a major change). Such a lock is brought up to date by hand: add
//! the name the crate shipped, `name = "billing"`, to its `[catalog]` table (or start the
//! table with it).

mod breaks;
mod check;
mod manifest;
mod read;
mod write;

pub use breaks::{Break, BreakKind};
pub use check::{Checked, check};
pub use manifest::{ManifestError, ManifestVersion, manifest_version};
pub use read::read;
pub use write::lock;

pub use crate::diff::Former;
use crate::{Catalog, Version};

/// A read `codes.lock`: what was shipped, when, and what was shipped before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lock {
    /// The catalog as shipped: its categories, codes (without their explanations) and
    /// retired codes.
    pub catalog: Catalog,
    /// The crate's version when the lock was recorded (`[lock] version`), if it says.
    pub version: Option<Version>,
    /// Names and numbers shipped before, which `catalog` no longer shows
    /// (`[lock] former`).
    pub former: Vec<Former>,
}
