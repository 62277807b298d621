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

use std::collections::BTreeSet;
use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::diff::compare;
use crate::error::Error;
use crate::faults::Faults;
use crate::location::LineIndex;
use crate::{Bump, Catalog, Change, ChangeKind, Errors, Fault, Location, Version};

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

/// A name a number was shipped under once, which the lock's catalog no longer shows: a
/// former name of a renamed code, an alias removed, an alias of a retired code, or the
/// number a renumbered code left. No other code may take either.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Former {
    /// The number.
    pub code: u16,
    /// The name or alias it was shipped under.
    pub name: String,
}

/// The top-level key of the lock's own table.
const LOCK: &str = "lock";
/// The keys of `[lock]`.
const LOCK_KEYS: &[&str] = &["version", "former"];
/// The keys of an entry of `[lock] former`.
const FORMER_KEYS: &[&str] = &["code", "name"];

/// Reads a lock: the catalog with the catalog's parser, the `[lock]` table beside it.
/// A catalog file with no `[lock]` table is a lock of no version and no history.
///
/// ```
/// let lock = zingle_errors_catalog::baseline::read(
///     "[lock]\nversion = \"1.2.0\"\nformer = [{ code = 2, name = \"Gone\" }]\n\
///      [[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"Oops\"\ncategory = \"A\"\nmessage = \"Oops\"\n",
///     "codes.lock",
/// )?;
/// assert_eq!(lock.version.map(|v| v.to_string()), Some("1.2.0".to_owned()));
/// assert_eq!(lock.former[0].name, "Gone");
/// assert_eq!(lock.catalog.entries().len(), 1);
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
///
/// # Errors
///
/// Every fault of the catalog and of the `[lock]` table, each with its location.
pub fn read(source: &str, path: &str) -> Result<Lock, Errors> {
    let (catalog_text, lock_text) = split(source);
    let (catalog, catalog_errors) = crate::parse_recovering(&catalog_text, path);
    let mut faults = Faults::default();
    let (version, former) = read_lock_table(&lock_text, &mut faults);
    let index = LineIndex::new(&lock_text, path);
    let mut errors: Vec<Error> = catalog_errors.map(|e| e.0).unwrap_or_default();
    errors.extend(faults.into_errors(&index).into_iter().flat_map(|e| e.0));
    if errors.is_empty() {
        return Ok(Lock {
            catalog,
            version,
            former,
        });
    }
    // Both texts keep every line where it was: their locations are the file's.
    errors.sort_by_key(|e| (e.location.line, e.location.column));
    Err(Errors(errors))
}

/// The file's text twice, each with the other's lines emptied: the catalog (every line
/// but the `[lock]` table's) and the `[lock]` table. Every line stays where it was, so
/// that locations in either are the file's.
///
/// A table starts at a line that starts with `[`; a line of a multi-line string that
/// does so would be taken for one (the lock is written without any).
fn split(source: &str) -> (String, String) {
    let mut catalog = String::with_capacity(source.len());
    let mut lock = String::new();
    let mut in_lock = false;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            let name = trimmed.trim_start_matches('[').trim_start();
            in_lock = name
                .strip_prefix(LOCK)
                .is_some_and(|rest| rest.trim_start().starts_with([']', '.']));
        }
        let (keep, empty) = if in_lock {
            (&mut lock, &mut catalog)
        } else {
            (&mut catalog, &mut lock)
        };
        keep.push_str(line);
        if line.ends_with('\n') {
            empty.push('\n');
        }
    }
    (catalog, lock)
}

/// The `[lock]` table's version and former names, every fault in `faults`.
fn read_lock_table(text: &str, faults: &mut Faults) -> (Option<Version>, Vec<Former>) {
    let (doc, errors) = DeTable::parse_recoverable(text);
    let mut version = None;
    let mut former = Vec::new();
    if !errors.is_empty() {
        for e in errors {
            let at = e.span().map_or(0, |s| s.start);
            faults.push(at, Fault::Syntax(e.message().trim().to_owned()));
        }
        return (version, former);
    }
    let Some((key, value)) = doc.get_ref().iter().next() else {
        return (version, former);
    };
    let Some(table) = value.get_ref().as_table() else {
        faults.push(
            key.span().start,
            wrong_type(LOCK, "a table", value.get_ref()),
        );
        return (version, former);
    };
    for (key, value) in table {
        let at = value.span().start;
        match key.get_ref().as_ref() {
            "version" => match value.get_ref().as_str().map(str::parse::<Version>) {
                Some(Ok(v)) => version = Some(v),
                Some(Err(_)) => faults.push(at, not_a_version("version")),
                None => faults.push(at, wrong_type("version", "a string", value.get_ref())),
            },
            "former" => former = read_former(value.get_ref(), at, faults),
            other => faults.push(key.span().start, unknown_key(other, "[lock]", LOCK_KEYS)),
        }
    }
    (version, former)
}

/// `[lock] former`: an array of `{ code, name }`.
fn read_former(value: &DeValue<'_>, at: usize, faults: &mut Faults) -> Vec<Former> {
    const EXPECTED: &str = "an array of `{ code = NUMBER, name = \"Name\" }`";
    let Some(items) = value.as_array() else {
        faults.push(at, wrong_type("former", EXPECTED, value));
        return Vec::new();
    };
    let mut former = Vec::with_capacity(items.len());
    for item in items {
        let at = item.span().start;
        let Some(table) = item.get_ref().as_table() else {
            faults.push(at, wrong_type("former", EXPECTED, item.get_ref()));
            continue;
        };
        let (mut code, mut name) = (None, None);
        for (key, value) in table {
            let v = value.get_ref();
            let at = value.span().start;
            match key.get_ref().as_ref() {
                "code" => match v.as_integer() {
                    Some(i) => {
                        let n = i64::from_str_radix(i.as_str(), i.radix()).ok();
                        match n.and_then(|n| u16::try_from(n).ok()) {
                            Some(n) => code = Some(n),
                            None => faults.push(
                                at,
                                Fault::CodeOutOfRange {
                                    value: i.to_string(),
                                },
                            ),
                        }
                    }
                    None => faults.push(at, wrong_type("code", "an integer", v)),
                },
                "name" => match v.as_str() {
                    Some(s) => name = Some(s.to_owned()),
                    None => faults.push(at, wrong_type("name", "a string", v)),
                },
                other => faults.push(
                    key.span().start,
                    unknown_key(other, "[lock] former", FORMER_KEYS),
                ),
            }
        }
        for (key, present) in [("code", code.is_some()), ("name", name.is_some())] {
            if !present && !table.keys().any(|k| k.get_ref() == key) {
                faults.push(
                    at,
                    Fault::MissingKey {
                        key,
                        table: "[lock] former",
                    },
                );
            }
        }
        if let (Some(code), Some(name)) = (code, name) {
            former.push(Former { code, name });
        }
    }
    former
}

fn wrong_type(key: &str, expected: &'static str, found: &DeValue<'_>) -> Fault {
    Fault::WrongType {
        key: key.to_owned(),
        expected,
        found: found.type_str(),
    }
}

fn not_a_version(key: &str) -> Fault {
    Fault::WrongType {
        key: key.to_owned(),
        expected: "a version MAJOR.MINOR.PATCH, such as \"1.4.2\"",
        found: "another string",
    }
}

fn unknown_key(key: &str, table: &'static str, expected: &'static [&'static str]) -> Fault {
    Fault::UnknownKey {
        key: key.to_owned(),
        table,
        suggestion: crate::suggest(key, expected.iter().copied()).map(str::to_owned),
        expected,
    }
}

/// The lock of `catalog` at `version`: a `[lock]` table with the version and the names
/// and numbers shipped before (those of `previous`, the lock recorded last, that
/// `catalog` no longer shows, and its own former ones), then a catalog file of the
/// categories, the codes' numbers, names, categories, messages, statuses, `retryable`,
/// `deprecated` and aliases, and the retired codes.
///
/// ```
/// use zingle_errors_catalog::baseline;
///
/// let catalog = zingle_errors_catalog::parse(
///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"Oops\"\ncategory = \"A\"\nmessage = \"Oops {id}\"\nexplanation = \"Why\"\n",
///     "codes.toml",
/// )?;
/// let version = "1.0.0".parse().ok();
/// let text = baseline::lock(&catalog, version.as_ref(), None);
/// assert!(text.contains("version = \"1.0.0\""));
/// assert!(text.contains("name = \"Oops\""));
/// assert!(!text.contains("Why"), "explanations are not part of what users depend on");
/// let lock = baseline::read(&text, "codes.lock")?;
/// assert!(baseline::check(&catalog, &lock, version.as_ref()).is_ok());
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
#[must_use]
pub fn lock(catalog: &Catalog, version: Option<&Version>, previous: Option<&Lock>) -> String {
    let mut out = String::from(
        "# The shipped baseline of the catalog: what users' code and peers depend on.\n\
         # Written by `zingle-errors lock`; checked against the catalog by `zingle-errors lock --check`.\n",
    );
    let former = previous.map(|p| former(catalog, p)).unwrap_or_default();
    if version.is_some() || !former.is_empty() {
        out.push_str("\n[lock]\n");
    }
    if let Some(version) = version {
        out.push_str("# The crate's version when the lock was recorded.\n");
        let _ = writeln!(out, "version = {}", quoted(&version.to_string()));
    }
    if !former.is_empty() {
        out.push_str(
            "# Names and numbers shipped before, which the catalog no longer shows: never used again.\nformer = [\n",
        );
        for f in &former {
            let _ = writeln!(
                out,
                "    {{ code = {}, name = {} }},",
                f.code,
                quoted(&f.name)
            );
        }
        out.push_str("]\n");
    }
    if catalog.is_exhaustive() {
        out.push_str("\n[catalog]\n# Users match the code enum exhaustively.\nexhaustive = true\n");
    }
    for c in catalog.categories() {
        let _ = write!(
            out,
            "\n[[category]]\nname = {}\ntitle = {}\nrange = [{}, {}]\n",
            quoted(&c.name),
            quoted(&c.title),
            c.first,
            c.last
        );
        if let Some(status) = c.status {
            let _ = writeln!(out, "status = {status}");
        }
    }
    for e in catalog.entries() {
        let _ = write!(
            out,
            "\n[[code]]\ncode = {}\nname = {}\ncategory = {}\nmessage = {}\nstatus = {}\n",
            e.code,
            quoted(&e.name),
            quoted(&catalog.category(e).name),
            quoted(e.message.source()),
            e.status
        );
        if e.retryable {
            out.push_str("retryable = true\n");
        }
        if let Some(note) = &e.deprecated {
            let _ = writeln!(out, "deprecated = {}", quoted(note));
        }
        if !e.aliases.is_empty() {
            let aliases: Vec<String> = e.aliases.iter().map(|a| quoted(a)).collect();
            let _ = writeln!(out, "aliases = [{}]", aliases.join(", "));
        }
    }
    for r in catalog.retired() {
        let _ = write!(
            out,
            "\n[[retired]]\ncode = {}\nname = {}\nreason = {}\n",
            r.code,
            quoted(&r.name),
            quoted(&r.reason)
        );
    }
    out
}

/// Every `(number, name)` a catalog shows: its codes' names and aliases, its retired
/// codes'.
fn shown(catalog: &Catalog) -> BTreeSet<(u16, &str)> {
    let codes = catalog.entries().iter().flat_map(|e| {
        std::iter::once(e.name.as_str())
            .chain(e.aliases.iter().map(String::as_str))
            .map(move |name| (e.code, name))
    });
    let retired = catalog.retired().iter().map(|r| (r.code, r.name.as_str()));
    codes.chain(retired).collect()
}

/// What `previous` shipped (its catalog and its former names) that `catalog` does not
/// show, in order.
fn former(catalog: &Catalog, previous: &Lock) -> Vec<Former> {
    let now = shown(catalog);
    let before = shown(&previous.catalog)
        .into_iter()
        .chain(previous.former.iter().map(|f| (f.code, f.name.as_str())));
    let former: BTreeSet<(u16, &str)> = before.filter(|shipped| !now.contains(shipped)).collect();
    former
        .into_iter()
        .map(|(code, name)| Former {
            code,
            name: name.to_owned(),
        })
        .collect()
}

/// A TOML basic string of `text`.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The verdict of [`check`]: every change from the lock to the catalog, the version
/// they need, and what fails.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Checked {
    /// Every change from the lock to the catalog, as [`diff`](crate::diff) reports it
    /// (over what the lock keeps: explanations and `since` are not compared).
    pub changes: Vec<Change>,
    /// The crate's version when the lock was recorded, if the lock says.
    pub locked: Option<Version>,
    /// The crate's version now, as given.
    pub version: Option<Version>,
    /// The smallest version that ships every change a release may ship, when the lock
    /// records its version and something changed.
    pub requires: Option<Version>,
    /// What fails, in the order of the changes, then the `since` faults.
    pub breaks: Vec<Break>,
}

impl Checked {
    /// Whether nothing fails.
    #[must_use]
    pub fn is_ok(&self) -> bool {
        self.breaks.is_empty()
    }

    /// The largest bump the changes need, if anything changed.
    #[must_use]
    pub fn bump(&self) -> Option<Bump> {
        self.changes.iter().map(Change::bump).max()
    }
}

/// One thing that fails the check, and where to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Break {
    /// Where to fix it: the code or category in the catalog, or, for what the catalog no
    /// longer has, in the lock.
    pub location: Option<Location>,
    /// What fails.
    pub kind: BreakKind,
}

/// What fails the check.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BreakKind {
    /// A change no release ships: its bump is [`Bump::Never`].
    Never {
        /// The change.
        change: Change,
        /// How to evolve the catalog instead: the `fix` of its row of the table on
        /// [`ChangeKind`].
        fix: &'static str,
    },
    /// A change the crate's version now is too small for.
    TooSmall {
        /// The change.
        change: Change,
        /// The smallest version that ships it, or `None` when the lock records no
        /// version (a major change then fails, whatever the version).
        requires: Option<Version>,
        /// How to make it in a smaller release, when its row says.
        fix: Option<&'static str>,
    },
    /// The crate's version now is older than the lock's.
    Older {
        /// The version now.
        version: Version,
        /// The lock's version.
        locked: Version,
    },
    /// A code new since the lock, without `since`.
    SinceMissing {
        /// The code.
        code: u16,
        /// Its name.
        name: String,
        /// The version to write: the one that ships the code.
        write: Version,
    },
    /// A `since` later than the crate's version now.
    SinceLater {
        /// The code.
        code: u16,
        /// Its name.
        name: String,
        /// `since`, as written.
        since: String,
        /// The version now.
        version: Version,
    },
    /// A `since` that is not a version.
    SinceInvalid {
        /// The code.
        code: u16,
        /// Its name.
        name: String,
        /// `since`, as written.
        since: String,
    },
}

impl BreakKind {
    /// The break's id in JSON: the change's kind (its id in the table on
    /// [`ChangeKind`]), or `version_older`, `since_missing`, `since_later`,
    /// `since_invalid`.
    #[must_use]
    pub fn id(&self) -> &'static str {
        match self {
            Self::Never { change, .. } | Self::TooSmall { change, .. } => change.rule().id,
            Self::Older { .. } => "version_older",
            Self::SinceMissing { .. } => "since_missing",
            Self::SinceLater { .. } => "since_later",
            Self::SinceInvalid { .. } => "since_invalid",
        }
    }

    /// The change that fails, if the break is one.
    #[must_use]
    pub fn change(&self) -> Option<&Change> {
        match self {
            Self::Never { change, .. } | Self::TooSmall { change, .. } => Some(change),
            _ => None,
        }
    }
}

/// `requires 2.0.0: 101 CardExpired: retired: ...: how to make it in a minor release`,
/// `never: 102 CardBlocked: [[retired]] table removed ...: put it back`.
impl fmt::Display for BreakKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Never { change, fix } => write!(f, "no release ships it: {change}: {fix}"),
            Self::TooSmall {
                change,
                requires,
                fix,
            } => {
                match requires {
                    Some(v) => write!(f, "requires {v}: {change}")?,
                    None => write!(f, "requires a major version: {change}")?,
                }
                match fix {
                    Some(fix) => write!(f, ": {fix}"),
                    None => Ok(()),
                }
            }
            Self::Older { version, locked } => write!(
                f,
                "version {version} is older than {locked}, the version the lock was recorded at"
            ),
            Self::SinceMissing { code, name, write } => write!(
                f,
                "{code} {name}: new, without `since`: write since = \"{write}\""
            ),
            Self::SinceLater {
                code,
                name,
                since,
                version,
            } => write!(
                f,
                "{code} {name}: since {since} is later than the crate's version, {version}"
            ),
            Self::SinceInvalid { code, name, since } => write!(
                f,
                "{code} {name}: since `{since}` is not a version MAJOR.MINOR.PATCH, such as 1.4.2"
            ),
        }
    }
}

/// `codes.toml:12:1: requires 2.0.0: ...`.
impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(location) => write!(f, "{location}: {}", self.kind),
            None => fmt::Display::fmt(&self.kind, f),
        }
    }
}

/// Checks `catalog`, at the crate's `version` now, against its shipped baseline `lock`:
///
/// - every change from the lock to the catalog needs a bump, from the table on
///   [`ChangeKind`], and the version must make it: at least [`Bump::from`] the lock's
///   version. Without a version now, the crate is taken to be at the lock's version
///   (nothing released yet); with no version in the lock, a major change fails whatever
///   the version;
/// - a change whose bump is [`Bump::Never`] fails at any version: what was shipped is
///   never forgotten, nor given another meaning;
/// - the version is not older than the lock's;
/// - a `since` is a version, not later than the version now; a code new since the lock
///   has one, and the check says which to write.
///
/// A release passes once its version is set and the lock recorded again at it.
#[must_use]
pub fn check(catalog: &Catalog, lock: &Lock, version: Option<&Version>) -> Checked {
    let changes = compare(&kept(&lock.catalog), &lock.former, &kept(catalog));
    let locked = lock.version.clone();
    let now = version.or(locked.as_ref());
    let releasable = changes
        .iter()
        .map(Change::bump)
        .filter(|b| *b < Bump::Never);
    let requires = locked
        .as_ref()
        .and_then(|l| releasable.max().map(|b| b.from(l)));
    let mut breaks = Vec::new();
    let located = |kind: BreakKind, code: Option<u16>, name: &str| Break {
        location: locate(code, name, catalog, &lock.catalog),
        kind,
    };
    if let (Some(version), Some(locked)) = (version, &locked)
        && version < locked
    {
        breaks.push(Break {
            location: None,
            kind: BreakKind::Older {
                version: version.clone(),
                locked: locked.clone(),
            },
        });
    }
    for change in &changes {
        let rule = change.rule();
        let kind = if rule.bump == Bump::Never {
            // Every `never` row has a fix; the table's tests say so.
            BreakKind::Never {
                change: change.clone(),
                fix: rule.fix.unwrap_or_default(),
            }
        } else {
            let needed = locked.as_ref().map(|l| rule.bump.from(l));
            let enough = match (&needed, now) {
                (Some(needed), Some(now)) => now >= needed,
                _ => rule.bump < Bump::Major,
            };
            if enough {
                continue;
            }
            BreakKind::TooSmall {
                change: change.clone(),
                requires: needed,
                fix: rule.fix,
            }
        };
        breaks.push(located(kind, change.code, &change.name));
    }
    if let Some(now) = now {
        breaks.extend(since_breaks(catalog, &changes, now, requires.as_ref()));
    }
    Checked {
        changes,
        locked,
        version: version.cloned(),
        requires,
        breaks,
    }
}

/// Each `since` that is not a version or is later than `now`, and each code new since
/// the lock without one (to be written: the version now, or the one the changes require
/// when it is later).
fn since_breaks(
    catalog: &Catalog,
    changes: &[Change],
    now: &Version,
    requires: Option<&Version>,
) -> Vec<Break> {
    let new: BTreeSet<u16> = changes
        .iter()
        .filter(|c| matches!(c.kind, ChangeKind::Added | ChangeKind::Restored))
        .filter_map(|c| c.code)
        .collect();
    let write = requires.filter(|r| *r > now).unwrap_or(now);
    let mut breaks = Vec::new();
    for e in catalog.entries() {
        let (code, name) = (e.code, e.name.clone());
        let kind = match &e.since {
            None if new.contains(&e.code) => BreakKind::SinceMissing {
                code,
                name,
                write: write.clone(),
            },
            None => continue,
            Some(since) => match since.parse::<Version>() {
                Err(_) => BreakKind::SinceInvalid {
                    code,
                    name,
                    since: since.clone(),
                },
                Ok(v) if v > *now => BreakKind::SinceLater {
                    code,
                    name,
                    since: since.clone(),
                    version: now.clone(),
                },
                Ok(_) => continue,
            },
        };
        breaks.push(Break {
            location: Some(e.location.clone()),
            kind,
        });
    }
    breaks
}

/// What a lock keeps of a catalog: all but the codes' explanations, published texts and
/// `since`, which are documentation.
fn kept(catalog: &Catalog) -> Catalog {
    let mut kept = catalog.clone();
    for e in &mut kept.entries {
        e.explanation = None;
        e.published_message = None;
        e.published_explanation = None;
        e.since = None;
    }
    kept
}

/// Where the change about `code` (or the category `name`) is to be fixed: in the
/// catalog, or, for what the catalog no longer has, in the lock.
fn locate(code: Option<u16>, name: &str, catalog: &Catalog, locked: &Catalog) -> Option<Location> {
    [catalog, locked].into_iter().find_map(|c| {
        let location = match code {
            Some(code) => c.get(code).map(|e| &e.location).or_else(|| {
                c.retired()
                    .iter()
                    .find(|r| r.code == code)
                    .map(|r| &r.location)
            }),
            None => c
                .categories()
                .iter()
                .find(|k| k.name == name)
                .map(|k| &k.location),
        };
        location.cloned()
    })
}

/// A crate's version, read from a `Cargo.toml`, and the file it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManifestVersion {
    /// The version.
    pub version: Version,
    /// The `Cargo.toml` that gives it (a workspace's, when the crate inherits it).
    pub manifest: PathBuf,
}

/// A `Cargo.toml` that cannot be read, or whose version is not one.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", manifest.display())]
pub struct ManifestError {
    /// The file.
    pub manifest: PathBuf,
    /// What is wrong with it.
    pub problem: String,
}

/// The version of the crate that ships the catalog at `catalog`: that of the nearest
/// `Cargo.toml` in the catalog's directory or above (`package.version`, or, inherited,
/// the workspace's `workspace.package.version`; a workspace's own manifest with no
/// package gives its `workspace.package.version`). `None` when there is no `Cargo.toml`,
/// or it sets no version.
///
/// # Errors
///
/// A `Cargo.toml` that cannot be read or is not TOML, or a version that is not one.
pub fn manifest_version(catalog: &Path) -> Result<Option<ManifestVersion>, ManifestError> {
    let catalog = std::path::absolute(catalog).unwrap_or_else(|_| catalog.to_owned());
    let mut dirs = catalog.ancestors().skip(1);
    let Some(manifest) = dirs.find_map(|d| Some(d.join("Cargo.toml")).filter(|m| m.is_file()))
    else {
        return Ok(None);
    };
    let text = read_manifest(&manifest)?;
    match package_version(&text, &manifest)? {
        Found::Version(version) => Ok(Some(ManifestVersion { version, manifest })),
        Found::Inherited => {
            let Some(dir) = manifest.parent() else {
                return Ok(None);
            };
            for root in dir.ancestors().skip(1).map(|d| d.join("Cargo.toml")) {
                if !root.is_file() {
                    continue;
                }
                let text = read_manifest(&root)?;
                if let Found::Version(version) = workspace_version(&text, &root)? {
                    return Ok(Some(ManifestVersion {
                        version,
                        manifest: root,
                    }));
                }
            }
            Err(ManifestError {
                manifest,
                problem: "`version.workspace = true`, and no workspace above sets `workspace.package.version`".to_owned(),
            })
        }
        Found::Nothing => Ok(workspace_version(&text, &manifest)?
            .version()
            .map(|version| ManifestVersion { version, manifest })),
    }
}

/// What a manifest says of a version.
enum Found {
    Version(Version),
    /// `version.workspace = true`.
    Inherited,
    Nothing,
}

impl Found {
    fn version(self) -> Option<Version> {
        match self {
            Self::Version(v) => Some(v),
            _ => None,
        }
    }
}

fn read_manifest(manifest: &Path) -> Result<String, ManifestError> {
    std::fs::read_to_string(manifest).map_err(|e| ManifestError {
        manifest: manifest.to_owned(),
        problem: format!("cannot be read: {e}"),
    })
}

/// `package.version` of a manifest.
fn package_version(text: &str, manifest: &Path) -> Result<Found, ManifestError> {
    let doc = manifest_toml(text, manifest)?;
    let version = doc
        .get_ref()
        .get("package")
        .and_then(|p| p.get_ref().as_table())
        .and_then(|p| p.get("version"));
    let Some(version) = version else {
        return Ok(Found::Nothing);
    };
    let inherited = version
        .get_ref()
        .as_table()
        .and_then(|t| t.get("workspace"))
        .and_then(|w| w.get_ref().as_bool())
        == Some(true);
    if inherited {
        return Ok(Found::Inherited);
    }
    version_of(version.get_ref(), "package.version", manifest).map(Found::Version)
}

/// `workspace.package.version` of a manifest.
fn workspace_version(text: &str, manifest: &Path) -> Result<Found, ManifestError> {
    let doc = manifest_toml(text, manifest)?;
    let version = doc
        .get_ref()
        .get("workspace")
        .and_then(|w| w.get_ref().as_table())
        .and_then(|w| w.get("package"))
        .and_then(|p| p.get_ref().as_table())
        .and_then(|p| p.get("version"));
    match version {
        Some(v) => {
            version_of(v.get_ref(), "workspace.package.version", manifest).map(Found::Version)
        }
        None => Ok(Found::Nothing),
    }
}

fn manifest_toml<'a>(
    text: &'a str,
    manifest: &Path,
) -> Result<toml::Spanned<DeTable<'a>>, ManifestError> {
    DeTable::parse(text).map_err(|e| ManifestError {
        manifest: manifest.to_owned(),
        problem: format!("invalid TOML: {}", e.message().trim()),
    })
}

fn version_of(value: &DeValue<'_>, key: &str, manifest: &Path) -> Result<Version, ManifestError> {
    let error = |problem: String| ManifestError {
        manifest: manifest.to_owned(),
        problem,
    };
    let text = value.as_str().ok_or_else(|| {
        error(format!(
            "`{key}` must be a string, found {}",
            value.type_str()
        ))
    })?;
    text.parse().map_err(|e| error(format!("`{key}`: {e}")))
}
