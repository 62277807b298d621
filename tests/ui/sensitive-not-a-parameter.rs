zingle_errors::zingle_errors!("ui/catalogs/sensitive-not-a-parameter.toml");

fn main() {}
