// Every fault of every translation, at its file's line and column, in the usual words;
// the codes are generated all the same, so nothing else fails.
mod shop {
    zingle_errors::zingle_errors!(
        "fixtures/shop-i18n-faults/codes.toml",
        module = shop,
        code = ShopCode,
        error = ShopError,
        code_macro = shop_code,
        error_macro = shop_error,
    );
}

fn main() {
    let _ = shop::shop_code!(ItemsLeft);
}
