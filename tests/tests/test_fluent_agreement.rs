//! The compiled translations write what Fluent writes: every message of two catalogs in
//! every locale, with a corpus of values (integers, decimals, negative, huge, `-0`, text
//! that looks like a number), formatted through `display_in` and by fluent-bundle
//! (isolation marks off, each value given as the library gives it: a number where Fluent
//! writes it back as it is, else text). Where fluent-bundle panics (an overflow in its
//! plural operands), the library still writes, by CLDR's rules.
#![cfg(feature = "fluent")]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use zingle_errors::Status;

mod shop;

mod seats {
    zingle_errors::zingle_errors!("fixtures/plurals-i18n/codes.toml", module = seats);
}

/// Values given to each parameter in turn, the others a plain id.
const VALUES: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "11",
    "12",
    "14",
    "21",
    "22",
    "25",
    "101",
    "111",
    "1000000",
    "-1",
    "-2",
    "-0",
    "0.0",
    "1.0",
    "1.5",
    "0.5",
    "2.50",
    "1.25",
    "12345678901234567",
    "1.00000000000000000000",
    "12345678901234567890",
    "1e3",
    "007",
    "+1",
    "NaN",
    "inf",
    ".5",
    "one",
    "few",
    "other",
    "",
    " 1",
    "c-7",
];

/// What fluent-bundle writes for message `id` of the Fluent text `source` in `tag`, with
/// `args`; `None` where it panics.
fn fluent(tag: &str, source: &str, id: &str, args: &[(&str, &str)]) -> Option<String> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    // The language part of the tag, which unic-langid reads.
    let language = tag.split("-u-").next().unwrap_or(tag);
    let resource = FluentResource::try_new(source.to_owned()).expect("valid Fluent");
    let mut bundle = FluentBundle::new(vec![language.parse().expect("a language")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no id twice");
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value.parse::<FluentNumber>() {
            Ok(number) if number.as_string() == *value => FluentValue::from(number),
            _ => FluentValue::from(*value),
        };
        fluent_args.set(*name, value);
    }
    catch_unwind(AssertUnwindSafe(|| {
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        assert!(errors.is_empty(), "{tag} {id}: {errors:?}");
        text.into_owned()
    }))
    .ok()
}

/// Each locale file of a fixture: its tag and text.
fn locales(fixture: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(fixture)
        .join("locales");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("the fixture's locales")
        .map(|entry| {
            let path = entry.expect("a file").path();
            let tag = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a tag")
                .to_owned();
            (tag, std::fs::read_to_string(&path).expect("a text"))
        })
        .collect();
    files.sort();
    files
}

/// What a catalog's generated types give, for [`agree`].
struct Library<D, M, R> {
    /// `display_in(code, args, tag)`: the message with values.
    display_in: D,
    /// `message_in(code, tag)`: the template, each parameter as `{name}`.
    message_in: M,
    /// `read(code, description, tag)`: the error read from a status with this
    /// description, then its `display_in(tag)`.
    read: R,
}

/// Every code of a catalog in every locale with every value agrees with fluent-bundle,
/// through `display_in`, `message_in` and an error read back from the description
/// (`from_status`). The values where fluent-bundle panicked, for the caller to check.
fn agree<D, M, R>(
    fixture: &str,
    codes: &[(u16, &str, &[&str])],
    library: &Library<D, M, R>,
) -> Vec<String>
where
    D: Fn(u16, &[(&str, &str)], &str) -> String,
    M: Fn(u16, &str) -> String,
    R: Fn(u16, &str, &str) -> String,
{
    let mut panicked = Vec::new();
    let mut compared = 0;
    for (tag, source) in locales(fixture) {
        for &(code, name, params) in codes {
            let id = zingle_errors_core::message_id(name);
            let shown: Vec<String> = params.iter().map(|p| format!("{{{p}}}")).collect();
            let shown: Vec<(&str, &str)> = params
                .iter()
                .zip(&shown)
                .map(|(p, s)| (*p, s.as_str()))
                .collect();
            if let Some(template) = fluent(&tag, &source, &id, &shown) {
                assert_eq!((library.message_in)(code, &tag), template, "{tag} {name}");
            }
            for position in 0..params.len().max(1) {
                for value in VALUES {
                    let args: Vec<(&str, &str)> = params
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (*p, if i == position { *value } else { "c-7" }))
                        .collect();
                    let ours = (library.display_in)(code, &args, &tag);
                    match fluent(&tag, &source, &id, &args) {
                        Some(theirs) => {
                            compared += 1;
                            assert_eq!(ours, theirs, "{tag} {name} {args:?}");
                            let read = (library.read)(code, &ours, &tag);
                            assert_eq!(read, theirs, "read back: {tag} {name} {args:?}");
                        }
                        None if source.contains(&format!("\n{id} ="))
                            || source.starts_with(&format!("{id} =")) =>
                        {
                            panicked.push(format!("{tag} {name} {value}"));
                        }
                        // Not translated in this locale: the default's text.
                        None => {}
                    }
                }
            }
        }
    }
    assert!(
        compared > 100,
        "{fixture}: only {compared} messages compared"
    );
    panicked.sort();
    panicked.dedup();
    panicked
}

/// [`agree`] for the catalog at `$fixture`, whose code enum is `$code` and error type
/// `$error`.
macro_rules! agree_with {
    ($fixture:expr, $code:ty, $error:ty) => {{
        let codes: Vec<(u16, &str, &[&str])> = <$code>::ALL
            .iter()
            .map(|c| (c.code(), c.name(), c.params()))
            .collect();
        let code = |number| <$code>::from_code(number).expect("a code");
        let library = Library {
            display_in: |number, args: &[(&str, &str)], tag: &str| {
                let args: Vec<(&str, &dyn std::fmt::Display)> = args
                    .iter()
                    .map(|(n, v)| (*n, v as &dyn std::fmt::Display))
                    .collect();
                <$error>::new(code(number), &args)
                    .expect("its parameters")
                    .display_in(tag)
            },
            message_in: |number, tag: &str| code(number).message_in(tag),
            read: |number, description: &str, tag: &str| {
                let status = Status::error(
                    code(number).http_status(),
                    Some(number),
                    description.to_owned(),
                );
                <$error>::from_status(&status)
                    .expect("an error")
                    .display_in(tag)
            },
        };
        agree($fixture, &codes, &library)
    }};
}

#[test]
fn every_translation_writes_what_fluent_writes() {
    // fluent-bundle's panics are expected below and say nothing the test does not; any
    // other is reported.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let in_fluent = info
            .location()
            .is_some_and(|at| at.file().contains("fluent-bundle"));
        if !in_fluent {
            report(info);
        }
    }));

    let panicked = agree_with!("fixtures/shop-i18n", shop::ShopCode, shop::ShopError);
    // fluent-bundle overflows computing the plural operands of a 20-digit fraction.
    assert_eq!(
        panicked,
        [
            "ar ItemsLeft 1.00000000000000000000",
            "de ItemsLeft 1.00000000000000000000",
            "pl ItemsLeft 1.00000000000000000000",
        ]
    );

    let panicked = agree_with!("fixtures/plurals-i18n", seats::SeatsCode, seats::SeatsError);
    assert_eq!(
        panicked,
        [
            "fr BagsOver 1.00000000000000000000",
            "fr SeatsLeft 1.00000000000000000000",
            "ja SeatsLeft 1.00000000000000000000",
            "ru SeatsLeft 1.00000000000000000000",
        ]
    );
}

#[test]
fn where_fluent_bundle_overflows_the_value_is_written_as_given_by_cldrs_rules() {
    // A 20-digit fraction: fluent-bundle computes 10^20 for its plural operands and
    // panics; CLDR's rules read 1.000… as `other` in German and Polish.
    let value = "1.00000000000000000000";
    let left = shop::shop_error!(ItemsLeft, count = value, cart_id = "c-7");
    assert_eq!(
        left.display_in("de"),
        format!("{value} Artikel sind noch im Warenkorb „c-7“")
    );
    assert!(left.display_in("pl").contains(value));
    // A fraction of more digits than 64 bits hold: the rules cannot read it, `other`.
    let value = "1.123456789012345678901";
    let left = shop::shop_error!(ItemsLeft, count = value, cart_id = "c-7");
    assert_eq!(
        left.display_in("de"),
        format!("{value} Artikel sind noch im Warenkorb „c-7“")
    );
}

/// `into_response_in` answers with the message Fluent writes, in the locale the header
/// asks for, for every code of the second catalog in each of its locales.
#[cfg(feature = "axum")]
#[tokio::test]
async fn an_answer_in_a_requests_language_is_what_fluent_writes() {
    use http::header::CONTENT_LANGUAGE;
    use seats::{SeatsCode, SeatsError};
    for (tag, source) in locales("fixtures/plurals-i18n") {
        for code in SeatsCode::ALL {
            for value in ["1", "3", "21", "x-1"] {
                let args: Vec<(&str, &str)> = code.params().iter().map(|p| (*p, value)).collect();
                let shown: Vec<(&str, &dyn std::fmt::Display)> = args
                    .iter()
                    .map(|(n, v)| (*n, v as &dyn std::fmt::Display))
                    .collect();
                let err = SeatsError::new(*code, &shown).expect("its parameters");
                let expected = fluent(
                    &tag,
                    &source,
                    &zingle_errors_core::message_id(code.name()),
                    &args,
                )
                .unwrap_or_else(|| err.to_string());
                let response = err.into_response_in(&format!("{tag}, en;q=0.5"));
                assert_eq!(response.headers()[CONTENT_LANGUAGE], tag.as_str());
                let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                    .await
                    .expect("a body");
                let envelope: zingle_errors::Envelope<()> =
                    serde_json::from_slice(&body).expect("an envelope");
                assert_eq!(
                    envelope.status.description.as_deref(),
                    Some(expected.as_str()),
                    "{tag} {code} {value}"
                );
            }
        }
    }
}
