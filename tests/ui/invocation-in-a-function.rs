// An invocation in a function body: its items are not reachable from the crate root,
// so the macros cannot name them; one unresolved import at the invocation says so.
fn main() {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml");
    let _ = catalog_code!(100);
}
