//! The macro's arguments: `"path/to/codes.toml"` and an optional `module = path`.

use std::path::PathBuf;

use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

pub(crate) struct Args {
    /// The catalog's path as written, relative to the invoking crate's manifest.
    pub path: LitStr,
    /// Where the macro is invoked, from the crate root (for `code!` and `zingle_error!`).
    pub module: Option<Vec<Ident>>,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut module = None;
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            if key == "module" && module.is_none() {
                let mut segments = vec![input.call(Ident::parse_any)?];
                while input.parse::<Option<Token![::]>>()?.is_some() {
                    segments.push(input.parse()?);
                }
                module = Some(segments);
            } else {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unknown or repeated argument `{key}`; expected `module = path::from::crate::root`"
                    ),
                ));
            }
        }
        if !input.is_empty() {
            return Err(input.error("expected `,` or the end of the arguments"));
        }
        Ok(Self { path, module })
    }
}

impl Args {
    /// The catalog's file: relative to the invoking crate's manifest directory, or to
    /// `ZINGLE_ERRORS_MANIFEST_DIR` for the crate being built when that is set (a hook
    /// for compile-fail tests, whose crates trybuild builds in a directory of its own).
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
