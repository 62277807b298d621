//! `zingle_error!`: an error with its parameters, checked at compile time.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::parse::{ParseStream, Parser};
use zingle_errors_catalog::{ParamFault, check_params, did_you_mean, suggest};

use crate::call_args::{self, CallArg, CallArgs};
use crate::errors::combine;
use crate::table::{Found, Key, Row, Table};

pub(crate) struct ErrorCall {
    table: Table,
    /// The key, or why it names no code.
    key: syn::Result<Key>,
    args: Vec<CallArg>,
    /// Syntax faults among the parameters.
    faults: Vec<syn::Error>,
    /// Names of the parameters with a syntax fault.
    named_in_faults: Vec<syn::Ident>,
}

impl ErrorCall {
    /// The call: the table, then the user's key and parameters.
    pub fn parse(input: TokenStream) -> syn::Result<Self> {
        let (table, user) = Table::split(input)?;
        Parser::parse2(
            |input: ParseStream<'_>| Self::parse_user(input, table),
            user,
        )
    }

    fn parse_user(input: ParseStream<'_>, table: Table) -> syn::Result<Self> {
        let key = Key::parse(input, &table);
        if key.is_err() {
            // Skip the rest of the key, to read the parameters after it.
            while !input.is_empty() && !input.peek(syn::Token![,]) {
                input.parse::<proc_macro2::TokenTree>()?;
            }
        }
        let CallArgs {
            args,
            faults,
            named_in_faults,
        } = call_args::parse(input)?;
        Ok(Self {
            table,
            key,
            args,
            faults,
            named_in_faults,
        })
    }
}

/// The error built by the code's constructor, the values evaluated once, in the order
/// written; or, when the call has faults, each fault once, at its own token, and nothing
/// that adds an error of its own.
pub(crate) fn expand(call: ErrorCall) -> TokenStream {
    let mut faults = call.faults;
    let found = match &call.key {
        Ok(key) => call.table.find(key).map_err(|e| faults.push(e)).ok(),
        Err(e) => {
            faults.push(e.clone());
            None
        }
    };
    let key_span = call
        .key
        .as_ref()
        .map_or_else(|_| call.table.call, Key::span);
    match &found {
        Some(Found::Row(row)) => faults.extend(param_faults(
            row,
            &call.args,
            &call.named_in_faults,
            key_span,
        )),
        // The code is unknown: only a repeated parameter is a fault whatever the code.
        _ => faults.extend(
            check_params(0, "", &[] as &[&str], &names(&call.args))
                .into_iter()
                .filter(|(_, f)| matches!(f, ParamFault::Repeated { .. }))
                .filter_map(|(at, f)| at.map(|i| (i, f)))
                .map(|(i, _)| {
                    let name = &call.args[i].name;
                    syn::Error::new(name.span(), format!("parameter `{name}` is given twice"))
                }),
        ),
    }
    // Each value's binding is at the value, so that a value that is not `Display` is
    // pointed at. The bindings are those of the match below, where nothing of the user's
    // code is in scope, so call-site hygiene captures nothing.
    let bindings: Vec<_> = call
        .args
        .iter()
        .enumerate()
        .map(|(i, arg)| {
            let span = arg.value.clone().into_iter().next().map(|t| t.span());
            format_ident!(
                "__zingle_arg{}",
                i,
                span = span.unwrap_or_else(Span::call_site)
            )
        })
        .collect();
    let values = call.args.iter().map(|a| &a.value);
    let evaluated = quote!((#(&(#values),)*));
    let path = &call.table.path;
    match (combine(faults), found) {
        (Some(all), _) => {
            // One statement per fault, in a block of the error type that does not diverge
            // (code after a diverging one would be warned of as unreachable).
            let errors = all.into_compile_error();
            quote!({ #errors let _ = #evaluated; ::core::option::Option::<#path>::None.unwrap() })
        }
        (None, Some(Found::Faulty(row))) => {
            let ctor = &row.ctor;
            quote!({ let _ = #evaluated; #path::#ctor() })
        }
        (None, Some(Found::Row(row))) => {
            let ordered = row.params.iter().map(|p| {
                let i = call
                    .args
                    .iter()
                    .position(|a| a.name == *p)
                    .unwrap_or_default();
                // A reference to the reference, for a value that is not `Sized`; coerced,
                // not cast, so that `trivial_casts` has nothing to say at the user's value.
                let b = &bindings[i];
                // The function located at the value and read in this crate's edition (in
                // an edition 2015 crate, `::core` and `dyn` would mean something else); the
                // argument at the value itself, where a value that is not `Display` is told.
                let at = Span::mixed_site().located_at(b.span());
                let identity =
                    quote_spanned!(at=> ::core::convert::identity::<&dyn ::core::fmt::Display>);
                quote_spanned!(b.span()=> #identity(&#b))
            });
            // At the user's token, so that a deprecated code or former name warns there.
            let ctor = respan(&row.ctor, key_span);
            quote! {
                match #evaluated {
                    (#(#bindings,)*) => #path::#ctor(#(#ordered),*),
                }
            }
        }
        (None, None) => quote!(::core::option::Option::<#path>::None.unwrap()),
    }
}

fn names(args: &[CallArg]) -> Vec<String> {
    args.iter().map(|a| a.name.to_string()).collect()
}

/// The parameter rule's faults, each at its token: an unknown or repeated parameter at
/// its name, a missing one at the code. A missing parameter that an unknown one is a
/// likely misspelling of is not reported again: the unknown one's hint names it; nor is
/// one whose value has a syntax fault of its own.
fn param_faults(
    row: &Row,
    args: &[CallArg],
    named_in_faults: &[syn::Ident],
    key_span: Span,
) -> Vec<syn::Error> {
    let params: Vec<String> = row.params.iter().map(ToString::to_string).collect();
    let faults = check_params(row.code, &row.name.to_string(), &params, &names(args));
    let mut hinted = Vec::new();
    let mut errors = Vec::new();
    for (at, fault) in faults {
        let (span, hint) = match (&fault, at) {
            (ParamFault::Unknown { param, .. }, Some(i)) => {
                let missing = params.iter().filter(|p| !args.iter().any(|a| a.name == p));
                let hint = suggest(param, missing.map(String::as_str)).map(str::to_owned);
                let text = did_you_mean(hint.as_deref());
                hinted.extend(hint);
                (args[i].name.span(), text)
            }
            (ParamFault::Missing { param, .. }, None)
                if hinted.contains(param) || named_in_faults.iter().any(|n| n == param) =>
            {
                continue;
            }
            (_, Some(i)) => (args[i].name.span(), String::new()),
            (_, None) => (key_span, String::new()),
        };
        errors.push(syn::Error::new(span, format!("{fault}{hint}")));
    }
    errors
}

/// The identifier with another span, raw if it was.
fn respan(ident: &syn::Ident, span: Span) -> syn::Ident {
    let text = ident.to_string();
    match text.strip_prefix("r#") {
        Some(raw) => syn::Ident::new_raw(raw, span),
        None => syn::Ident::new(&text, span),
    }
}
