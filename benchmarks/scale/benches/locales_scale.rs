//! What translations cost a build: `cargo check` of a crate whose catalog has 1,000 codes
//! and 20 locales, each translating every code, against the same crate without them.
//!
//! `cargo bench -p zingle-errors-scale --bench locales_scale` writes the synthetic catalog
//! of [`synthetic_catalog`], twenty Fluent files (`l00.ftl` … as `de`, `fr`, …), and two
//! crates invoking `zingle_errors!` on it with the runtime's `fluent` feature, one with
//! `[catalog] locales` and one without; it prints the median of five checks of each (their
//! dependencies built once) and the ratio. Target: at most 1.5x.

use std::fmt::Write as _;
use std::path::Path;

use zingle_errors_scale::{check_time, scratch, synthetic_catalog};

const CODES: usize = 1_000;
const TAGS: &[&str] = &[
    "de", "fr", "es", "it", "pt", "pl", "nl", "sv", "da", "fi", "nb", "cs", "hu", "ro", "tr", "el",
    "ru", "uk", "ar", "ja",
];
const RUNS: usize = 5;

/// Every code of the synthetic catalog translated, its parameters used, in `tag`.
fn translation(tag: &str) -> String {
    let mut ftl = String::with_capacity(CODES * 60);
    for i in 0..CODES {
        let message = match i % 10 {
            0 => format!("[{tag}] Ding {i} von {{ $owner_id }} wegen {{ $reason }}"),
            n if n % 4 == 1 => format!("[{tag}] Ding {i} fehlt {{ $thing_id }}"),
            _ => format!("[{tag}] Ding {i} ging schief"),
        };
        let _ = writeln!(ftl, "thing-failed{i} = {message}");
    }
    ftl
}

fn write_crate(dir: &Path, catalog: &str, locales: bool) -> std::io::Result<()> {
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crates/zingle-errors");
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"locales-scale\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nzingle-errors = {{ path = {:?}, features = [\"fluent\"] }}\n\n[workspace]\n",
            runtime.display().to_string()
        ),
    )?;
    let header = if locales {
        "[catalog]\nlocales = \"locales\"\n\n"
    } else {
        ""
    };
    std::fs::write(dir.join("codes.toml"), format!("{header}{catalog}"))?;
    if locales {
        std::fs::create_dir_all(dir.join("locales"))?;
        for tag in TAGS {
            std::fs::write(dir.join(format!("locales/{tag}.ftl")), translation(tag))?;
        }
    }
    std::fs::write(
        dir.join("src/lib.rs"),
        "zingle_errors::zingle_errors!(\"codes.toml\");\n",
    )
}

fn main() -> std::io::Result<()> {
    let catalog = synthetic_catalog(CODES);
    let target = scratch("locales/target");
    let without = scratch("locales/without");
    let with = scratch("locales/with");
    write_crate(&without, &catalog, false)?;
    write_crate(&with, &catalog, true)?;
    let plain = check_time(&without, &target, RUNS)?.as_secs_f64();
    let translated = check_time(&with, &target, RUNS)?.as_secs_f64();
    println!(
        "cargo check, {CODES} codes, median of {RUNS}:\n  without locales   {plain:.2} s\n  \
         with {} locales  {translated:.2} s\n  ratio             {:.2}x (target <= 1.5x)",
        TAGS.len(),
        translated / plain
    );
    Ok(())
}
