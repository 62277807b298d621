//! Macro arguments → catalog → generated code; faults become compile errors.

use proc_macro2::TokenStream;
use zingle_errors_catalog::LoadError;
use zingle_errors_catalog::codegen::{self, Options};

use crate::errors::combine;
use crate::input::Args;

pub(crate) fn expand(args: &Args) -> syn::Result<TokenStream> {
    let file = args.file()?;
    let shown = args.path.value();
    let at = args.path.span();
    let catalog = match zingle_errors_catalog::load(&file, &shown) {
        Ok(catalog) => catalog,
        // Every fault of the catalog, each as its own error at the path literal.
        Err(LoadError::Invalid(errors)) => {
            let all = combine(errors.iter().map(|e| syn::Error::new(at, e)));
            return Err(all.unwrap_or_else(|| syn::Error::new(at, "invalid catalog")));
        }
        Err(io) => return Err(syn::Error::new(at, io)),
    };
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
