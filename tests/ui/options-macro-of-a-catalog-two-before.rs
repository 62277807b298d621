// Three catalogs in one module: the third names its code macro as the first did, with
// another catalog between them. One error, at the third, naming the one option to change.
mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = ACode,
        error = AError, category = ACategory, code_macro = a_code, error_macro = a_error);
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = BCode,
        error = BError, category = BCategory, code_macro = b_code, error_macro = b_error);
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = CCode,
        error = CError, category = CCategory, code_macro = a_code, error_macro = c_error);
}

fn main() {
    let _ = errors::a_code!(100);
    let _ = errors::c_error!(100, invoice_id = 1);
}
