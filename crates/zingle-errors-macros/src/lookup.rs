//! `code!` and `zingle_error!`: look a code up in the table the generated macro passes,
//! check the parameters, and point every fault at the user's own tokens.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, Token, braced, bracketed, parenthesized};
use zingle_errors_catalog::{ParamFault, check_params, suggest};

use crate::errors::combine;

/// One catalog entry as the generated macros pass it: `3612 InvalidLabel invalid_label [correspondent_id]`.
struct Row {
    code: u16,
    name: Ident,
    ctor: Ident,
    params: Vec<Ident>,
}

/// `(path) { rows }`: where the generated type lives, and the catalog.
struct Table {
    path: TokenStream,
    rows: Vec<Row>,
}

impl Parse for Table {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path;
        parenthesized!(path in input);
        let path: TokenStream = path.parse()?;
        let body;
        braced!(body in input);
        let mut rows = Vec::new();
        while !body.is_empty() {
            let code: LitInt = body.parse()?;
            let name: Ident = body.parse()?;
            let ctor: Ident = body.parse()?;
            let list;
            bracketed!(list in body);
            let mut params = Vec::new();
            while !list.is_empty() {
                params.push(list.call(Ident::parse_any)?.unraw());
            }
            rows.push(Row {
                code: code.base10_parse()?,
                name,
                ctor,
                params,
            });
            if !body.is_empty() {
                body.parse::<Token![,]>()?;
            }
        }
        Ok(Self { path, rows })
    }
}

/// What the user wrote to name a code: a number or a name.
enum Key {
    Code(LitInt),
    Name(Ident),
}

impl Parse for Key {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitInt) {
            input.parse().map(Key::Code)
        } else if input.peek(Ident) {
            input.parse().map(Key::Name)
        } else {
            Err(input
                .error("expected an error code, such as `3612`, or a name, such as `InvalidLabel`"))
        }
    }
}

impl Table {
    fn find(&self, key: &Key) -> syn::Result<&Row> {
        match key {
            Key::Code(lit) => {
                let n: u64 = lit.base10_parse()?;
                if let Some(row) = self.rows.iter().find(|r| u64::from(r.code) == n) {
                    return Ok(row);
                }
                let mut near: Vec<&Row> = self.rows.iter().collect();
                near.sort_by_key(|r| (u64::from(r.code)).abs_diff(n));
                let near: Vec<String> = near
                    .iter()
                    .take(3)
                    .map(|r| format!("{} ({})", r.code, r.name))
                    .collect();
                Err(syn::Error::new(
                    lit.span(),
                    format!(
                        "unknown error code {n}; the nearest codes are {}",
                        near.join(", ")
                    ),
                ))
            }
            Key::Name(ident) => {
                if let Some(row) = self.rows.iter().find(|r| r.name == *ident) {
                    return Ok(row);
                }
                let names: Vec<String> = self.rows.iter().map(|r| r.name.to_string()).collect();
                let wanted = ident.to_string();
                let hint = match suggest(&wanted, names.iter().map(String::as_str)) {
                    Some(s) => format!("; did you mean `{s}`?"),
                    None => String::new(),
                };
                Err(syn::Error::new(
                    ident.span(),
                    format!("unknown error code name `{wanted}`{hint}"),
                ))
            }
        }
    }
}

pub(crate) struct CodeCall {
    table: Table,
    key: Key,
}

impl Parse for CodeCall {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let table = input.parse()?;
        let key = input.parse()?;
        if !input.is_empty() {
            return Err(input.error("`code!` takes one error code or name, such as `code!(3612)`"));
        }
        Ok(Self { table, key })
    }
}

pub(crate) fn code(call: CodeCall) -> syn::Result<TokenStream> {
    let row = call.table.find(&call.key)?;
    let path = &call.table.path;
    let name = &row.name;
    Ok(quote!(#path::#name))
}

pub(crate) struct ErrorCall {
    table: Table,
    key: Key,
    args: Vec<(Ident, TokenStream)>,
}

impl Parse for ErrorCall {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let table = input.parse()?;
        let key = input.parse()?;
        let mut args = Vec::new();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let name = input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            let mut value = TokenStream::new();
            while !input.is_empty() && !input.peek(Token![,]) {
                value.extend([input.parse::<TokenTree>()?]);
            }
            if value.is_empty() {
                return Err(syn::Error::new(
                    name.span(),
                    format!("parameter `{name}` has no value"),
                ));
            }
            args.push((name, value));
        }
        Ok(Self { table, key, args })
    }
}

pub(crate) fn zingle_error(call: ErrorCall) -> syn::Result<TokenStream> {
    let row = call.table.find(&call.key)?;
    let key_span = match &call.key {
        Key::Code(lit) => lit.span(),
        Key::Name(ident) => ident.span(),
    };
    let given: Vec<String> = call.args.iter().map(|(n, _)| n.to_string()).collect();
    let params: Vec<String> = row.params.iter().map(ToString::to_string).collect();
    let code = row.code;
    let faults = check_params(code, &row.name.to_string(), &params, &given);
    let errors = faults.into_iter().map(|(at, fault)| {
        let span = at.map_or(key_span, |i| call.args[i].0.span());
        let hint = match &fault {
            ParamFault::Unknown { param, .. } => suggest(param, params.iter().map(String::as_str))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default(),
            _ => String::new(),
        };
        syn::Error::new(span, format!("{fault}{hint}"))
    });
    if let Some(all) = combine(errors) {
        return Err(all);
    }
    // Evaluate the values once, in the order written, then pass them in template order.
    let bindings: Vec<Ident> = (0..call.args.len())
        .map(|i| format_ident!("__zingle_arg{}", i, span = Span::mixed_site()))
        .collect();
    let values = call.args.iter().map(|(_, v)| v);
    let ordered = row.params.iter().map(|p| {
        let i = call
            .args
            .iter()
            .position(|(n, _)| n == p)
            .unwrap_or_default();
        let b = &bindings[i];
        // Spanned at the value, so that a value that is not `Display` is pointed at.
        let span = call.args[i]
            .1
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span());
        quote_spanned!(span=> ::std::string::ToString::to_string(#b))
    });
    let path = &call.table.path;
    let ctor = &row.ctor;
    Ok(quote! {
        match (#(&(#values),)*) {
            (#(#bindings,)*) => #path::#ctor(#(#ordered),*),
        }
    })
}
