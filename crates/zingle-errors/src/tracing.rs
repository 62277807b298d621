//! Errors as structured `tracing` events (feature `tracing`).
//!
//! With the `tracing` feature, every generated error has a method
//! `trace(&self, level: tracing::Level)` that emits one event at that level, its message the
//! error's and its fields what a log search filters on:
//!
//! | field | value |
//! | --- | --- |
//! | `message` | the message, each value of a parameter the catalog marks `sensitive` written `[redacted]` |
//! | `error.code` | the numeric code, known to the catalog or not; absent where the status gave none |
//! | `error.name` | the code's name, `InvalidLabel`; absent for a code the catalog does not know |
//! | `error.category` | the name of its category, `Messages`; absent likewise |
//! | `error.catalog` | the catalog's name (`[catalog] name`), `zingle`; absent where it has none |
//! | `error.http_status` | the HTTP status answered with it |
//! | `error.retryable` | whether the same request may succeed later |
//! | `error.args` | the parameters as the text of a JSON object of strings, `{"correspondent_id":"abc"}`, in the message's order, each sensitive value `"[redacted]"`; `{}` where they are not known |
//! | `error.source` | the cause attached with `with_source`, where there is one, as its alternate `Display` (`{:#}`) writes it: an error of a catalog redacted as the message is, another error as it writes itself there (for most, its `Display`) |
//!
//! The message is redacted too, as it holds every value: a log would otherwise keep what
//! the field hides. A description read from the wire whose values could not be located
//! in it (it did not match the template) is `[redacted]` whole, where its code has a
//! sensitive parameter. `Debug` shows the same. `Display`, `message()`, `arg`, `args`
//! and the wire keep every value: the client is told what it sent.
//!
//! tracing names its fields at compile time, so the parameters, whose names differ from
//! code to code, are one field. The event's target is the module where the catalog is
//! generated (`zingle_errors` for the Zingle catalog, `my_app::errors` for a catalog of
//! `my_app`), so a filter on the crate's name (`RUST_LOG=my_app=warn`) keeps them; the
//! event has the caller's spans as its parents, as any event.
//!
//! No backtrace is attached: capturing one where each error is built would cost every
//! error, logged or not, and an error read from the wire has none of the server's.
//! `tracing-error`'s `SpanTrace` in a cause given to `with_source` says where instead.
//!
//! ```
//! # #[cfg(feature = "zingle")] {
//! use tracing::Level;
//! use zingle_errors::ZingleError;
//!
//! let err = ZingleError::invalid_label("vip");
//! // {"level":"WARN","fields":{"message":"Invalid label 'vip'","error.code":3612,
//! //  "error.name":"InvalidLabel","error.category":"Messages","error.catalog":"zingle",
//! //  "error.http_status":400,"error.retryable":false,
//! //  "error.args":"{\"correspondent_id\":\"vip\"}"},"target":"zingle_errors"}
//! err.trace(Level::WARN);
//! # }
//! ```

#[cfg(feature = "tracing")]
use {
    crate::code::Code,
    crate::error::Repr,
    core::fmt::{self, Display, Write as _},
};

/// What a generated error's event says, computed once for whichever level: see the
/// module's table. Built by [`fields`].
#[cfg(feature = "tracing")]
#[doc(hidden)]
pub struct EventFields<'a, C> {
    pub code: Option<u16>,
    pub name: Option<&'static str>,
    pub category: Option<&'static str>,
    pub catalog: Option<&'static str>,
    pub http_status: u16,
    pub retryable: bool,
    pub message: crate::error::Redacted<'a, C>,
    pub args: ArgsJson<'a, C>,
    pub source: Option<Cause<'a>>,
}

/// The cause of an error as its event records it: its alternate `Display` (`{:#}`),
/// which for an error of any catalog is its message as logs show it, each sensitive
/// value `[redacted]`; for another error, what it writes there (for most, its `Display`).
#[cfg(feature = "tracing")]
#[doc(hidden)]
pub struct Cause<'a>(&'a (dyn std::error::Error + 'static));

#[cfg(feature = "tracing")]
impl Display for Cause<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#}", self.0)
    }
}

/// The fields of `error`'s event; `category` is the name of its code's category (the
/// category enum is generated, so the generated code names it).
#[cfg(feature = "tracing")]
#[doc(hidden)]
pub fn fields<'a, C: Code>(
    error: &'a Repr<C>,
    category: Option<&'static str>,
) -> EventFields<'a, C> {
    EventFields {
        code: error.code(),
        name: error.kind().map(|kind| kind.record().name),
        category,
        catalog: C::CATALOG_NAME,
        http_status: error.http_status(),
        retryable: error.is_retryable(),
        message: error.redacted(),
        args: ArgsJson(error),
        source: error.source().map(Cause),
    }
}

/// The parameters as the text of a JSON object of strings, each sensitive value
/// `"[redacted]"`, written only when a subscriber records the event.
#[cfg(feature = "tracing")]
#[doc(hidden)]
pub struct ArgsJson<'a, C>(&'a Repr<C>);

#[cfg(feature = "tracing")]
impl<C: Code> Display for ArgsJson<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('{')?;
        for (i, (name, value)) in self.0.redacted_args().enumerate() {
            if i > 0 {
                f.write_char(',')?;
            }
            json_string(name, f)?;
            f.write_char(':')?;
            json_string(value, f)?;
        }
        f.write_char('}')
    }
}

/// `s` as a JSON string: quoted, with `"`, `\` and control characters escaped.
#[cfg(feature = "tracing")]
fn json_string(s: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_char('"')?;
    let mut rest = s;
    while let Some(i) = rest.find(|c: char| c == '"' || c == '\\' || c.is_control()) {
        f.write_str(&rest[..i])?;
        let c = rest[i..].chars().next().unwrap_or_default();
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(f, "\\u{unit:04x}")?;
                }
            }
        }
        rest = &rest[i + c.len_utf8()..];
    }
    f.write_str(rest)?;
    f.write_char('"')
}

/// One event of `$fields` at the level `$level`, a constant (tracing's callsites are
/// statics), in the module of the caller.
#[cfg(feature = "tracing")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tracing_event {
    ($level:expr, $fields:ident) => {
        $crate::__private::tracing::event!(
            $level,
            error.code = $fields.code,
            error.name = $fields.name,
            error.category = $fields.category,
            error.catalog = $fields.catalog,
            error.http_status = $fields.http_status,
            error.retryable = $fields.retryable,
            error.args = %$fields.args,
            error.source = $fields.source.map($crate::__private::tracing::field::display),
            "{}",
            $fields.message
        )
    };
}

/// Gives a generated error type `trace(level)` when this crate's `tracing` feature is on.
#[cfg(feature = "tracing")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tracing {
    ($code:ident, $error:ident) => {
        impl $error {
            /// Emits one `tracing` event at `level`: the message, and the code, name,
            /// category, catalog, HTTP status, retryability, parameters and cause as
            /// fields (`error.code`, `error.name`, ..), each value of a parameter the
            /// catalog marks sensitive `[redacted]`. The target is the module where the
            /// catalog is generated. See `zingle_errors::tracing` for every field.
            pub fn trace(&self, level: $crate::__private::tracing::Level) {
                use $crate::__private::tracing::Level;
                let category = self.kind().map(|kind: $code| kind.category().name());
                let fields = $crate::__private::tracing_fields(&self.0, category);
                if level == Level::ERROR {
                    $crate::__tracing_event!(Level::ERROR, fields);
                } else if level == Level::WARN {
                    $crate::__tracing_event!(Level::WARN, fields);
                } else if level == Level::INFO {
                    $crate::__tracing_event!(Level::INFO, fields);
                } else if level == Level::DEBUG {
                    $crate::__tracing_event!(Level::DEBUG, fields);
                } else {
                    $crate::__tracing_event!(Level::TRACE, fields);
                }
            }
        }
    };
}

/// Without the `tracing` feature, no `trace`.
#[cfg(not(feature = "tracing"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tracing {
    ($code:ident, $error:ident) => {};
}
