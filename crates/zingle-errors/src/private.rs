//! Used by generated code. Not public API.

use core::fmt::{self, Display};
use core::hash::Hash;

pub use core;
#[cfg(feature = "serde")]
pub use serde;
pub use zingle_errors_macros::{__code as code, __zingle_error as zingle_error};

pub use crate::__impl_serde as impl_serde;
use crate::{Args, ParseCodeError, RenderError};

/// A piece of a message template, as generated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Piece {
    /// Literal text.
    Lit(&'static str),
    /// The parameter at this index of `params()`.
    Param(usize),
}

/// What generic code needs of a generated `ErrorCode`.
pub trait Code: Copy + Eq + Hash + fmt::Debug + Send + Sync + 'static {
    fn code(self) -> u16;
    fn from_code(code: u16) -> Option<Self>;
    fn name(self) -> &'static str;
    fn message(self) -> &'static str;
    fn params(self) -> &'static [&'static str];
    fn pieces(self) -> &'static [Piece];
    fn http_status(self) -> u16;
    fn all() -> &'static [Self];
}

pub fn parse_code<C: Code>(s: &str) -> Result<C, ParseCodeError> {
    let found = match s.parse::<u16>() {
        Ok(n) => C::from_code(n),
        Err(_) => C::all().iter().copied().find(|c| c.name() == s),
    };
    found.ok_or_else(|| ParseCodeError {
        input: s.to_owned(),
    })
}

/// Checks `args` against the code's parameters without allocating on success.
fn check<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<(), RenderError> {
    let params = code.params();
    for (i, (name, _)) in args.iter().enumerate() {
        if !params.contains(name) {
            return Err(RenderError::Unknown {
                code: code.code(),
                name: code.name(),
                param: (*name).to_owned(),
                expected: params,
            });
        }
        if args[..i].iter().any(|(n, _)| n == name) {
            return Err(RenderError::Duplicate {
                code: code.code(),
                name: code.name(),
                param: (*name).to_owned(),
            });
        }
    }
    if let Some(param) = params.iter().find(|p| !args.iter().any(|(n, _)| n == *p)) {
        return Err(RenderError::Missing {
            code: code.code(),
            name: code.name(),
            param,
        });
    }
    Ok(())
}

pub fn render_to<C: Code, W: fmt::Write + ?Sized>(
    code: C,
    out: &mut W,
    args: &[(&str, &dyn Display)],
) -> Result<(), RenderError> {
    check(code, args)?;
    let params = code.params();
    for piece in code.pieces() {
        let written = match *piece {
            Piece::Lit(s) => out.write_str(s),
            Piece::Param(i) => match args.iter().find(|(n, _)| *n == params[i]) {
                Some((_, value)) => write!(out, "{value}"),
                None => Ok(()),
            },
        };
        written.map_err(|_| RenderError::Fmt)?;
    }
    Ok(())
}

pub fn render<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<String, RenderError> {
    let mut out = String::new();
    render_to(code, &mut out, args)?;
    Ok(out)
}

/// The data of a generated `ZingleError`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Repr<C> {
    code: u16,
    kind: Option<C>,
    /// Parameter values, in the order of `kind.params()`.
    args: Box<[String]>,
    status: u16,
}

impl<C: Code> Repr<C> {
    pub fn new(kind: C, args: Vec<String>) -> Self {
        debug_assert_eq!(args.len(), kind.params().len());
        Self {
            code: kind.code(),
            kind: Some(kind),
            args: args.into_boxed_slice(),
            status: kind.http_status(),
        }
    }

    pub fn kind(&self) -> Option<C> {
        self.kind
    }

    pub fn error_code(&self) -> u16 {
        self.code
    }

    pub fn http_status(&self) -> u16 {
        self.status
    }

    fn names(&self) -> &'static [&'static str] {
        self.kind.map_or(&[], C::params)
    }

    pub fn arg(&self, name: &str) -> Option<&str> {
        let i = self.names().iter().position(|n| *n == name)?;
        self.args.get(i).map(String::as_str)
    }

    pub fn args(&self) -> Args<'_> {
        Args {
            names: self.names().iter(),
            values: self.args.iter(),
        }
    }
}

impl<C: Code> Repr<C> {
    /// The message's pieces, literals and values, in order.
    fn pieces(&self) -> impl Iterator<Item = &str> {
        let pieces = self.kind.map_or(&[][..], C::pieces);
        pieces.iter().map(|piece| match *piece {
            Piece::Lit(s) => s,
            Piece::Param(i) => self.args.get(i).map_or("", String::as_str),
        })
    }

    /// The filled message in one allocation of the exact size.
    pub fn message(&self) -> String {
        if self.kind.is_none() {
            return self.to_string();
        }
        let mut out = String::with_capacity(self.pieces().map(str::len).sum());
        self.pieces().for_each(|s| out.push_str(s));
        out
    }
}

impl<C: Code> Display for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind.is_none() {
            return write!(f, "error {}", self.code);
        }
        self.pieces().try_for_each(|s| f.write_str(s))
    }
}

impl<C: Code> fmt::Debug for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ZingleError")
            .field("code", &self.code)
            .field("kind", &self.kind)
            .field("message", &format_args!("{self}"))
            .field("args", &self.args())
            .field("http_status", &self.status)
            .finish()
    }
}

#[cfg(feature = "serde")]
pub fn deserialize_code<'de, C: Code, D: serde::Deserializer<'de>>(d: D) -> Result<C, D::Error> {
    use serde::de::{Error, Unexpected, Visitor};

    struct CodeVisitor<C>(core::marker::PhantomData<C>);

    impl<C: Code> CodeVisitor<C> {
        fn known<E: Error>(n: u64) -> Result<C, E> {
            u16::try_from(n).ok().and_then(C::from_code).ok_or_else(|| {
                E::invalid_value(Unexpected::Unsigned(n), &"an error code of the catalogue")
            })
        }
    }

    impl<C: Code> Visitor<'_> for CodeVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an error code, as a number or a numeric string")
        }

        fn visit_u64<E: Error>(self, n: u64) -> Result<C, E> {
            Self::known(n)
        }

        fn visit_i64<E: Error>(self, n: i64) -> Result<C, E> {
            let n = u64::try_from(n).map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))?;
            Self::known(n)
        }

        fn visit_str<E: Error>(self, s: &str) -> Result<C, E> {
            let n: u64 = s
                .parse()
                .map_err(|_| E::invalid_value(Unexpected::Str(s), &self))?;
            Self::known(n)
        }
    }

    d.deserialize_any(CodeVisitor(core::marker::PhantomData))
}

/// Implements serde for a generated `ErrorCode` when this crate's `serde` feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_u16($crate::__private::Code::code(*self))
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}

/// Without the `serde` feature, generated code has no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}
