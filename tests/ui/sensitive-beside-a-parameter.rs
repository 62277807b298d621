// A sensitive parameter right beside another: a description read back could be split
// anywhere between the two, so the catalog is refused at each `sensitive` name.
zingle_errors::zingle_errors!("ui/catalogs/sensitive-beside-a-parameter.toml");

fn main() {}
