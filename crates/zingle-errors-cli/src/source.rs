//! Where the catalog comes from: the Zingle catalog compiled in, or a file.

use std::path::Path;

use zingle_errors_catalog::{Catalog, LoadError};

use crate::failure::Failure;

/// The workspace's `codes.toml`, as it was when this binary was built.
const BUILT_IN: &str = include_str!("../codes.toml");

/// The catalog at `path`, or the one compiled in.
pub fn catalog(path: Option<&Path>) -> Result<Catalog, Failure> {
    match path {
        Some(path) => load(path),
        None => {
            zingle_errors_catalog::parse(BUILT_IN, "codes.toml (built in)").map_err(Failure::failed)
        }
    }
}

/// What the catalog's API is called in prose: Zingle for the catalog compiled in, else
/// the catalog's `[catalog] name`, if it has one.
pub fn api_name<'a>(path: Option<&Path>, catalog: &'a Catalog) -> Option<&'a str> {
    match path {
        None => Some("Zingle"),
        Some(_) => catalog.name(),
    }
}

/// The catalog at `path`, named in messages as it was given; every fault of an invalid
/// one, each as `PATH:LINE:COL: fault`.
pub fn load(path: &Path) -> Result<Catalog, Failure> {
    zingle_errors_catalog::load(path, &path.display().to_string()).map_err(|e| match e {
        LoadError::Invalid(errors) => Failure::failed(format!(
            "the catalog `{}` is invalid: {}\n{errors}",
            path.display(),
            match errors.len() {
                1 => "1 fault".to_owned(),
                n => format!("{n} faults"),
            }
        )),
        io @ LoadError::Io { .. } => Failure::failed(io),
    })
}
