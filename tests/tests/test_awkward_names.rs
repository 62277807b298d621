//! A catalog whose code names, category names and placeholders are every keyword of
//! every Rust edition and every name the generated code uses compiles, and works: the
//! build script writes it, with a call of the error macro for each code.

mod awkward {
    include!(concat!(env!("OUT_DIR"), "/awkward.rs"));
}

use awkward::{AwkwardCategory, AwkwardCode, awkward_code};

#[test]
fn every_awkward_name_compiles_and_builds_its_error() {
    let toml = include_str!(concat!(env!("OUT_DIR"), "/awkward.toml"));
    let codes = toml.matches("[[code]]").count();
    assert!(codes > 80, "{codes} codes");
    assert_eq!(AwkwardCode::ALL.len(), codes);
    let pairs = awkward::built_both_ways();
    assert_eq!(pairs.len(), codes);
    for (from_macro, from_constructor) in &pairs {
        assert_eq!(from_macro, from_constructor);
        let code = from_macro.kind().unwrap();
        assert_eq!(code.name().parse::<AwkwardCode>(), Ok(code));
        assert_eq!(from_macro.to_string(), "0 1 2");
    }
}

#[test]
fn keywords_and_generated_names_are_variants_like_any_other() {
    assert_eq!(awkward_code!(Type), AwkwardCode::Type);
    assert_eq!(awkward_code!(Err).name(), "Err");
    assert_eq!("Error".parse::<AwkwardCode>(), Ok(AwkwardCode::Error));
    assert_eq!(
        AwkwardCode::from_code(AwkwardCode::Some.code()),
        Some(AwkwardCode::Some)
    );
    assert_eq!(
        AwkwardCategory::ALL
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>(),
        ["Type", "Err", "Some", "Category", "ErrorCode"]
    );
    let gen_param = AwkwardCode::ALL
        .iter()
        .find(|c| c.params().contains(&"gen"))
        .unwrap();
    assert!(gen_param.message().contains("{gen}"));
}
