//! Uses the billing catalog's macros and types without depending on zingle-errors.

use billing_codes::{BillingCode, BillingError};

/// What a client does with a declined card.
#[must_use]
pub fn declined(last4: u16) -> BillingError {
    billing_codes::billing_error!(CardDeclined, last4)
}

/// Whether a code is the one for a missing invoice.
#[must_use]
pub fn is_missing_invoice(code: BillingCode) -> bool {
    matches!(code, billing_codes::billing_code!(InvoiceNotFound))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_crates_macros_work_without_a_dependency_on_zingle_errors() {
        let err = declined(4242);
        assert_eq!(err.to_string(), "Card ending 4242 was declined");
        assert_eq!(err.kind(), Some(billing_codes::billing_code!(200)));
        assert!(is_missing_invoice(BillingCode::InvoiceNotFound));
        assert!(!is_missing_invoice(BillingCode::PaymentsDown));
        let json = serde_json::to_string(&err.to_response()).unwrap();
        assert_eq!(
            json,
            r#"{"status":{"text":"Payment Required","status_code":402,"description":"Card ending 4242 was declined","error_code":200}}"#
        );
    }
}
