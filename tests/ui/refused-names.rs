zingle_errors::zingle_errors!("ui/catalogs/refused-names.toml");

fn main() {}
