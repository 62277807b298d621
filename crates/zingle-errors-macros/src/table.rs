//! The code table that a generated macro passes to the hidden proc macros, and finding a
//! code in it by number or name.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, Token};
pub(crate) use zingle_errors_catalog::codegen::code_table::Row;
use zingle_errors_catalog::codegen::code_table::{CodeTable, Malformed, RetiredRow};
use zingle_errors_catalog::{did_you_mean, suggest};

/// `(path) [macro] TABLE (user)`: the generated type the macro names; the generated
/// macro's name, for messages; the code table (see `zingle_errors_catalog::codegen::
/// code_table`, which writes and reads it); and, in parentheses, the user's tokens.
pub(crate) struct Table {
    pub path: TokenStream,
    /// The generated macro's name, as the user calls it.
    pub name: Ident,
    codes: CodeTable,
    /// Where the call is reported as a whole: the group of the user's tokens, whose
    /// span is the runtime's, so that rustc shows the user's call.
    pub call: Span,
}

/// What a key finds.
pub(crate) enum Found {
    /// The code it names.
    Row(Row),
    /// Nothing, in a catalog with faults: the variant that stands in.
    Faulty(Row),
}

impl Table {
    /// Splits a hidden macro's input into the table and the user's tokens after it.
    pub fn split(input: TokenStream) -> syn::Result<(Self, TokenStream)> {
        let malformed = |fault: Malformed| syn::Error::new(Span::call_site(), fault);
        let mut tokens = input.into_iter().peekable();
        let path = match tokens.next() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => g.stream(),
            _ => return Err(malformed(Malformed)),
        };
        let name = match tokens.next() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => {
                match g.stream().into_iter().next() {
                    Some(TokenTree::Ident(name)) => name,
                    _ => return Err(malformed(Malformed)),
                }
            }
            _ => return Err(malformed(Malformed)),
        };
        let codes = CodeTable::decode(&mut tokens).map_err(malformed)?;
        // The user's tokens, in the parentheses the runtime's definition of the macro
        // writes: where a call with nothing in it is reported.
        let Some(TokenTree::Group(user)) = tokens.next() else {
            return Err(malformed(Malformed));
        };
        let table = Self {
            path,
            name,
            codes,
            call: user.span(),
        };
        Ok((table, user.stream()))
    }

    /// An example of a key for messages: the first code with parameters, or the first;
    /// `None` for a catalog with no codes.
    pub fn example(&self) -> Option<(u16, String)> {
        let rows = self.codes.rows();
        let example = rows.iter().find(|r| !r.params.is_empty()).or(rows.first());
        example.map(|r| (r.code, r.name.to_string()))
    }

    /// What the macro takes, in the user's words: `` `billing_code!` takes a literal code,
    /// such as `100`, or a name, such as `InvoiceNotFound` ``.
    pub fn wanted(&self) -> String {
        let name = &self.name;
        match self.example() {
            Some((code, example)) => format!(
                "`{name}!` takes a literal code, such as `{code}`, or a name, such as `{example}`"
            ),
            None => {
                format!("`{name}!` takes a literal code or a name, and the catalog has no codes")
            }
        }
    }
}

/// What the user wrote to name a code: a number or a name.
pub(crate) enum Key {
    Code(u16, Span),
    Name(Ident),
}

impl Key {
    pub fn span(&self) -> Span {
        match self {
            Key::Code(_, span) => *span,
            Key::Name(ident) => ident.span(),
        }
    }

    /// Reads a key, refusing what cannot name a code, with why. `table` gives the
    /// examples in messages.
    pub fn parse(input: ParseStream<'_>, table: &Table) -> syn::Result<Self> {
        let wanted = || table.wanted();
        if input.peek(Token![-]) {
            let minus: Token![-] = input.parse()?;
            return Err(syn::Error::new(
                minus.span,
                format!("error codes are never negative: {}", wanted()),
            ));
        }
        if input.peek(LitInt) {
            let lit: LitInt = input.parse()?;
            if !lit.suffix().is_empty() {
                return Err(syn::Error::new(
                    lit.span(),
                    format!(
                        "write the code without the suffix `{}`: `{}`",
                        lit.suffix(),
                        lit.base10_digits()
                    ),
                ));
            }
            let n: u64 = lit.base10_parse()?;
            let n = u16::try_from(n).map_err(|_| {
                syn::Error::new(
                    lit.span(),
                    format!("`{n}` is no error code: codes are from 0 to 65535"),
                )
            })?;
            return Ok(Key::Code(n, lit.span()));
        }
        if input.peek(Ident::peek_any) {
            let ident = input.call(Ident::parse_any)?;
            let text = ident.unraw().to_string();
            if !text.starts_with(|c: char| c.is_ascii_uppercase()) {
                return Err(syn::Error::new(
                    ident.span(),
                    format!(
                        "`{text}` is not a code name (names are UpperCamelCase): {}, \
                         not a variable; for a code known only at run time, use the code \
                         type's `from_code`",
                        wanted()
                    ),
                ));
            }
            return Ok(Key::Name(ident));
        }
        if input.is_empty() {
            return Err(syn::Error::new(
                table.call,
                format!("{}: it was given nothing", wanted()),
            ));
        }
        Err(input.error(wanted()))
    }
}

impl Table {
    /// The row the key names.
    pub fn find(&self, key: &Key) -> syn::Result<Found> {
        let found = match key {
            Key::Code(n, _) => self.codes.by_code(*n),
            Key::Name(ident) => self.codes.by_name(&ident.to_string()),
        };
        if let Some(row) = found {
            return Ok(Found::Row(row));
        }
        if let Some(row) = self
            .codes
            .faulty()
            .and_then(|f| self.codes.by_name(&f.to_string()))
        {
            return Ok(Found::Faulty(row));
        }
        let retired = self.codes.retired().iter().find(|r| match key {
            Key::Code(n, _) => *n == r.code,
            Key::Name(ident) => *ident == r.name,
        });
        if let Some(RetiredRow { code, name, reason }) = retired {
            let message = match key {
                Key::Code(..) => format!("error code {code} (`{name}`) is retired: {reason}"),
                Key::Name(_) => format!("`{name}` (error code {code}) is retired: {reason}"),
            };
            return Err(syn::Error::new(key.span(), message));
        }
        let rows = self.codes.rows();
        if rows.is_empty() {
            let message = match key {
                Key::Code(n, _) => format!("unknown error code {n}: the catalog has no codes"),
                Key::Name(ident) => {
                    format!("unknown error code name `{ident}`: the catalog has no codes")
                }
            };
            return Err(syn::Error::new(key.span(), message));
        }
        let message = match key {
            Key::Code(n, _) => {
                let mut near: Vec<&Row> = rows.iter().collect();
                near.sort_by_key(|r| r.code.abs_diff(*n));
                let near: Vec<String> = near
                    .iter()
                    .take(3)
                    .map(|r| format!("{} ({})", r.code, r.name))
                    .collect();
                format!(
                    "unknown error code {n}; the nearest codes are {}",
                    near.join(", ")
                )
            }
            Key::Name(ident) => {
                let names: Vec<String> = rows.iter().map(|r| r.name.to_string()).collect();
                let wanted = ident.to_string();
                let hint = did_you_mean(suggest(&wanted, names.iter().map(String::as_str)));
                format!("unknown error code name `{wanted}`{hint}")
            }
        };
        Err(syn::Error::new(key.span(), message))
    }
}
