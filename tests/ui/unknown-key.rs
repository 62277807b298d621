zingle_errors::zingle_errors!("ui/catalogs/unknown-key.toml");

fn main() {}
