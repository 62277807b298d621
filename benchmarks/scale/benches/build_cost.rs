//! What depending on zingle-errors costs a clean build, against what a user would write
//! instead: serde (derive) and thiserror.
//!
//! `cargo bench -p zingle-errors-scale --bench build_cost` builds each of two small crates
//! from a clean target directory (`cargo build`, debug), three times, alternating, and
//! prints the median times, their ratio, and the number of crates each compiles.

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
    let ours = scratch("build-cost/zingle-errors");
    write(
        &ours,
        &format!(
            "zingle-errors = {{ path = {:?} }}\n",
            runtime.display().to_string()
        ),
        "pub fn label(id: &str) -> zingle_errors::ZingleError {\n    zingle_errors::zingle_error!(InvalidLabel, correspondent_id = id)\n}\n",
    )?;
    let theirs = scratch("build-cost/serde-thiserror");
    write(
        &theirs,
        "serde = { version = \"1\", features = [\"derive\"] }\nthiserror = \"2\"\n",
        "#[derive(Debug, thiserror::Error, serde::Serialize)]\npub enum ApiError {\n    #[error(\"Invalid label '{0}'\")]\n    InvalidLabel(String),\n}\n",
    )?;
    let (mut ours_times, mut theirs_times) = (Vec::new(), Vec::new());
    let (mut ours_crates, mut theirs_crates) = (0, 0);
    for _ in 0..RUNS {
        let (t, n) = clean_build(&ours)?;
        ours_times.push(t);
        ours_crates = n;
        let (t, n) = clean_build(&theirs)?;
        theirs_times.push(t);
        theirs_crates = n;
    }
    let (ours, theirs) = (median(ours_times), median(theirs_times));
    println!("clean debug build, median of {RUNS}:");
    println!(
        "  zingle-errors (default features): {:.1} s, {ours_crates} crates",
        ours.as_secs_f64()
    );
    println!(
        "  serde (derive) + thiserror:       {:.1} s, {theirs_crates} crates",
        theirs.as_secs_f64()
    );
    println!("  ratio: {:.2}x", ours.as_secs_f64() / theirs.as_secs_f64());
    Ok(())
}
