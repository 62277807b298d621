mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = BillingCode,
        error = BillingError, category = BillingCategory, code_macro = billing_code,
        error_macro = billing_error);
}

use errors::{billing_code, billing_error};

fn main() {
    let n = 100;
    let _ = billing_code!(n);
    let _ = billing_error!(n, invoice_id = 1);
}
