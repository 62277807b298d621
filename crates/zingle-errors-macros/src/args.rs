//! The parameters of an error macro call: `name = value` or `name` alone, separated by
//! commas, where a value is any expression.

use proc_macro2::{Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Ident;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::Token;

/// One parameter as written.
pub(crate) struct Arg {
    /// The name, unraw.
    pub name: Ident,
    /// The value; for `name` alone, the variable `name`.
    pub value: TokenStream,
}

/// The parameters after the key, and the syntax faults among them (each skipped to the
/// next comma, so that the faults after it are found too).
pub(crate) fn parse(input: ParseStream<'_>) -> syn::Result<(Vec<Arg>, Vec<syn::Error>)> {
    let mut args = Vec::new();
    let mut faults = Vec::new();
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let parsed = (|| {
            let raw = input.call(Ident::parse_any)?;
            let name = raw.unraw();
            if input.peek(Token![,]) || input.is_empty() {
                // `name` alone: the variable of that name, as in struct shorthand.
                return Ok(Arg {
                    value: raw.into_token_stream(),
                    name,
                });
            }
            input.parse::<Token![=]>()?;
            let value = value(input)?;
            if value.is_empty() {
                return Err(syn::Error::new(
                    name.span(),
                    format!("parameter `{name}` has no value"),
                ));
            }
            Ok(Arg { name, value })
        })();
        match parsed {
            Ok(arg) => args.push(arg),
            Err(e) => {
                faults.push(e);
                while !input.is_empty() && !input.peek(Token![,]) {
                    input.parse::<TokenTree>()?;
                }
            }
        }
    }
    Ok((args, faults))
}

/// The tokens of a value: up to the next comma that is not inside brackets or the generic
/// arguments of a path (`HashMap::<u8, u8>::new()`, `<T as Trait>::f()`).
fn value(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    let mut angles = 0usize;
    // What the previous token allows a `<` after it to open: generic arguments, not a
    // comparison.
    let mut opens_generics = true;
    let mut previous_joint_minus = false;
    while !input.is_empty() {
        if angles == 0 && input.peek(Token![,]) {
            break;
        }
        let token: TokenTree = input.parse()?;
        let mut next_opens = false;
        let mut joint_minus = false;
        match &token {
            TokenTree::Punct(p) => match p.as_char() {
                '<' if opens_generics || angles > 0 => {
                    angles += 1;
                    next_opens = true;
                }
                '>' if angles > 0 && !previous_joint_minus => angles -= 1,
                ':' => next_opens = p.spacing() == Spacing::Alone,
                '-' => joint_minus = p.spacing() == Spacing::Joint,
                ',' | '(' | '&' => next_opens = angles > 0,
                _ => {}
            },
            TokenTree::Ident(i) => next_opens = i == "impl" || i == "dyn",
            _ => {}
        }
        previous_joint_minus = joint_minus;
        opens_generics = next_opens;
        tokens.extend([token]);
    }
    Ok(tokens)
}
