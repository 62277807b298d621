//! Tokens shared by the generated items: each entry's, built once.

use proc_macro2::Ident;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;

use super::Context;
use crate::{Catalog, Entry, Piece, is_keyword};

/// One entry's tokens, built once and used by every generated item.
pub(super) struct EntryTokens<'c> {
    pub entry: &'c Entry,
    /// `ErrorCode::InvalidLabel`.
    pub path: TokenStream,
    /// `InvalidLabel`.
    pub variant: Ident,
    /// `3612`, unsuffixed.
    pub code: Literal,
    /// `invalid_label`.
    pub constructor: Ident,
    /// The message's parameters as identifiers (raw where they are keywords).
    pub params: Vec<Ident>,
    /// The variant's rustdoc.
    pub doc: String,
    /// `#[deprecated(note = ..)]`, where the code is deprecated.
    pub deprecated: Option<TokenStream>,
    /// Former names, each with the constructor it gave.
    pub aliases: Vec<(Ident, Ident)>,
    /// The message's pieces, as the runtime crate's `Piece`s.
    pub pieces: TokenStream,
    /// The published message's pieces, where it differs from the message and has the
    /// same parameters.
    pub published_pieces: Option<TokenStream>,
    /// The documentation link.
    pub doc_url: Option<String>,
    /// `Category::Messages`, the entry's category.
    pub category: TokenStream,
}

impl<'c> EntryTokens<'c> {
    pub fn new(cx: &Context, catalog: &Catalog, entry: &'c Entry) -> Self {
        let variant = Ident::new(&entry.name, Span::call_site());
        let code_ty = &cx.code;
        let category_ty = &cx.category;
        let doc_url = catalog.doc_url(entry);
        Self {
            entry,
            path: quote!(#code_ty::#variant),
            pieces: pieces(entry.message.pieces()),
            published_pieces: entry.published_pieces().map(|p| pieces(&p)),
            doc: variant_doc(catalog, entry, doc_url.as_deref()),
            doc_url,
            deprecated: entry
                .deprecated
                .as_ref()
                .map(|note| quote!(#[deprecated(note = #note)])),
            aliases: entry
                .aliases
                .iter()
                .map(|a| {
                    let ctor = constructor_ident(a);
                    (Ident::new(a, Span::call_site()), ctor)
                })
                .collect(),
            code: Literal::u16_unsuffixed(entry.code),
            constructor: constructor_ident(&entry.name),
            params: entry
                .message
                .params()
                .iter()
                .map(|p| ident_maybe_raw(p))
                .collect(),
            category: {
                let name = Ident::new(&catalog.category(entry).name, Span::call_site());
                quote!(#category_ty::#name)
            },
            variant,
        }
    }
}

/// Pieces as the runtime crate's `Piece`s, under the short names that the table of
/// records imports (see `error_code::record`).
fn pieces(pieces: &[Piece]) -> TokenStream {
    let pieces = pieces.iter().map(|p| match p {
        Piece::Lit(s) => quote!(__Lit(#s)),
        Piece::Param(i) => quote!(__Param(#i)),
    });
    quote!(&[#(#pieces),*])
}

/// Markdown code span of `text`, whatever backticks it holds.
pub(super) fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}

/// The constructor the error type has for the code (or former name) `name`: its snake
/// case, raw where it is a keyword. The generated macros derive it the same way.
///
/// ```
/// use zingle_errors_catalog::codegen::constructor_ident;
/// assert_eq!(constructor_ident("InvalidLabel").to_string(), "invalid_label");
/// assert_eq!(constructor_ident("Type").to_string(), "r#type");
/// ```
#[must_use]
pub fn constructor_ident(name: &str) -> Ident {
    ident_maybe_raw(&crate::to_snake_case(name))
}

/// An identifier, raw when the name is a keyword of some edition (the validator refuses
/// those that cannot be raw).
pub(super) fn ident_maybe_raw(name: &str) -> Ident {
    if is_keyword(name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

fn variant_doc(catalog: &Catalog, e: &Entry, doc_url: Option<&str>) -> String {
    let mut doc = format!("`{}`: {}", e.code, code_span(e.message.source()));
    if let Some(x) = &e.explanation {
        doc.push_str("\n\n");
        doc.push_str(x);
    }
    let category = catalog.category(e);
    doc.push_str(&format!(
        "\n\nCategory: {}. HTTP status: {}.",
        category.title, e.status
    ));
    if e.retryable {
        doc.push_str(" Retryable: the same request may succeed later.");
    }
    if let Some(note) = sensitive_note(e) {
        doc.push(' ');
        doc.push_str(&note);
    }
    if let Some(since) = &e.since {
        doc.push_str(&format!(" Since {since}."));
    }
    if !e.aliases.is_empty() {
        let names: Vec<String> = e.aliases.iter().map(|a| format!("`{a}`")).collect();
        doc.push_str(&format!(
            " Formerly {}, which still work, deprecated.",
            names.join(", ")
        ));
    }
    if let Some(url) = doc_url {
        doc.push_str(&format!(" [Documentation]({url})."));
    }
    doc
}

/// What the docs of a code with sensitive parameters say of them.
pub(super) fn sensitive_note(e: &Entry) -> Option<String> {
    if e.sensitive.is_empty() {
        return None;
    }
    let names: Vec<String> = e.sensitive.iter().map(|p| format!("`{p}`")).collect();
    Some(format!(
        "Sensitive, written `[redacted]` by `Debug` and in logs (the message and the wire keep it): {}.",
        names.join(", ")
    ))
}
