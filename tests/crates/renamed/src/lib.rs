//! A catalog of its own through a renamed dependency: `crate = zingle` tells the macro.

zingle::zingle_errors!("../billing/codes.toml", crate = zingle);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_code_names_the_runtime_as_the_crate_does() {
        assert_eq!(billing_code!(201), BillingCode::PaymentsDown);
        let err: BillingError = billing_error!(InvoiceNotFound, invoice_id = "i-1");
        assert_eq!(err.to_string(), "Invoice 'i-1' not found");
        assert_eq!(err.http_status(), 404);
        // The Zingle catalog is there too, under the crate's own name.
        assert_eq!(zingle::code!(3612), zingle::ErrorCode::InvalidLabel);
    }
}
