mod api {
    zingle_errors::zingle_errors!("codes.toml", code_macro = api_code, error_macro = api_error);
}

fn main() {}
