//! serde for a generated `ErrorCode`: written as its number, read from a number or a
//! numeric string.

#[cfg(feature = "serde")]
use crate::code::Code;

/// Reads a code of the catalog from a number or a numeric string.
///
/// # Errors
///
/// The value is no number, or no code of the catalog.
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, C: Code, D: ::serde::Deserializer<'de>>(d: D) -> Result<C, D::Error> {
    use core::fmt;
    use core::marker::PhantomData;

    use ::serde::de::{Error, Unexpected, Visitor};

    struct CodeVisitor<C>(PhantomData<C>);

    impl<C: Code> CodeVisitor<C> {
        fn known<E: Error>(n: u64) -> Result<C, E> {
            let code = u16::try_from(n).ok();
            if let Some(reason) =
                code.and_then(|code| crate::code::retired_reason(C::RETIRED, code))
            {
                return Err(E::custom(format_args!(
                    "error code {n} is retired: {reason}"
                )));
            }
            code.and_then(C::from_code).ok_or_else(|| {
                E::invalid_value(Unexpected::Unsigned(n), &"an error code of the catalog")
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

    d.deserialize_any(CodeVisitor(PhantomData))
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
                serializer.serialize_u16($crate::__private::Code::record(*self).code)
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
