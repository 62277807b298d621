//! The `miette` feature: generated errors as `miette::Diagnostic`s, with the catalog's
//! code, explanation and documentation link.

#[cfg(feature = "miette")]
use {
    crate::code::Code,
    crate::error::Repr,
    core::fmt::{self, Display},
};

/// A diagnostic code: the catalog's name and the number, as `zingle::3612`.
#[cfg(feature = "miette")]
#[derive(Clone, Copy, Debug)]
pub struct DiagnosticCode {
    catalog: Option<&'static str>,
    code: u16,
}

#[cfg(feature = "miette")]
impl Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.catalog {
            Some(catalog) => write!(f, "{catalog}::{}", self.code),
            None => write!(f, "{}", self.code),
        }
    }
}

/// The error's diagnostic code; `None` for an error whose status gave no code.
#[cfg(feature = "miette")]
pub fn diagnostic_code<C: Code>(error: &Repr<C>) -> Option<DiagnosticCode> {
    Some(DiagnosticCode {
        catalog: C::CATALOG_NAME,
        code: error.code()?,
    })
}

/// Implements `miette::Diagnostic` for a generated error type when this crate's `miette`
/// feature is on.
#[cfg(feature = "miette")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_miette {
    ($error:ident) => {
        /// Code `catalog::number`, help from the code's explanation, url from its
        /// documentation link.
        #[automatically_derived]
        impl $crate::__private::miette::Diagnostic for $error {
            fn code<'a>(
                &'a self,
            ) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + 'a>> {
                let code = $crate::__private::diagnostic_code(&self.0)?;
                ::core::option::Option::Some(::std::boxed::Box::new(code))
            }

            fn help<'a>(
                &'a self,
            ) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + 'a>> {
                let explanation = self.kind()?.explanation()?;
                ::core::option::Option::Some(::std::boxed::Box::new(explanation))
            }

            fn url<'a>(
                &'a self,
            ) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + 'a>> {
                let url = self.kind()?.doc_url()?;
                ::core::option::Option::Some(::std::boxed::Box::new(url))
            }
        }
    };
}

/// Without the `miette` feature, no `Diagnostic`.
#[cfg(not(feature = "miette"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_miette {
    ($error:ident) => {};
}
