//! A library with a catalog of its own: `BillingCode`, `BillingError`, `billing_code!`
//! and `billing_error!`, used from every kind of module here and by crates that depend
//! on this one alone.

/// The billing catalog's generated API: the types, the macros, and what reading an
/// envelope needs (`envelope::Envelope`, `envelope::Status`, `envelope::Problem`,
/// `envelope::ExtraFields`).
pub mod errors {
    zingle_errors::zingle_errors!("codes.toml", module = errors,);
}

// At the root too, macros and types alike.
pub use errors::{BillingCategory, BillingCode, BillingError, billing_code, billing_error};

/// An exhaustive match: no wildcard arm is needed, as the catalog asks for an exhaustive
/// enum. From the crate root, through the root's re-exports.
#[must_use]
pub fn is_about_money(code: BillingCode) -> bool {
    match code {
        billing_code!(InvoiceNotFound) => false,
        billing_code!(CardDeclined) | billing_code!(PaymentsDown) | billing_code!(202) => true,
    }
}

/// A sibling module of `errors`: the macros and types by path.
pub mod invoices {
    /// The error for a missing invoice.
    #[must_use]
    pub fn not_found(invoice_id: &str) -> crate::errors::BillingError {
        crate::errors::billing_error!(InvoiceNotFound, invoice_id)
    }

    /// A module inside the sibling: the macros and types by `use`.
    pub mod reminders {
        use crate::errors::{BillingCode, billing_code, billing_error};

        /// Whether a reminder is due for an error of this code.
        #[must_use]
        pub fn is_due(code: BillingCode) -> bool {
            const DUE: BillingCode = billing_code!(100);
            code == DUE
        }

        /// The error a reminder for an expired card reports.
        #[must_use]
        pub fn expired(last4: u16) -> crate::errors::BillingError {
            billing_error!(CardHasExpired, last4)
        }
    }
}

/// A module that takes everything of `errors` by a glob.
pub mod payments {
    use crate::errors::*;

    /// The error of a declined card.
    #[must_use]
    pub fn declined(last4: u16) -> BillingError {
        billing_error!(200, last4 = last4)
    }

    /// Whether the payment service is down, as a client reads it from an envelope.
    #[must_use]
    pub fn is_down(status: &envelope::Status) -> bool {
        BillingError::from_status(status).and_then(|e| e.kind())
            == Some(billing_code!(PaymentsDown))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_macros_work_in_every_module_of_the_defining_crate() {
        assert_eq!(billing_code!(100), BillingCode::InvoiceNotFound);
        let err = billing_error!(CardDeclined, last4 = 4242);
        assert_eq!(err.to_string(), "Card ending 4242 was declined");
        assert_eq!(err.http_status(), 402);
        assert!(is_about_money(err.kind().unwrap()));
        assert_eq!(BillingCategory::ALL.len(), 2);
        assert_eq!(
            invoices::not_found("i-1").to_string(),
            "Invoice 'i-1' not found"
        );
        assert!(invoices::reminders::is_due(BillingCode::InvoiceNotFound));
        assert_eq!(
            invoices::reminders::expired(1234).kind(),
            Some(crate::errors::billing_code!(CardHasExpired))
        );
        assert_eq!(payments::declined(1), BillingError::card_declined(1));
        let status = errors::BillingError::payments_down().to_envelope().status;
        assert!(payments::is_down(&status));
    }
}
