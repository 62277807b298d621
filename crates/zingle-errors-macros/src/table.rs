//! The code table that a generated macro passes to the hidden proc macros, and finding a
//! code in it by number or name.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, Token, bracketed};
use zingle_errors_catalog::{buckets, suggest};

/// One code as the generated macros pass it: `3612 InvalidLabel invalid_label
/// [correspondent_id]`, then `former` for a former name.
#[derive(Clone)]
pub(crate) struct Row {
    pub code: u16,
    pub name: Ident,
    pub ctor: Ident,
    /// The parameters, unraw (`type`, not `r#type`), so that they compare with what a
    /// user writes.
    pub params: Vec<Ident>,
    /// Whether `name` is a former name of the code.
    pub former: bool,
}

/// `(path) (faulty Variant)? [ {rows} {rows} ... ]`: the generated type the macro names;
/// where the catalog has faults, the variant generated in place of the codes it lacks (a
/// code that is not found then gives it, silently: the catalog's faults are reported
/// already); and the codes, in buckets by number and by name (see
/// `zingle_errors_catalog::buckets`). Only the bucket a key falls in is parsed, unless
/// the key is not found and the message needs the whole catalog.
pub(crate) struct Table {
    pub path: TokenStream,
    pub faulty: Option<Ident>,
    buckets: Vec<TokenStream>,
}

/// What a key finds.
pub(crate) enum Found {
    /// The code it names.
    Row(Row),
    /// Nothing, in a catalog with faults: the variant that stands in.
    Faulty(Row),
}

impl Table {
    /// Splits a hidden macro's input into the table and the user's tokens after it,
    /// walking only the top level of each: the buckets stay unread until one is needed
    /// (syn would copy every token of the catalog into its buffer on every call).
    pub fn split(input: TokenStream) -> syn::Result<(Self, TokenStream)> {
        let malformed = || {
            syn::Error::new(
                Span::call_site(),
                "malformed code table: regenerate the catalog's code with the same zingle-errors version",
            )
        };
        let mut tokens = input.into_iter();
        let path = match tokens.next() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => g.stream(),
            _ => return Err(malformed()),
        };
        let mut next = tokens.next();
        let mut faulty = None;
        if matches!(&next, Some(TokenTree::Ident(i)) if i == "faulty") {
            match tokens.next() {
                Some(TokenTree::Ident(variant)) => faulty = Some(variant),
                _ => return Err(malformed()),
            }
            next = tokens.next();
        }
        let buckets = match next {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => g
                .stream()
                .into_iter()
                .filter_map(|bucket| match bucket {
                    TokenTree::Group(bucket) => Some(bucket.stream()),
                    _ => None,
                })
                .collect(),
            _ => return Err(malformed()),
        };
        let table = Self {
            path,
            faulty,
            buckets,
        };
        Ok((table, tokens.collect()))
    }
}

/// The rows of one bucket.
fn rows(input: ParseStream<'_>) -> syn::Result<Vec<Row>> {
    let mut rows = Vec::new();
    while !input.is_empty() {
        let code: LitInt = input.parse()?;
        let name: Ident = input.parse()?;
        let ctor: Ident = input.call(Ident::parse_any)?;
        let list;
        bracketed!(list in input);
        let mut params = Vec::new();
        while !list.is_empty() {
            params.push(list.call(Ident::parse_any)?.unraw());
        }
        let former = input.peek(Ident);
        if former {
            input.parse::<Ident>()?;
        }
        rows.push(Row {
            code: code.base10_parse()?,
            name,
            ctor,
            params,
            former,
        });
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(rows)
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
        let wanted = || {
            let rows = table.all_rows().unwrap_or_default();
            let example = rows.iter().find(|r| !r.params.is_empty()).or(rows.first());
            let (code, name) = example.map_or((3612, "InvalidLabel".to_owned()), |r| {
                (r.code, r.name.to_string())
            });
            format!(
                "`{macro_name}!` takes a literal code, such as `{code}`, or a name, such as `{name}`"
            )
        };
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
        Err(input.error(wanted()))
    }
}

impl Table {
    /// The rows of the bucket that holds `name`, or the code numbered `code`.
    fn bucket(&self, index: usize) -> syn::Result<Vec<Row>> {
        match self.buckets.get(index) {
            Some(bucket) => syn::parse::Parser::parse2(rows, bucket.clone()),
            None => Ok(Vec::new()),
        }
    }

    /// Every code's row (not the former names'), ascending by code: for messages.
    fn all_rows(&self) -> syn::Result<Vec<Row>> {
        let mut all = Vec::new();
        for index in 0..self.buckets.len() {
            all.extend(self.bucket(index)?.into_iter().filter(|r| !r.former));
        }
        all.sort_by_key(|r| r.code);
        all.dedup_by_key(|r| r.code);
        Ok(all)
    }

    /// The row the key names.
    pub fn find(&self, key: &Key) -> syn::Result<Found> {
        let count = self.buckets.len();
        let found = match key {
            Key::Code(n, _) => self
                .bucket(buckets::of_code(*n, count))?
                .into_iter()
                .find(|r| r.code == *n && !r.former),
            Key::Name(ident) => self
                .bucket(buckets::of_name(&ident.to_string(), count))?
                .into_iter()
                .find(|r| r.name == *ident),
        };
        if let Some(row) = found {
            return Ok(Found::Row(row));
        }
        if let Some(faulty) = &self.faulty {
            let bucket = self.bucket(buckets::of_name(&faulty.to_string(), count))?;
            if let Some(row) = bucket.into_iter().find(|r| r.name == *faulty) {
                return Ok(Found::Faulty(row));
            }
        }
        let rows = self.all_rows()?;
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
