//! What a translation compiles to, and what it cannot.

use zingle_errors_core::Piece::{Lit, Param};
use zingle_errors_core::{Key, Selector};

use crate::{Catalog, Compiled, CompiledPart, CompiledSelect, Piece};

fn catalog() -> Catalog {
    crate::parse(
        "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
         [[code]]\ncode = 1\nname = \"Moved\"\ncategory = \"A\"\nmessage = \"{from} moved to {to}\"\n\
         [[code]]\ncode = 2\nname = \"Closed\"\ncategory = \"A\"\nmessage = \"Closed\"\n",
        "codes.toml",
    )
    .unwrap()
}

fn lit(s: &str) -> Piece {
    Lit(s.to_owned())
}

/// The compiled message of the code `moved` in `ftl`, and the faults of the file.
fn moved(ftl: &str) -> (Option<Compiled>, Vec<String>) {
    let (locale, errors) = super::check_locale(&catalog(), "de", ftl, "de.ftl");
    let errors = errors.iter().flatten().map(ToString::to_string).collect();
    let message = locale
        .translations
        .into_iter()
        .find(|t| t.code == 1)
        .map(|t| t.message);
    (message, errors)
}

fn compiled(ftl: &str) -> Compiled {
    let (message, errors) = moved(ftl);
    assert_eq!(errors, Vec::<String>::new(), "{ftl}");
    message.expect("a translation")
}

#[test]
fn text_variables_and_literals_are_one_run() {
    assert_eq!(
        compiled("moved = nach { $to } von { $from }{ \"!\" }\n"),
        Compiled::Text(vec![
            lit("nach "),
            Param(1),
            lit(" von "),
            Param(0),
            lit("!")
        ])
    );
    // Fluent's indentation rules, and a number literal as Fluent writes it.
    assert_eq!(
        compiled("moved =\n    { $from }\n      zog { 007 } um\n\n    nach { $to }  \n\n"),
        Compiled::Text(vec![Param(0), lit("\n  zog 7 um\n\nnach "), Param(1)])
    );
    // Escapes in string literals; none in text.
    assert_eq!(
        compiled("moved = { \"\\u00A0\" }{ $from }\\u00A0{ $to }\n"),
        Compiled::Text(vec![lit("\u{a0}"), Param(0), lit("\\u00A0"), Param(1)])
    );
}

#[test]
fn terms_and_messages_are_written_in_place_with_their_arguments() {
    let ftl = "-app = { $case ->\n   *[nom] Notizen\n    [gen] der Notizen\n}\n    .gender = plural\n\
               closed = Zu\n\
               moved = { -app(case: \"gen\") } { $from } → { $to }, { closed }, { -app.gender ->\n    [plural] sie\n   *[other] es\n}\n";
    assert_eq!(
        compiled(ftl),
        Compiled::Text(vec![
            lit("der Notizen "),
            Param(0),
            lit(" → "),
            Param(1),
            lit(", Zu, sie")
        ])
    );
}

#[test]
fn a_selection_on_a_value_or_a_number_is_left_for_run_time() {
    let ftl = "moved = { $from ->\n    [0] nichts\n   *[other] { $from }\n} nach { $to }\n";
    let select = CompiledSelect {
        on: Selector::Param(0),
        variants: vec![
            (
                Key::Number("0".to_owned()),
                Compiled::Text(vec![lit("nichts")]),
            ),
            (
                Key::Name("other".to_owned()),
                Compiled::Text(vec![Param(0)]),
            ),
        ],
        default: 1,
    };
    assert_eq!(
        compiled(ftl),
        Compiled::Parts(vec![
            CompiledPart::Select(select),
            CompiledPart::Text(vec![lit(" nach "), Param(1)]),
        ])
    );
    let tokens = compiled(ftl).encode();
    assert_eq!(
        tokens,
        [
            "\0?p0;4",
            "\0[1;n0",
            "nichts",
            "\0*1;kother",
            "\u{0}0",
            " nach ",
            "\u{0}1"
        ]
    );
}

#[test]
fn what_cannot_be_compiled_is_refused_where_it_is() {
    let cases = [
        (
            "closed =\n    .title = Zu\nmoved = { closed } { $from } { $to }\n",
            "de.ftl:3:11: message `closed` has no value to write, only attributes",
        ),
        (
            "moved = { \"\\u0000\" } { $from } { $to }\n",
            "de.ftl:1:12: the translation holds a NUL character, which messages cannot carry",
        ),
        (
            "-a = { -b }\n-b = { -a }\nmoved = { -a } { $from } { $to }\n",
            "de.ftl:2:9: `-a` refers to itself, through the references that lead here",
        ),
    ];
    for (ftl, fault) in cases {
        let (_, errors) = moved(ftl);
        assert!(errors.iter().any(|e| e == fault), "{ftl}\n{errors:#?}");
    }
}

#[test]
fn a_byte_order_mark_is_no_part_of_the_text_nor_of_a_column() {
    let (message, errors) = moved("\u{feff}moved = { $from } { $to } { $nope }\n");
    assert_eq!(
        errors,
        ["de.ftl:1:29: `$nope` is not a parameter of 1 (Moved); its parameters: from, to"]
    );
    assert_eq!(
        message,
        Some(Compiled::Text(vec![Param(0), lit(" "), Param(1), lit(" ")]))
    );
}

#[test]
fn two_files_of_one_tag_and_a_file_of_the_default_locale_are_refused() {
    let dir = std::env::temp_dir().join(format!("zingle-locales-case-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["de.ftl", "DE.ftl", "en.ftl", "pt-br.ftl"] {
        std::fs::write(dir.join(file), "closed = Zu\n").unwrap();
    }
    let (locales, errors) = super::load_locales(&catalog(), &dir, "locales");
    let errors: Vec<String> = errors.iter().flatten().map(ToString::to_string).collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        errors,
        [
            "locales/de.ftl:1:1: `de` names the locale of `locales/DE.ftl` again, in other case: keep one of the two files",
            "locales/en.ftl:1:1: `en` is the catalog's default locale, whose messages are those of the catalog itself: this file would never be used; remove it, or change `default_locale`",
        ]
    );
    let tags: Vec<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(tags, ["DE", "pt-br"]);
}

#[test]
fn an_escape_fluent_syntax_cannot_read_is_a_fault_not_a_panic() {
    // fluent-syntax 0.12 panics on a `\u` escape cut short by a character of more than
    // one byte (found by the `translation_writer` fuzz target).
    let (message, errors) = moved("closed = Zu\nmoved = { $from } { \"\\u\u{feff}0\" } { $to }\n");
    assert_eq!(
        errors,
        [
            "de.ftl:2:22: invalid Fluent: an escape `\\u` or `\\U` is not followed by 4 or 6 hexadecimal digits"
        ]
    );
    assert_eq!(message, None);
}

#[test]
fn a_selection_without_a_default_variant_is_refused() {
    // Found by the `translation_writer` fuzz target: fluent-syntax takes a selection
    // with a `*` and no variant.
    let (message, errors) = moved("-t = { $case ->\n   * }\nmoved = { -t } { $from } { $to }\n");
    assert_eq!(
        errors,
        ["de.ftl:1:9: this selection has no default variant (`*[other] …`), which Fluent requires"]
    );
    assert_eq!(
        message,
        Some(Compiled::Text(vec![lit(" "), Param(0), lit(" "), Param(1)]))
    );
}
