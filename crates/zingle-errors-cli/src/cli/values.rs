//! The value parsers of the arguments: a Rust identifier, a code or name, a version.

use std::ffi::OsStr;
use std::sync::OnceLock;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};

/// A Rust identifier, for a name option.
pub(super) fn identifier(text: &str) -> Result<String, String> {
    let mut chars = text.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if starts_well && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && text != "_" {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not a Rust identifier (ASCII letters, digits and `_`, not starting with a digit)"
        ))
    }
}

/// A code or name as typed: any text (the command looks it up, and says what is wrong),
/// completing in a shell to the built-in catalog's codes and names.
#[derive(Clone, Copy, Debug)]
pub struct CodeOrName;

impl TypedValueParser for CodeOrName {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        static VALUES: OnceLock<Vec<PossibleValue>> = OnceLock::new();
        let values = VALUES.get_or_init(|| {
            let Ok(catalog) = crate::source::catalog(None) else {
                return Vec::new();
            };
            let numbers = catalog
                .entries()
                .iter()
                .map(|e| PossibleValue::new(e.code.to_string()).help(e.name.clone()));
            let names = catalog
                .entries()
                .iter()
                .map(|e| PossibleValue::new(e.name.clone()).help(e.message.source().to_owned()));
            numbers.chain(names).collect()
        });
        Some(Box::new(values.iter().cloned()))
    }
}

/// A version for `--version`.
pub(super) fn parse_version(text: &str) -> Result<zingle_errors_catalog::Version, String> {
    text.parse()
        .map_err(|e: zingle_errors_catalog::VersionError| e.to_string())
}
