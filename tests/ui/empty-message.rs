zingle_errors::zingle_errors!("ui/catalogs/empty-message.toml");

fn main() {}
