zingle_errors::zingle_errors!("ui/catalogs/invalid-name.toml");

fn main() {}
