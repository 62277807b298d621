zingle_errors::zingle_errors!("ui/catalogs/too-many-faults.toml");

fn main() {}
