//! The diff's rules, case by case.

mod bumps;
mod cases;
mod catalog;
mod changes;
mod keys;
mod lock;
mod settings;
mod table;

// The diff's own items, which the tests name as `super::…`.
use super::{Change, compare, diff, rules};
use crate::baseline::Lock;
use crate::{Catalog, parse};

/// The catalog of `text`.
fn from(text: &str) -> Catalog {
    parse(text, "test.toml").unwrap_or_else(|e| panic!("{e}"))
}

/// `old` as a lock with no version and no history, as `lock --check` reads a catalog.
fn as_lock(old: &Catalog) -> Lock {
    Lock {
        catalog: old.clone(),
        version: None,
        former: Vec::new(),
    }
}

/// The shipped catalog of the table of cases: code 1 with an alias, code 3 with two
/// parameters, a retired code 50, in two categories.
const SHIPPED: &str = r#"
[[category]]
name = "A"
title = "A"
range = [1, 49]
status = 400

[[category]]
name = "B"
title = "B"
range = [50, 199]
status = 400

[[code]]
code = 1
name = "One"
category = "A"
message = "One {x}"
aliases = ["Uno"]

[[code]]
code = 2
name = "Two"
category = "A"
message = "Two"

[[code]]
code = 3
name = "Three"
category = "A"
message = "Three {a} {b}"

[[code]]
code = 4
name = "Four"
category = "A"
message = "Four"

[[retired]]
code = 50
name = "Fifty"
reason = "gone"
"#;

/// A new code 5 of category A, named `name`, with `extra` lines.
fn new_code(code: u16, name: &str, extra: &str) -> String {
    format!(
        "\n[[code]]\ncode = {code}\nname = \"{name}\"\ncategory = \"A\"\nmessage = \"New\"\n{extra}"
    )
}

/// `text` with `from` replaced by `to`, `from` being there.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the catalog");
    text.replacen(from, to, 1)
}

const CODE_2: &str = "[[code]]\ncode = 2\nname = \"Two\"\ncategory = \"A\"\nmessage = \"Two\"\n";
