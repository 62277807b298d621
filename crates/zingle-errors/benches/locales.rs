//! A message in another locale against the same error's `Display`, side by side:
//! `cargo bench -p zingle-errors --features fluent --bench locales`.
//!
//! The catalog is the test fixture with German, Polish and Arabic translations; the
//! message has two parameters and a plural. Each locale's bundle is made at its first use,
//! before the timed runs.

use divan::{Bencher, black_box};

mod shop {
    zingle_errors::zingle_errors!(
        "../../tests/fixtures/shop-i18n/codes.toml",
        module = shop,
        code = ShopCode,
        error = ShopError,
        category = ShopCategory,
        code_macro = shop_code,
        error_macro = shop_error,
    );
}

fn main() {
    divan::main();
}

fn error() -> shop::ShopError {
    shop::shop_error!(ItemsLeft, count = 3u32, cart_id = "c-7")
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_default_locale(b: Bencher) {
    let err = error();
    b.bench(|| black_box(&err).to_string());
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_in_german(b: Bencher) {
    let err = error();
    let _ = err.display_in("de");
    b.bench(|| black_box(&err).display_in(black_box("de")));
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_in_polish_from_a_region_tag(b: Bencher) {
    let err = error();
    let _ = err.display_in("pl");
    b.bench(|| black_box(&err).display_in(black_box("pl-PL")));
}

/// What Fluent itself costs for the same message and values: the bundle's formatting
/// alone, the values given as text, as `display_in` gives them.
#[divan::bench(sample_count = 500, sample_size = 100)]
fn fluent_format_alone(b: Bencher) {
    let translations = shop::ShopCode::__translations();
    let de = translations.negotiate("de").unwrap_or_default();
    let args = [("count", "3"), ("cart_id", "c-7")];
    let _ = translations.format(de, "items-left", None, &args);
    b.bench(|| translations.format(de, black_box("items-left"), None, black_box(&args)));
}
