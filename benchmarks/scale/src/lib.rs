//! Synthetic catalogs and throwaway crates, for measuring what zingle-errors costs a
//! build as catalogs grow: `cargo bench -p zingle-errors-scale`.
#![forbid(unsafe_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A valid catalog of `codes` codes: categories of a hundred codes, every fourth code
/// with one parameter, every tenth with two, names and messages unique.
#[must_use]
pub fn synthetic_catalog(codes: usize) -> String {
    let mut toml = String::with_capacity(codes * 120);
    let categories = codes.div_ceil(100);
    for c in 0..categories {
        let first = 1000 + c * 100;
        let _ = write!(
            toml,
            "[[category]]\nname = \"Group{c}\"\ntitle = \"Group {c}\"\nrange = [{first}, {}]\nstatus = 400\n\n",
            first + 99
        );
    }
    for i in 0..codes {
        let message = match i % 10 {
            0 => format!("Thing {i} of '{{owner_id}}' failed for {{reason}}"),
            n if n % 4 == 1 => format!("Thing {i} is missing '{{thing_id}}'"),
            _ => format!("Thing {i} failed"),
        };
        let _ = write!(
            toml,
            "[[code]]\ncode = {}\nname = \"ThingFailed{i}\"\ncategory = \"Group{}\"\nmessage = \"{message}\"\n\n",
            1000 + i,
            i / 100
        );
    }
    toml
}

/// A throwaway crate depending on zingle-errors (by path) and on the crates `deps`
/// (name and directory), whose `src/lib.rs` is `lib`.
///
/// # Errors
///
/// When a file cannot be written.
pub fn write_crate(
    dir: &Path,
    name: &str,
    deps: &[(&str, &Path)],
    lib: &str,
) -> std::io::Result<()> {
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crates/zingle-errors");
    std::fs::create_dir_all(dir.join("src"))?;
    let mut manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
         [dependencies]\nzingle-errors = {{ path = {:?} }}\n",
        runtime.display().to_string()
    );
    for (dep, path) in deps {
        let _ = writeln!(
            manifest,
            "{dep} = {{ path = {:?} }}",
            path.display().to_string()
        );
    }
    manifest.push_str("\n[workspace]\n");
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("src/lib.rs"), lib)
}

/// The median of `runs` runs of `cargo check` of the crate at `dir`, touching its
/// `src/lib.rs` first so that only it is checked again (its dependencies are built once,
/// in `target`).
///
/// # Errors
///
/// When cargo cannot run or the check fails.
pub fn check_time(dir: &Path, target: &Path, runs: usize) -> std::io::Result<Duration> {
    let mut times = Vec::with_capacity(runs);
    // A first run builds the dependencies.
    cargo_check(dir, target)?;
    for _ in 0..runs {
        let lib = dir.join("src/lib.rs");
        let text = std::fs::read_to_string(&lib)?;
        std::fs::write(&lib, text)?;
        let start = Instant::now();
        cargo_check(dir, target)?;
        times.push(start.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2])
}

fn cargo_check(dir: &Path, target: &Path) -> std::io::Result<()> {
    cargo(dir, target, &["check", "--quiet", "--offline"])
}

/// The size in bytes of the binary `name` that `cargo build --release` builds from the
/// crate at `dir`.
///
/// # Errors
///
/// When cargo cannot run, the build fails or the binary is missing.
pub fn release_binary_size(dir: &Path, target: &Path, name: &str) -> std::io::Result<u64> {
    cargo(dir, target, &["build", "--quiet", "--offline", "--release"])?;
    let binary = target
        .join("release")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    Ok(std::fs::metadata(binary)?.len())
}

/// Runs `cargo args` in `dir`, with its target directory at `target`.
fn cargo(dir: &Path, target: &Path, args: &[&str]) -> std::io::Result<()> {
    let status = Command::new(env!("CARGO"))
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir)
        .status()?;
    if status.success() {
        Ok(())
    } else {
        Err(std::io::Error::other(format!(
            "cargo {} failed in {}",
            args.join(" "),
            dir.display()
        )))
    }
}

/// The Rust that `zingle_errors!` generates for `catalog`, as source text.
#[must_use]
pub fn generated_source(catalog: &str) -> String {
    match zingle_errors_catalog::parse(catalog, "codes.toml") {
        Ok(catalog) => {
            zingle_errors_catalog::codegen::generate(&catalog, &Default::default()).to_string()
        }
        Err(errors) => format!("compile_error!({:?});", errors.to_string()),
    }
}

/// A scratch directory under the workspace's target directory.
#[must_use]
pub fn scratch(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/scale")
        .join(name)
}

/// What a user would write by hand instead of depending on zingle-errors, for the same
/// catalog: a serde code enum with `from_code`, a thiserror enum with a typed variant per
/// code (its message as thiserror's format string, its parameters as `String` fields), and
/// the JSON envelope as serde derives it; and a `main` that builds an error, shows it and
/// writes its envelope with `serde_json`, as the bench's crate on zingle-errors does.
///
/// # Errors
///
/// When the catalog does not load.
pub fn hand_written_equivalent(catalog: &str) -> Result<String, zingle_errors_catalog::Errors> {
    let catalog = zingle_errors_catalog::parse(catalog, "codes.toml")?;
    let mut out = String::from(
        "use serde::{Deserialize, Serialize};\n\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]\n\
         #[serde(into = \"u16\", try_from = \"u16\")]\n\
         pub enum ErrorCode {\n",
    );
    let entries = catalog.entries();
    for e in entries {
        let _ = writeln!(out, "    {} = {},", e.name, e.code);
    }
    out.push_str("}\n\nimpl ErrorCode {\n    pub fn from_code(code: u16) -> Option<Self> {\n        match code {\n");
    for e in entries {
        let _ = writeln!(out, "            {} => Some(Self::{}),", e.code, e.name);
    }
    out.push_str(
        "            _ => None,\n        }\n    }\n\n    pub fn http_status(self) -> u16 {\n        match self {\n",
    );
    for e in entries {
        let _ = writeln!(out, "            Self::{} => {},", e.name, e.status);
    }
    out.push_str(
        "        }\n    }\n}\n\n\
         impl From<ErrorCode> for u16 {\n    fn from(code: ErrorCode) -> u16 {\n        code as u16\n    }\n}\n\n\
         impl TryFrom<u16> for ErrorCode {\n    type Error = String;\n    fn try_from(code: u16) -> Result<Self, String> {\n        \
         Self::from_code(code).ok_or_else(|| format!(\"unknown error code {code}\"))\n    }\n}\n\n\
         #[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]\npub enum ApiError {\n",
    );
    for e in entries {
        let params = e.message.params();
        let _ = writeln!(out, "    #[error({:?})]", e.message.source());
        if params.is_empty() {
            let _ = writeln!(out, "    {},", e.name);
        } else {
            let fields: Vec<String> = params.iter().map(|p| format!("{p}: String")).collect();
            let _ = writeln!(out, "    {} {{ {} }},", e.name, fields.join(", "));
        }
    }
    out.push_str(
        "}\n\nimpl ApiError {\n    pub fn code(&self) -> ErrorCode {\n        match self {\n",
    );
    for e in entries {
        let pattern = if e.message.params().is_empty() {
            ""
        } else {
            " { .. }"
        };
        let _ = writeln!(
            out,
            "            Self::{}{pattern} => ErrorCode::{},",
            e.name, e.name
        );
    }
    out.push_str(
        "        }\n    }\n}\n\n\
         #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]\npub struct Status {\n    \
         pub text: String,\n    pub status_code: u16,\n    \
         #[serde(default, skip_serializing_if = \"Option::is_none\")]\n    pub description: Option<String>,\n    \
         #[serde(default, skip_serializing_if = \"Option::is_none\")]\n    pub error_code: Option<ErrorCode>,\n}\n\n\
         #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]\npub struct Envelope<T> {\n    \
         pub status: Status,\n    #[serde(default, skip_serializing_if = \"Option::is_none\")]\n    pub result: Option<T>,\n}\n\n\
         fn main() {\n    \
         let err = ApiError::InvalidLabel { correspondent_id: std::env::args().count().to_string() };\n    \
         let code = err.code();\n    \
         let status = Status { text: \"Bad Request\".to_owned(), status_code: code.http_status(), description: Some(err.to_string()), error_code: Some(code) };\n    \
         let json = serde_json::to_string(&Envelope::<()> { status, result: None }).unwrap_or_default();\n    \
         let back: Option<Envelope<()>> = serde_json::from_str(&json).ok();\n    \
         println!(\"{err} {json} {}\", back.is_some());\n}\n",
    );
    Ok(out)
}
