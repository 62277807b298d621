mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = FooCode,
        error = FooError, category = FooCategory);
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = FOOCode,
        error = FOOError, category = FOOCategory);
}

fn main() {
    let _ = errors::code!(100);
}
