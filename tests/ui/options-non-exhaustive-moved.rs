// Whether users match the code enum exhaustively is the catalog's to say, where the lock
// sees it: the old option says where it went.
zingle_errors::zingle_errors!("ui/catalogs/billing.toml", non_exhaustive = false);

fn main() {}
