//! Macro arguments → catalogue → generated code; faults become compile errors.

use proc_macro2::TokenStream;
use zingle_errors_catalog::codegen::{self, Options};

use crate::input::Args;

pub(crate) fn expand(args: &Args) -> syn::Result<TokenStream> {
    let file = args.file()?;
    let shown = args.path.value();
    // Every fault of the catalogue, each as its own error at the path literal.
    let catalog = zingle_errors_catalog::load(&file, &shown).map_err(|errors| {
        errors
            .iter()
            .map(|e| syn::Error::new(args.path.span(), e))
            .reduce(|mut all, e| {
                all.combine(e);
                all
            })
            .unwrap_or_else(|| syn::Error::new(args.path.span(), "invalid catalogue"))
    })?;
    let options = Options {
        file: Some(file.to_string_lossy().into_owned()),
        module: args
            .module
            .iter()
            .flatten()
            .map(ToString::to_string)
            .collect(),
    };
    Ok(codegen::generate(&catalog, &options))
}
