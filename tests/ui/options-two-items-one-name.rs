mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = Billing,
        error = Billing, code_macro = billing_code, error_macro = billing_error);
}

fn main() {
    let _ = errors::billing_code!(100);
}
