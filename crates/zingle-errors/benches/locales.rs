//! A message in another locale against the same error's `Display`, and against
//! fluent-bundle formatting the same message with the same values, side by side:
//! `cargo bench -p zingle-errors --features fluent --bench locales`.
//!
//! The catalog is the test fixture with German, Polish and Arabic translations:
//! `CartNotFound` has one parameter and no selector, `ItemsLeft` two parameters and a
//! plural. Each locale's rules are made at their first use, before the timed runs.

use divan::{Bencher, black_box};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

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

fn plural() -> shop::ShopError {
    shop::shop_error!(ItemsLeft, count = 3u32, cart_id = "c-7")
}

fn plain() -> shop::ShopError {
    shop::shop_error!(CartNotFound, cart_id = "c-7")
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_plain(b: Bencher) {
    let err = plain();
    b.bench(|| black_box(&err).to_string());
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_in_plain_german(b: Bencher) {
    let err = plain();
    let _ = err.display_in("de");
    b.bench(|| black_box(&err).display_in(black_box("de")));
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_plural(b: Bencher) {
    let err = plural();
    b.bench(|| black_box(&err).to_string());
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_in_plural_german(b: Bencher) {
    let err = plural();
    let _ = err.display_in("de");
    b.bench(|| black_box(&err).display_in(black_box("de")));
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn display_in_plural_polish_from_a_region_tag(b: Bencher) {
    let err = plural();
    let _ = err.display_in("pl");
    b.bench(|| black_box(&err).display_in(black_box("pl-PL")));
}

/// fluent-bundle's German bundle of the fixture, isolation marks off, as the
/// translations were formatted before they were compiled.
fn german_bundle() -> FluentBundle<FluentResource> {
    let source = include_str!("../../../tests/fixtures/shop-i18n/locales/de.ftl");
    let resource = FluentResource::try_new(source.to_owned()).expect("the fixture is valid Fluent");
    let mut bundle = FluentBundle::new_concurrent(vec!["de".parse().expect("a tag")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no id twice");
    bundle
}

/// fluent-bundle's `format_pattern` of one message: the values given as `display_in`
/// has them (text, the count a number), the bundle made before the timed runs.
fn fluent_format(b: Bencher, id: &str, count: Option<u32>) {
    let bundle = german_bundle();
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .expect("the message has a value");
    let format = || {
        let mut args = FluentArgs::new();
        args.set("cart_id", FluentValue::from("c-7"));
        if let Some(count) = count {
            args.set("count", FluentValue::from(count));
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(black_box(pattern), Some(&args), &mut errors)
            .into_owned()
    };
    let _ = format();
    b.bench(format);
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn fluent_bundle_plain_german(b: Bencher) {
    fluent_format(b, "cart-not-found", None);
}

#[divan::bench(sample_count = 500, sample_size = 100)]
fn fluent_bundle_plural_german(b: Bencher) {
    fluent_format(b, "items-left", Some(3));
}
