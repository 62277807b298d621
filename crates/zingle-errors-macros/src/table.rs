//! The code table that a generated macro passes to the hidden proc macros, and finding a
//! code in it by number or name.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, Token, braced, bracketed, parenthesized};
use zingle_errors_catalog::suggest;

/// One code as the generated macros pass it: `3612 InvalidLabel invalid_label [correspondent_id]`.
pub(crate) struct Row {
    pub code: u16,
    pub name: Ident,
    pub ctor: Ident,
    /// The parameters, unraw (`type`, not `r#type`), so that they compare with what a
    /// user writes.
    pub params: Vec<Ident>,
}

/// `(path) (faulty Variant)? { rows }`: the generated type the macro names; where the
/// catalog has faults, the variant generated in place of the codes it lacks (a code
/// that is not found then gives it, silently: the catalog's faults are reported already);
/// and the codes.
pub(crate) struct Table {
    pub path: TokenStream,
    pub faulty: Option<Ident>,
    pub rows: Vec<Row>,
}

/// What a key finds.
pub(crate) enum Found<'t> {
    /// The code it names.
    Row(&'t Row),
    /// Nothing, in a catalog with faults: the variant that stands in.
    Faulty(&'t Row),
}

impl Parse for Table {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path;
        parenthesized!(path in input);
        let path: TokenStream = path.parse()?;
        let faulty = if input.peek(Ident) {
            input.parse::<Ident>()?;
            Some(input.parse::<Ident>()?)
        } else {
            None
        };
        let body;
        braced!(body in input);
        let mut rows = Vec::new();
        while !body.is_empty() {
            let code: LitInt = body.parse()?;
            let name: Ident = body.parse()?;
            let ctor: Ident = body.call(Ident::parse_any)?;
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
        Ok(Self { path, faulty, rows })
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
    pub fn parse(input: ParseStream<'_>, table: &Table, macro_name: &str) -> syn::Result<Self> {
        let rows = &table.rows;
        let example = rows.iter().find(|r| !r.params.is_empty()).or(rows.first());
        let (code, name) = example.map_or((3612, "InvalidLabel".to_owned()), |r| {
            (r.code, r.name.to_string())
        });
        let wanted = format!(
            "`{macro_name}!` takes a literal code, such as `{code}`, or a name, such as `{name}`"
        );
        if input.peek(Token![-]) {
            let minus: Token![-] = input.parse()?;
            return Err(syn::Error::new(
                minus.span,
                format!("error codes are never negative: {wanted}"),
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
                        "`{text}` is not a code name (names are UpperCamelCase): {wanted}, \
                         not a variable; for a code known only at run time, use the code \
                         type's `from_code`"
                    ),
                ));
            }
            return Ok(Key::Name(ident));
        }
        Err(input.error(wanted))
    }
}

impl Table {
    /// The row the key names.
    pub fn find(&self, key: &Key) -> syn::Result<Found<'_>> {
        let found = match key {
            Key::Code(n, _) => self.rows.iter().find(|r| r.code == *n),
            Key::Name(ident) => self.rows.iter().find(|r| r.name == *ident),
        };
        if let Some(row) = found {
            return Ok(Found::Row(row));
        }
        let faulty = self.faulty.as_ref();
        if let Some(row) = faulty.and_then(|f| self.rows.iter().find(|r| r.name == *f)) {
            return Ok(Found::Faulty(row));
        }
        let message = match key {
            Key::Code(n, _) => {
                let mut near: Vec<&Row> = self.rows.iter().collect();
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
                let names: Vec<String> = self.rows.iter().map(|r| r.name.to_string()).collect();
                let wanted = ident.to_string();
                let hint = match suggest(&wanted, names.iter().map(String::as_str)) {
                    Some(s) => format!("; did you mean `{s}`?"),
                    None => String::new(),
                };
                format!("unknown error code name `{wanted}`{hint}")
            }
        };
        Err(syn::Error::new(key.span(), message))
    }
}
