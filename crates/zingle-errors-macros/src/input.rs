//! The macro's arguments: `"path/to/codes.toml"`, then options as `key = value`.

use std::path::PathBuf;

use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitBool, LitStr, Token};
use zingle_errors_catalog::codegen::Names;

use crate::errors::combine;

/// The options, each with what its value is, for messages.
const OPTIONS: &[(&str, &str)] = &[
    (
        "module",
        "the path of this module from the crate root, such as `api::errors`",
    ),
    (
        "crate",
        "the path of the zingle-errors crate, such as `zingle` for a renamed dependency",
    ),
    (
        "code",
        "the name of the generated code enum, such as `BillingCode`",
    ),
    (
        "error",
        "the name of the generated error type, such as `BillingError`",
    ),
    (
        "category",
        "the name of the generated category enum, such as `BillingCategory`",
    ),
    (
        "code_macro",
        "the name of the generated code macro, such as `billing_code`",
    ),
    (
        "error_macro",
        "the name of the generated error macro, such as `billing_error`",
    ),
    ("non_exhaustive", "`true` (the default) or `false`"),
];

pub(crate) struct Args {
    /// The catalog's path as written, relative to the invoking crate's manifest.
    pub path: LitStr,
    /// Where the macro is invoked, from the crate root (for the generated macros).
    pub module: Option<Vec<Ident>>,
    /// The runtime crate's path, where it is not `::zingle_errors`.
    pub runtime: Option<String>,
    /// The generated items' names.
    pub names: Names,
    /// Whether the generated code enum is `#[non_exhaustive]`.
    pub non_exhaustive: bool,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the catalog's path, as a string relative to Cargo.toml: `zingle_errors!(\"codes.toml\")`",
            )
        })?;
        let mut args = Self {
            path,
            module: None,
            runtime: None,
            names: Names::default(),
            non_exhaustive: true,
        };
        let mut seen: Vec<String> = Vec::new();
        let mut faults = Vec::new();
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let key = input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            let name = key.to_string();
            if seen.contains(&name) {
                faults.push(syn::Error::new(
                    key.span(),
                    format!("`{name}` is given twice"),
                ));
            }
            seen.push(name.clone());
            match name.as_str() {
                "module" => {
                    let mut segments = vec![input.call(Ident::parse_any)?];
                    while input.parse::<Option<Token![::]>>()?.is_some() {
                        segments.push(input.call(Ident::parse_any)?);
                    }
                    args.module = Some(segments);
                }
                "crate" => args.runtime = Some(path_text(input)?),
                "code" => args.names.code = ident(input)?,
                "error" => args.names.error = ident(input)?,
                "category" => args.names.category = ident(input)?,
                "code_macro" => args.names.code_macro = ident(input)?,
                "error_macro" => args.names.error_macro = ident(input)?,
                "non_exhaustive" => args.non_exhaustive = input.parse::<LitBool>()?.value,
                _ => {
                    let names = OPTIONS.iter().map(|(k, _)| *k);
                    let hint = match zingle_errors_catalog::suggest(&name, names) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => {
                            let list: Vec<String> = OPTIONS
                                .iter()
                                .map(|(k, v)| format!("\n  {k} = {v}"))
                                .collect();
                            format!("expected one of:{}", list.concat())
                        }
                    };
                    faults.push(syn::Error::new(
                        key.span(),
                        format!("unknown option `{name}`; {hint}"),
                    ));
                    // Skip the value, to find the faults after it.
                    while !input.is_empty() && !input.peek(Token![,]) {
                        input.parse::<proc_macro2::TokenTree>()?;
                    }
                }
            }
        }
        if !input.is_empty() {
            faults.push(input.error("expected `,` and an option, or the end of the arguments"));
        }
        match combine(faults) {
            Some(all) => Err(all),
            None => Ok(args),
        }
    }
}

/// A path, such as `zingle` or `::deps::zingle`, as text.
fn path_text(input: ParseStream<'_>) -> syn::Result<String> {
    let mut path = String::new();
    if input.parse::<Option<Token![::]>>()?.is_some() {
        path.push_str("::");
    }
    path.push_str(&input.call(Ident::parse_any)?.to_string());
    while input.parse::<Option<Token![::]>>()?.is_some() {
        path.push_str("::");
        path.push_str(&input.call(Ident::parse_any)?.to_string());
    }
    Ok(path)
}

/// A generated item (raw names are refused: they would be surprising in docs).
fn ident(input: ParseStream<'_>) -> syn::Result<String> {
    let ident: Ident = input.parse()?;
    Ok(ident.to_string())
}

impl Args {
    /// The catalog's file: relative to the invoking crate's manifest directory, or to
    /// `ZINGLE_ERRORS_MANIFEST_DIR` when that is set for the package being built (see the
    /// `zingle_errors!` documentation).
    pub fn file(&self) -> syn::Result<PathBuf> {
        let overridden = std::env::var_os("CARGO_PRIMARY_PACKAGE")
            .and(std::env::var_os("ZINGLE_ERRORS_MANIFEST_DIR"));
        let dir = overridden
            .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
            .ok_or_else(|| {
                syn::Error::new(
                    self.path.span(),
                    "CARGO_MANIFEST_DIR is not set: build with cargo",
                )
            })?;
        Ok(PathBuf::from(dir).join(self.path.value()))
    }
}
