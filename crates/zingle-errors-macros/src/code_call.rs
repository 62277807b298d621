//! `code!`: the code enum's variant for a number or a name, checked at compile time.

use proc_macro2::TokenStream;
use quote::quote_spanned;
use syn::Ident;
use syn::parse::{ParseStream, Parser};

use crate::table::{Found, Key, Table};

pub(crate) struct CodeCall {
    table: Table,
    key: Key,
}

impl CodeCall {
    /// The call: the table, then the user's key.
    pub fn parse(input: TokenStream) -> syn::Result<Self> {
        let (table, user) = Table::split(input)?;
        let key = Parser::parse2(
            |input: ParseStream<'_>| {
                let key = Key::parse(input, &table)?;
                if !input.is_empty() {
                    let name = &table.name;
                    let message = match table.example() {
                        Some((code, _)) => format!(
                            "`{name}!` takes one error code or name, such as `{name}!({code})`"
                        ),
                        None => format!("`{name}!` takes one error code or name"),
                    };
                    return Err(input.error(message));
                }
                Ok(key)
            },
            user,
        )?;
        Ok(Self { table, key })
    }
}

/// The variant's path: valid in expressions, `const` items and patterns.
pub(crate) fn expand(call: &CodeCall) -> syn::Result<TokenStream> {
    let (Found::Row(row) | Found::Faulty(row)) = call.table.find(&call.key)?;
    // At the user's token, so that a deprecated code or former name warns there, and a
    // pattern written twice in one `match` is warned of as unreachable, as the variant
    // written twice is. `$crate` is only located there: it resolves by its own span,
    // which is in the expansion of the catalog's macro, and rustc keeps quiet about code
    // from another crate's macro. So the path is qualified, `<$crate::...::Code>::Name`:
    // its first and last tokens, whose span is the path's, are the user's.
    let at = call.key.span();
    let path: TokenStream = call
        .table
        .path
        .clone()
        .into_iter()
        .map(|mut token| {
            let span = match &token {
                proc_macro2::TokenTree::Ident(i) if i == "$crate" => token.span().located_at(at),
                _ => at,
            };
            token.set_span(span);
            token
        })
        .collect();
    let name = Ident::new(&row.name.to_string(), at);
    Ok(quote_spanned!(at=> <#path>::#name))
}
