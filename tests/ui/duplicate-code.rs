zingle_errors::zingle_errors!("ui/catalogs/duplicate-code.toml");

fn main() {}
