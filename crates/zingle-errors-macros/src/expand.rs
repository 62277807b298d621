//! Invocation → catalog → generated code; faults become compile errors.

use proc_macro2::TokenStream;
use quote::quote;
use zingle_errors_catalog::SHOWN_FAULTS;
use zingle_errors_catalog::codegen::{self, Options};

use crate::errors::combine;
use crate::input::Invocation;

pub(crate) fn expand(mut invocation: Invocation) -> syn::Result<TokenStream> {
    let file = invocation.file()?;
    let at = invocation.path.span();
    let source = std::fs::read_to_string(&file).map_err(|e| {
        let message = format!("cannot read the catalog `{}`: {e}", file.display());
        syn::Error::new(at, message)
    })?;
    let (catalog, errors) =
        zingle_errors_catalog::parse_recovering(&source, &invocation.path.value());
    invocation.name_items(catalog.name());
    // The translations, checked against the codes (their faults reported with the
    // catalog's; the codes are generated all the same): where the runtime formats them.
    #[cfg(feature = "locales")]
    let (locales, locale_errors) = {
        let (locales, errors) =
            zingle_errors_catalog::catalog_locales(&catalog, &file, &invocation.path.value());
        let files = locales.into_iter().map(|l| codegen::LocaleFile {
            path: l.path.to_string_lossy().into_owned(),
            tag: l.tag,
            translations: l.translations,
        });
        (files.collect(), errors)
    };
    #[cfg(not(feature = "locales"))]
    let (locales, locale_errors) = (Vec::new(), None);
    let faulty = errors.is_some();
    let errors = zingle_errors_catalog::Errors::chain(errors, locale_errors);
    // Every fault of the catalog (up to a limit), each as its own error at the path.
    let reported = errors.as_ref().map(|errors| {
        let (shown, more) = errors.truncated(SHOWN_FAULTS);
        let shown = shown.iter().map(|e| syn::Error::new(at, e));
        let more = (more > 0).then(|| syn::Error::new(at, format!("... and {more} more faults")));
        combine(shown.chain(more)).map(syn::Error::into_compile_error)
    });
    let options = Options {
        file: Some(file.to_string_lossy().into_owned()),
        module: invocation
            .module
            .iter()
            .flatten()
            .map(ToString::to_string)
            .collect(),
        runtime: invocation
            .runtime
            .clone()
            .unwrap_or_else(|| Options::default().runtime),
        names: invocation.names.clone(),
        locales,
        faulty,
    };
    // With faults, what is valid is generated too, so that the faults are all one sees.
    let module_at = invocation
        .module
        .as_ref()
        .and_then(|m| m.first())
        .map_or_else(proc_macro2::Span::call_site, syn::Ident::span);
    let generated = codegen::generate_at(&catalog, &options, module_at);
    let clashes = combine(invocation.faults.iter().cloned()).map(syn::Error::into_compile_error);
    Ok(quote!(#clashes #reported #generated))
}
