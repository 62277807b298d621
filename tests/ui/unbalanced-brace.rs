zingle_errors::zingle_errors!("ui/catalogs/unbalanced-brace.toml");

fn main() {}
