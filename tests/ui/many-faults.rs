zingle_errors::zingle_errors!("ui/catalogs/many-faults.toml");

fn main() {}
