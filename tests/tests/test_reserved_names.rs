//! The names no constructor may take are those the error type's methods really have:
//! every method that the code generator and the runtime crate's `__impl_*` macros give
//! the generated error type is in `RESERVED_CONSTRUCTORS`.

use std::collections::BTreeSet;
use std::path::Path;

use zingle_errors_catalog::{RESERVED_CONSTRUCTORS, RESERVED_VARIANTS};

/// The text with string and character literals and comments blanked out, so that braces
/// and `fn` inside them are not read as code.
fn code_only(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                out.push_str("\"\"");
            }
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The body of each block whose head (the text since the previous `;`, `{` or `}`)
/// satisfies `wanted`.
fn blocks(code: &str, wanted: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut found = Vec::new();
    let mut head_start = 0;
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                let head = &code[head_start..i];
                if wanted(head) {
                    let mut depth = 0;
                    let mut end = i;
                    for (j, &b) in bytes.iter().enumerate().skip(i) {
                        match b {
                            b'{' => depth += 1,
                            b'}' => {
                                depth -= 1;
                                if depth == 0 {
                                    end = j;
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                    found.push(&code[i + 1..end]);
                }
                head_start = i + 1;
            }
            b';' | b'}' => head_start = i + 1,
            _ => {}
        }
        i += 1;
    }
    found
}

/// The block's own text, without what nested braces hold: its items, not the bodies of
/// its methods (an item inside a method's body is the method's own).
fn top_level(block: &str) -> String {
    let mut depth = 0_usize;
    let mut out = String::with_capacity(block.len());
    for c in block.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The names after `fn` in `code`.
fn fn_names(code: &str) -> impl Iterator<Item = String> + '_ {
    code.split("fn ").skip(1).filter_map(|rest| {
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        (!name.is_empty()).then_some(name)
    })
}

fn words(head: &str) -> Vec<&str> {
    head.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn every_method_of_the_generated_error_type_is_reserved() {
    let mut methods = BTreeSet::new();
    // The generated code: `impl ZingleError { .. }` and `impl Trait for ZingleError { .. }`,
    // less the constructors, which are the names being checked.
    let generated = code_only(include_str!(concat!(env!("OUT_DIR"), "/generated.rs")));
    let impls = blocks(&generated, |head| {
        let w = words(head);
        w.contains(&"impl") && w.last() == Some(&"ZingleError")
    });
    assert!(impls.len() >= 5, "found {} impl blocks", impls.len());
    let constructors: BTreeSet<String> = zingle_errors::ErrorCode::ALL
        .iter()
        .map(|c| zingle_errors_catalog::to_snake_case(c.name()))
        .collect();
    methods.extend(
        impls
            .iter()
            .flat_map(|b| fn_names(b))
            .filter(|n| !constructors.contains(n)),
    );
    // The runtime crate's `__impl_*` macros: every `impl .. $error` block in them.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/zingle-errors/src");
    let mut files = vec![src];
    let mut from_macros = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let code = code_only(&std::fs::read_to_string(&path).unwrap());
            for block in blocks(&code, |head| {
                let w = words(head);
                w.contains(&"impl") && w.last() == Some(&"$error")
            }) {
                from_macros += 1;
                methods.extend(fn_names(block));
            }
        }
    }
    assert!(
        from_macros >= 2,
        "found {from_macros} impl blocks in the runtime's macros"
    );
    for expected in ["kind", "message", "from_status", "to_envelope"] {
        assert!(
            methods.contains(expected),
            "{expected} not found in {methods:?}"
        );
    }
    let unreserved: Vec<&String> = methods
        .iter()
        .filter(|m| !RESERVED_CONSTRUCTORS.contains(&m.as_str()))
        .collect();
    assert!(
        unreserved.is_empty(),
        "methods of the error type that a code's constructor could clash with: {unreserved:?}"
    );
}

#[test]
fn every_item_of_the_generated_enums_that_a_variant_could_clash_with_is_reserved() {
    let generated = code_only(include_str!(concat!(env!("OUT_DIR"), "/generated.rs")));
    let impls = blocks(&generated, |head| {
        let w = words(head);
        w.contains(&"impl")
            && !w.contains(&"for")
            && matches!(w.last(), Some(&"ErrorCode" | &"Category"))
    });
    assert!(impls.len() >= 3, "found {} impl blocks", impls.len());
    // Associated constants share the variants' namespace (functions are snake_case).
    let own: Vec<String> = impls.iter().map(|b| top_level(b)).collect();
    let consts: BTreeSet<String> = own
        .iter()
        .flat_map(|b| b.split("const ").skip(1))
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    assert!(consts.contains("ALL"), "{consts:?}");
    for name in &consts {
        assert!(
            RESERVED_VARIANTS.contains(&name.as_str()),
            "{name} is not reserved"
        );
    }
}
