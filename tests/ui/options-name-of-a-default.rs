mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors,
        category = CatalogError, code_macro = billing_code, error_macro = billing_code);
}

fn main() {
    let _ = errors::billing_code!(100);
}
