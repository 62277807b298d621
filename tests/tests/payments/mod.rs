//! The card-payments catalog that the tests of sensitive parameters and of `tracing`
//! share: `card_number` is sensitive.

zingle_errors::zingle_errors!(
    "fixtures/payments.toml",
    module = payments,
    code = PaymentCode,
    error = PaymentError,
    category = PaymentCategory,
    code_macro = payment_code,
    error_macro = payment_error,
);

/// A card number, the value the tests expect to see redacted.
pub const CARD: &str = "4111111111111111";
