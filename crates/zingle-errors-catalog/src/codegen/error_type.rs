//! The generated `ZingleError`: an error of the catalog with its parameters.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use super::tokens::{EntryTokens, code_span, sensitive_note};
use crate::{Piece, to_snake_case};

/// The struct, wrapping the runtime crate's error data.
pub(super) fn struct_item(cx: &Context) -> TokenStream {
    let Context {
        rt,
        code: code_ty,
        error: error_ty,
        names,
        ..
    } = cx;
    let doc = format!(
        "An error of the catalog, with its parameters: what a client returns and a \
         server answers with.\n\n\
         `Display` writes the filled message (or the description, verbatim, of an error \
         read from the wire). Build one with a constructor named after the code, with \
         `{}!`, or with `new` for a code known only at run time.\n\n\
         Two errors are equal when a client would take them for the same: the same code, \
         HTTP status and message, and status texts equal but for ASCII case. The message \
         is compared as the catalog writes it, so an error read in the published text of \
         a code whose catalog corrects a typo equals the one built here; where a template \
         is ambiguous, two sets of values that give the same message are equal. A cause \
         attached with `with_source` is neither compared nor sent.",
        names.error_macro
    );
    quote! {
        #[doc = #doc]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct #error_ty(#rt::__private::Repr<#code_ty>);
    }
}

/// One constructor per code, taking the message's parameters in order.
pub(super) fn constructors(cx: &Context, entries: &[EntryTokens<'_>]) -> TokenStream {
    let Context {
        code: code_ty,
        error: error_ty,
        ..
    } = cx;
    let constructors = entries.iter().map(|e| {
        let EntryTokens {
            constructor,
            params,
            ..
        } = e;
        let mut doc = format!(
            "[`{code_ty}::{}`] ({}): {}",
            e.entry.name,
            e.entry.code,
            code_span(e.entry.message.source())
        );
        if !params.is_empty() {
            doc.push_str(
                "\n\nEach value is anything `Display`, written into the message once, here.",
            );
        }
        if let Some(note) = sensitive_note(e.entry) {
            doc.push_str("\n\n");
            doc.push_str(&note);
        }
        // A code named like the error type: its constructor is named like it too.
        let allow = (e.entry.snake_name() == to_snake_case(&error_ty.to_string()))
            .then(|| quote!(#[allow(clippy::self_named_constructors)]));
        let alias = e.entry.code.to_string();
        let deprecated = &e.deprecated;
        let body = constructor_body(cx, e);
        // Former names give the constructors they gave, deprecated.
        let former = e.aliases.iter().map(|(_, old)| {
            let note = format!("renamed `{constructor}`");
            quote! {
                #[deprecated(note = #note)]
                #[doc(hidden)]
                #[must_use]
                pub fn #old(#(#params: impl ::core::fmt::Display),*) -> Self {
                    Self::#constructor(#(#params),*)
                }
            }
        });
        quote! {
            #(#former)*

            #[doc = #doc]
            #[doc(alias = #alias)]
            #[must_use]
            #deprecated
            #allow
            pub fn #constructor(#(#params: impl ::core::fmt::Display),*) -> Self {
                #body
            }
        }
    });
    quote! {
        #[allow(deprecated)]
        impl #error_ty {
            #(#constructors)*
        }
    }
}

/// What a constructor does: a message without parameters is its template, kept as it
/// is; one with parameters is written once, as `format!` writes it, by the template's
/// `format_args!` with each value marked, so that where each value lies is recorded.
fn constructor_body(cx: &Context, e: &EntryTokens<'_>) -> TokenStream {
    let Context {
        rt,
        error: error_ty,
        ..
    } = cx;
    let path = &e.path;
    if e.params.is_empty() {
        return quote!(#error_ty(#rt::__private::Repr::without_args(#path)));
    }
    let mut format = String::new();
    let mut literals = 0;
    let mut marks = Vec::new();
    for piece in e.entry.message.pieces() {
        match piece {
            Piece::Lit(s) => {
                format.push_str(&s.replace('{', "{{").replace('}', "}}"));
                literals += s.len();
            }
            Piece::Param(i) => {
                format.push_str("{}");
                let param = &e.params[*i];
                marks.push(quote!(__recording.mark(#i, &#param)));
            }
        }
    }
    let count = proc_macro2::Literal::usize_unsuffixed(e.params.len());
    quote! {
        let __recording = #rt::__private::Recording::<_, #count>::new(#path);
        #error_ty(__recording.finish(::core::format_args!(#format, #(#marks),*), #literals))
    }
}

/// What the error is, read back.
pub(super) fn accessors(cx: &Context) -> TokenStream {
    let Context {
        rt,
        code: code_ty,
        error: error_ty,
        ..
    } = cx;
    quote! {
        impl #error_ty {
            /// The code, or `None` for a code outside the catalog.
            #[must_use]
            pub fn kind(&self) -> ::core::option::Option<#code_ty> {
                self.0.kind()
            }

            /// The numeric code, known to the catalog or not; `None` where the status
            /// reported an error without one.
            #[must_use]
            pub fn error_code(&self) -> ::core::option::Option<u16> {
                self.0.code()
            }

            /// The HTTP status answered with the error.
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
            pub fn args(&self) -> #rt::Args<'_> {
                self.0.args()
            }

            /// Why the error's code was retired, for an error read from the wire with a
            /// code the catalog retired (its `kind()` is then `None`).
            #[must_use]
            pub fn retired(&self) -> ::core::option::Option<&'static str> {
                self.0.retired()
            }

            /// Whether repeating the same request may succeed: as the catalog says for
            /// a code it knows, else by the HTTP status (5xx and 429 may).
            #[must_use]
            pub fn is_retryable(&self) -> bool {
                self.0.is_retryable()
            }

            /// The error with `source` as its cause: `source()` returns it and `Debug`
            /// shows it, for logs; it is never sent on the wire, nor compared.
            #[must_use]
            pub fn with_source(
                self,
                source: impl ::core::convert::Into<
                    ::std::boxed::Box<dyn ::std::error::Error + ::core::marker::Send + ::core::marker::Sync>,
                >,
            ) -> Self {
                #error_ty(self.0.with_source(source))
            }

            /// The error of a code known only at run time, with `(name, value)`
            /// arguments in any order, checked at run time.
            ///
            /// # Errors
            ///
            /// A parameter missing, unknown or given twice, as `render` says.
            pub fn new(
                code: #code_ty,
                args: &[(&str, &dyn ::core::fmt::Display)],
            ) -> ::core::result::Result<Self, #rt::RenderError> {
                #rt::__private::Repr::checked(code, args).map(#error_ty)
            }
        }
    }
}

/// `Debug`, `Display`, `Error`, and the runtime crate's feature-dependent impls.
pub(super) fn trait_impls(cx: &Context) -> TokenStream {
    let Context {
        rt,
        code: code_ty,
        error: error_ty,
        ..
    } = cx;
    let error_name = error_ty.to_string();
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #error_ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                self.0.fmt_debug(#error_name, f)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #error_ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.0, f)
            }
        }

        #[automatically_derived]
        impl ::std::error::Error for #error_ty {
            fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
                self.0.source()
            }
        }

        /// The error of a code known only at run time. A code without parameters gives
        /// its message; for one with parameters, the message says they are not given
        /// (build it with `new` to give them).
        #[automatically_derived]
        impl ::core::convert::From<#code_ty> for #error_ty {
            fn from(code: #code_ty) -> Self {
                #error_ty(#rt::__private::Repr::without_args(code))
            }
        }

        #rt::__private::impl_wire!(#error_ty);
        #rt::__private::impl_http!(#code_ty, #error_ty);
        #rt::__private::impl_reqwest!(#error_ty);
        #rt::__private::impl_axum!(#error_ty);
        #rt::__private::impl_miette!(#error_ty);
        #rt::__private::impl_tracing!(#code_ty, #error_ty);
    }
}
