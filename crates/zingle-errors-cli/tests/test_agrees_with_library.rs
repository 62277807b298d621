//! The tool reads a description as the library does: for every code with parameters,
//! values plain and values holding the template's own literals, `parse` finds the
//! parameters the runtime crate's `ZingleError::from_status` finds.

mod common;

use zingle_errors::{ErrorCode, Status, ZingleError};

/// The values for `code`: plain, and each made of the literal after its parameter.
fn value_sets(code: ErrorCode) -> Vec<Vec<String>> {
    let plain = code.params().iter().map(|p| format!("v-{p}")).collect();
    let tricky = code
        .params()
        .iter()
        .map(|p| {
            let template = code.message();
            let after = template
                .split(&format!("{{{p}}}"))
                .nth(1)
                .map(|rest| rest.split('{').next().unwrap_or_default())
                .unwrap_or_default();
            format!("x{after}y")
        })
        .collect();
    vec![plain, tricky]
}

#[test]
fn parse_finds_the_parameters_the_library_finds() {
    let mut checked = 0;
    for &code in ErrorCode::ALL.iter().filter(|c| !c.params().is_empty()) {
        for values in value_sets(code) {
            let args: Vec<(&str, &dyn std::fmt::Display)> = code
                .params()
                .iter()
                .zip(&values)
                .map(|(p, v)| (*p, v as &dyn std::fmt::Display))
                .collect();
            let description = code.render(&args).unwrap();
            let mut status = Status::new(code.http_status());
            status.error_code = Some(code.code());
            status.description = Some(description);
            let library = ZingleError::from_status(&status).unwrap();
            let body = serde_json::json!({ "status": status }).to_string();
            let run = common::run_with(&["parse", "--json", "-"], &body);
            let tool: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            for (name, value) in library.args() {
                assert_eq!(
                    tool["params"][name].as_str(),
                    Some(value),
                    "{} {name}: {}",
                    code.code(),
                    status.description.as_deref().unwrap_or_default()
                );
            }
            assert_eq!(
                tool["params"].as_object().map_or(0, serde_json::Map::len),
                library.args().len()
            );
            checked += 1;
        }
    }
    let with_params = ErrorCode::ALL
        .iter()
        .filter(|c| !c.params().is_empty())
        .count();
    assert!(with_params > 0);
    assert_eq!(checked, 2 * with_params);
}

/// A catalog of one's own, with a retired code, read by the library as a crate with
/// that catalog reads it.
mod shop {
    zingle_errors::zingle_errors!(
        "tests/fixtures/new.toml",
        module = shop,
        code = ShopCode,
        error = ShopError,
        category = ShopCategory,
        code_macro = shop_code,
        error_macro = shop_error,
    );
}

/// What a body means: refused (with the library's words), a success, or an error with
/// its code, whether the catalog knows it, its retirement, status, description and the
/// parameters found (`None` where the description does not match the message).
#[derive(Clone, Debug, PartialEq)]
enum Verdict {
    Refused(String),
    Success,
    Error {
        code: Option<u16>,
        known: bool,
        retired: Option<String>,
        status: u16,
        description: Option<String>,
        params: Option<Vec<(String, String)>>,
    },
}

/// The library's verdict on `body`, read as `Envelope` and turned into `$error`.
macro_rules! library_verdict {
    ($error:ty, $body:expr) => {{
        match serde_json::from_str::<zingle_errors::Envelope<serde_json::Value>>($body) {
            Err(e) => Verdict::Refused(e.to_string()),
            Ok(response) => match response.into_result_as::<$error>() {
                Ok(_) => Verdict::Success,
                Err(err) => Verdict::Error {
                    code: err.error_code(),
                    known: err.kind().is_some(),
                    retired: err.retired().map(str::to_owned),
                    status: err.http_status(),
                    description: err.description().map(str::to_owned),
                    params: err.kind().and_then(|kind| {
                        let args: Vec<(String, String)> = err
                            .args()
                            .map(|(n, v)| (n.to_owned(), v.to_owned()))
                            .collect();
                        (args.len() == kind.params().len()).then_some(args)
                    }),
                },
            },
        }
    }};
}

/// The tool's verdict on `body`, from `parse --json` (and `--catalog` where given): its
/// output on success, its error message on failure.
fn tool_verdict(catalog: Option<&str>, body: &str, library: &Verdict) -> Verdict {
    let mut args = vec!["parse", "--json", "-"];
    if let Some(catalog) = catalog {
        args.extend(["--catalog", catalog]);
    }
    let run = common::run_with(&args, body);
    if run.status != 0 {
        assert_eq!(run.status, 1, "{body}: {}", run.transcript());
        let message = run.stderr.trim_end();
        // A refusal quotes the library's words; an error the tool cannot explain (no code,
        // or one the catalog does not have) names what the library found.
        return match library {
            Verdict::Refused(words) => {
                assert!(message.ends_with(words.as_str()), "{body}: {message}");
                Verdict::Refused(words.clone())
            }
            Verdict::Error {
                code,
                known: false,
                retired,
                status,
                description,
                ..
            } => {
                if let Some(code) = code {
                    assert!(message.contains(&format!("code {code} ")), "{message}");
                    if let Some(reason) = retired {
                        assert!(
                            message.contains(&format!("is retired: {reason}")),
                            "{message}"
                        );
                    }
                    let said = description.as_deref().unwrap_or("(no description)");
                    assert!(
                        message.ends_with(&format!("the response says: {said}")),
                        "{message}"
                    );
                } else {
                    assert!(
                        message
                            .contains(&format!("an error status ({status}) with no `error_code`")),
                        "{message}"
                    );
                }
                library.clone()
            }
            _ => panic!("{body}: the tool refused what the library reads: {message}"),
        };
    }
    let out: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    if out["success"] == true {
        return Verdict::Success;
    }
    let status = &out["status"];
    let params = out["params"].as_object().map(|values| {
        let names = out["entry"]["params"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        names
            .iter()
            .filter_map(|n| n.as_str())
            .map(|n| {
                (
                    n.to_owned(),
                    values[n].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    });
    Verdict::Error {
        code: out["entry"]["code"]
            .as_u64()
            .and_then(|c| u16::try_from(c).ok()),
        known: true,
        retired: None,
        status: status["status_code"]
            .as_u64()
            .and_then(|c| u16::try_from(c).ok())
            .unwrap_or_default(),
        description: status["description"].as_str().map(str::to_owned),
        params,
    }
}

/// Hostile envelopes: for each, `parse` and the library give the same verdict and
/// values, for the Zingle catalog and for a catalog of one's own.
#[test]
fn parse_and_the_library_agree_on_every_body() {
    let zingle = [
        // Duplicate keys, plain and escaped, in `status` and at the top.
        r#"{"status":{"text":"Bad Request","status_code":400,"error_code":3612,"error_code":3000}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"error_code":3612,"error\u005fcode":3000}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"trace":1,"trace":2}}"#,
        r#"{"status":{"text":"OK","status_code":200},"status":{"text":"Not Found","status_code":404,"error_code":3000}}"#,
        // A status sent as a string; a missing or mistyped text.
        r#"{"status":{"text":"Internal Server Error","status_code":"500"}}"#,
        r#"{"status":{"status_code":400,"description":"Invalid label 'x'","error_code":3612}}"#,
        r#"{"status":{"text":7,"status_code":400,"error_code":3612}}"#,
        // Codes: known, unknown, big, float, negative, as a string, missing with an error status.
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'vip'","error_code":3612}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'vip'","error_code":"03612"}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"Nope","error_code":9999}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"error_code":70000}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"error_code":3612.0}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"error_code":-1}}"#,
        r#"{"status":{"text":"Bad Gateway","status_code":502}}"#,
        // Descriptions: missing, mismatched, in the published text, with a status of its own.
        r#"{"status":{"text":"Bad Request","status_code":400,"error_code":3612}}"#,
        r#"{"status":{"text":"Not Found","status_code":404,"description":"Something else","error_code":3612}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"Attachments must be an arry of attachment objects","error_code":3619}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"'a' is not a valid b' is not a valid c","error_code":3613}}"#,
        // Successes, and what is no envelope at all.
        r#"{"status":{"text":"OK","status_code":200},"result":{"id":1}}"#,
        r#"{"status":{"text":"OK","status_code":200,"page":"1"},"result":null}"#,
        r#"{"result":[]}"#,
        r#"{"status":1}"#,
        "[]",
        "null",
        "",
        "<html><body>502 Bad Gateway</body></html>",
        r#"{"status":{"text":"OK","status_code":200}"#,
    ];
    for body in zingle {
        let library = library_verdict!(zingle_errors::ZingleError, body);
        assert_eq!(tool_verdict(None, body, &library), library, "{body}");
    }
    let shop = [
        r#"{"status":{"text":"Not Found","status_code":404,"description":"No order 'o-1'","error_code":100}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"gone","error_code":201}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"error_code":201}}"#,
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'x'","error_code":3612}}"#,
    ];
    for body in shop {
        let library = library_verdict!(shop::ShopError, body);
        assert_eq!(
            tool_verdict(Some("tests/fixtures/new.toml"), body, &library),
            library,
            "{body}"
        );
    }
}

/// A catalog with translations, read by the library as a crate with that catalog reads
/// it (the runtime's `fluent` feature is on for the tool).
mod shop_i18n {
    zingle_errors::zingle_errors!(
        "../../tests/fixtures/shop-i18n/codes.toml",
        module = shop_i18n
    );
}

/// Descriptions in each of the catalog's languages, one it lacks, and values that look
/// like numbers: `parse` finds the values the library finds, and none where it finds none.
#[test]
fn parse_and_the_library_agree_in_every_locale() {
    use shop_i18n::{ShopCode as Code, ShopError};

    let sent = [
        ShopError::cart_not_found("c-7"),
        ShopError::cart_not_found("007"),
        ShopError::items_left(3, "c-7"),
        ShopError::shop_closed(),
    ];
    let mut descriptions: Vec<(Option<u16>, String)> = Vec::new();
    for error in &sent {
        for tag in Code::locales() {
            descriptions.push((error.error_code(), error.display_in(tag)));
        }
        descriptions.push((error.error_code(), "Panier « c-7 » introuvable".to_owned()));
    }
    for (code, description) in descriptions {
        let status = Status::error(404, code, description);
        let body = serde_json::to_string(&zingle_errors::Envelope::<()>::with_status(status))
            .expect("an envelope is written");
        let library = library_verdict!(ShopError, &body);
        assert_eq!(
            tool_verdict(
                Some("../../tests/fixtures/shop-i18n/codes.toml"),
                &body,
                &library
            ),
            library,
            "{body}"
        );
    }
}
