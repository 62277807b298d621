//! The arguments of a generated error macro's call (`zingle_error!(Key, a = 1, b)`) after
//! its key: `name = value` or `name` alone, separated by commas, where a value is any
//! expression.

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::Ident;
use syn::Token;
use syn::ext::IdentExt;
use syn::parse::ParseStream;

/// One argument as written.
pub(crate) struct CallArg {
    /// The name, unraw.
    pub name: Ident,
    /// The value; for `name` alone, the variable `name`.
    pub value: TokenStream,
}

/// What follows the key: the arguments, and those written wrong.
pub(crate) struct CallArgs {
    pub args: Vec<CallArg>,
    /// The syntax faults, each skipped to the next comma so that the faults after it
    /// are found too.
    pub faults: Vec<syn::Error>,
    /// The names of the parameters whose value is written wrong: they are not missing.
    pub named_in_faults: Vec<Ident>,
}

pub(crate) fn parse(input: ParseStream<'_>) -> syn::Result<CallArgs> {
    let mut args = Vec::new();
    let mut faults = Vec::new();
    let mut named_in_faults = Vec::new();
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let mut named = None;
        let parsed = (|| {
            let raw = input.call(Ident::parse_any).map_err(|e| {
                syn::Error::new(e.span(), "expected a parameter's name, as `name = value`")
            })?;
            let name = raw.unraw();
            named = Some(name.clone());
            if input.peek(Token![,]) || input.is_empty() {
                // `name` alone: the variable of that name, as in struct shorthand.
                return Ok(CallArg {
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
            Ok(CallArg { name, value })
        })();
        match parsed {
            Ok(arg) => args.push(arg),
            Err(e) => {
                faults.push(e);
                named_in_faults.extend(named);
                while !input.is_empty() && !input.peek(Token![,]) {
                    input.parse::<TokenTree>()?;
                }
            }
        }
    }
    Ok(CallArgs {
        args,
        faults,
        named_in_faults,
    })
}

/// The tokens of a value: up to the next comma that is not inside brackets or the generic
/// arguments of a path (`HashMap::<u8, u8>::new()`, `<T as Trait>::f()`).
fn value(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    let mut angles = 0usize;
    // Whether a `<` here opens generic arguments (not a comparison): at the start, after
    // `::`, and inside generic arguments.
    let mut opens_generics = true;
    let mut previous: Option<char> = None;
    while !input.is_empty() {
        if angles == 0 && input.peek(Token![,]) {
            break;
        }
        let token: TokenTree = input.parse()?;
        let this = match &token {
            TokenTree::Punct(p) => Some(p.as_char()),
            _ => None,
        };
        let mut next_opens = false;
        match this {
            Some('<') if opens_generics || angles > 0 => {
                angles += 1;
                next_opens = true;
            }
            // Not the `>` of `->`.
            Some('>') if angles > 0 && previous != Some('-') => angles -= 1,
            Some(':') => next_opens = previous == Some(':'),
            Some(',' | '(' | '&') => next_opens = angles > 0,
            _ => {}
        }
        if let TokenTree::Ident(i) = &token {
            next_opens = angles > 0 && (i == "dyn" || i == "impl");
        }
        previous = this;
        opens_generics = next_opens;
        tokens.extend([token]);
    }
    Ok(tokens)
}
