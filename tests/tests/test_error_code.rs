//! The generated `ErrorCode` and `Category` of the Zingle catalog.

use std::collections::HashSet;
use std::mem::size_of;

use zingle_errors::{Category, ErrorCode, ParseCodeError, UnknownCode, code};

#[test]
fn all_201_codes_round_trip() {
    assert_eq!(ErrorCode::ALL.len(), 201);
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
        assert_eq!(ErrorCode::try_from(code.code()), Ok(code));
        assert_eq!(u16::from(code), code.code());
        assert_eq!(code.to_string().parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.code().to_string().parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.name().parse::<ErrorCode>(), Ok(code));
    }
    assert_eq!(ErrorCode::ALL.first().map(|c| c.code()), Some(2600));
    assert_eq!(ErrorCode::ALL.last().map(|c| c.code()), Some(8006));
}

#[test]
fn all_is_ascending_and_names_are_unique() {
    assert!(
        ErrorCode::ALL
            .windows(2)
            .all(|w| w[0] < w[1] && w[0].code() < w[1].code())
    );
    let names: HashSet<&str> = ErrorCode::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names.len(), 201);
}

#[test]
fn unknown_numbers_and_names_are_refused() {
    for n in [0, 2599, 2616, 3099, 4104, 8007, u16::MAX] {
        assert_eq!(ErrorCode::from_code(n), None);
        assert_eq!(ErrorCode::try_from(n), Err(UnknownCode(n)));
    }
    assert_eq!(UnknownCode(1234).to_string(), "unknown error code 1234");
    // Names are matched as written; a misspelt one is given the nearest.
    for (s, suggestion) in [
        ("", None),
        ("invalidlabel", Some("InvalidLabel")),
        ("3612 ", None),
        ("-3612", None),
        ("99999", None),
        ("InvalidLabel2", Some("InvalidLabel")),
        ("InvalidLable", Some("InvalidLabel")),
    ] {
        assert_eq!(
            s.parse::<ErrorCode>(),
            Err(ParseCodeError {
                input: s.to_owned(),
                retired: None,
                suggestion,
            }),
            "{s:?}"
        );
    }
}

#[test]
fn an_error_code_is_two_bytes() {
    assert_eq!(size_of::<ErrorCode>(), 2);
    assert_eq!(size_of::<Option<ErrorCode>>(), 2);
}

#[test]
fn code_macro_works_in_const_items_and_patterns() {
    const LABEL: ErrorCode = code!(3612);
    const SAME: ErrorCode = code!(InvalidLabel);
    assert_eq!(LABEL, ErrorCode::InvalidLabel);
    assert_eq!(SAME, LABEL);
    let describe = |c: Option<ErrorCode>| match c {
        Some(code!(3000)) => "contact",
        Some(code!(EventContactNotFound)) => "event contact",
        Some(_) => "other",
        None => "unknown",
    };
    assert_eq!(describe(ErrorCode::from_code(3000)), "contact");
    assert_eq!(describe(ErrorCode::from_code(7002)), "event contact");
    assert_eq!(describe(ErrorCode::from_code(2600)), "other");
    assert_eq!(describe(ErrorCode::from_code(1)), "unknown");
}

#[test]
fn text_of_a_code() {
    let code = code!(2604);
    assert_eq!(code.name(), "InvalidBodyContent");
    assert_eq!(
        code.message(),
        "Invalid body content. Check that your request is valid JSON"
    );
    assert!(
        code.explanation()
            .is_some_and(|x| x.contains("[JSON Spec](http://www.json.org/)"))
    );
    assert_eq!(code!(2608).explanation(), None);
    assert_eq!(
        code!(3613).params(),
        ["correspondent_channel_value", "channel_type_display_name"]
    );
    assert_eq!(code!(3000).params(), [] as [&str; 0]);
    assert_eq!(code.to_string(), "InvalidBodyContent");
}

#[test]
fn categories_partition_the_codes() {
    assert_eq!(Category::ALL.len(), 20);
    let mut seen = 0;
    for &category in Category::ALL {
        assert!(!category.codes().is_empty(), "{category}");
        for code in category.codes() {
            assert_eq!(code.category(), category);
            assert!(category.range().contains(&code.code()));
        }
        seen += category.codes().len();
    }
    assert_eq!(seen, ErrorCode::ALL.len());
    assert_eq!(code!(2600).category(), Category::General);
    assert_eq!(Category::General.range(), 2600..=2699);
    assert_eq!(Category::ContactGroups.title(), "Contact groups");
    assert_eq!(Category::Contacts.name(), "Contacts");
    assert_eq!(Category::Contacts.to_string(), "Contacts");
    assert_eq!(code!(8006).category(), Category::ContactGroups);
}

#[test]
fn serde_uses_the_number_and_reads_numeric_strings() {
    assert_eq!(serde_json::to_string(&code!(3612)).unwrap(), "3612");
    assert_eq!(
        serde_json::from_str::<ErrorCode>("3612").unwrap(),
        code!(3612)
    );
    assert_eq!(
        serde_json::from_str::<ErrorCode>("\"3612\"").unwrap(),
        code!(3612)
    );
    let all: Vec<ErrorCode> =
        serde_json::from_str(&serde_json::to_string(ErrorCode::ALL).unwrap()).unwrap();
    assert_eq!(all, ErrorCode::ALL);
    for bad in [
        "1234",
        "-1",
        "3612.5",
        "\"abc\"",
        "\"InvalidLabel\"",
        "70000",
        "null",
        "true",
    ] {
        let err = serde_json::from_str::<ErrorCode>(bad).unwrap_err();
        assert!(!err.to_string().is_empty(), "{bad}");
    }
    let err = serde_json::from_str::<ErrorCode>("1234")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("1234") && err.contains("an error code of the catalog"),
        "{err}"
    );
}

#[test]
fn error_types_are_send_sync_and_static() {
    fn assert_error<E: std::error::Error + Send + Sync + Clone + Eq + std::hash::Hash + 'static>() {
    }
    assert_error::<UnknownCode>();
    assert_error::<ParseCodeError>();
    assert_error::<zingle_errors::RenderError>();
    assert_error::<zingle_errors::ZingleError>();
}
