//! The lock check's words: the version a change needs, `since`, the names a lock keeps,
//! and the faults of its `[lock]` table.

use super::{CODE_2, SHIPPED, edit, from, new_code};
use crate::Version;
use crate::baseline::{self, Lock};

#[test]
fn a_too_small_version_is_told_the_smallest_that_would_do() {
    let lock = Lock {
        catalog: from(SHIPPED),
        version: "1.2.3".parse().ok(),
        former: Vec::new(),
    };
    let retired = from(&format!(
        "{}[[retired]]\ncode = 2\nname = \"Two\"\nreason = \"no more\"\n",
        edit(SHIPPED, CODE_2, "")
    ));
    let at = |v: &str| baseline::check(&retired, &lock, v.parse().ok().as_ref());
    let checked = at("1.3.0");
    assert_eq!(checked.requires, "2.0.0".parse().ok());
    let lines: Vec<String> = checked.breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "test.toml:38:1: requires 2.0.0: 2 Two: retired: no more: retiring removes the variant: release it in a major version, or deprecate the code instead"
        ]
    );
    assert!(at("2.0.0").is_ok());
    // A version older than the lock's fails on its own.
    let older = baseline::check(&from(SHIPPED), &lock, "1.0.0".parse().ok().as_ref());
    let lines: Vec<String> = older.breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        ["version 1.0.0 is older than 1.2.3, the version the lock was recorded at"]
    );
}

#[test]
fn since_is_a_version_not_later_than_the_crate_and_a_new_code_has_one() {
    let lock = Lock {
        catalog: from(SHIPPED),
        version: "1.2.3".parse().ok(),
        former: Vec::new(),
    };
    let text = format!(
        "{}{}{}",
        edit(
            SHIPPED,
            "message = \"Two\"\n",
            "message = \"Two\"\nsince = \"2.0.0\"\n"
        ),
        new_code(5, "Five", ""),
        new_code(6, "Six", "since = \"one\"\n"),
    );
    let catalog = from(&text);
    let checked = baseline::check(&catalog, &lock, "1.3.0".parse().ok().as_ref());
    let lines: Vec<String> = checked.breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "test.toml:21:1: 2 Two: since 2.0.0 is later than the crate's version, 1.3.0",
            "test.toml:45:1: 5 Five: new, without `since`: write since = \"1.3.0\"",
            "test.toml:51:1: 6 Six: since `one` is not a version MAJOR.MINOR.PATCH, such as 1.4.2",
        ]
    );
    // With the version not bumped yet, the version to write is the one the changes need.
    let checked = baseline::check(&catalog, &lock, "1.2.3".parse().ok().as_ref());
    let five = "5 Five: new, without `since`: write since = \"1.3.0\"";
    assert!(
        checked.breaks.iter().any(|b| b.kind.to_string() == five),
        "{:?}",
        checked.breaks
    );
}

#[test]
fn the_lock_keeps_every_name_ever_shipped_and_reads_back() {
    let shipped = from(SHIPPED);
    let v1: Version = "1.2.3".parse().unwrap_or_else(|e| panic!("{e}"));
    let first = baseline::read(&baseline::lock(&shipped, Some(&v1), None), "codes.lock")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.version.as_ref(), Some(&v1));
    assert!(baseline::check(&shipped, &first, Some(&v1)).is_ok());
    // 2.0.0 retires code 1, whose alias `Uno` the catalog then no longer shows, and
    // renames 2 without keeping its name: the lock recorded again remembers both.
    let v2: Version = "2.0.0".parse().unwrap_or_else(|e| panic!("{e}"));
    let retire_one = |text: &str| {
        format!(
            "{}[[retired]]\ncode = 1\nname = \"One\"\nreason = \"no more\"\n",
            edit(
                &edit(text, "\"Two\"\ncat", "\"Deux\"\ncat"),
                "[[code]]\ncode = 1\nname = \"One\"\ncategory = \"A\"\nmessage = \"One {x}\"\naliases = [\"Uno\"]\n",
                ""
            )
        )
    };
    let next = from(&retire_one(SHIPPED));
    assert!(baseline::check(&next, &first, Some(&v2)).is_ok());
    let text = baseline::lock(&next, Some(&v2), Some(&first));
    assert!(
        text.contains(
            "former = [\n    { code = 1, name = \"Uno\" },\n    { code = 2, name = \"Two\" },\n]\n"
        ),
        "{text}"
    );
    let second = baseline::read(&text, "codes.lock").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(second.former.len(), 2);
    // In 2.1.0, a new code named as the retired code's alias, and one named as 2 was:
    // refused, each naming the code that shipped the name.
    let v3: Version = "2.1.0".parse().unwrap_or_else(|e| panic!("{e}"));
    let reuse = from(&format!(
        "{}{}{}",
        retire_one(SHIPPED),
        new_code(5, "Uno", "since = \"2.1.0\"\n"),
        new_code(6, "Two", "since = \"2.1.0\"\n"),
    ));
    let checked = baseline::check(&reuse, &second, Some(&v3));
    let lines: Vec<String> = checked.breaks.iter().map(|b| b.kind.to_string()).collect();
    assert_eq!(
        lines,
        [
            "no release ships it: 5 Uno: name Uno shipped by code 1, used again: a shipped name keeps its meaning: give this code a name never shipped",
            "no release ships it: 6 Two: name Two shipped by code 2, used again: a shipped name keeps its meaning: give this code a name never shipped",
        ]
    );
    // Recorded once more, the lock keeps its former names still.
    let third = baseline::lock(&next, Some(&v2), Some(&second));
    assert_eq!(third, text);
}

#[test]
fn a_lock_table_with_faults_is_refused_at_their_places() {
    let text = format!(
        "[lock]\nversion = \"one\"\nformer = [{{ code = 70000, nam = \"X\" }}]\nextra = 1\n{SHIPPED}"
    );
    let errors = baseline::read(&text, "codes.lock").expect_err("faults");
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "codes.lock:2:11: `version` must be a version MAJOR.MINOR.PATCH, such as \"1.4.2\", found another string",
            "codes.lock:3:11: missing key `name` in [lock] former",
            "codes.lock:3:20: code out of range: 70000 is not from 0 to 65535",
            "codes.lock:3:27: unknown key `nam` in [lock] former; did you mean `name`?",
            "codes.lock:4:1: unknown key `extra` in [lock]; expected one of version, former",
        ]
    );
}
