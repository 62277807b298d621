//! A crate of edition 2015 with a catalog of its own: the generated code and macros work
//! as in any other edition.

extern crate zingle_errors;

/// The billing catalog's generated API.
pub mod errors {
    zingle_errors::zingle_errors!("../billing/codes.toml", module = errors,);
}

/// Another module: the macros by `use` and by path.
pub mod other {
    use errors::{billing_code, billing_error, BillingCode, BillingError};

    /// A declined card's error.
    pub fn declined(last4: u16) -> BillingError {
        billing_error!(CardDeclined, last4 = last4)
    }

    /// Whether the code is a missing invoice's.
    pub fn is_missing_invoice(code: BillingCode) -> bool {
        match code {
            ::errors::billing_code!(InvoiceNotFound) => true,
            _ => code == billing_code!(100),
        }
    }
}

#[cfg(test)]
mod tests {
    use errors::BillingCode;
    use other::{declined, is_missing_invoice};

    #[test]
    fn the_macros_work_in_edition_2015() {
        assert_eq!(declined(4242).to_string(), "Card ending 4242 was declined");
        assert!(is_missing_invoice(BillingCode::InvoiceNotFound));
        assert!(!is_missing_invoice(BillingCode::PaymentsDown));
    }
}
