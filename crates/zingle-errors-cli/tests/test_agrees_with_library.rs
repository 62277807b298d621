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
