zingle_errors::zingle_errors!("ui/catalogs/broken-but-used.toml");

fn main() {
    // The catalog's faults are reported; its uses add nothing.
    let good: CatalogCode = catalog_code!(GoodCode);
    let broken: CatalogCode = catalog_code!(BrokenCode);
    let missing = catalog_code!(150);
    match CatalogCode::from_code(100) {
        Some(catalog_code!(BrokenCode)) | None => {}
        Some(other) => println!("{other} {good} {broken} {missing}"),
    }
    let err: CatalogError = catalog_error!(BrokenCode, thing = 1);
    let ok: CatalogError = catalog_error!(GoodCode);
    println!("{err} {ok} {}", CatalogCategory::ALL.len());
}
