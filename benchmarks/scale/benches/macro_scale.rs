//! What the macro costs a build as the catalog grows, and what a call site costs.
//!
//! `cargo bench -p zingle-errors-scale --bench macro_scale` writes synthetic catalogs of
//! 201, 1,000, 5,000 and 10,000 codes and, for each, times (median of three
//! `cargo check`s of the one crate, its dependencies built):
//! - `macro`: a crate invoking `zingle_errors!` on the catalog;
//! - `pregenerated`: the same crate compiling the code the macro generates, as source;
//! - `calls`: a crate downstream of `macro` with 1,000 `code!` and 1,000 `zingle_error!`
//!   call sites, and `calls0`, the same crate without them.
//!
//! The macro's own work is `macro - pregenerated`; a call site's is
//! `(calls - calls0) / 2000`. It prints the generated source's size too, and the size of
//! a release binary that looks a code up by number and prints its name and message.
//!
//! It fails when a target is missed: the macro's work at 10,000 codes more than 12 times
//! its work at 1,000 (linear growth), or a call site against 10,000 codes more than 1.5
//! times one against 201.

use std::fmt::Write as _;

use zingle_errors_scale::{
    check_time, generated_source, release_binary_size, scratch, synthetic_catalog, write_crate,
};

const SIZES: &[usize] = &[201, 1_000, 5_000, 10_000];
const RUNS: usize = 3;

fn calls(codes: usize) -> String {
    let mut lib = String::from(
        "use scale_catalog::{code, zingle_error};\n\npub fn calls() -> usize {\n    let mut n = 0;\n",
    );
    for i in 0..1_000 {
        let code = 1000 + (i * 7919) % codes;
        let _ = writeln!(lib, "    n += code!({code}) as usize;");
        let index = code - 1000;
        let error = match index % 10 {
            0 => format!("zingle_error!(ThingFailed{index}, owner_id = {i}, reason = \"r\")"),
            n if n % 4 == 1 => format!("zingle_error!(ThingFailed{index}, thing_id = {i})"),
            _ => format!("zingle_error!(ThingFailed{index})"),
        };
        let _ = writeln!(lib, "    n += {error}.error_code() as usize;");
    }
    lib.push_str("    n\n}\n");
    lib
}

/// A program that looks the code given as its argument up and prints it.
const LOOKUP_MAIN: &str = "fn main() {\n    \
    let code = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);\n    \
    match scale_catalog::ErrorCode::from_code(code) {\n        \
        Some(c) => println!(\"{} {}\", c.name(), c.message()),\n        \
        None => println!(\"unknown\"),\n    }\n}\n";

/// The largest ratios the targets allow.
const WORK_10K_OVER_1K: f64 = 12.0;
const CALL_10K_OVER_201: f64 = 1.5;

fn main() -> std::io::Result<()> {
    let target = scratch("target");
    let mut work_at = std::collections::BTreeMap::new();
    let mut per_call_at = std::collections::BTreeMap::new();
    println!(
        "{:>7} {:>9} {:>14} {:>8} {:>9} {:>9} {:>12} {:>11} {:>11}",
        "codes",
        "macro s",
        "pregenerated s",
        "work s",
        "calls s",
        "calls0 s",
        "per call µs",
        "source KiB",
        "binary KiB"
    );
    for &codes in SIZES {
        let dir = scratch(&format!("c{codes}"));
        let catalog = synthetic_catalog(codes);
        let source = generated_source(&catalog);

        let macro_dir = dir.join("macro");
        write_crate(
            &macro_dir,
            "scale_catalog",
            &[],
            "zingle_errors::zingle_errors!(\"codes.toml\");\n",
        )?;
        std::fs::write(macro_dir.join("codes.toml"), &catalog)?;
        let with_macro = check_time(&macro_dir, &target, RUNS)?;

        let pre_dir = dir.join("pregenerated");
        write_crate(&pre_dir, &format!("scale_pre_{codes}"), &[], &source)?;
        let pregenerated = check_time(&pre_dir, &target, RUNS)?;

        let deps = [("scale_catalog", macro_dir.as_path())];
        let calls_dir = dir.join("calls");
        write_crate(
            &calls_dir,
            &format!("scale_calls_{codes}"),
            &deps,
            &calls(codes),
        )?;
        let with_calls = check_time(&calls_dir, &target, RUNS)?;
        let none_dir = dir.join("calls0");
        write_crate(
            &none_dir,
            &format!("scale_calls0_{codes}"),
            &deps,
            "pub fn calls() -> usize { 0 }\n",
        )?;
        let without_calls = check_time(&none_dir, &target, RUNS)?;

        let bin_dir = dir.join("binary");
        write_crate(&bin_dir, "scale_lookup", &deps, "")?;
        std::fs::write(bin_dir.join("src/main.rs"), LOOKUP_MAIN)?;
        std::fs::remove_file(bin_dir.join("src/lib.rs"))?;
        let binary = release_binary_size(&bin_dir, &target, "scale_lookup")?;

        let work = with_macro.saturating_sub(pregenerated);
        let per_call = with_calls.saturating_sub(without_calls).as_secs_f64() / 2_000.0;
        work_at.insert(codes, work.as_secs_f64());
        per_call_at.insert(codes, per_call);
        println!(
            "{codes:>7} {:>9.2} {:>14.2} {:>8.2} {:>9.2} {:>9.2} {:>12.0} {:>11.0} {:>11.0}",
            with_macro.as_secs_f64(),
            pregenerated.as_secs_f64(),
            work.as_secs_f64(),
            with_calls.as_secs_f64(),
            without_calls.as_secs_f64(),
            per_call * 1e6,
            source.len() as f64 / 1024.0,
            binary as f64 / 1024.0
        );
    }
    let work = work_at[&10_000] / work_at[&1_000];
    let call = per_call_at[&10_000] / per_call_at[&201];
    println!("macro work 10k / 1k: {work:.1}x (at most {WORK_10K_OVER_1K}x)");
    println!("per call 10k / 201: {call:.2}x (at most {CALL_10K_OVER_201}x)");
    if work > WORK_10K_OVER_1K || call > CALL_10K_OVER_201 {
        return Err(std::io::Error::other("a scale target is missed"));
    }
    Ok(())
}
