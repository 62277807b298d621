// Every fault of the options is reported, each with its suggestion: a fault does not
// hide the ones after it.
zingle_errors::zingle_errors!(
    "codes.toml",
    modul = api,
    code = 5,
    non_exhaustiv = false,
    error_macro,
    non_exhaustive = "no",
    categroy = Kind,
);

fn main() {}
