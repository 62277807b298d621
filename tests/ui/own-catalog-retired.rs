mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = BillingCode,
        error = BillingError, category = BillingCategory, code_macro = billing_code,
        error_macro = billing_error);
}

use errors::{billing_code, billing_error};

fn main() {
    let _ = billing_code!(203);
    let _ = billing_code!(CardBlocked);
    let _ = billing_error!(CardBlocked, last4 = 1);
}
