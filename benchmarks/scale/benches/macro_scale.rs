//! What the macro costs a build as the catalog grows, and what a call site costs.
//!
//! `cargo bench -p zingle-errors-scale --bench macro_scale` writes synthetic catalogs of
//! 201, 1,000, 5,000 and 10,000 codes and, for each, times (median of several
//! `cargo check`s of the one crate, its dependencies built):
//! - `macro`: a crate invoking `zingle_errors!` on the catalog;
//! - `pregenerated`: the same crate compiling the code the macro generates, as source;
//! - `calls`: a crate downstream of `macro` with 1,000 `code!` and 1,000 `error!`
//!   call sites; `direct`, the same uses written as the paths and constructor calls the
//!   macros expand to; and `calls0`, the same crate with one use of each macro (so that
//!   what rustc does once per crate, such as loading the catalog's crate, is in it too).
//!
//! The macro's own work is `macro - pregenerated`; a call site's is
//! `(calls - calls0) / 1998`, of which the macros' share is `(calls - direct) / 2000` and
//! the rest is what rustc spends on the expanded code. Each use is handed to a function.
//! `calls`, `direct` and `calls0` take the median of nine checks, the others of five: the
//! figures are differences of two times, each noisy on a shared machine. It prints the
//! generated source's size too, and the size of a release binary that looks a code up by
//! number and prints its name and message.
//!
//! `owned` and `owned0` are `calls` and `calls0` written in the crate that invokes the
//! macro itself (the layout of a service with its own catalog); a call there costs
//! `(owned - owned0) / 1998`.
//!
//! It fails when a target is missed: the macro's work at 10,000 codes more than 12 times
//! its work at 1,000 (linear growth), a call site against 10,000 codes more than 1.5
//! times one against 201, or a call in the invoking crate at 10,000 codes more than 1.5
//! times one at 1,000.

use std::fmt::Write as _;

use zingle_errors_scale::{
    check_time, generated_source, release_binary_size, scratch, synthetic_catalog, write_crate,
};

const SIZES: &[usize] = &[201, 1_000, 5_000, 10_000];
const RUNS: usize = 5;
/// Uses of each macro in the call crate: 1,000 call sites of `code!` and 1,000 of
/// `error!`.
const USES: usize = 1_000;
/// The call crates differ by a fraction of a second: more runs for their medians.
const CALL_RUNS: usize = 9;

/// `uses` uses of a code and `uses` errors built, through the generated macros or, with
/// `direct`, by the paths and constructors the macros expand to.
fn calls(codes: usize, direct: bool, uses: usize) -> String {
    // Each use is handed to a function, as a user hands a code or an error on. Not cast
    // `as usize`: rustc checks a cast of an enum, and builds its discriminant, in time
    // that grows with the enum's variants, so a cast costs more at 10,000 codes whether
    // the variant is written by hand or by `code!`; that is not the call's cost.
    let mut lib = String::from(
        "#[allow(unused_imports)]\nuse scale_catalog::{CatalogCode as ErrorCode, CatalogError as Error, catalog_code as code, catalog_error as error};\n\n\
         fn keep_code(_: ErrorCode) {}\n\
         fn keep_error(_: Error) {}\n\n\
         pub fn calls() {\n",
    );
    for i in 0..uses {
        let code = 1000 + (i * 7919) % codes;
        let index = code - 1000;
        // The message's parameters, as `synthetic_catalog` gives them. The numbers are
        // typed, as a call site's values are: an unsuffixed literal's type is inferred
        // only at the end of the function, so each would keep its `Display` obligation
        // pending across all 2,000 uses of the one function, which rustc processes again
        // and again (a cost of the bench's shape, not of a call).
        let i = format!("{i}u32");
        let params: &[(&str, &str)] = match index % 10 {
            0 => &[("owner_id", &i), ("reason", "\"r\"")],
            n if n % 4 == 1 => &[("thing_id", &i)],
            _ => &[],
        };
        let (code, error) = if direct {
            let values: Vec<&str> = params.iter().map(|(_, v)| *v).collect();
            (
                format!("ErrorCode::ThingFailed{index}"),
                format!("Error::thing_failed{index}({})", values.join(", ")),
            )
        } else {
            let args: String = params.iter().map(|(p, v)| format!(", {p} = {v}")).collect();
            (
                format!("code!({code})"),
                format!("error!(ThingFailed{index}{args})"),
            )
        };
        let _ = writeln!(lib, "    keep_code({code});");
        let _ = writeln!(lib, "    keep_error({error});");
    }
    lib.push_str("}\n");
    lib
}

/// A program that looks the code given as its argument up and prints it.
const LOOKUP_MAIN: &str = "fn main() {\n    \
    let code = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);\n    \
    match scale_catalog::CatalogCode::from_code(code) {\n        \
        Some(c) => println!(\"{} {}\", c.name(), c.message()),\n        \
        None => println!(\"unknown\"),\n    }\n}\n";

/// The largest ratios the targets allow.
const WORK_10K_OVER_1K: f64 = 12.0;
const CALL_10K_OVER_201: f64 = 1.5;
const IN_CRATE_CALL_10K_OVER_1K: f64 = 1.5;

fn main() -> std::io::Result<()> {
    let target = scratch("target");
    let mut work_at = std::collections::BTreeMap::new();
    let mut per_call_at = std::collections::BTreeMap::new();
    let mut in_crate_at = std::collections::BTreeMap::new();
    println!(
        "{:>7} {:>9} {:>14} {:>8} {:>9} {:>9} {:>9} {:>12} {:>10} {:>13} {:>11} {:>11}",
        "codes",
        "macro s",
        "pregenerated s",
        "work s",
        "calls s",
        "direct s",
        "calls0 s",
        "per call µs",
        "macros µs",
        "in-crate µs",
        "source KiB",
        "binary KiB"
    );
    // `SCALE_SIZES=201,10000` measures only those sizes (the targets need 201, 1,000 and
    // 10,000).
    let sizes: Vec<usize> = std::env::var("SCALE_SIZES").map_or_else(
        |_| SIZES.to_vec(),
        |s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect(),
    );
    for &codes in &sizes {
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
        // A crate of `uses` uses of each macro (or, `direct`, of what they expand to),
        // written and timed.
        let call_crate = |name: &str, direct: bool, uses: usize| {
            let crate_dir = dir.join(name);
            write_crate(
                &crate_dir,
                &format!("scale_{name}_{codes}"),
                &deps,
                &calls(codes, direct, uses),
            )?;
            check_time(&crate_dir, &target, CALL_RUNS)
        };
        let with_calls = call_crate("calls", false, USES)?;
        let direct = call_crate("direct", true, USES)?;
        let without_calls = call_crate("calls0", false, 1)?;
        // The same uses in the crate that invokes the macro, in a module of it (`crate::`
        // for the paths): the macro's work is in both, so the difference is the calls'.
        let in_crate = |name: &str, uses: usize| {
            let crate_dir = dir.join(name);
            let lib = format!(
                "zingle_errors::zingle_errors!(\"codes.toml\");\n\npub mod uses {{\n{}}}\n",
                calls(codes, false, uses).replace("scale_catalog::", "crate::")
            );
            write_crate(&crate_dir, &format!("scale_{name}_{codes}"), &[], &lib)?;
            std::fs::write(crate_dir.join("codes.toml"), &catalog)?;
            check_time(&crate_dir, &target, CALL_RUNS)
        };
        let owned_calls = in_crate("owned", USES)?;
        let owned_calls0 = in_crate("owned0", 1)?;

        let bin_dir = dir.join("binary");
        write_crate(&bin_dir, "scale_lookup", &deps, "")?;
        std::fs::write(bin_dir.join("src/main.rs"), LOOKUP_MAIN)?;
        std::fs::remove_file(bin_dir.join("src/lib.rs"))?;
        let binary = release_binary_size(&bin_dir, &target, "scale_lookup")?;

        let work = with_macro.saturating_sub(pregenerated);
        // `calls0` has one use of each macro, which `calls` has too.
        let per_call =
            with_calls.saturating_sub(without_calls).as_secs_f64() / (2 * (USES - 1)) as f64;
        let macros = with_calls.saturating_sub(direct).as_secs_f64() / (2 * USES) as f64;
        let in_crate_call =
            owned_calls.saturating_sub(owned_calls0).as_secs_f64() / (2 * (USES - 1)) as f64;
        in_crate_at.insert(codes, in_crate_call);
        work_at.insert(codes, work.as_secs_f64());
        per_call_at.insert(codes, per_call);
        println!(
            "{codes:>7} {:>9.2} {:>14.2} {:>8.2} {:>9.2} {:>9.2} {:>9.2} {:>12.0} {:>10.0} {:>13.0} {:>11.0} {:>11.0}",
            with_macro.as_secs_f64(),
            pregenerated.as_secs_f64(),
            work.as_secs_f64(),
            with_calls.as_secs_f64(),
            direct.as_secs_f64(),
            without_calls.as_secs_f64(),
            per_call * 1e6,
            macros * 1e6,
            in_crate_call * 1e6,
            source.len() as f64 / 1024.0,
            binary as f64 / 1024.0
        );
    }
    let mut missed = false;
    if let (Some(ten), Some(one)) = (work_at.get(&10_000), work_at.get(&1_000)) {
        let work = ten / one;
        println!("macro work 10k / 1k: {work:.1}x (at most {WORK_10K_OVER_1K}x)");
        missed |= work > WORK_10K_OVER_1K;
    }
    if let (Some(ten), Some(small)) = (per_call_at.get(&10_000), per_call_at.get(&201)) {
        let call = ten / small;
        println!("per call 10k / 201: {call:.2}x (at most {CALL_10K_OVER_201}x)");
        missed |= call > CALL_10K_OVER_201;
    }
    if let (Some(ten), Some(one)) = (in_crate_at.get(&10_000), in_crate_at.get(&1_000)) {
        let call = ten / one;
        println!(
            "per call in the invoking crate 10k / 1k: {call:.2}x (at most {IN_CRATE_CALL_10K_OVER_1K}x)"
        );
        missed |= call > IN_CRATE_CALL_10K_OVER_1K;
    }
    if missed {
        return Err(std::io::Error::other("a scale target is missed"));
    }
    Ok(())
}
