//! Zingle's JSON envelope (`{"status": {...}, "result": ...}`) and RFC 9457 problems,
//! with the `serde` feature; the conversions between them and errors; and the macro
//! that gives a generated error its wire methods.

#[cfg(feature = "serde")]
mod envelope;
#[cfg(feature = "serde")]
mod extra_fields;
#[cfg(feature = "serde")]
mod json_fault;
#[cfg(feature = "serde")]
mod key_order;
#[cfg(feature = "serde")]
mod object_key;
#[cfg(feature = "serde")]
mod problem;
#[cfg(feature = "serde")]
mod status;

#[cfg(feature = "serde")]
pub use self::envelope::{Envelope, FromStatus, to_envelope};
#[cfg(feature = "serde")]
pub use self::extra_fields::ExtraFields;
#[cfg(feature = "serde")]
pub use self::problem::{Problem, to_problem};
#[cfg(feature = "serde")]
pub use self::status::{Status, StatusField, from_response, from_status};

/// Implements the wire methods of a generated `ZingleError` when this crate's `serde`
/// feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_wire {
    ($error:ident) => {
        impl $error {
            /// The error a `status` object of the envelope reports, or `None` when it reports none (no
            /// `error_code` and a `status_code` under 400).
            ///
            /// The code is kept whether the catalog knows it or not (`kind()` is
            /// `None` for one it does not; a status with no code gets 0), and so are the
            /// description (the error's `Display`), the HTTP status and the status text.
            /// The parameters are recovered by matching the description against the
            /// code's template, else the template as published where the catalog corrects
            /// it, else, with the `fluent` feature, the code's message in each of the
            /// catalog's locales where it is text and values alone (one with a selector,
            /// such as a plural, gives no values). The description stays the message as it
            /// came, in whatever language.
            #[must_use]
            pub fn from_status(status: &$crate::Status) -> ::core::option::Option<Self> {
                $crate::__private::from_status(status).map($error)
            }

            /// The result of an envelope (`{"status": .., "result": ..}`), or the error its status reports.
            ///
            /// # Errors
            ///
            /// The error the status reports, as [`from_status`](Self::from_status) reads it.
            pub fn from_response<T>(
                response: $crate::Envelope<T>,
            ) -> ::core::result::Result<::core::option::Option<T>, Self> {
                $crate::__private::from_response(response).map_err($error)
            }

            /// The envelope of this error: `text` (its status text),
            /// `status_code`, `description` (the message) and `error_code`, nothing else.
            #[must_use]
            pub fn to_envelope(&self) -> $crate::Envelope<()> {
                $crate::__private::to_envelope(&self.0)
            }

            /// This error as RFC 9457 Problem Details.
            #[must_use]
            pub fn to_problem(&self) -> $crate::Problem {
                $crate::__private::to_problem(&self.0)
            }
        }

        #[automatically_derived]
        impl $crate::FromStatus for $error {
            fn from_status(status: &$crate::Status) -> ::core::option::Option<Self> {
                $error::from_status(status)
            }

            fn from_response<T>(
                response: $crate::Envelope<T>,
            ) -> ::core::result::Result<::core::option::Option<T>, Self> {
                $error::from_response(response)
            }
        }

        /// Written as the envelope's `status` object, as `to_envelope` gives it.
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $error {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serde::Serialize::serialize(&self.to_envelope().status, serializer)
            }
        }

        /// Read from a `status` object that reports an error, as `from_status` reads it.
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $error {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                let status: $crate::Status =
                    $crate::__private::serde::Deserialize::deserialize(deserializer)?;
                $error::from_status(&status).ok_or_else(|| {
                    <D::Error as $crate::__private::serde::de::Error>::custom(
                        "the status reports no error: no `error_code`, and a `status_code` under 400",
                    )
                })
            }
        }
    };
}

/// Without the `serde` feature, generated errors have no wire methods.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_wire {
    ($error:ident) => {};
}
