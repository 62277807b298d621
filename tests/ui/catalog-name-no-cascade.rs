// The catalog's name is written in the wrong case: that is the one error. The items it
// names by default (`BillingError`, `billing_error!`) are still generated, so their uses
// add nothing.
mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing-name-case.toml", module = errors);
}

use errors::{BillingError, billing_error};

fn main() {
    let err: BillingError = billing_error!(InvoiceNotFound, invoice_id = "i-1");
    println!("{err}");
}
