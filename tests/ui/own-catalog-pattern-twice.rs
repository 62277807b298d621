#![deny(unreachable_patterns)]

mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = BillingCode,
        error = BillingError, category = BillingCategory, code_macro = billing_code,
        error_macro = billing_error);
}

use errors::{BillingCode, billing_code};

fn main() {
    let code = BillingCode::CardDeclined;
    match code {
        billing_code!(200) => {}
        billing_code!(CardDeclined) => {}
        _ => {}
    }
}
