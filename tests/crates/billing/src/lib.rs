//! A library with a catalog of its own: `BillingCode`, `BillingError`, `billing_code!`
//! and `billing_error!`, usable by crates that depend on this one alone.

/// The billing catalog's generated API.
pub mod errors {
    zingle_errors::zingle_errors!(
        "codes.toml",
        module = errors,
        code = BillingCode,
        error = BillingError,
        category = BillingCategory,
        code_macro = billing_code,
        error_macro = billing_error,
        non_exhaustive = false,
    );
}

pub use errors::{BillingCategory, BillingCode, BillingError};

/// An exhaustive match: no wildcard arm is needed, as the catalog asks for an exhaustive
/// enum.
#[must_use]
pub fn is_about_money(code: BillingCode) -> bool {
    match code {
        BillingCode::InvoiceNotFound => false,
        BillingCode::CardDeclined | BillingCode::PaymentsDown => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_macros_work_in_the_defining_crate() {
        assert_eq!(billing_code!(100), BillingCode::InvoiceNotFound);
        let err = billing_error!(CardDeclined, last4 = 4242);
        assert_eq!(err.to_string(), "Card ending 4242 was declined");
        assert_eq!(err.http_status(), 402);
        assert!(is_about_money(err.kind().unwrap()));
        assert_eq!(BillingCategory::ALL.len(), 2);
    }
}
