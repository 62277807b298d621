//! The generated `ZingleError`: an error of the catalog with its parameters.

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::{EntryTokens, code_span};

/// The struct, wrapping the runtime crate's error data.
pub(super) fn struct_item() -> TokenStream {
    quote! {
        /// An error of the catalog, with its parameters: what a client returns and a
        /// server answers with.
        ///
        /// `Display` writes the filled message. Build one with a constructor named
        /// after the code (`ZingleError::invalid_label(id)`) or with `zingle_error!`.
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct ZingleError(::zingle_errors::__private::Repr<ErrorCode>);
    }
}

/// One constructor per code, taking the message's parameters in order.
pub(super) fn constructors(entries: &[EntryTokens<'_>]) -> TokenStream {
    let constructors = entries.iter().map(|e| {
        let EntryTokens {
            constructor,
            path,
            params,
            ..
        } = e;
        let doc = format!(
            "[`ErrorCode::{}`] ({}): {}",
            e.entry.name,
            e.entry.code,
            code_span(e.entry.message.source())
        );
        quote! {
            #[doc = #doc]
            #[must_use]
            pub fn #constructor(#(#params: impl ::core::convert::Into<::std::string::String>),*) -> Self {
                ZingleError(::zingle_errors::__private::Repr::new(
                    #path,
                    ::std::vec![#(::core::convert::Into::into(#params)),*],
                ))
            }
        }
    });
    quote! {
        impl ZingleError {
            #(#constructors)*
        }
    }
}

/// What the error is, read back.
pub(super) fn accessors() -> TokenStream {
    quote! {
        impl ZingleError {
            /// The code, or `None` for a code outside the catalog.
            #[must_use]
            pub fn kind(&self) -> ::core::option::Option<ErrorCode> {
                self.0.kind()
            }

            /// The numeric code, known to the catalog or not.
            #[must_use]
            pub fn error_code(&self) -> u16 {
                self.0.error_code()
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
            pub fn args(&self) -> ::zingle_errors::Args<'_> {
                self.0.args()
            }
        }
    }
}

/// `Debug`, `Display`, `Error`, and the runtime crate's feature-dependent impls.
pub(super) fn trait_impls() -> TokenStream {
    quote! {
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
