//! What depending on zingle-errors costs a clean build, against what a user would write
//! instead: the same catalog written by hand with serde, thiserror and serde_json.
//!
//! `cargo bench -p zingle-errors-scale --bench build_cost` builds each of three small
//! binaries from a clean target directory (`cargo build`, debug), three times,
//! interleaved, and prints the median times, their ratios against the hand-written
//! equivalent, and the number of crates each compiles:
//! - one on zingle-errors with its default features (the Zingle catalog, the JSON
//!   envelope), which builds an error with `zingle_error!`, shows it, and writes and
//!   reads its envelope;
//! - the hand-written equivalent of the same 201 codes, generated from `codes.toml` by
//!   [`zingle_errors_scale::hand_written_equivalent`]: a serde code enum with
//!   `from_code`, a thiserror enum with a typed variant per code, the envelope as serde
//!   derives it, and `serde_json`, doing the same;
//! - the floor of any of them: serde (derive) and thiserror with one variant.
//!
//! Incremental compilation is off, as it is for a dependency from a registry
//! (zingle-errors is a path dependency here, which cargo would build incrementally).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use zingle_errors_scale::scratch;

const RUNS: usize = 3;

fn write(dir: &Path, manifest_deps: &str, main: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"build-cost\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\n{manifest_deps}\n[workspace]\n"
        ),
    )?;
    let _ = std::fs::remove_file(dir.join("src/lib.rs"));
    std::fs::write(dir.join("src/main.rs"), main)
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let runtime = root.join("crates/zingle-errors").display().to_string();
    let catalog = std::fs::read_to_string(root.join("codes.toml"))?;
    let hand_written = zingle_errors_scale::hand_written_equivalent(&catalog)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let ours = "fn main() {\n    \
                let id = std::env::args().count().to_string();\n    \
                let err = zingle_errors::zingle_error!(InvalidLabel, correspondent_id = id);\n    \
                let json = serde_json::to_string(&err.to_envelope()).unwrap_or_default();\n    \
                let back: Option<zingle_errors::Envelope<()>> = serde_json::from_str(&json).ok();\n    \
                println!(\"{err} {json} {}\", back.is_some());\n}\n";
    let serde_json = "serde_json = \"1\"\n";
    let crates = [
        (
            "zingle-errors (default features)",
            scratch("build-cost/zingle-errors"),
            format!("zingle-errors = {{ path = {runtime:?} }}\n{serde_json}"),
            ours.to_owned(),
        ),
        (
            "hand-written: serde, thiserror, serde_json",
            scratch("build-cost/hand-written"),
            format!(
                "serde = {{ version = \"1\", features = [\"derive\"] }}\nthiserror = \"2\"\n{serde_json}"
            ),
            hand_written,
        ),
        (
            "floor: serde (derive) + thiserror",
            scratch("build-cost/serde-thiserror"),
            "serde = { version = \"1\", features = [\"derive\"] }\nthiserror = \"2\"\n".to_owned(),
            "#[derive(Debug, thiserror::Error, serde::Serialize)]\npub enum ApiError {\n    \
             #[error(\"Invalid label '{0}'\")]\n    InvalidLabel(String),\n}\n\n\
             fn main() {\n    println!(\"{}\", ApiError::InvalidLabel(String::new()));\n}\n"
                .to_owned(),
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
    // Ratios against the hand-written equivalent, the alternative a user has.
    let theirs = medians[1].as_secs_f64();
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
