//! `export`: JSON, an OpenAPI 3.1 document, and the contract fixtures.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

use common::{check, run, snapshot};

fn json(args: &[&str]) -> Value {
    let run = run(args);
    run.status(0);
    serde_json::from_str(&run.stdout).expect("JSON")
}

#[test]
fn json_has_every_field_of_every_code() {
    let value = json(&["export", "--format", "json"]);
    let codes = value.as_array().expect("an array");
    assert_eq!(codes.len(), 201);
    let fields = [
        "code",
        "name",
        "constructor",
        "category",
        "status",
        "status_text",
        "retryable",
        "message",
        "params",
        "explanation",
        "published_message",
        "published_explanation",
        "deprecated",
        "aliases",
        "since",
        "doc_url",
        "same_message",
        "rust",
    ];
    for code in codes {
        let keys: BTreeSet<&str> = code
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, fields.into_iter().collect(), "{code}");
    }
    let label = &codes.iter().find(|c| c["code"] == 3612).expect("3612");
    snapshot("export-json-3612.json", &format!("{label:#}\n"));
}

/// The rules of OpenAPI 3.1 and JSON Schema 2020-12 that this document can break,
/// checked by hand (see the report in the crate's commit: no validator crate ships the
/// OpenAPI 3.1 schema, and the tests have no network to fetch it).
fn check_openapi(doc: &Value) {
    let version = doc["openapi"].as_str().expect("openapi");
    assert!(version.starts_with("3.1."), "{version}");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    let top: BTreeSet<&str> = doc
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    for key in &top {
        assert!(
            [
                "openapi",
                "info",
                "jsonSchemaDialect",
                "servers",
                "paths",
                "webhooks",
                "components",
                "security",
                "tags",
                "externalDocs"
            ]
            .contains(key)
                || key.starts_with("x-"),
            "unknown field {key}"
        );
    }
    assert!(
        ["paths", "components", "webhooks"]
            .iter()
            .any(|k| top.contains(k))
    );
    let components = doc["components"].as_object().expect("components");
    for (kind, map) in components {
        for name in map.as_object().expect("a map").keys() {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)),
                "{kind} name {name} must match ^[a-zA-Z0-9._-]+$"
            );
        }
    }
    for (name, response) in doc["components"]["responses"]
        .as_object()
        .expect("responses")
    {
        assert!(
            response["description"].is_string(),
            "response {name} needs a description"
        );
        for (media, content) in response["content"].as_object().expect("content") {
            for (key, example) in content["examples"].as_object().expect("examples") {
                let fields: Vec<&String> =
                    example.as_object().expect("an example").keys().collect();
                assert!(
                    fields
                        .iter()
                        .all(|f| ["summary", "description", "value", "externalValue"]
                            .contains(&f.as_str())),
                    "{name} {media} {key}"
                );
            }
        }
    }
    check_refs(doc, doc);
}

/// Every `$ref` points into the document.
fn check_refs(doc: &Value, at: &Value) {
    match at {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref") {
                let pointer = reference
                    .as_str()
                    .and_then(|r| r.strip_prefix('#'))
                    .expect("a local $ref");
                assert!(doc.pointer(pointer).is_some(), "dangling $ref {reference}");
            }
            map.values().for_each(|v| check_refs(doc, v));
        }
        Value::Array(items) => items.iter().for_each(|v| check_refs(doc, v)),
        _ => {}
    }
}

#[test]
fn openapi_describes_every_code() {
    let doc = json(&["export", "--format", "openapi"]);
    check_openapi(&doc);
    let error_code = &doc["components"]["schemas"]["ErrorCode"];
    assert_eq!(error_code["type"], "integer");
    let one_of = error_code["oneOf"].as_array().expect("oneOf");
    assert_eq!(one_of.len(), 201);
    let consts: BTreeSet<u64> = one_of.iter().filter_map(|c| c["const"].as_u64()).collect();
    assert_eq!(consts.len(), 201, "each code once");
    for code in one_of {
        assert!(
            code["title"].is_string() && code["description"].is_string(),
            "{code}"
        );
    }
    let label = one_of.iter().find(|c| c["const"] == 3612).expect("3612");
    assert_eq!(label["description"], "Invalid label '{correspondent_id}'");
    let status = &doc["components"]["schemas"]["ErrorStatus"];
    assert_eq!(
        status["properties"]["error_code"]["$ref"],
        "#/components/schemas/ErrorCode"
    );
    // Every example is an instance of its schema, as far as the schema's required keys
    // and codes go.
    for response in doc["components"]["responses"]
        .as_object()
        .expect("responses")
        .values()
    {
        for example in response["content"]["application/json"]["examples"]
            .as_object()
            .expect("examples")
            .values()
        {
            let status = &example["value"]["status"];
            for key in ["text", "status_code", "description", "error_code"] {
                assert!(!status[key].is_null(), "{example}");
            }
            assert!(consts.contains(&status["error_code"].as_u64().expect("a code")));
        }
    }
}

#[test]
fn json_names_an_own_catalogs_items_after_the_catalog() {
    let value = json(&[
        "export",
        "--format",
        "json",
        "--catalog",
        "tests/fixtures/new.toml",
    ]);
    let order = &value.as_array().expect("an array")[0];
    assert_eq!(order["name"], "OrderNotFound");
    assert_eq!(
        order["rust"],
        serde_json::json!({
            "variant": "ShopCode::OrderNotFound",
            "code_macro": "shop_code!(OrderNotFound)",
            "error_macro": "shop_error!(OrderNotFound, order_id = ..)",
            "constructor": "ShopError::order_not_found(order_id)",
        })
    );
}

#[test]
fn openapi_of_an_own_catalog() {
    let doc = json(&[
        "export",
        "--format",
        "openapi",
        "--catalog",
        "tests/fixtures/new.toml",
    ]);
    check_openapi(&doc);
    snapshot("export-openapi-own.json", &format!("{doc:#}\n"));
}

#[test]
fn examples_are_an_envelope_and_a_problem_per_code() {
    let dir = std::env::temp_dir().join(format!("zingle-errors-examples-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.to_str().expect("a UTF-8 path");
    let run = run(&["export", "--format", "examples", "--out", out]);
    run.status(0);
    assert_eq!(run.stdout, format!("wrote 402 files into {out}\n"));
    let files = std::fs::read_dir(&dir).expect("the directory").count();
    assert_eq!(files, 402);
    for name in [
        "3612.envelope.json",
        "3612.problem.json",
        "2600.problem.json",
    ] {
        let text = std::fs::read_to_string(dir.join(name)).expect("the file");
        snapshot(&format!("examples-{name}"), &text);
    }
    // The golden envelope is the library's, key for key in its order.
    let golden = std::fs::read_to_string(dir.join("3612.envelope.json")).expect("the file");
    let written = zingle_errors::ZingleError::invalid_label("correspondent_id").to_envelope();
    assert_eq!(
        golden,
        format!(
            "{}\n",
            serde_json::to_string_pretty(&written).expect("JSON")
        )
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_refusals() {
    check(
        "export-examples-without-out",
        &["export", "--format", "examples"],
        2,
    );
    check("export-unknown-format", &["export", "--format", "xml"], 2);
    check("export-no-format", &["export"], 2);
}

#[test]
fn json_and_openapi_into_a_directory() {
    let dir = std::env::temp_dir().join(format!("zingle-errors-export-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.to_str().expect("a UTF-8 path");
    for (format, file) in [("json", "codes.json"), ("openapi", "openapi.json")] {
        let run = run(&["export", "--format", format, "--out", out]);
        run.status(0);
        assert_eq!(run.stdout, format!("wrote {}\n", dir.join(file).display()));
        let written = std::fs::read_to_string(dir.join(file)).expect("the file");
        let on_stdout = run_stdout(&["export", "--format", format]);
        assert_eq!(written, on_stdout, "{format}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn run_stdout(args: &[&str]) -> String {
    let run = run(args);
    run.status(0);
    run.stdout
}
