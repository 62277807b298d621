// Two catalogs of one module whose items the user names alike: rustc's own error for
// the two imports of each macro name, at the second invocation.
mod errors {
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = FooCode,
        error = FooError, category = FooCategory);
    zingle_errors::zingle_errors!("ui/catalogs/billing.toml", module = errors, code = FOOCode,
        error = FOOError, category = FOOCategory);
}

fn main() {
    let _ = errors::catalog_code!(100);
}
