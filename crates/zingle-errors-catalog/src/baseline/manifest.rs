//! The crate's version now, read from the nearest `Cargo.toml` (or its workspace's).

use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::Version;

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
