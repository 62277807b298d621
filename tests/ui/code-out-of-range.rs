zingle_errors::zingle_errors!("ui/catalogs/code-out-of-range.toml");

fn main() {}
