//! Writes, to `$OUT_DIR`:
//! - `generated.rs`: the code `zingle_errors!` generates for `codes.toml`, so that a test
//!   compiles it as ordinary source, where every lint applies (in a macro expansion from
//!   another crate, rustc and clippy stay silent);
//! - `awkward.toml` and `awkward.rs`: a catalog whose names are every keyword of every
//!   edition and every name the generated code uses, and the macro call that compiles it.

use std::fmt::Write as _;
use std::path::Path;

use zingle_errors_catalog::codegen::{Options, generate};
use zingle_errors_catalog::{
    KEYWORDS, NOT_RAW, RESERVED_CONSTRUCTORS, RESERVED_VARIANTS, is_keyword, is_upper_camel_case,
    to_snake_case,
};

/// Names the generated code and the runtime crate use, and names of the prelude.
const ITEM_NAMES: &[&str] = &[
    "ErrorCode",
    "ZingleError",
    "Category",
    "All",
    "Err",
    "Error",
    "Ok",
    "Some",
    "None",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Into",
    "From",
    "Display",
    "Debug",
    "Formatter",
    "Piece",
    "Repr",
    "Code",
    "Core",
    "Std",
    "Zingle",
    "ZingleErrors",
    "Private",
    "FromCode",
    "Pieces",
    "RenderTo",
    "Name",
    "Message",
    "Explanation",
    "Params",
    "Range",
    "Codes",
    "Title",
    "UnknownCode",
    "ParseCodeError",
    "RenderError",
    "Status",
    "Envelope",
    "Problem",
    "Lit",
    "Param",
    "SelfType",
    "Crate2",
    "AwkwardCode",
    "AwkwardError",
    "AwkwardCategory",
    "IsModule",
    "Send",
    "Sync",
    "Sized",
    "Copy",
    "Clone",
    "Eq",
    "Hash",
    "PartialEq",
    "Ord",
    "Default",
    "Drop",
    "Fn",
    "Iterator",
];

fn upper_camel(name: &str) -> String {
    name.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| {
                f.to_ascii_uppercase().to_string() + c.as_str()
            })
        })
        .collect()
}

/// The awkward catalog, and Rust that builds each of its errors with the error macro and
/// with the constructor, as a pair.
fn awkward_catalog() -> (String, String) {
    let mut names: Vec<String> = KEYWORDS.iter().map(|k| upper_camel(k)).collect();
    names.extend(ITEM_NAMES.iter().map(|n| (*n).to_owned()));
    names.retain(|n| {
        let snake = to_snake_case(n);
        is_upper_camel_case(n)
            && !NOT_RAW.contains(&snake.as_str())
            && !RESERVED_CONSTRUCTORS.contains(&snake.as_str())
            && !RESERVED_VARIANTS.contains(&n.as_str())
    });
    names.sort();
    names.dedup_by(|a, b| to_snake_case(a) == to_snake_case(b));
    let params: Vec<&str> = KEYWORDS
        .iter()
        .copied()
        .filter(|k| !NOT_RAW.contains(k))
        .chain([
            "f", "s", "code", "out", "args", "error", "value", "name", "i", "b",
        ])
        .collect();
    let mut toml = String::new();
    let mut pairs = String::new();
    for (i, category) in ["Type", "Err", "Some", "Category", "ErrorCode"]
        .iter()
        .enumerate()
    {
        let first = 1000 * (i + 1);
        let _ = write!(
            toml,
            "[[category]]\nname = \"{category}\"\ntitle = \"{category}\"\nrange = [{first}, {}]\nstatus = 400\n\n",
            first + 999
        );
    }
    for (i, name) in names.iter().enumerate() {
        let category = ["Type", "Err", "Some", "Category", "ErrorCode"][i % 5];
        let code = 1000 * (i % 5 + 1) + i;
        // Every code takes three of the awkward parameters, in turn.
        let message: Vec<String> = (0..3)
            .map(|j| format!("{{{}}}", params[(i * 3 + j) % params.len()]))
            .collect();
        let _ = write!(
            toml,
            "[[code]]\ncode = {code}\nname = \"{name}\"\ncategory = \"{category}\"\nmessage = \"{}\"\n\n",
            message.join(" ")
        );
        let args: Vec<String> = (0..3)
            .map(|j| format!("{} = {j}", params[(i * 3 + j) % params.len()]))
            .collect();
        let snake = to_snake_case(name);
        let ctor = if is_keyword(&snake) {
            format!("r#{snake}")
        } else {
            snake
        };
        let _ = writeln!(
            pairs,
            "    (awkward_error!({name}, {}), AwkwardError::{ctor}(\"0\", \"1\", \"2\")),",
            args.join(", ")
        );
    }
    (toml, pairs)
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let file = Path::new(&manifest).join("codes.toml");
    println!("cargo::rerun-if-changed={}", file.display());
    let catalog =
        zingle_errors_catalog::load(&file, "codes.toml").unwrap_or_else(|e| panic!("{e}"));
    // Named as the runtime crate's invocation names them.
    let mut options = Options {
        module: vec!["generated".to_owned()],
        ..Options::for_catalog(&catalog)
    };
    options.names.code = "ErrorCode".to_owned();
    options.names.category = "Category".to_owned();
    options.names.code_macro = "code".to_owned();
    let source = generate(&catalog, &options).to_string();
    std::fs::write(out.join("generated.rs"), source).expect("OUT_DIR is writable");

    // A catalog of one plain code: no parameter, no explanation, no link anywhere.
    let plain = Path::new(&manifest).join("fixtures/zero.toml");
    println!("cargo::rerun-if-changed={}", plain.display());
    let catalog =
        zingle_errors_catalog::load(&plain, "zero.toml").unwrap_or_else(|e| panic!("{e}"));
    let options = Options {
        module: vec!["plain".to_owned()],
        ..Options::for_catalog(&catalog)
    };
    let source = generate(&catalog, &options).to_string();
    std::fs::write(out.join("plain.rs"), source).expect("OUT_DIR is writable");

    let awkward = out.join("awkward.toml");
    let (toml, pairs) = awkward_catalog();
    std::fs::write(&awkward, toml).expect("OUT_DIR is writable");
    let call = format!(
        "zingle_errors::zingle_errors!({:?}, module = awkward, code = AwkwardCode, \
         error = AwkwardError, category = AwkwardCategory, code_macro = awkward_code, \
         error_macro = awkward_error);\n\n\
         /// Every error, built with the error macro and with its constructor.\n\
         pub fn built_both_ways() -> Vec<(AwkwardError, AwkwardError)> {{\n    vec![\n{pairs}    ]\n}}\n",
        awkward.display().to_string()
    );
    std::fs::write(out.join("awkward.rs"), call).expect("OUT_DIR is writable");
}
