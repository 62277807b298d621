//! Valid catalogs of any shape and size, built from structured input (the loader's own
//! target rarely gets past the first fault): each loads without a fault, keeps every
//! code it was written with, generates code that parses as Rust, and reads back from the
//! code table that the generated macros check calls against.
#![no_main]

use std::fmt::Write as _;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use zingle_errors_catalog::codegen::code_table::{CodeTable, encode};

/// A catalog: its categories, repeated `copies` times more (up to 50 categories).
#[derive(Arbitrary, Debug)]
struct CatalogSpec {
    named: bool,
    exhaustive: bool,
    linked: bool,
    copies: u8,
    categories: Vec<CategorySpec>,
    retired: u8,
}

/// A category of `count` codes (up to 99), each of the shape `shapes` gives it in turn:
/// a few bytes make a large catalog.
#[derive(Arbitrary, Debug)]
struct CategorySpec {
    status: Option<u8>,
    count: u8,
    shapes: Vec<CodeSpec>,
}

#[derive(Arbitrary, Debug)]
struct CodeSpec {
    params: u8,
    words: u8,
    status: Option<u8>,
    sensitive: bool,
    retryable: bool,
    alias: bool,
    deprecated: bool,
    published: bool,
    explanation: bool,
}

const STATUSES: [u16; 5] = [400, 404, 409, 429, 503];

fn status(i: u8) -> u16 {
    STATUSES[usize::from(i) % STATUSES.len()]
}

/// The TOML of `spec`, and every code it writes.
fn toml(spec: &CatalogSpec) -> (String, Vec<u16>) {
    let mut out = String::from("[catalog]\n");
    if spec.named {
        out.push_str("name = \"built\"\n");
    }
    if spec.linked {
        out.push_str("doc_url = \"https://example.com/errors#{code}\"\n");
    }
    if spec.exhaustive {
        out.push_str("exhaustive = true\n");
    }
    let mut codes = Vec::new();
    let copies = usize::from(spec.copies % 10) + 1;
    let categories = spec.categories.iter().cycle().take(spec.categories.len() * copies);
    let plain = CodeSpec {
        params: 1,
        words: 0,
        status: None,
        sensitive: false,
        retryable: false,
        alias: false,
        deprecated: false,
        published: false,
        explanation: false,
    };
    for (i, category) in categories.take(50).enumerate() {
        let first = 1000 + i * 100;
        let _ = write!(
            out,
            "\n[[category]]\nname = \"Group{i}\"\ntitle = \"Group {i}\"\nrange = [{first}, {}]\nstatus = {}\n",
            first + 99,
            status(category.status.unwrap_or(0)),
        );
        // The last number of each range is kept for a retired code.
        for j in 0..usize::from(category.count % 100) {
            let code = match category.shapes.len() {
                0 => &plain,
                n => &category.shapes[j % n],
            };
            let number = first + j;
            let params: Vec<String> = (0..code.params % 4).map(|p| format!("p{p}")).collect();
            let words = " word".repeat(usize::from(code.words % 5));
            let mut message = format!("Thing {number}{words}");
            for p in &params {
                let _ = write!(message, " of {{{p}}}");
            }
            let _ = write!(
                out,
                "\n[[code]]\ncode = {number}\nname = \"Thing{number}\"\ncategory = \"Group{i}\"\nmessage = \"{message}\"\n"
            );
            if let Some(s) = code.status {
                let _ = writeln!(out, "status = {}", status(s));
            }
            if code.sensitive && !params.is_empty() {
                out.push_str("sensitive = [\"p0\"]\n");
            }
            if code.retryable {
                out.push_str("retryable = true\n");
            }
            if code.alias {
                let _ = writeln!(out, "aliases = [\"Old{number}\"]");
            }
            if code.deprecated {
                out.push_str("deprecated = \"use another\"\n");
            }
            if code.published {
                let _ = writeln!(out, "published_message = \"{}\"", message.replacen("Thing", "Thign", 1));
            }
            if code.explanation {
                out.push_str("explanation = \"Why it happens.\"\n");
            }
            codes.push(u16::try_from(number).unwrap_or(u16::MAX));
        }
        if usize::from(spec.retired) > i {
            let _ = write!(
                out,
                "\n[[retired]]\ncode = {}\nname = \"Gone{i}\"\nreason = \"no more\"\n",
                first + 99
            );
        }
    }
    (out, codes)
}

fuzz_target!(|spec: CatalogSpec| {
    let (text, codes) = toml(&spec);
    if codes.is_empty() {
        return;
    }
    let catalog = zingle_errors_catalog::parse(&text, "codes.toml")
        .unwrap_or_else(|e| panic!("a valid catalog is refused: {e}\n{text}"));
    let kept: Vec<u16> = catalog.entries().iter().map(|e| e.code).collect();
    assert_eq!(kept, codes);
    let options = zingle_errors_catalog::codegen::Options::for_catalog(&catalog);
    let code = zingle_errors_catalog::codegen::generate(&catalog, &options);
    if let Err(e) = syn::parse2::<syn::File>(code) {
        panic!("the generated code does not parse as Rust: {e}");
    }
    let mut tokens = encode(&catalog, false).into_iter().peekable();
    let table = CodeTable::decode(&mut tokens).expect("the table reads back");
    for entry in catalog.entries() {
        assert_eq!(table.by_code(entry.code).map(|r| r.code), Some(entry.code));
        assert_eq!(table.by_name(&entry.name).map(|r| r.code), Some(entry.code));
    }
});
