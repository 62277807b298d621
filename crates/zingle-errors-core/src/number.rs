//! Numbers as Fluent reads and writes them, and the plural categories it selects by.

use alloc::string::String;
use core::fmt::Write as _;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    /// `zero`.
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`.
    Other,
}

impl Plural {
    /// The category's name as a Fluent key writes it.
    ///
    /// ```
    /// assert_eq!(zingle_errors_core::Plural::Few.name(), "few");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

/// A number as Fluent reads one: its value, and its fraction digits as written
/// (`Some(2)` for `1.50`, `None` without a `.`). Two numbers are equal when both are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// The value.
    pub value: f64,
    /// How many digits follow the `.`, where there is one.
    pub fraction_digits: Option<usize>,
}

impl Number {
    /// `text` read as Fluent reads a number (Rust's `f64` grammar, so `inf` and `1e3`
    /// too); `None` where it is none.
    ///
    /// ```
    /// use zingle_errors_core::Number;
    /// assert_eq!(Number::parse("1.50"), Some(Number { value: 1.5, fraction_digits: Some(2) }));
    /// assert_eq!(Number::parse("c-7"), None);
    /// ```
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::integer(text).or_else(|| Self::float(text))
    }

    /// `value` as a number, where a translation is given it as one ([`is_number`]).
    #[must_use]
    #[inline]
    pub fn of_value(value: &str) -> Option<Self> {
        Self::integer(value).or_else(|| Self::float(value).filter(|n| n.is_written(value)))
    }

    /// `text` as a plain integer ([`plain_integer`]), read without Rust's float parser.
    #[inline]
    fn integer(text: &str) -> Option<Self> {
        plain_integer(text).map(|value| Self {
            value,
            fraction_digits: None,
        })
    }

    /// `text` by Rust's `f64` grammar, with its fraction digits as written.
    fn float(text: &str) -> Option<Self> {
        let value = text.parse::<f64>().ok()?;
        let fraction_digits = text.find('.').map(|dot| text.len() - dot - 1);
        Some(Self {
            value,
            fraction_digits,
        })
    }

    /// The number as Fluent writes it: the value's shortest text, with zeros added to
    /// as many fraction digits as it was written with (`1.50` stays `1.50`, `007` is
    /// `7`).
    ///
    /// ```
    /// use zingle_errors_core::Number;
    /// let shown = |text: &str| Number::parse(text).map(|n| n.to_text());
    /// assert_eq!(shown("1.50").as_deref(), Some("1.50"));
    /// assert_eq!(shown("007").as_deref(), Some("7"));
    /// assert_eq!(shown("2.").as_deref(), Some("2."));
    /// ```
    #[must_use]
    pub fn to_text(self) -> String {
        let mut text = String::new();
        let _ = self.write(&mut text);
        text
    }

    /// Whether Fluent writes the number as `text`, compared as it is written, with no
    /// text made.
    fn is_written(self, text: &str) -> bool {
        let mut rest = Rest(text);
        self.write(&mut rest).is_ok() && rest.0.is_empty()
    }

    /// Writes the number as [`to_text`](Self::to_text) gives it.
    fn write(self, out: &mut impl core::fmt::Write) -> core::fmt::Result {
        // The value's shortest text, its fraction digits counted on the way.
        let mut counted = Counted {
            out,
            dot: false,
            fraction: 0,
        };
        write!(counted, "{}", self.value)?;
        if let Some(digits) = self.fraction_digits {
            if !counted.dot {
                counted.out.write_char('.')?;
            }
            for _ in counted.fraction..digits {
                counted.out.write_char('0')?;
            }
        }
        Ok(())
    }
}

/// Whether a value is given to a translation as a number, which plurals select on: it
/// reads as one and Fluent writes it back exactly as it is (`3`, `1.50`, `-0`). Any
/// other value is text, so that a message never shows a value other than the error's
/// (`007`, `+4930123`, a 20-digit id).
///
/// ```
/// use zingle_errors_core::is_number;
/// assert!(is_number("3") && is_number("1.50") && is_number("-2"));
/// assert!(!is_number("007") && !is_number("1e3") && !is_number("12345678901234567891"));
/// ```
#[must_use]
pub fn is_number(value: &str) -> bool {
    Number::of_value(value).is_some()
}

/// The value of `text` where it is an integer that Fluent writes back as it is: an
/// optional `-`, then `0` or up to 15 digits not starting with `0` (every such integer
/// is an `f64` exactly, whose shortest text is itself). The common case, told without
/// parsing or writing a float.
///
/// ```
/// use zingle_errors_core::plain_integer;
/// assert_eq!(plain_integer("-42"), Some(-42.0));
/// assert_eq!(plain_integer("007"), None);
/// assert_eq!(plain_integer("1.0"), None);
/// ```
#[must_use]
#[inline]
pub fn plain_integer(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    let bytes = digits.as_bytes();
    let plain = matches!(bytes, [b'0'] | [b'1'..=b'9', ..])
        && bytes.len() <= 15
        && bytes.iter().all(u8::is_ascii_digit);
    if !plain {
        return None;
    }
    let magnitude = bytes.iter().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    // Exact: below 2^53.
    #[allow(clippy::cast_precision_loss)]
    let magnitude = magnitude as f64;
    Some(if negative { -magnitude } else { magnitude })
}

/// What is left of a text that written text is compared against: writing fails at the
/// first difference.
struct Rest<'t>(&'t str);

impl core::fmt::Write for Rest<'_> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0 = self.0.strip_prefix(s).ok_or(core::fmt::Error)?;
        Ok(())
    }
}

/// Text written on, with whether it has had a `.` and how many characters followed.
struct Counted<'w, W> {
    out: &'w mut W,
    dot: bool,
    fraction: usize,
}

impl<W: core::fmt::Write> core::fmt::Write for Counted<'_, W> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for b in s.bytes() {
            if self.dot {
                self.fraction += 1;
            } else if b == b'.' {
                self.dot = true;
            }
        }
        self.out.write_str(s)
    }
}
