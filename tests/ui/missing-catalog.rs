zingle_errors::zingle_errors!("ui/catalogs/no-such-file.toml");

fn main() {}
