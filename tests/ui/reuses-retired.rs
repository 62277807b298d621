zingle_errors::zingle_errors!("ui/catalogs/reuses-retired.toml");

fn main() {}
