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
//! `(calls - calls0) / 2000`. It prints the generated source's size too.

use std::fmt::Write as _;

use zingle_errors_scale::{check_time, generated_source, scratch, synthetic_catalog, write_crate};

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

fn main() -> std::io::Result<()> {
    let target = scratch("target");
    println!(
        "{:>7} {:>9} {:>14} {:>8} {:>9} {:>9} {:>12} {:>11}",
        "codes",
        "macro s",
        "pregenerated s",
        "work s",
        "calls s",
        "calls0 s",
        "per call µs",
        "source KiB"
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

        let work = with_macro.saturating_sub(pregenerated);
        let per_call = with_calls.saturating_sub(without_calls).as_secs_f64() / 2_000.0;
        println!(
            "{codes:>7} {:>9.2} {:>14.2} {:>8.2} {:>9.2} {:>9.2} {:>12.0} {:>11.0}",
            with_macro.as_secs_f64(),
            pregenerated.as_secs_f64(),
            work.as_secs_f64(),
            with_calls.as_secs_f64(),
            without_calls.as_secs_f64(),
            per_call * 1e6,
            source.len() as f64 / 1024.0
        );
    }
    Ok(())
}
