//! Used by generated code. Not public API.

pub use zingle_errors_macros::{__code as code, __zingle_error as zingle_error};

pub use crate::code::{
    CategoryRecord, Code, LocaleTable, Piece, Record, Retired, parse_code, retired_named,
    retired_reason,
};
pub use crate::error::{Recording, Repr};
pub use crate::render::{render, render_to};
pub use crate::{
    __catalog_macro as catalog_macro, __impl_axum as impl_axum, __impl_http as impl_http,
    __impl_miette as impl_miette, __impl_reqwest as impl_reqwest, __impl_serde as impl_serde,
    __impl_tracing as impl_tracing, __impl_wire as impl_wire,
};

#[cfg(feature = "serde")]
pub use {
    crate::serde::deserialize_code,
    crate::wire::{from_response, from_status, to_envelope, to_problem},
    ::serde,
};

#[cfg(feature = "http")]
pub use {crate::__impl_http_client as impl_http_client, crate::http::status_code, ::http};

#[cfg(all(feature = "http", feature = "serde"))]
pub use crate::http::from_http_response;

#[cfg(feature = "reqwest")]
pub use {crate::reqwest::read_reqwest_response, ::reqwest};

#[cfg(feature = "axum")]
pub use {crate::axum::json_response, ::axum};

#[cfg(feature = "miette")]
pub use {crate::miette::diagnostic_code, ::miette};

/// What is re-exported by a glob beside every generated error type: the module
/// `envelope`, so that a crate downstream of a catalog's crate reads an envelope with no
/// dependency on this one (`errors::envelope::Envelope`); by a glob, so that two catalogs
/// of one module share it and an item of the user's own of that name wins.
pub mod beside {
    /// What reading an envelope needs: `Envelope`, `Status`, `Problem`, `ExtraFields`,
    /// `FromStatus` and `StatusField`, as `zingle_errors` exports them (with its `serde`
    /// feature).
    pub mod envelope {
        #[cfg(feature = "serde")]
        pub use crate::wire::{Envelope, ExtraFields, FromStatus, Problem, Status, StatusField};
    }
}

#[cfg(feature = "tracing")]
pub use {crate::tracing::fields as tracing_fields, ::tracing};

#[cfg(all(feature = "fluent", feature = "serde"))]
pub use crate::locale::envelope_in;
#[cfg(feature = "fluent")]
pub use crate::locale::{Translations, display_in, explanation_in, message_in};

pub use crate::{__impl_locales as impl_locales, __impl_locales_axum as impl_locales_axum};
