//! The data and behaviour of a generated `ZingleError`: built from a code and its
//! arguments, or reported by a server.

mod args;
mod equality;
mod message;
mod recording;
mod redact;

use core::fmt::{self, Display};
use std::sync::Arc;

pub use self::args::Args;
pub use self::recording::Recording;
#[cfg(feature = "tracing")]
pub use self::redact::Redacted;

use self::message::fill;
use crate::code::Code;
use crate::render::{RenderError, check};
use zingle_errors_core::{
    Spans, Split, Values, plain_pieces, reads_back, reason_phrase, recover_localized,
};

use crate::transport::Transport;

/// A cause kept with an error: shared, so that the error stays `Clone`.
type Source = Arc<dyn std::error::Error + Send + Sync + 'static>;

/// The data of a generated `ZingleError`.
#[derive(Clone)]
pub struct Repr<C> {
    /// The code; `None` for a status that reported an error without one.
    code: Option<u16>,
    /// `C::from_code(code)`, kept to spare the lookup.
    kind: Option<C>,
    status: u16,
    /// The message, where it is not `kind`'s template alone: filled from the template
    /// and the values when the error was built, or the description read from the wire,
    /// verbatim.
    message: Option<String>,
    /// Whether `message` is a description read from the wire.
    reported: bool,
    /// Where each parameter's value lies in `message`, in the order of the code's
    /// parameters; `None` when they are not known: the parameters were not given, or a
    /// description read from the wire matched neither the template, its published text
    /// nor a translation (for a code without parameters too: then the description is
    /// another text than the code's, and is compared as such).
    spans: Option<Spans>,
    /// The status text as read from the wire.
    text: Option<Box<str>>,
    /// What caused the error, for logs: never on the wire, not compared.
    source: Option<Source>,
    /// What the HTTP response it was read from said besides its envelope, where it was
    /// read from one: not compared.
    transport: Option<Box<Transport>>,
}

/// Where the values lie in the message of an error whose message is its code's template:
/// nowhere, for a code without parameters (the template is the message whole); not known,
/// for one with parameters (they were not given).
fn template_spans<C: Code>(kind: C) -> Option<Spans> {
    kind.record().params.is_empty().then(Spans::default)
}

impl<C: Code> Repr<C> {
    /// An error of the catalog whose parameters are not given: its message says so. For
    /// a code without parameters, that is the error whole: its message is its template.
    pub fn without_args(kind: C) -> Self {
        Self {
            code: Some(kind.record().code),
            kind: Some(kind),
            status: kind.record().http_status,
            message: None,
            reported: false,
            spans: template_spans(kind),
            text: None,
            source: None,
            transport: None,
        }
    }

    /// An error of the catalog from `(name, value)` arguments checked at run time.
    ///
    /// # Errors
    ///
    /// A parameter missing, unknown or given twice.
    pub fn checked(kind: C, args: &[(&str, &dyn Display)]) -> Result<Self, RenderError> {
        check(kind, args)?;
        let params = kind.record().params;
        let (message, spans) = fill(kind, |i| {
            let param = params.get(i)?;
            args.iter().find(|(n, _)| n == param).map(|(_, v)| *v)
        });
        Ok(Self {
            message,
            spans: Some(spans),
            ..Self::without_args(kind)
        })
    }

    /// An error as a server reported it: the code may be absent or outside the catalog,
    /// and the parameters are recovered by matching the description against the
    /// template, or else against the template as published where the catalog corrects it,
    /// or else against its message in each of the catalog's locales that reads back
    /// (`zingle_errors_core::reads_back`).
    pub fn reported(
        code: Option<u16>,
        status: u16,
        text: Option<String>,
        description: Option<String>,
    ) -> Self {
        let kind = code.and_then(C::from_code);
        let spans = match (kind, description.as_deref()) {
            (Some(kind), Some(description)) => recover_localized(
                kind.record().pieces,
                kind.record().published_pieces,
                C::LOCALES.iter().filter_map(|locale| {
                    let pieces = plain_pieces(locale.message(kind.index())?)?;
                    reads_back(&pieces, kind.record().params.len()).then_some(pieces)
                }),
                kind.record().params.len(),
                description,
                // A sensitive value is located for sure, or not at all: no part of it
                // may be taken for another parameter's, which logs show.
                Split::for_code(!kind.record().sensitive.is_empty()),
            ),
            // No description: the template.
            (Some(kind), None) => template_spans(kind),
            (None, _) => None,
        };
        Self {
            code,
            kind,
            status,
            reported: description.is_some(),
            message: description,
            spans,
            text: text.map(String::into_boxed_str),
            source: None,
            transport: None,
        }
    }

    /// The error with `source` as its cause.
    #[must_use]
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(Arc::from(source.into()));
        self
    }

    /// The error with what the HTTP response it was read from said besides the envelope.
    #[must_use]
    pub fn with_transport(mut self, transport: Transport) -> Self {
        self.transport = Some(Box::new(transport));
        self
    }

    /// What the HTTP response it was read from said besides the envelope, where it was
    /// read from one.
    pub fn transport(&self) -> Option<&Transport> {
        self.transport.as_deref()
    }

    /// The cause, if one was attached.
    pub fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }

    /// The code, or `None` for one outside the catalog (or none at all).
    pub fn kind(&self) -> Option<C> {
        self.kind
    }

    /// Why the error's code was retired, if the catalog retired it.
    pub fn retired(&self) -> Option<&'static str> {
        match (self.kind, self.code) {
            (None, Some(code)) => crate::code::retired_reason(C::RETIRED, code),
            _ => None,
        }
    }

    /// The numeric code as the status gave it.
    pub fn code(&self) -> Option<u16> {
        self.code
    }

    /// The HTTP status answered with this error.
    pub fn http_status(&self) -> u16 {
        self.status
    }

    /// Whether repeating the same request may succeed: as the catalog says for a known
    /// code, else by the HTTP status (5xx and 429 may).
    pub fn is_retryable(&self) -> bool {
        match self.kind {
            Some(kind) => kind.record().retryable,
            None => self.status >= 500 || self.status == 429,
        }
    }

    /// The status text: as read from the wire, else the status's reason phrase, else
    /// empty.
    pub fn status_text(&self) -> &str {
        self.text
            .as_deref()
            .or_else(|| reason_phrase(self.status))
            .unwrap_or_default()
    }

    /// The description as read from the wire.
    pub fn description(&self) -> Option<&str> {
        self.message.as_deref().filter(|_| self.reported)
    }

    /// The parameters' values, where they are known.
    pub(crate) fn known_args(&self) -> Option<(C, Values<'_>)> {
        let kind = self.kind?;
        let values = Values {
            message: self.message.as_deref().unwrap_or_default(),
            spans: self.spans.as_ref()?,
        };
        (values.len() == kind.record().params.len()).then_some((kind, values))
    }

    /// The value of the parameter `name`.
    pub fn arg(&self, name: &str) -> Option<&str> {
        let (kind, values) = self.known_args()?;
        let i = kind.record().params.iter().position(|n| *n == name)?;
        Some(values.get(i))
    }

    /// The `(name, value)` parameters, in message order.
    pub fn args(&self) -> Args<'_> {
        let (names, values, sensitive) = match self.known_args() {
            Some((kind, values)) => (kind.record().params, Some(values), kind.record().sensitive),
            None => (&[][..], None, &[][..]),
        };
        Args {
            names: names.iter().enumerate(),
            values,
            sensitive,
        }
    }
}

impl<C: Code> Repr<C> {
    /// `Debug` of the generated error type named `name`: each value of a parameter the
    /// catalog marks sensitive is `[redacted]`, in the message and in the arguments.
    ///
    /// # Errors
    ///
    /// When `f` fails.
    pub fn fmt_debug(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct(name);
        debug
            .field("code", &self.code)
            .field("kind", &self.kind)
            .field("message", &self.redacted())
            .field("args", &self.args())
            .field("http_status", &self.status);
        if let Some(source) = &self.source {
            debug.field("source", source);
        }
        debug.finish()
    }
}

impl<C: Code> fmt::Debug for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fmt_debug("Repr", f)
    }
}
