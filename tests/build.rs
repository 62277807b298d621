//! Writes the code `zingle_errors!` generates for `codes.toml` to `$OUT_DIR`, so that a
//! test compiles it as ordinary source, where every lint applies (in a macro expansion
//! from another crate, rustc and clippy stay silent).

use std::path::Path;

use zingle_errors_catalog::codegen::{Options, generate};

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let file = Path::new(&manifest).join("codes.toml");
    println!("cargo::rerun-if-changed={}", file.display());
    let catalog =
        zingle_errors_catalog::load(&file, "codes.toml").unwrap_or_else(|e| panic!("{e}"));
    let options = Options {
        file: None,
        module: vec!["generated".to_owned()],
    };
    let source = generate(&catalog, &options).to_string();
    std::fs::write(Path::new(&out).join("generated.rs"), source).expect("OUT_DIR is writable");
}
