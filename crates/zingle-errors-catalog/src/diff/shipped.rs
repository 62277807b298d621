//! Every number and name a catalog has shipped, and what a code takes of another's.

use std::collections::{HashMap, HashSet};

use super::ChangeKind;
use crate::{Catalog, Entry};

/// A name a number was shipped under once, which a catalog no longer shows (a lock keeps them): a
/// former name of a renamed code, an alias removed, an alias of a retired code, or the
/// number a renumbered code left. No other code may take either.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Former {
    /// The number.
    pub code: u16,
    /// The name or alias it was shipped under.
    pub name: String,
}

/// Every number and name a catalog has shipped, with what it was shipped as: its codes'
/// numbers, names and aliases, its retired codes', and those of its history.
pub(super) struct Shipped<'a> {
    /// Each number, and the name it was shipped under (a code's, before a former one's).
    numbers: HashMap<u16, &'a str>,
    /// Each name or alias, and the number it was shipped under.
    names: HashMap<&'a str, u16>,
    /// The former names of each number.
    former: HashMap<u16, Vec<&'a str>>,
}

impl<'a> Shipped<'a> {
    pub(super) fn of(catalog: &'a Catalog, former: &'a [Former]) -> Self {
        let mut shipped = Self {
            numbers: HashMap::new(),
            names: HashMap::new(),
            former: HashMap::new(),
        };
        let codes = catalog
            .entries()
            .iter()
            .map(|e| (e.code, &e.name, &e.aliases[..]));
        let retired = catalog.retired().iter().map(|r| (r.code, &r.name, &[][..]));
        let history = former.iter().map(|f| (f.code, &f.name, &[][..]));
        for (code, name, aliases) in codes.chain(retired).chain(history) {
            shipped.numbers.entry(code).or_insert(name);
            for name in std::iter::once(name).chain(aliases) {
                shipped.names.entry(name).or_insert(code);
            }
        }
        for f in former {
            shipped.former.entry(f.code).or_default().push(&f.name);
        }
        shipped
    }

    /// The number and names that are a code's own: its number, name and aliases as
    /// shipped, and the former names of its number.
    pub(super) fn own(&self, code: u16, name: &'a str, aliases: &'a [String]) -> HashSet<&'a str> {
        let mut own: HashSet<&str> = aliases.iter().map(String::as_str).collect();
        own.insert(name);
        own.extend(self.former.get(&code).into_iter().flatten().copied());
        own
    }

    /// What `entry` takes that another code shipped: its number, unless one of `own`
    /// names was shipped under it; its name and aliases that are not among `own`.
    pub(super) fn reused<'e>(
        &'e self,
        entry: &'e Entry,
        own: &'e HashSet<&'a str>,
    ) -> impl Iterator<Item = ChangeKind> + 'e {
        let number = self
            .numbers
            .get(&entry.code)
            .filter(|was| !own.contains(**was))
            .map(|was| ChangeKind::NumberReused {
                was: (*was).to_owned(),
            });
        let names = std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .filter(|name| !own.contains(name.as_str()))
            .filter_map(|name| {
                let was = *self.names.get(name.as_str())?;
                Some(ChangeKind::NameReused {
                    name: name.clone(),
                    was,
                })
            });
        number.into_iter().chain(names)
    }
}
