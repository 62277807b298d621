//! Uses the billing catalog's macros and types, and reads its envelopes, with no
//! dependency on zingle-errors: everything comes through `billing_codes`.

use billing_codes::errors::envelope::Envelope;
use billing_codes::errors::{BillingCode, BillingError};

/// What a client does with a declined card: the macro through the crate root.
#[must_use]
pub fn declined(last4: u16) -> BillingError {
    billing_codes::billing_error!(CardDeclined, last4)
}

/// Whether a code is the one for a missing invoice: the macro through the module.
#[must_use]
pub fn is_missing_invoice(code: BillingCode) -> bool {
    matches!(code, billing_codes::errors::billing_code!(InvoiceNotFound))
}

/// The error a response reports, if any.
#[must_use]
pub fn error_of<T>(response: Envelope<T>) -> Option<BillingError> {
    response.into_result_as::<BillingError>().err()
}

/// By `use`, as the defining crate's own modules do.
pub mod by_use {
    use billing_codes::errors::{billing_code, billing_error};

    /// An expired card's error.
    #[must_use]
    pub fn expired() -> billing_codes::BillingError {
        billing_error!(CardHasExpired, last4 = 1)
    }

    /// The code of a declined card.
    #[must_use]
    pub fn declined_code() -> billing_codes::BillingCode {
        billing_code!(200)
    }
}

#[cfg(test)]
mod tests {
    use billing_codes::errors::billing_code;
    use billing_codes::errors::envelope::{Problem, Status};

    use super::*;

    #[test]
    fn another_crates_macros_work_without_a_dependency_on_zingle_errors() {
        let err = declined(4242);
        assert_eq!(err.to_string(), "Card ending 4242 was declined");
        assert_eq!(err.kind(), Some(billing_codes::billing_code!(200)));
        assert!(is_missing_invoice(BillingCode::InvoiceNotFound));
        assert!(!is_missing_invoice(BillingCode::PaymentsDown));
        assert_eq!(
            by_use::expired().kind(),
            Some(billing_code!(CardHasExpired))
        );
        assert_eq!(by_use::declined_code(), BillingCode::CardDeclined);
        let json = serde_json::to_string(&err.to_envelope()).unwrap();
        assert_eq!(
            json,
            r#"{"status":{"text":"Payment Required","status_code":402,"description":"Card ending 4242 was declined","error_code":200}}"#
        );
    }

    #[test]
    fn an_envelope_is_read_with_the_catalogs_crate_alone() {
        let body = r#"{"status":{"text":"Not Found","status_code":404,"description":"Invoice 'i-9' not found","error_code":100}}"#;
        let response: Envelope<()> = serde_json::from_str(body).unwrap();
        let err = error_of(response).unwrap();
        assert_eq!(err.kind(), Some(billing_code!(InvoiceNotFound)));
        assert_eq!(err.arg("invoice_id"), Some("i-9"));
        let status: Status = serde_json::from_str(&serde_json::to_string(&err).unwrap()).unwrap();
        assert_eq!(BillingError::from_status(&status), Some(err.clone()));
        let problem: Problem = err.to_problem();
        assert_eq!(problem.status, Some(404));
        let ok: Envelope<u8> =
            serde_json::from_str(r#"{"status":{"text":"OK","status_code":200},"result":7}"#)
                .unwrap();
        assert_eq!(ok.into_result_as::<BillingError>().unwrap(), Some(7));
    }
}
