zingle_errors::zingle_errors!("ui/catalogs/toml-syntax.toml");

fn main() {}
