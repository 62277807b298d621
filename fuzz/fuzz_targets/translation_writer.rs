//! Any Fluent text and values: compiled without a panic (or refused with faults), and
//! written without a panic; where fluent-bundle formats the same message with the same
//! values without panicking itself, the text is what it writes.
//!
//! The input is lines: a locale (its first byte picks one), the values of `$a` and `$b`,
//! then the Fluent file, which translates the code `m` (`{a} and {b}`).
#![no_main]

use std::convert::TryFrom;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::operands::PluralOperands;
use libfuzzer_sys::fuzz_target;
use zingle_errors::__private::{LocaleTable, Translations};

const TAGS: [&str; 6] = ["de", "pl", "ar", "fr", "ja", "ru"];

static LOCALES: Translations = Translations::new(
    "en",
    &[
        LocaleTable::untranslated("de"),
        LocaleTable::untranslated("pl"),
        LocaleTable::untranslated("ar"),
        LocaleTable::untranslated("fr"),
        LocaleTable::untranslated("ja"),
        LocaleTable::untranslated("ru"),
    ],
);

const CATALOG: &str = "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
    [[code]]\ncode = 1\nname = \"M\"\ncategory = \"A\"\nmessage = \"{a} and {b}\"\n";

fuzz_target!(
    init: {
        // fluent-syntax panics on some text (an unfinished `\u` escape before a
        // character of more than one byte); the catalog crate catches that and reports a
        // fault, which libfuzzer's hook, aborting on any panic, would not let it do.
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_fluent_syntax = info
                .location()
                .is_some_and(|at| at.file().contains("fluent-syntax"));
            if !in_fluent_syntax {
                abort(info);
            }
        }));
    },
    |input: &str| {
    if input.len() > 2_000 {
        return;
    }
    let mut lines = input.splitn(4, '\n');
    let (Some(locale), Some(a), Some(b), Some(ftl)) =
        (lines.next(), lines.next(), lines.next(), lines.next())
    else {
        return;
    };
    let locale = usize::from(locale.bytes().next().unwrap_or(0)) % TAGS.len();
    let tag = TAGS[locale];
    let catalog = zingle_errors_catalog::parse(CATALOG, "codes.toml").expect("a valid catalog");
    let (compiled, faults) = zingle_errors_catalog::check_locale(&catalog, tag, ftl, "l.ftl");
    let Some(translation) = compiled.translations.first() else {
        return;
    };
    let tokens = translation.message.encode();
    let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
    let values = [a, b];
    let ours = LOCALES.write(locale, &tokens, &|i| values.get(i).copied().unwrap_or_default());
    if faults.is_some() || a.contains('\0') || b.contains('\0') {
        return;
    }
    if let Some(theirs) = fluent(tag, ftl, &values) {
        assert_eq!(ours, theirs, "{tag} {values:?}\n{ftl}");
    }
    }
);

/// What fluent-bundle writes for `m`, each value given as the library gives it; `None`
/// where it would panic (its plural operands overflow) or cannot format.
fn fluent(tag: &str, ftl: &str, values: &[&str; 2]) -> Option<String> {
    let ftl = ftl.strip_prefix('\u{feff}').unwrap_or(ftl);
    let resource = FluentResource::try_new(ftl.to_owned()).ok()?;
    let mut bundle = FluentBundle::new(vec![tag.parse().ok()?]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    let pattern = bundle.get_message("m")?.value()?;
    let mut args = FluentArgs::new();
    for (name, value) in ["a", "b"].into_iter().zip(values) {
        let value = match value.parse::<FluentNumber>() {
            Ok(number) if number.as_string() == *value => {
                if overflows(&number) {
                    return None;
                }
                FluentValue::from(number)
            }
            _ => FluentValue::from(*value),
        };
        args.set(name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
    errors.is_empty().then_some(text)
}

/// Whether fluent-bundle's plural operands of `number` overflow (it computes
/// `f * 10^(fraction digits written - fraction digits of the shortest text)`).
fn overflows(number: &FluentNumber) -> bool {
    let Ok(operands) = PluralOperands::try_from(number.value) else {
        return true;
    };
    let written = number.options.minimum_fraction_digits.unwrap_or(0);
    let missing = u32::try_from(written.saturating_sub(operands.v)).unwrap_or(u32::MAX);
    10u64
        .checked_pow(missing)
        .and_then(|scale| operands.f.checked_mul(scale))
        .is_none()
}
