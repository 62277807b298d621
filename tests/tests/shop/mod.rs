//! The shop catalog with translations that the tests of `display_in` and of reading a
//! description in a locale share: German, Polish (plural forms English has not) and
//! Arabic (right to left).

zingle_errors::zingle_errors!(
    "fixtures/shop-i18n/codes.toml",
    module = shop,
    code = ShopCode,
    error = ShopError,
    category = ShopCategory,
    code_macro = shop_code,
    error_macro = shop_error,
);
