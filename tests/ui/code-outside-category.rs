zingle_errors::zingle_errors!("ui/catalogs/code-outside-category.toml");

fn main() {}
