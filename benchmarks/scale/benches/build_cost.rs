//! What depending on zingle-errors costs a clean build, against what a user would write
//! instead: serde (derive) and thiserror.
//!
//! `cargo bench -p zingle-errors-scale --bench build_cost` builds each of four small
//! crates from a clean target directory (`cargo build`, debug), three times, alternating,
//! and prints the median times, their ratios, and the number of crates each compiles:
//! one depending on zingle-errors with its default features, one on zingle-errors
//! without them (codes and typed errors, no JSON envelope), one on zingle-errors without
//! them and on serde (derive) beside it (at least what a default build would cost without
//! `serde_json`: it does not compile the envelope's serde code), and one on serde (derive)
//! and thiserror. Incremental compilation is off, as it is for a dependency from a registry
//! (zingle-errors is a path dependency here, which cargo would build incrementally).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use zingle_errors_scale::scratch;

const RUNS: usize = 3;

fn write(dir: &Path, manifest_deps: &str, lib: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"build-cost\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\n{manifest_deps}\n[workspace]\n"
        ),
    )?;
    std::fs::write(dir.join("src/lib.rs"), lib)
}

/// A clean build's wall time and the number of crates it compiled.
fn clean_build(dir: &Path) -> std::io::Result<(Duration, usize)> {
    let target = dir.join("target");
    let _ = std::fs::remove_dir_all(&target);
    let start = Instant::now();
    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline"])
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(dir)
        .output()?;
    let elapsed = start.elapsed();
    if !output.status.success() {
        return Err(std::io::Error::other(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    let compiled = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|l| l.trim_start().starts_with("Compiling "))
        .count();
    Ok((elapsed, compiled))
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() -> std::io::Result<()> {
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crates/zingle-errors");
    let runtime = runtime.display().to_string();
    let lib = "pub fn label(id: &str) -> zingle_errors::ZingleError {\n    \
               zingle_errors::zingle_error!(InvalidLabel, correspondent_id = id)\n}\n";
    let crates = [
        (
            "zingle-errors (default features)",
            scratch("build-cost/zingle-errors"),
            format!("zingle-errors = {{ path = {runtime:?} }}\n"),
            lib,
        ),
        (
            "zingle-errors (no default features)",
            scratch("build-cost/zingle-errors-lean"),
            format!("zingle-errors = {{ path = {runtime:?}, default-features = false }}\n"),
            lib,
        ),
        (
            // At least what a default build would cost if the JSON envelope, and
            // `serde_json` with it, were a feature apart: serde is built, `serde_json` is
            // not (nor the envelope's serde code, so it is a lower bound).
            "zingle-errors (no default) + serde",
            scratch("build-cost/zingle-errors-serde"),
            format!(
                "zingle-errors = {{ path = {runtime:?}, default-features = false }}\n\
                 serde = {{ version = \"1\", features = [\"derive\"] }}\n"
            ),
            lib,
        ),
        (
            "serde (derive) + thiserror",
            scratch("build-cost/serde-thiserror"),
            "serde = { version = \"1\", features = [\"derive\"] }\nthiserror = \"2\"\n".to_owned(),
            "#[derive(Debug, thiserror::Error, serde::Serialize)]\npub enum ApiError {\n    \
             #[error(\"Invalid label '{0}'\")]\n    InvalidLabel(String),\n}\n",
        ),
    ];
    let mut times = vec![Vec::new(); crates.len()];
    let mut counts = vec![0; crates.len()];
    for (_, dir, deps, lib) in &crates {
        write(dir, deps, lib)?;
    }
    for _ in 0..RUNS {
        for (i, (_, dir, _, _)) in crates.iter().enumerate() {
            let (t, n) = clean_build(dir)?;
            times[i].push(t);
            counts[i] = n;
        }
    }
    let medians: Vec<Duration> = times.into_iter().map(median).collect();
    let theirs = medians[crates.len() - 1].as_secs_f64();
    println!("clean debug build, median of {RUNS}:");
    for (i, (name, ..)) in crates.iter().enumerate() {
        let t = medians[i].as_secs_f64();
        println!(
            "  {name:<36} {t:>5.1} s, {:>2} crates, {:.2}x",
            counts[i],
            t / theirs
        );
    }
    Ok(())
}
