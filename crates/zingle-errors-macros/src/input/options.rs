//! The options of `zingle_errors!`, declared once: how each value is read and set, the
//! suggestion for a misspelt one, and the documentation's table.

use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, Token};

use super::Invocation;

/// One option of the invocation: what its documentation says of it, and how its value is
/// read.
pub(crate) struct MacroOption {
    /// The key, as written before `=`.
    pub name: &'static str,
    /// A value, as written after `=`, for messages.
    pub example: &'static str,
    /// What the option names, for messages (`code enum`), where it names an item.
    pub what: &'static str,
    /// What applies without the option, in Markdown.
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "the documentation's table is tested")
    )]
    pub default: &'static str,
    /// What the option is, in Markdown: a row of the documentation's table.
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "the documentation's table is tested")
    )]
    pub doc: &'static str,
    /// Reads the value and sets it.
    pub read: fn(ParseStream<'_>, &mut Invocation) -> syn::Result<()>,
}

/// Declares the options once: the parser, the suggestions for a misspelt option and the
/// rustdoc table (held equal to this list by a test) all come from it.
///
/// Each option is its description (as doc comments), its name, a value for messages,
/// its default, and `reader => |invocation, value| setter`.
macro_rules! options {
    ($(
        $(#[doc = $doc:literal])*
        $name:literal = $example:literal, default $default:literal, $([$what:literal])?
            $reader:ident => |$it:ident, $value:ident| $set:expr;
    )*) => {
        /// Every option, in the order of the documentation's table.
        pub(crate) const OPTIONS: &[MacroOption] = &[$(
            MacroOption {
                name: $name,
                example: $example,
                what: concat!($($what)?),
                default: $default,
                doc: concat!($($doc),*),
                read: |input, invocation| {
                    $reader(input).map(|$value| {
                        let $it = invocation;
                        $set;
                    })
                },
            },
        )*];
    };
}

options! {
    /// the module where the macro is invoked, from the crate root (`api::errors`): the
    /// generated macros name the generated types from there, in any module and any crate.
    /// A wrong or missing `module` is one error at the invocation (an unresolved import)
    /// and none at the macros' uses
    "module" = "api::errors", default "the crate root",
        module_path => |it, v| it.module = Some(v);
    /// the path under which the invoking crate depends on this crate, for a renamed
    /// dependency (`zingle = { package = "zingle-errors", .. }` wants `crate = zingle`)
    "crate" = "zingle", default "`zingle_errors`",
        path_text => |it, v| it.runtime = Some(v);
    /// the name of the code enum
    "code" = "BillingCode", default "after the catalog's `name`: `BillingCode` for `billing`; `CatalogCode` without a name", ["code enum"]
        ident => |it, v| it.names.code = v;
    /// the name of the error type
    "error" = "BillingError", default "after the catalog's `name`: `BillingError` for `billing`; `CatalogError` without a name", ["error type"]
        ident => |it, v| it.names.error = v;
    /// the name of the category enum
    "category" = "BillingCategory", default "after the catalog's `name`: `BillingCategory` for `billing`; `CatalogCategory` without a name", ["category enum"]
        ident => |it, v| it.names.category = v;
    /// the name of the macro naming a code
    "code_macro" = "billing_code", default "after the catalog's `name`: `billing_code` for `billing`; `catalog_code` without a name", ["macro naming a code"]
        ident => |it, v| it.names.code_macro = v;
    /// the name of the macro building an error
    "error_macro" = "billing_error", default "after the catalog's `name`: `billing_error` for `billing`; `catalog_error` without a name", ["macro building an error"]
        ident => |it, v| it.names.error_macro = v;
}

/// An option no option is named like: the nearest name, or every option.
pub(super) fn unknown_option(key: &Ident) -> syn::Error {
    let name = key.to_string();
    let names = OPTIONS.iter().map(|o| o.name);
    let hint = match zingle_errors_catalog::suggest(&name, names) {
        Some(s) => format!("did you mean `{s}`?"),
        None => {
            let list: Vec<String> = OPTIONS
                .iter()
                .map(|o| format!("\n  {} = {}", o.name, o.example))
                .collect();
            format!("expected one of:{}", list.concat())
        }
    };
    syn::Error::new(key.span(), format!("unknown option `{name}`; {hint}"))
}

/// A path from the crate root, such as `api::errors`.
fn module_path(input: ParseStream<'_>) -> syn::Result<Vec<Ident>> {
    let mut segments = vec![input.call(Ident::parse_any)?];
    while input.parse::<Option<Token![::]>>()?.is_some() {
        segments.push(input.call(Ident::parse_any)?);
    }
    Ok(segments)
}

/// A path, such as `zingle` or `::deps::zingle`, as text.
fn path_text(input: ParseStream<'_>) -> syn::Result<String> {
    let mut path = String::new();
    if input.parse::<Option<Token![::]>>()?.is_some() {
        path.push_str("::");
    }
    path.push_str(&input.call(Ident::parse_any)?.to_string());
    while input.parse::<Option<Token![::]>>()?.is_some() {
        path.push_str("::");
        path.push_str(&input.call(Ident::parse_any)?.to_string());
    }
    Ok(path)
}

/// A generated item (raw names are refused: they would be surprising in docs).
fn ident(input: ParseStream<'_>) -> syn::Result<String> {
    let ident: Ident = input.parse()?;
    Ok(ident.to_string())
}

#[cfg(test)]
mod tests {
    use zingle_errors_catalog::codegen::{Names, Options};

    use super::OPTIONS;

    /// The rustdoc of `zingle_errors!`, whose "Options" table is rendered from the list.
    const MACRO_DOC: &str = include_str!("../../../zingle-errors/src/zingle_errors_macro.md");

    /// The table of the options in the `zingle_errors!` documentation (Markdown).
    fn options_table() -> String {
        let mut table = String::from("| option | default | what it is |\n| --- | --- | --- |\n");
        for option in OPTIONS {
            table.push_str(&format!(
                "| `{}` | {} | {} |\n",
                option.name,
                option.default,
                option.doc.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
        table
    }

    #[test]
    fn the_documentation_table_is_the_list() {
        let table = options_table();
        assert!(
            MACRO_DOC.contains(&table),
            "zingle_errors_macro.md's table of options is not the list in input/options.rs; it should read:\n{table}"
        );
    }

    #[test]
    fn the_documented_defaults_are_the_defaults() {
        let Options { runtime, names, .. } = Options::default();
        assert_eq!(names, Names::of_catalog(None));
        let crate_option = OPTIONS
            .iter()
            .find(|o| o.name == "crate")
            .map(|o| o.default);
        assert_eq!(
            crate_option,
            Some(format!("`{}`", runtime.trim_start_matches("::")).as_str())
        );
        let billing = Names::of_catalog(Some("billing"));
        for ((item, unnamed), (_, named)) in names.items().into_iter().zip(billing.items()) {
            let name = item.option();
            let option = OPTIONS.iter().find(|o| o.name == name);
            let documented = option.map_or("", |o| o.default);
            // After the catalog's name: a named catalog's and an unnamed one's.
            for value in [named, unnamed] {
                assert!(
                    documented.contains(&format!("`{value}`")),
                    "{name}: {documented}"
                );
            }
        }
    }
}
