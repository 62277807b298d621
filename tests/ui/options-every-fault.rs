// Every fault of the options is reported, each with its suggestion: a fault does not
// hide the ones after it.
zingle_errors::zingle_errors!(
    "codes.toml",
    modul = api,
    code = 5,
    crat = zingle,
    error_macro,
    module = "api",
    categroy = Kind,
);

fn main() {}
