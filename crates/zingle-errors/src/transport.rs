//! What an HTTP response says besides its body's envelope: when to retry, and, for a
//! body that is no envelope, what it was.

/// What an HTTP response said besides the envelope: its `Retry-After`, and, for a body
/// that is no envelope, its content type and the start of its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Transport {
    /// When the server said to try again.
    pub retry_after: Option<RetryAfter>,
    /// The body's `Content-Type`, where the body was no envelope.
    pub content_type: Option<Box<str>>,
    /// The start of a body that was no envelope, as text.
    pub body: Option<Box<str>>,
}

/// When a server said to try again (HTTP `Retry-After`): after a delay, or at a time.
///
/// ```
/// use std::time::{Duration, SystemTime};
/// use zingle_errors::RetryAfter;
///
/// assert_eq!(RetryAfter::parse("120"), Some(RetryAfter::Delay(Duration::from_secs(120))));
/// assert_eq!(RetryAfter::parse("soon"), None);
/// let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_770);
/// let at = RetryAfter::At(now + Duration::from_secs(7));
/// assert_eq!(at.delay_from(now), Duration::from_secs(7));
/// assert_eq!(at.delay_from(now + Duration::from_secs(60)), Duration::ZERO);
/// // With the `http` feature, an HTTP date too:
/// # #[cfg(feature = "http")]
/// assert_eq!(RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT"), Some(at));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryAfter {
    /// After this long (`Retry-After: 120`).
    Delay(core::time::Duration),
    /// At this time (`Retry-After: Fri, 31 Dec 1999 23:59:59 GMT`).
    At(std::time::SystemTime),
}

impl RetryAfter {
    /// A `Retry-After` value: a number of seconds, or, with the `http` feature, an HTTP
    /// date (RFC 9110's three forms); `None` for anything else.
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
            return value
                .parse()
                .ok()
                .map(|secs| Self::Delay(core::time::Duration::from_secs(secs)));
        }
        parse_http_date(value).map(Self::At)
    }

    /// How long to wait from `now`: the delay, or the time left until the date (none
    /// once it has passed).
    #[must_use]
    pub fn delay_from(self, now: std::time::SystemTime) -> core::time::Duration {
        match self {
            Self::Delay(delay) => delay,
            Self::At(at) => at.duration_since(now).unwrap_or_default(),
        }
    }
}

/// An HTTP date, where the `http` feature brings a parser of them.
#[cfg(feature = "http")]
fn parse_http_date(value: &str) -> Option<std::time::SystemTime> {
    httpdate::parse_http_date(value).ok()
}

/// Without the `http` feature, only delays in seconds are read.
#[cfg(not(feature = "http"))]
fn parse_http_date(_: &str) -> Option<std::time::SystemTime> {
    None
}
