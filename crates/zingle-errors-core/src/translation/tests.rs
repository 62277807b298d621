//! What the encoder writes, and what a list of texts writes.

use alloc::string::String;
use alloc::vec::Vec;

use super::{Encoder, Key, Selector, plain_pieces, write_translation};
use crate::number::Plural;
use crate::piece::Piece;

fn polish(n: &str) -> Option<Plural> {
    let n: u64 = n.parse().ok()?;
    Some(match (n % 10, n % 100) {
        _ if n == 1 => Plural::One,
        (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
        _ => Plural::Many,
    })
}

/// `[{ $n -> [0] none [one] one [few] { $n } few *[other] { $n ->
/// [1] unreachable *[other] { $n } other } }]`
fn left() -> Vec<String> {
    let mut e = Encoder::default();
    e.text("[");
    e.select(Selector::Param(0));
    e.variant(Key::Number("0"), false);
    e.text("none");
    e.variant(Key::Name("one"), false);
    e.text("one");
    e.variant(Key::Name("few"), false);
    e.param(0);
    e.text(" few");
    e.variant(Key::Name("other"), true);
    e.select(Selector::Param(0));
    e.variant(Key::Number("1"), false);
    e.text("unreachable");
    e.variant(Key::Name("other"), true);
    e.param(0);
    e.text(" other");
    e.end_select();
    e.end_select();
    e.text("]");
    e.finish()
}

fn written(compiled: &[String], value: &str) -> String {
    let compiled: Vec<&str> = compiled.iter().map(String::as_str).collect();
    let mut out = String::new();
    write_translation(&mut out, &compiled, &|_| value, &polish);
    out
}

#[test]
fn the_encoder_writes_each_token_and_each_variants_length() {
    let tokens = left();
    assert_eq!(
        tokens,
        [
            "[",
            "\0?p0;14",
            "\0[1;n0",
            "none",
            "\0[1;kone",
            "one",
            "\0[2;kfew",
            "\u{0}0",
            " few",
            "\0*6;kother",
            "\0?p0;5",
            "\0[1;n1",
            "unreachable",
            "\0*2;kother",
            "\u{0}0",
            " other",
            "]",
        ]
    );
}

#[test]
fn numbers_select_by_exact_key_then_category_and_text_by_name() {
    let left = left();
    assert_eq!(written(&left, "0"), "[none]");
    assert_eq!(
        written(&left, "-0"),
        "[none]",
        "-0 equals 0, as f64 compares"
    );
    assert_eq!(
        written(&left, "0.0"),
        "[0.0 other]",
        "another count of fraction digits"
    );
    assert_eq!(written(&left, "1"), "[one]");
    assert_eq!(written(&left, "22"), "[22 few]");
    assert_eq!(
        written(&left, "12"),
        "[12 other]",
        "many: no key, the default"
    );
    // Not numbers as Fluent is given them: text, which no name matches.
    assert_eq!(written(&left, "007"), "[007 other]");
    assert_eq!(
        written(&left, "few"),
        "[few few]",
        "a text matches a key of its name"
    );
    // Rules that cannot read the number: `other`.
    assert_eq!(written(&left, "1.5"), "[1.5 other]");
}

#[test]
fn a_list_no_encoder_wrote_writes_what_it_can_and_never_panics() {
    let cases: [&[&str]; 10] = [
        &["\0"],
        &["\0?p"],
        &["\0?p0"],
        &["\0?p0;3", "\0[99;kone", "x"],
        &["\0?p0;2", "\0[18446744073709551615;kone", "x"],
        &["\0?p0;99999999999999999999", "\0[1;kone", "x"],
        &["a", "\0[1;kone", "b"],
        &["\0?pz;1", "\0*0;kother"],
        &["\0*0;kother", "\0?p0;1"],
        &["\0?p0;2", "\0[1;", "x"],
    ];
    for compiled in cases {
        let mut out = String::new();
        write_translation(&mut out, compiled, &|_| "1", &polish);
    }
    let mut out = String::new();
    write_translation(
        &mut out,
        &["a", "\0?p0;9", "\0*1;kother", "b"],
        &|_| "1",
        &polish,
    );
    assert_eq!(out, "ab", "a selection longer than the list");
}

#[test]
fn a_translation_without_selections_is_its_pieces() {
    let mut e = Encoder::default();
    e.text("Waren");
    e.text("korb ");
    e.param(0);
    e.text(" fehlt");
    let compiled = e.finish();
    let compiled: Vec<&str> = compiled.iter().map(String::as_str).collect();
    assert_eq!(compiled, ["Warenkorb ", "\u{0}0", " fehlt"]);
    assert_eq!(
        plain_pieces(&compiled),
        Some(alloc::vec![
            Piece::Lit("Warenkorb "),
            Piece::Param(0),
            Piece::Lit(" fehlt")
        ])
    );
    let left = left();
    let left: Vec<&str> = left.iter().map(String::as_str).collect();
    assert_eq!(plain_pieces(&left), None);
}
