#![deny(deprecated)]

zingle_errors::zingle_errors!("ui/catalogs/lifecycle.toml");

fn main() {
    // Each use of a deprecated code or a former name is reported at its own token.
    let _ = catalog_code!(ThingGone);
    let _ = catalog_code!(NoSuchThing);
    let _ = catalog_error!(NoSuchThing, id = 1);
    let _ = catalog_error!(100, id = 1);
    let _ = CatalogCode::ThingGone;
    let _ = CatalogError::no_such_thing("x");
    // The code itself, by its number and its name, is not deprecated.
    let _ = catalog_code!(101);
    let _ = catalog_error!(ThingNotFound, id = 1);
}
