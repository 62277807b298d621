#![deny(deprecated)]

zingle_errors::zingle_errors!("ui/catalogs/lifecycle.toml");

fn main() {
    // Each use of a deprecated code or a former name is reported at its own token.
    let _ = code!(ThingGone);
    let _ = code!(NoSuchThing);
    let _ = error!(NoSuchThing, id = 1);
    let _ = error!(100, id = 1);
    let _ = ErrorCode::ThingGone;
    let _ = Error::no_such_thing("x");
    // The code itself, by its number and its name, is not deprecated.
    let _ = code!(101);
    let _ = error!(ThingNotFound, id = 1);
}
