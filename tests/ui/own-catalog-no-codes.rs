mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/empty.toml", module = errors, code = BillingCode,
        error = BillingError, category = BillingCategory, code_macro = billing_code,
        error_macro = billing_error);
}

use errors::{billing_code, billing_error};

fn main() {
    let _ = billing_code!(100);
    let _ = billing_code!(InvoiceNotFound);
    let _ = billing_error!(x);
}
