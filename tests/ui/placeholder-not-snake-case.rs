zingle_errors::zingle_errors!("ui/catalogs/placeholder-not-snake-case.toml");

fn main() {}
