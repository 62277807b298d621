//! The table read back is the catalog written: every code by number and by name, every
//! former name, the retired codes with their reasons, the stand-in of a faulty catalog.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use super::{CodeTable, Malformed, RetiredRow, Row, encode, string_value};
use crate::codegen::constructor_ident;
use crate::{Catalog, parse};

fn decode(table: TokenStream) -> (CodeTable, TokenStream) {
    let mut tokens = table.into_iter().peekable();
    let decoded = CodeTable::decode(&mut tokens).expect("a table encode wrote");
    (decoded, tokens.collect())
}

fn names(row: &Row) -> (u16, String, String, Vec<String>) {
    (
        row.code,
        row.name.to_string(),
        row.ctor.to_string(),
        row.params.iter().map(ToString::to_string).collect(),
    )
}

const SMALL: &str = r#"
[[category]]
name = "Things"
title = "Things"
range = [1, 99]
status = 400

[[code]]
code = 1
name = "ThingNotFound"
category = "Things"
message = "No thing '{thing_id}' of {owner}"
aliases = ["ThingMissing", "NoThing"]

[[code]]
code = 2
name = "Type"
category = "Things"
message = "Bad {type}"

[[code]]
code = 30
name = "Gone"
category = "Things"
message = "Gone"

[[retired]]
code = 5
name = "ThingExploded"
reason = "use \"Gone\" (30)\nsince 2.0 — über"
"#;

#[test]
fn every_code_name_former_name_and_retired_code_reads_back() {
    let catalog = parse(SMALL, "codes.toml").unwrap();
    let (table, rest) = decode(encode(&catalog, false));
    assert!(rest.is_empty());
    assert_eq!(table.faulty(), None);
    for entry in catalog.entries() {
        let by_code = table.by_code(entry.code).unwrap();
        let by_name = table.by_name(&entry.name).unwrap();
        assert_eq!(by_code, by_name);
        let params: Vec<String> = entry
            .message
            .params()
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            names(&by_code),
            (
                entry.code,
                entry.name.clone(),
                constructor_ident(&entry.name).to_string(),
                params,
            )
        );
        for alias in &entry.aliases {
            let former = table.by_name(alias).unwrap();
            assert_eq!(former.code, entry.code);
            assert_eq!(former.name, alias.as_str());
            assert_eq!(former.ctor.to_string(), crate::to_snake_case(alias));
        }
    }
    assert_eq!(names(&table.by_name("Type").unwrap()).2, "r#type");
    let rows: Vec<u16> = table.rows().iter().map(|r| r.code).collect();
    assert_eq!(rows, [1, 2, 30]);
    assert_eq!(
        table.retired(),
        [RetiredRow {
            code: 5,
            name: "ThingExploded".to_owned(),
            reason: "use \"Gone\" (30)\nsince 2.0 — über".to_owned(),
        }]
    );
}

#[test]
fn what_no_catalog_has_is_not_found() {
    let catalog = parse(SMALL, "codes.toml").unwrap();
    let (table, _) = decode(encode(&catalog, false));
    // A number or name that is a part of another, or a parameter's name.
    for code in [3, 0, 10, 300, 5] {
        assert_eq!(table.by_code(code), None, "{code}");
    }
    for name in [
        "Thing",
        "NotFound",
        "thing_id",
        "owner",
        "ThingExploded",
        "Gon",
        "1",
    ] {
        assert_eq!(table.by_name(name), None, "{name}");
    }
}

#[test]
fn the_tokens_after_the_table_are_left_to_the_reader() {
    let catalog = parse(SMALL, "codes.toml").unwrap();
    let table = encode(&catalog, false);
    let (_, rest) = decode(quote!(#table (user tokens)));
    assert_eq!(rest.to_string(), "(user tokens)");
}

#[test]
fn a_faulty_catalog_names_its_stand_in_and_leaves_it_out_of_the_rows() {
    let catalog = parse(SMALL, "codes.toml").unwrap();
    let catalog = crate::codegen::fallback::with_faulty_variant(&catalog);
    let (table, _) = decode(encode(&catalog, true));
    assert_eq!(table.faulty().unwrap(), "CatalogHasFaults");
    let stand_in = table.by_name("CatalogHasFaults").unwrap().code;
    assert_eq!(table.by_code(stand_in).unwrap().name, "CatalogHasFaults");
    assert!(table.rows().iter().all(|r| r.code != stand_in));
    assert_eq!(table.rows().len(), 3);
}

#[test]
fn every_code_of_a_large_catalog_reads_back() {
    let mut toml = String::new();
    for c in 0..20 {
        let first = 1000 + c * 100;
        let _ = write!(
            toml,
            "[[category]]\nname = \"Group{c}\"\ntitle = \"G\"\nrange = [{first}, {}]\nstatus = 400\n",
            first + 99
        );
    }
    for i in 0..2000 {
        let _ = write!(
            toml,
            "[[code]]\ncode = {}\nname = \"Thing{i}\"\ncategory = \"Group{}\"\nmessage = \"T {{p{}}}\"\n",
            1000 + i,
            i / 100,
            i % 7
        );
    }
    let catalog: Catalog = parse(&toml, "codes.toml").unwrap();
    let (table, _) = decode(encode(&catalog, false));
    for entry in catalog.entries() {
        assert_eq!(table.by_code(entry.code).unwrap().name, entry.name.as_str());
        assert_eq!(table.by_name(&entry.name).unwrap().code, entry.code);
    }
    assert_eq!(table.rows().len(), 2000);
}

#[test]
fn other_tokens_are_malformed() {
    for tokens in [
        quote!(),
        quote!(faulty),
        quote!(x[..]),
        quote!(3),
        quote!(3 [] retired),
    ] {
        let mut tokens = tokens.into_iter().peekable();
        assert_eq!(CodeTable::decode(&mut tokens).err(), Some(Malformed));
    }
    let mut bad_retired = quote!(1 [] retired [ x ]).into_iter().peekable();
    assert_eq!(CodeTable::decode(&mut bad_retired).err(), Some(Malformed));
}

#[test]
fn a_string_literal_reads_back_as_written() {
    for text in [
        "",
        "plain",
        "\"quoted\" \\ back",
        "tab\tline\nreturn\r\0",
        "über 😀 \u{7f} \u{200e}",
    ] {
        let literal = proc_macro2::Literal::string(text).to_string();
        assert_eq!(string_value(&literal).as_deref(), Some(text), "{literal}");
    }
    assert_eq!(string_value("not a string"), None);
    assert_eq!(string_value(r#""\q""#), None);
}
