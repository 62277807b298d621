//! Used by generated code. Not public API.

pub use zingle_errors_macros::{__code as code, __zingle_error as zingle_error};

pub use crate::code::{Code, Piece, parse_code};
pub use crate::error::{Recording, Repr};
pub use crate::module_check::is_module;
pub use crate::render::{render, render_to};
pub use crate::{
    __impl_axum as impl_axum, __impl_http as impl_http, __impl_miette as impl_miette,
    __impl_serde as impl_serde, __impl_wire as impl_wire,
};

#[cfg(feature = "serde")]
pub use {
    crate::serde::deserialize_code,
    crate::wire::{from_status, to_problem, to_response},
    ::serde,
};

#[cfg(feature = "http")]
pub use {crate::__impl_http_client as impl_http_client, crate::http::status_code, ::http};

#[cfg(all(feature = "http", feature = "serde"))]
pub use crate::http::from_http_response;

#[cfg(feature = "axum")]
pub use {crate::axum::json_response, ::axum};

#[cfg(feature = "miette")]
pub use {crate::miette::diagnostic_code, ::miette};
