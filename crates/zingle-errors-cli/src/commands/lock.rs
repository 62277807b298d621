//! `lock`: a catalog's shipped baseline written, checked, or recorded again, with the
//! same verdict on every change as `diff` and the semver bump it needs.

use std::path::{Path, PathBuf};
use zingle_errors_core::counted;

use serde_json::{Value, json};
use zingle_errors_catalog::baseline::{self, Break, BreakKind, Checked, Lock};
use zingle_errors_catalog::{Bump, Catalog, Version};

use crate::cli::{Global, LockArgs};
use crate::failure::Failure;
use crate::output::Report;

/// The crate's version now, and where it was read.
struct Now {
    version: Version,
    /// `--version`, or the `Cargo.toml` it comes from.
    from: String,
}

/// Runs `lock`.
pub fn run(args: &LockArgs, global: &Global) -> Result<Report, Failure> {
    let path = super::catalog_path("lock", args.path.as_deref(), global)?;
    let catalog = load(path)?;
    let now = version(args, path)?;
    let version = now.as_ref().map(|n| &n.version);
    let Some(lock_path) = args.check.as_ref().or(args.update.as_ref()) else {
        return Ok(Report::text(baseline::lock(&catalog, version, None)));
    };
    let lock = read_lock(lock_path)?;
    let checked = baseline::check(&catalog, &lock, version);
    let (catalog_shown, lock_shown) = (path.display(), lock_path.display());
    if global.json {
        let failed = !checked.is_ok();
        return Ok(Report::json(&json!({
            "catalog": catalog_shown.to_string(),
            "lock": lock_shown.to_string(),
            "locked": checked.locked.as_ref().map(ToString::to_string),
            "version": checked.version.as_ref().map(ToString::to_string),
            "bump": checked.bump().map(|b| b.as_str()),
            "requires": checked.requires.as_ref().map(ToString::to_string),
            "breaks": checked.breaks.iter().map(break_json).collect::<Vec<_>>(),
        }))
        .failed_if(failed));
    }
    let versions = versions(&checked, now.as_ref());
    if !checked.is_ok() {
        let lines: Vec<String> = checked.breaks.iter().map(|b| format!("  {b}")).collect();
        return Err(Failure::failed(format!(
            "{catalog_shown} breaks what {lock_shown} says was shipped ({versions}):\n{}",
            lines.join("\n")
        )));
    }
    if args.update.is_some() {
        let text = baseline::lock(&catalog, version, Some(&lock));
        std::fs::write(lock_path, text)
            .map_err(|e| Failure::failed(format!("cannot write `{lock_shown}`: {e}")))?;
        let at = version.map_or_else(String::new, |v| format!(" at {v}"));
        return Ok(Report::text(format!(
            "{lock_shown} recorded again{at}: {} since it was, and every name and number it shipped kept\n",
            counted(checked.changes.len(), "change", "changes")
        )));
    }
    Ok(Report::text(format!(
        "{catalog_shown} keeps everything {lock_shown} says was shipped ({versions})\n"
    )))
}

/// `locked at 0.1.0; now 0.2.0 (Cargo.toml); the changes need 0.2.0`.
fn versions(checked: &Checked, now: Option<&Now>) -> String {
    let locked = checked.locked.as_ref().map_or_else(
        || "the lock records no version".to_owned(),
        |v| format!("locked at {v}"),
    );
    let now = match now {
        Some(now) => format!("now {} ({})", now.version, now.from),
        None => "no version now: taken as the lock's".to_owned(),
    };
    let never = if checked.bump() == Some(Bump::Never) {
        ", and some no release ships"
    } else {
        ""
    };
    let needs = match (&checked.requires, checked.bump()) {
        (Some(v), _) => format!("; the changes need {v}{never}"),
        (None, Some(Bump::Never)) => "; some changes no release ships".to_owned(),
        (None, Some(bump)) => format!("; the changes need a {bump} release"),
        (None, None) => "; nothing changed".to_owned(),
    };
    format!("{locked}; {now}{needs}")
}

/// One break as JSON: its kind, the code, the bump, the version it requires, the fix.
fn break_json(b: &Break) -> Value {
    let mut value = json!({
        "kind": b.kind.id(),
        "location": b.location.as_ref().map(ToString::to_string),
        "message": b.kind.to_string(),
    });
    if let Some(change) = b.kind.change() {
        value["code"] = json!(change.code);
        value["name"] = json!(change.name);
        value["bump"] = json!(change.bump().as_str());
        value["change"] = json!(change.kind.to_string());
    }
    match &b.kind {
        BreakKind::Never { fix, .. } => value["fix"] = json!(fix),
        BreakKind::TooSmall { requires, fix, .. } => {
            value["requires"] = json!(requires.as_ref().map(ToString::to_string));
            value["fix"] = json!(fix);
        }
        BreakKind::SinceMissing { write, .. } => value["write"] = json!(write.to_string()),
        _ => {}
    }
    value
}

/// `--version`, else the version of the nearest `Cargo.toml` beside the catalog.
fn version(args: &LockArgs, path: &std::path::Path) -> Result<Option<Now>, Failure> {
    if let Some(version) = &args.version {
        return Ok(Some(Now {
            version: version.clone(),
            from: "--version".to_owned(),
        }));
    }
    let found = baseline::manifest_version(path).map_err(Failure::failed)?;
    Ok(found.map(|m| Now {
        version: m.version,
        from: shown(&m.manifest),
    }))
}

/// `path` relative to the working directory (`../../Cargo.toml`), when they share a
/// directory.
fn shown(path: &Path) -> String {
    let relative = std::env::current_dir().ok().and_then(|cwd| {
        cwd.ancestors().enumerate().find_map(|(up, dir)| {
            let rest = path.strip_prefix(dir).ok()?;
            let mut relative: PathBuf = std::iter::repeat_n("..", up).collect();
            relative.push(rest);
            Some(relative)
        })
    });
    relative
        .filter(|r| r.is_relative() && r.components().count() > 0)
        .unwrap_or_else(|| path.to_owned())
        .display()
        .to_string()
}

fn load(path: &Path) -> Result<Catalog, Failure> {
    zingle_errors_catalog::load(path, &path.display().to_string()).map_err(Failure::failed)
}

fn read_lock(path: &Path) -> Result<Lock, Failure> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::failed(format!("cannot read the lock `{shown}`: {e}")))?;
    baseline::read(&text, &shown).map_err(Failure::failed)
}
