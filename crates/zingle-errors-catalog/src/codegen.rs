//! Catalogue → Rust source: what `zingle_errors!` expands to, available to build
//! scripts and tools too (feature `codegen`).
//!
//! ```
//! let catalog = zingle_errors_catalog::parse(
//!     "[[category]]\nname = \"Things\"\ntitle = \"Things\"\nrange = [1, 9]\nstatus = 400\n\
//!      [[code]]\ncode = 1\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"No thing {id}\"\n",
//!     "codes.toml",
//! )?;
//! let source = zingle_errors_catalog::codegen::generate(&catalog, &Default::default()).to_string();
//! assert!(source.contains("pub enum ErrorCode"));
//! assert!(source.contains("pub fn thing_not_found"));
//! # Ok::<(), zingle_errors_catalog::Errors>(())
//! ```

use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::Ident;

use crate::{Catalog, Entry, Piece};

/// How to generate a catalogue's code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Options {
    /// The catalogue's absolute path: the generated code `include_bytes!` it, so that
    /// cargo rebuilds when it changes.
    pub file: Option<String>,
    /// The module, from the crate root, where the code is placed (empty: the root), for
    /// the generated `code!` and `zingle_error!` macros.
    pub module: Vec<String>,
}

/// The generated items: `ErrorCode`, `Category`, `ZingleError`, and the `code!` and
/// `zingle_error!` macros, for a crate depending on `zingle-errors`.
pub fn generate(catalog: &Catalog, options: &Options) -> TokenStream {
    let rebuild = options.file.as_ref().map(|file| {
        quote! {
            // Rebuild when the catalogue changes.
            const _: &[u8] = ::core::include_bytes!(#file);
        }
    });
    let module = module_path(&options.module);
    let error_code = error_code(catalog);
    let category = category(catalog);
    let error = zingle_error(catalog);
    let macros = macros(catalog, &module);
    quote! {
        #rebuild
        #error_code
        #category
        #error
        #macros
    }
}

/// `$crate::module::` tokens for the generated macros, which run in other crates.
fn module_path(module: &[String]) -> TokenStream {
    let segments = module
        .iter()
        .filter(|s| *s != "crate")
        .map(|s| Ident::new(s, Span::call_site()));
    quote!($crate #(:: #segments)*)
}

/// Match arms `pattern => body`, one per distinct body, its patterns joined by `|`
/// (so that no two arms are the same, as clippy's `match_same_arms` asks).
fn arms(
    patterns: impl Iterator<Item = TokenStream>,
    bodies: impl Iterator<Item = TokenStream>,
) -> TokenStream {
    let mut grouped: Vec<(String, TokenStream, Vec<TokenStream>)> = Vec::new();
    for (pattern, body) in patterns.zip(bodies) {
        let key = body.to_string();
        match grouped.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, patterns)) => patterns.push(pattern),
            None => grouped.push((key, body, vec![pattern])),
        }
    }
    let arms = grouped
        .into_iter()
        .map(|(_, body, patterns)| quote!(#(#patterns)|* => #body,));
    quote!(#(#arms)*)
}

/// Markdown code span of `text`, whatever backticks it holds.
fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}

fn variant(e: &Entry) -> Ident {
    Ident::new(&e.name, Span::call_site())
}

fn param_ident(name: &str) -> Ident {
    if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, Span::call_site())
    } else {
        Ident::new_raw(name, Span::call_site())
    }
}

fn code_lit(e: &Entry) -> Literal {
    Literal::u16_unsuffixed(e.code)
}

fn variant_doc(catalog: &Catalog, e: &Entry) -> String {
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
    doc
}

fn error_code(catalog: &Catalog) -> TokenStream {
    let entries = catalog.entries();
    let names: Vec<Ident> = entries.iter().map(variant).collect();
    let codes: Vec<Literal> = entries.iter().map(code_lit).collect();
    let docs = entries.iter().map(|e| variant_doc(catalog, e));
    let variants = || names.iter().map(|n| quote!(ErrorCode::#n));
    let name_strs = arms(variants(), entries.iter().map(|e| e.name.to_token_stream()));
    let messages = arms(
        variants(),
        entries.iter().map(|e| e.message.source().to_token_stream()),
    );
    let explanations = arms(
        variants(),
        entries.iter().map(|e| match &e.explanation {
            Some(x) => quote!(::core::option::Option::Some(#x)),
            None => quote!(::core::option::Option::None),
        }),
    );
    let params = arms(
        variants(),
        entries.iter().map(|e| {
            let p = e.message.params();
            quote!(&[#(#p),*])
        }),
    );
    let pieces = arms(
        variants(),
        entries.iter().map(|e| {
            let pieces = e.message.pieces().iter().map(|p| match p {
                Piece::Literal(s) => quote!(::zingle_errors::__private::Piece::Lit(#s)),
                Piece::Param(name) => {
                    let i = e
                        .message
                        .params()
                        .iter()
                        .position(|p| p == name)
                        .unwrap_or_default();
                    quote!(::zingle_errors::__private::Piece::Param(#i))
                }
            });
            quote!(&[#(#pieces),*])
        }),
    );
    let categories = arms(
        variants(),
        entries.iter().map(|e| {
            let category = Ident::new(&catalog.category(e).name, Span::call_site());
            quote!(Category::#category)
        }),
    );
    let statuses = arms(
        variants(),
        entries.iter().map(|e| e.status.to_token_stream()),
    );
    let count = entries.len();
    let doc = format!(
        "An error code of the catalogue: {count} codes, from {} to {}.\n\n\
         Each variant's discriminant is its code. Generated by `zingle_errors!`.",
        entries[0].code,
        entries[count - 1].code
    );
    quote! {
        #[doc = #doc]
        ///
        /// `Display` writes the name and `FromStr` reads a name or a number, so the two
        /// round-trip; with the `serde` feature a code is (de)serialized as its number.
        #[repr(u16)]
        #[non_exhaustive]
        // The explanations are the catalogue's prose, not code.
        #[allow(clippy::doc_markdown)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            #( #[doc = #docs] #names = #codes, )*
        }

        impl ErrorCode {
            /// Every code, ascending.
            pub const ALL: &'static [ErrorCode] = &[#(ErrorCode::#names),*];

            /// The numeric code.
            #[must_use]
            pub const fn code(self) -> u16 {
                self as u16
            }

            /// The code with this number, if the catalogue has it.
            #[must_use]
            pub const fn from_code(code: u16) -> ::core::option::Option<ErrorCode> {
                match code {
                    #(#codes => ::core::option::Option::Some(ErrorCode::#names),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The variant's name, such as `"InvalidLabel"`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { #name_strs }
            }

            /// The message template, unfilled: `{name}` is a parameter, `{{`/`}}` literal braces.
            #[must_use]
            pub const fn message(self) -> &'static str {
                match self { #messages }
            }

            /// The published explanation, where there is one.
            #[must_use]
            pub const fn explanation(self) -> ::core::option::Option<&'static str> {
                match self { #explanations }
            }

            /// The message's parameter names, in order of first appearance.
            #[must_use]
            pub const fn params(self) -> &'static [&'static str] {
                match self { #params }
            }

            /// The code's category.
            #[must_use]
            pub const fn category(self) -> Category {
                match self { #categories }
            }

            /// The HTTP status answered with this code.
            #[must_use]
            pub const fn http_status(self) -> u16 {
                match self { #statuses }
            }

            const fn pieces(self) -> &'static [::zingle_errors::__private::Piece] {
                match self { #pieces }
            }

            /// Fills the message with `(name, value)` arguments, given in any order.
            ///
            /// Fails when a parameter is missing, unknown or given twice.
            pub fn render(
                self,
                args: &[(&str, &dyn ::core::fmt::Display)],
            ) -> ::core::result::Result<::std::string::String, ::zingle_errors::RenderError> {
                ::zingle_errors::__private::render(self, args)
            }

            /// Like [`render`](Self::render), writing into `out`; checks the arguments
            /// before writing anything.
            pub fn render_to(
                self,
                out: &mut impl ::core::fmt::Write,
                args: &[(&str, &dyn ::core::fmt::Display)],
            ) -> ::core::result::Result<(), ::zingle_errors::RenderError> {
                ::zingle_errors::__private::render_to(self, out, args)
            }
        }

        #[automatically_derived]
        impl ::zingle_errors::__private::Code for ErrorCode {
            fn code(self) -> u16 { self as u16 }
            fn from_code(code: u16) -> ::core::option::Option<Self> { ErrorCode::from_code(code) }
            fn name(self) -> &'static str { ErrorCode::name(self) }
            fn params(self) -> &'static [&'static str] { ErrorCode::params(self) }
            fn pieces(self) -> &'static [::zingle_errors::__private::Piece] { ErrorCode::pieces(self) }
            fn http_status(self) -> u16 { ErrorCode::http_status(self) }
            fn all() -> &'static [Self] { ErrorCode::ALL }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<u16> for ErrorCode {
            type Error = ::zingle_errors::UnknownCode;
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                ErrorCode::from_code(code).ok_or(::zingle_errors::UnknownCode(code))
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<ErrorCode> for u16 {
            fn from(code: ErrorCode) -> u16 {
                code as u16
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for ErrorCode {
            type Err = ::zingle_errors::ParseCodeError;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                ::zingle_errors::__private::parse_code(s)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for ErrorCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(ErrorCode::name(*self))
            }
        }

        ::zingle_errors::__private::impl_serde!(ErrorCode);
    }
}

fn category(catalog: &Catalog) -> TokenStream {
    let cats = catalog.categories();
    let names: Vec<Ident> = cats
        .iter()
        .map(|c| Ident::new(&c.name, Span::call_site()))
        .collect();
    let variants = || names.iter().map(|n| quote!(Category::#n));
    let name_strs = arms(variants(), cats.iter().map(|c| c.name.to_token_stream()));
    let titles = arms(variants(), cats.iter().map(|c| c.title.to_token_stream()));
    let ranges = arms(
        variants(),
        cats.iter().map(|c| {
            let (first, last) = (
                Literal::u16_unsuffixed(c.first),
                Literal::u16_unsuffixed(c.last),
            );
            quote!(#first..=#last)
        }),
    );
    let docs = cats
        .iter()
        .map(|c| format!("{}: codes {} to {}.", c.title, c.first, c.last));
    let codes = arms(
        variants(),
        (0..cats.len()).map(|i| {
            let members = catalog.entries_of(i).map(variant);
            quote!(&[#(ErrorCode::#members),*])
        }),
    );
    quote! {
        /// A category of error codes: one range of codes about one resource.
        ///
        /// Generated by `zingle_errors!`. `Display` writes the name.
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category {
            #( #[doc = #docs] #names, )*
        }

        impl Category {
            /// Every category, in catalogue order.
            pub const ALL: &'static [Category] = &[#(Category::#names),*];

            /// The category's name, such as `"Contacts"`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { #name_strs }
            }

            /// What the category's codes are about.
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self { #titles }
            }

            /// The range of codes the category reserves (not all are defined).
            #[must_use]
            pub const fn range(self) -> ::core::ops::RangeInclusive<u16> {
                match self { #ranges }
            }

            /// The category's codes, ascending.
            #[must_use]
            pub const fn codes(self) -> &'static [ErrorCode] {
                match self { #codes }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for Category {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(Category::name(*self))
            }
        }
    }
}

fn zingle_error(catalog: &Catalog) -> TokenStream {
    let constructors = catalog.entries().iter().map(|e| {
        let ctor = format_ident!("{}", e.snake_name());
        let name = variant(e);
        let params: Vec<Ident> = e.message.params().iter().map(|p| param_ident(p)).collect();
        let doc = format!(
            "[`ErrorCode::{}`] ({}): {}",
            e.name,
            e.code,
            code_span(e.message.source())
        );
        quote! {
            #[doc = #doc]
            #[must_use]
            pub fn #ctor(#(#params: impl ::core::convert::Into<::std::string::String>),*) -> Self {
                ZingleError(::zingle_errors::__private::Repr::new(
                    ErrorCode::#name,
                    ::std::vec![#(::core::convert::Into::into(#params)),*],
                ))
            }
        }
    });
    quote! {
        /// An error of the catalogue, with its parameters: what a client returns and a
        /// server answers with.
        ///
        /// `Display` writes the filled message. Build one with a constructor named
        /// after the code (`ZingleError::invalid_label(id)`) or with `zingle_error!`.
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct ZingleError(::zingle_errors::__private::Repr<ErrorCode>);

        impl ZingleError {
            #(#constructors)*

            /// The code, or `None` for a code outside the catalogue.
            #[must_use]
            pub fn kind(&self) -> ::core::option::Option<ErrorCode> {
                self.0.kind()
            }

            /// The numeric code, known to the catalogue or not.
            #[must_use]
            pub fn error_code(&self) -> u16 {
                self.0.error_code()
            }

            /// The HTTP status.
            #[must_use]
            pub fn http_status(&self) -> u16 {
                self.0.http_status()
            }

            /// The value of the parameter `name`.
            #[must_use]
            pub fn arg(&self, name: &str) -> ::core::option::Option<&str> {
                self.0.arg(name)
            }

            /// The HTTP status text: as read from the wire, else the status's reason
            /// phrase (`"Bad Request"`).
            #[must_use]
            pub fn status_text(&self) -> &str {
                self.0.status_text()
            }

            /// The description, verbatim, of an error read from the wire.
            #[must_use]
            pub fn description(&self) -> ::core::option::Option<&str> {
                self.0.description()
            }

            /// The filled message, as `Display` writes it, in one allocation of the
            /// exact size (`to_string()` grows its buffer as it writes).
            #[must_use]
            pub fn message(&self) -> ::std::string::String {
                self.0.message()
            }

            /// The `(name, value)` parameters, in order of the message.
            pub fn args(&self) -> ::zingle_errors::Args<'_> {
                self.0.args()
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for ZingleError {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt(&self.0, f)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for ZingleError {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.0, f)
            }
        }

        #[automatically_derived]
        impl ::std::error::Error for ZingleError {}

        ::zingle_errors::__private::impl_wire!(ZingleError);
        ::zingle_errors::__private::impl_http!(ErrorCode, ZingleError);
        ::zingle_errors::__private::impl_axum!(ZingleError);
    }
}

fn macros(catalog: &Catalog, module: &TokenStream) -> TokenStream {
    let table = catalog.entries().iter().map(|e| {
        let code = code_lit(e);
        let name = variant(e);
        let ctor = format_ident!("{}", e.snake_name());
        let params = e
            .message
            .params()
            .iter()
            .map(|p| Ident::new(p, Span::call_site()));
        quote!(#code #name #ctor [#(#params)*])
    });
    let table = quote!({ #(#table),* });
    let example = catalog
        .entries()
        .iter()
        .find(|e| !e.message.params().is_empty())
        .unwrap_or(&catalog.entries()[0]);
    let (code, name) = (example.code, &example.name);
    let code_doc = format!(
        "The [`ErrorCode`] with this number or name, checked at compile time: \
         `code!({code})` and `code!({name})` are `ErrorCode::{name}`.\n\n\
         Works in expressions, `const` items and `match` patterns. An unknown code or \
         name does not compile, and the message suggests the nearest."
    );
    let error_doc = format!(
        "A [`ZingleError`] with its parameters, checked at compile time: \
         `zingle_error!({code}, ...)` or `zingle_error!({name}, ...)`, each parameter \
         as `name = value` in any order, values any `Display`.\n\n\
         A missing, unknown or repeated parameter, or an unknown code, does not compile."
    );
    quote! {
        #[doc = #code_doc]
        #[macro_export]
        macro_rules! code {
            ($($input:tt)*) => {
                ::zingle_errors::__private::code! { (#module::ErrorCode) #table $($input)* }
            };
        }

        #[doc = #error_doc]
        #[macro_export]
        macro_rules! zingle_error {
            ($($input:tt)*) => {
                ::zingle_errors::__private::zingle_error! { (#module::ZingleError) #table $($input)* }
            };
        }
    }
}
