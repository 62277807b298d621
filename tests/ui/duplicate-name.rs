zingle_errors::zingle_errors!("ui/catalogs/duplicate-name.toml");

fn main() {}
