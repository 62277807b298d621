//! A broken catalog: every fault reported at once, each at its line and column.

use zingle_errors_catalog::{Fault, LoadError, parse};

const HEAD: &str = r#"[[category]]
name = "Things"
title = "Things"
range = [100, 199]
status = 400
"#;

/// `HEAD` then `body`; the faults as `line:col: message` strings.
fn faults(body: &str) -> Vec<String> {
    match parse(&format!("{HEAD}{body}"), "codes.toml") {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn a_valid_catalog_parses() {
    let catalog = parse(&format!("{HEAD}[[code]]\ncode = 100\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"Thing '{{thing_id}}' not found {{{{ok}}}}\"\nstatus = 404\n"), "codes.toml").unwrap();
    let entry = catalog.get(100).unwrap();
    assert_eq!(entry.location.line, 6);
    assert_eq!(entry.message.params(), ["thing_id"]);
    assert_eq!(entry.status, 404);
    assert_eq!(catalog.by_name("ThingNotFound"), Some(entry));
}

#[test]
fn toml_syntax_errors_have_a_location() {
    let found = faults("[[code]\ncode = 100\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("codes.toml:6:"), "{found:?}");
    assert!(found[0].contains("invalid TOML"), "{found:?}");
}

#[test]
fn duplicate_code_names_both_lines() {
    let found = faults(concat!(
        "[[code]]\ncode = 100\nname = \"A\"\ncategory = \"Things\"\nmessage = \"a\"\n",
        "[[code]]\ncode = 100\nname = \"B\"\ncategory = \"Things\"\nmessage = \"b\"\n",
    ));
    assert_eq!(
        found,
        ["codes.toml:12:8: duplicate code 100: already defined at codes.toml:7:8"]
    );
}

#[test]
fn duplicate_names_and_constructor_clashes() {
    let found = faults(concat!(
        "[[code]]\ncode = 100\nname = \"Same\"\ncategory = \"Things\"\nmessage = \"a\"\n",
        "[[code]]\ncode = 101\nname = \"Same\"\ncategory = \"Things\"\nmessage = \"b\"\n",
        "[[code]]\ncode = 102\nname = \"HTTPError\"\ncategory = \"Things\"\nmessage = \"c\"\n",
        "[[code]]\ncode = 103\nname = \"HttpError\"\ncategory = \"Things\"\nmessage = \"d\"\n",
        "[[code]]\ncode = 104\nname = \"Kind\"\ncategory = \"Things\"\nmessage = \"e\"\n",
    ));
    assert_eq!(
        found,
        [
            "codes.toml:13:8: duplicate name `Same`: already used at codes.toml:8:8",
            "codes.toml:23:8: duplicate name `http_error`: already used at codes.toml:18:8",
            "codes.toml:28:8: name `Kind` gives the constructor `kind`, which clashes with a method of the error type",
        ]
    );
}

#[test]
fn names_must_be_upper_camel_case_identifiers() {
    for bad in [
        "invalid_label",
        "Invalid Label",
        "3Label",
        "Self",
        "Ünicode",
        "",
    ] {
        let found = faults(&format!(
            "[[code]]\ncode = 100\nname = \"{bad}\"\ncategory = \"Things\"\nmessage = \"a\"\n"
        ));
        assert_eq!(
            found,
            [format!(
                "codes.toml:8:8: name `{bad}` is not an UpperCamelCase Rust identifier (ASCII letters and digits, starting with an uppercase letter)"
            )]
        );
    }
}

#[test]
fn unknown_keys_are_errors_with_a_suggestion() {
    let found =
        faults("[[code]]\ncode = 100\nname = \"A\"\ncategory = \"Things\"\nmesage = \"a\"\n");
    assert_eq!(
        found,
        [
            "codes.toml:6:1: missing key `message` in [[code]]",
            "codes.toml:10:1: unknown key `mesage` in [[code]]; did you mean `message`?",
        ]
    );
    let found = faults("colour = 1\n");
    assert_eq!(
        found,
        [
            "codes.toml:6:1: unknown key `colour` in [[category]]; expected one of name, title, range, status"
        ]
    );
    let errors = parse(&format!("colour = 1\n{HEAD}"), "codes.toml").unwrap_err();
    assert_eq!(
        errors.to_string(),
        "codes.toml:1:1: unknown key `colour` in the top level; expected one of catalog, category, code, retired"
    );
}

#[test]
fn empty_message() {
    let found =
        faults("[[code]]\ncode = 100\nname = \"A\"\ncategory = \"Things\"\nmessage = \"  \"\n");
    assert_eq!(found, ["codes.toml:10:11: empty message"]);
}

#[test]
fn unbalanced_braces_point_at_the_brace() {
    let found = faults(
        "[[code]]\ncode = 100\nname = \"A\"\ncategory = \"Things\"\nmessage = \"Thing {thing_id not found\"\n",
    );
    assert_eq!(
        found,
        [
            "codes.toml:10:18: in `message`: unbalanced brace: `{` at byte 6 is never closed (write `{{` for a literal brace)"
        ]
    );
    let found = faults(
        "[[code]]\ncode = 100\nname = \"A\"\ncategory = \"Things\"\nmessage = \"Thing} not found\"\n",
    );
    assert_eq!(
        found,
        [
            "codes.toml:10:17: in `message`: unbalanced brace: `}` at byte 5 closes nothing (write `}}` for a literal brace)"
        ]
    );
}

#[test]
fn placeholders_must_be_snake_case() {
    let found = faults(
        "[[code]]\ncode = 100\nname = \"A\"\ncategory = \"Things\"\nmessage = \"Thing {ThingId}\"\n",
    );
    assert_eq!(
        found,
        [
            "codes.toml:10:18: in `message`: placeholder `{ThingId}` at byte 6 is not snake_case (lowercase letters, digits and `_`, starting with a letter)"
        ]
    );
}

#[test]
fn codes_must_lie_in_their_category() {
    let found =
        faults("[[code]]\ncode = 250\nname = \"A\"\ncategory = \"Things\"\nmessage = \"a\"\n");
    assert_eq!(
        found,
        ["codes.toml:7:8: code 250 is outside its category `Things` (100..=199)"]
    );
    let found =
        faults("[[code]]\ncode = 100\nname = \"A\"\ncategory = \"Thing\"\nmessage = \"a\"\n");
    assert_eq!(
        found,
        ["codes.toml:9:12: unknown category `Thing`; did you mean `Things`?"]
    );
}

#[test]
fn codes_must_fit_in_u16() {
    for bad in ["70000", "-1", "0x1_0000"] {
        let found = faults(&format!(
            "[[code]]\ncode = {bad}\nname = \"A\"\ncategory = \"Things\"\nmessage = \"a\"\n"
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("codes.toml:7:8: code out of range: "),
            "{found:?}"
        );
    }
    let found =
        faults("[[code]]\ncode = \"100\"\nname = \"A\"\ncategory = \"Things\"\nmessage = \"a\"\n");
    assert_eq!(
        found,
        ["codes.toml:7:8: `code` must be an integer, found string"]
    );
}

#[test]
fn categories_are_checked_too() {
    let found = faults(
        "[[category]]\nname = \"More\"\ntitle = \"More\"\nrange = [150, 250]\n[[category]]\nname = \"Bad\"\ntitle = \"Bad\"\nrange = [9, 1]\nstatus = 99\n[[code]]\ncode = 160\nname = \"A\"\ncategory = \"More\"\nmessage = \"a\"\n",
    );
    assert_eq!(
        found,
        [
            "codes.toml:9:9: category range 150..=250 overlaps `Things`, declared at codes.toml:1:1",
            "codes.toml:13:9: `range` must be [first, last] with first <= last, both from 0 to 65535",
            "codes.toml:14:10: status out of range: 99 is not an HTTP status from 100 to 599",
            "codes.toml:15:1: no HTTP status: set `status` on the code or on its category",
        ]
    );
}

#[test]
fn every_fault_is_reported_at_once_in_file_order() {
    let errors = parse(
        &format!(
            "{HEAD}{}",
            concat!(
                "[[code]]\ncode = 100\nname = \"a\"\ncategory = \"Things\"\nmessage = \"x\"\n",
                "[[code]]\ncode = 100\nname = \"B\"\ncategory = \"Things\"\nmessage = \"\"\n",
                "[[code]]\ncode = 300\nname = \"C\"\ncategory = \"Things\"\nmessage = \"{Bad}\"\nexplantion = \"?\"\n",
            )
        ),
        "codes.toml",
    )
    .unwrap_err();
    let faults: Vec<&Fault> = errors.iter().map(|e| &e.fault).collect();
    assert_eq!(errors.len(), 6, "{errors}");
    assert!(matches!(faults[0], Fault::InvalidName { .. }));
    assert!(matches!(faults[1], Fault::DuplicateCode { code: 100, .. }));
    assert!(matches!(faults[2], Fault::EmptyMessage));
    assert!(matches!(
        faults[3],
        Fault::CodeOutsideCategory { code: 300, .. }
    ));
    assert!(matches!(faults[4], Fault::Template { .. }));
    assert!(matches!(faults[5], Fault::UnknownKey { .. }));
    let lines: Vec<usize> = errors.iter().map(|e| e.location.line).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert_eq!(errors.to_string().lines().count(), 6);
}

#[test]
fn a_catalog_without_codes_is_refused() {
    assert_eq!(
        faults(""),
        ["codes.toml:1:1: the catalog defines no `[[code]]`"]
    );
}

#[test]
fn a_missing_file_is_an_error_naming_the_path_not_a_panic() {
    let error =
        zingle_errors_catalog::load("no/such/codes.toml".as_ref(), "codes.toml").unwrap_err();
    assert!(
        matches!(&error, LoadError::Io { path, .. } if path.ends_with("no/such/codes.toml")),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.starts_with("cannot read the catalog `no/such/codes.toml`: "),
        "{message}"
    );
}

#[test]
fn errors_are_send_sync_and_static() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<zingle_errors_catalog::Error>();
    assert_error::<zingle_errors_catalog::Errors>();
    assert_error::<zingle_errors_catalog::LoadError>();
    assert_error::<zingle_errors_catalog::ParamFault>();
}

#[test]
fn a_published_message_that_could_never_be_used_is_refused_at_its_line() {
    let code = |published: &str| {
        format!(
            "[[code]]\ncode = 100\nname = \"ThingNotFound\"\ncategory = \"Things\"\n\
             message = \"Thing '{{thing_id}}' of {{owner}} not found\"\npublished_message = {published}\n"
        )
    };
    assert_eq!(
        faults(&code(r#""Thing '{thing_id}' of {owner} not founnd""#)),
        Vec::<String>::new()
    );
    assert_eq!(
        faults(&code(r#""Thing '{id}' of {owner} not founnd""#)),
        [
            "codes.toml:11:21: `published_message` has other parameters than `message` (it lacks `{thing_id}`) (it adds `{id}`): a description in the published text could never give the message's values, so it would never be used"
        ]
    );
    assert_eq!(
        faults(&code(r#""Thing not found""#)),
        [
            "codes.toml:11:21: `published_message` has other parameters than `message` (it lacks `{thing_id}`, `{owner}`): a description in the published text could never give the message's values, so it would never be used"
        ]
    );
    let unbalanced = faults(&code(r#""Thing '{thing_id' of {owner} not founnd""#));
    assert_eq!(unbalanced.len(), 1, "{unbalanced:?}");
    assert!(
        unbalanced[0].starts_with("codes.toml:11:"),
        "{unbalanced:?}"
    );
    assert!(
        unbalanced[0].contains("`published_message`"),
        "{unbalanced:?}"
    );
}

#[test]
fn doc_url_is_an_absolute_http_url() {
    let with = |url: &str| {
        let text = format!(
            "[catalog]\ndoc_url = {url:?}\n{HEAD}[[code]]\ncode = 100\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"No thing\"\n"
        );
        match parse(&text, "codes.toml") {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
        }
    };
    for good in [
        "https://example.com/errors#{code}",
        "http://example.com/e/{name}?v=1",
    ] {
        assert_eq!(with(good), Vec::<String>::new(), "{good}");
    }
    for bad in [
        "javascript:alert(1)//{code}",
        "/errors#{code}",
        "https:///{code}",
        "https://example.com/a b/{code}",
        "https://example.com/\"><script>/{code}",
    ] {
        let found = with(bad);
        assert_eq!(found.len(), 1, "{bad}: {found:?}");
        assert!(
            found[0].starts_with("codes.toml:2:11: `doc_url`"),
            "{found:?}"
        );
        assert!(
            found[0].contains("no absolute http or https URL"),
            "{found:?}"
        );
    }
}

#[test]
fn a_byte_order_mark_moves_no_column() {
    let body = "[[code]]\ncode = 100\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"Thing\"\n";
    let text = format!("bogus = 1\n{HEAD}{body}");
    let plain = parse(&text, "codes.toml").unwrap_err().to_string();
    let marked = parse(&format!("\u{feff}{text}"), "codes.toml")
        .unwrap_err()
        .to_string();
    assert!(plain.starts_with("codes.toml:1:1: "), "{plain}");
    assert_eq!(marked, plain);
}

#[test]
fn a_fault_in_a_multi_line_string_is_at_its_brace() {
    let found = faults(
        "[[code]]\ncode = 100\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"\"\"\nThing\n  of {owner is missing\"\"\"\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // Line 12, the brace's: the string opens on line 10 and its text on line 11.
    assert!(found[0].starts_with("codes.toml:12:6: "), "{found:?}");
    let literal = faults(
        "[[code]]\ncode = 100\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = '''Thing {owner'''\n",
    );
    assert!(literal[0].starts_with("codes.toml:10:20: "), "{literal:?}");
}

#[test]
fn line_endings_change_no_message_and_no_location() {
    let body = "[[code]]\ncode = 100\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"\"\"\nThing {thing_id}\nnot found\"\"\"\n\n[[code]]\ncode = 101\nname = \"bad\"\ncategory = \"Things\"\nmessage = \"x\"\n";
    let lf = format!("{HEAD}{body}");
    let crlf = lf.replace('\n', "\r\n");
    let (lf_catalog, lf_errors) = zingle_errors_catalog::parse_recovering(&lf, "codes.toml");
    let (crlf_catalog, crlf_errors) = zingle_errors_catalog::parse_recovering(&crlf, "codes.toml");
    let message =
        |c: &zingle_errors_catalog::Catalog| c.get(100).unwrap().message.source().to_owned();
    assert_eq!(message(&lf_catalog), "Thing {thing_id}\nnot found");
    assert_eq!(message(&crlf_catalog), message(&lf_catalog));
    assert_eq!(
        crlf_errors.unwrap().to_string(),
        lf_errors.unwrap().to_string()
    );
}
