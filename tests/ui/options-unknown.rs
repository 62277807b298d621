zingle_errors::zingle_errors!("codes.toml", modul = api, names = x, code = X, code = Y);

fn main() {}
