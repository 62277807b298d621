//! The invocation's arguments: `"path/to/codes.toml"`, then options as `key = value`.

use std::path::PathBuf;

use proc_macro2::{Span, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitBool, LitStr, Token};
use zingle_errors_catalog::codegen::Names;

use crate::errors::combine;

/// What `zingle_errors!(...)` is given: the catalog's path and the options.
pub(crate) struct Invocation {
    /// The catalog's path as written, relative to the invoking crate's manifest.
    pub path: LitStr,
    /// Where the macro is invoked, from the crate root (for the generated macros).
    pub module: Option<Vec<Ident>>,
    /// The runtime crate's path, where it is not `::zingle_errors`.
    pub runtime: Option<String>,
    /// The generated items' names: those given, and, once [`Self::name_items`] knows
    /// the catalog's name, [`Names::of_catalog`]'s for the others.
    pub names: Names,
    /// Each option given, with where its value is, in the order written.
    given: Vec<(&'static str, Span)>,
    /// Faults the invocation is generated despite: two items named alike, each reported
    /// at its option and generated under another name, so that the fault is all one sees.
    pub faults: Vec<syn::Error>,
}

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
    "code" = "BillingCode", default "`ErrorCode`", ["code enum"]
        ident => |it, v| it.names.code = v;
    /// the name of the error type
    "error" = "BillingError", default "after the catalog's `name`: `ZingleError` for `zingle`; `Error` without a name", ["error type"]
        ident => |it, v| it.names.error = v;
    /// the name of the category enum
    "category" = "BillingCategory", default "`Category`", ["category enum"]
        ident => |it, v| it.names.category = v;
    /// the name of the macro naming a code
    "code_macro" = "billing_code", default "`code`", ["macro naming a code"]
        ident => |it, v| it.names.code_macro = v;
    /// the name of the macro building an error
    "error_macro" = "billing_error", default "after the catalog's `name`: `zingle_error` for `zingle`; `error` without a name", ["macro building an error"]
        ident => |it, v| it.names.error_macro = v;
    /// moved to the catalog, where the lock sees it: `exhaustive = true` in its
    /// `[catalog]` lets users match the code enum exhaustively
    "non_exhaustive" = "", default "moved",
        moved_to_catalog => |_it, v| { let () = v; };
}

impl Parse for Invocation {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the catalog's path, as a string relative to Cargo.toml: `zingle_errors!(\"codes.toml\")`",
            )
        })?;
        let mut invocation = Self {
            path,
            module: None,
            runtime: None,
            names: Names::of_catalog(None),
            given: Vec::new(),
            faults: Vec::new(),
        };
        let mut seen = Vec::new();
        let mut faults = Vec::new();
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            if let Err(e) = invocation.option(input, &mut seen, &mut faults) {
                faults.push(e);
            }
            // Skip what is left of the option, to find the faults after it.
            while !input.is_empty() && !input.peek(Token![,]) {
                input.parse::<TokenTree>()?;
            }
        }
        if !input.is_empty() {
            faults.push(input.error("expected `,` and an option, or the end of the arguments"));
        }
        match combine(faults) {
            Some(all) => Err(all),
            None => Ok(invocation),
        }
    }
}

impl Invocation {
    /// Reads one `key = value`; a key given before is a fault pushed to `faults`, and the
    /// value is read all the same.
    fn option(
        &mut self,
        input: ParseStream<'_>,
        seen: &mut Vec<String>,
        faults: &mut Vec<syn::Error>,
    ) -> syn::Result<()> {
        let key = input
            .call(Ident::parse_any)
            .map_err(|e| syn::Error::new(e.span(), "expected an option, as `key = value`"))?;
        let name = key.to_string();
        if seen.contains(&name) {
            faults.push(syn::Error::new(
                key.span(),
                format!("`{name}` is given twice"),
            ));
        }
        seen.push(name.clone());
        let Some(option) = OPTIONS.iter().find(|o| o.name == name) else {
            return Err(unknown_option(&key));
        };
        let value = |e: syn::Error| {
            if option.example.is_empty() {
                return e;
            }
            let example = format!("as in `{name} = {}`", option.example);
            syn::Error::new(e.span(), format!("{e}, {example}"))
        };
        input.parse::<Token![=]>().map_err(value)?;
        let at = input.span();
        (option.read)(input, self).map_err(value)?;
        self.given.push((option.name, at));
        Ok(())
    }

    /// Names the items the options leave unnamed after the catalog, named `catalog`
    /// (see [`Names::of_catalog`]), and checks the names as a whole (see
    /// [`Self::names_clash`]): its faults are then in [`Self::faults`].
    pub fn name_items(&mut self, catalog: Option<&str>) {
        let defaults = Names::of_catalog(catalog);
        let given = |option: &str| self.given.iter().any(|(g, _)| *g == option);
        let Names {
            code,
            error,
            category,
            code_macro,
            error_macro,
        } = defaults;
        for (option, default, name) in [
            ("code", code, &mut self.names.code),
            ("error", error, &mut self.names.error),
            ("category", category, &mut self.names.category),
            ("code_macro", code_macro, &mut self.names.code_macro),
            ("error_macro", error_macro, &mut self.names.error_macro),
        ] {
            if !given(option) {
                *name = default;
            }
        }
        self.faults = self.names_clash();
    }

    /// Two generated items of one namespace with one name: the types (`code`, `error`,
    /// `category`), or the macros. Each clash is one error, at the option given last (an
    /// option left out takes its default name); that item is then generated under a
    /// name of its own, so that nothing else fails.
    fn names_clash(&mut self) -> Vec<syn::Error> {
        let items = self.names.items();
        let is_macro = |option: &str| option.ends_with("_macro");
        let mut faults = Vec::new();
        let items: Vec<(&'static str, String)> =
            items.iter().map(|&(o, n)| (o, n.to_owned())).collect();
        for (i, (option, name)) in items.iter().enumerate() {
            let (option, name) = (*option, name.as_str());
            let earlier = items[..i].iter().find(|(other, other_name)| {
                is_macro(other) == is_macro(option) && other_name == name
            });
            let Some(&(other, _)) = earlier else { continue };
            let at = |o: &str| self.given.iter().position(|(g, _)| *g == o);
            // At the later of the two options given, or the one given.
            let (here, there) = match (at(option), at(other)) {
                (Some(a), Some(b)) if a < b => (other, option),
                (Some(_), _) => (option, other),
                (None, Some(_)) => (other, option),
                (None, None) => continue,
            };
            let span = self.given.iter().find(|(g, _)| *g == here).map(|(_, s)| *s);
            let thing = |o: &str| OPTIONS.iter().find(|m| m.name == o).map_or("", |m| m.what);
            let given = if at(there).is_some() {
                ""
            } else {
                ", by default"
            };
            self.rename(here);
            faults.push(syn::Error::new(
                span.unwrap_or_else(Span::call_site),
                format!(
                    "`{here} = {name}` names the {} as `{there}` names the {}{given}: \
                     each generated item needs a name of its own",
                    thing(here),
                    thing(there)
                ),
            ));
        }
        faults
    }

    /// Gives the item that `option` names a name no other item has.
    fn rename(&mut self, option: &str) {
        let taken: Vec<String> = self
            .names
            .items()
            .iter()
            .map(|(_, n)| (*n).to_owned())
            .collect();
        let names = &mut self.names;
        let name = match option {
            "code" => &mut names.code,
            "error" => &mut names.error,
            "category" => &mut names.category,
            "code_macro" => &mut names.code_macro,
            _ => &mut names.error_macro,
        };
        let base = name.clone();
        *name = (2..)
            .map(|i| format!("{base}{i}"))
            .find(|n| !taken.contains(n))
            .unwrap_or(base);
    }

    /// The catalog's file: relative to the invoking crate's manifest directory, or to
    /// `ZINGLE_ERRORS_MANIFEST_DIR` when that is set for the package being built (see the
    /// `zingle_errors!` documentation).
    pub fn file(&self) -> syn::Result<PathBuf> {
        let overridden = std::env::var_os("CARGO_PRIMARY_PACKAGE")
            .and(std::env::var_os("ZINGLE_ERRORS_MANIFEST_DIR"));
        let dir = overridden
            .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
            .ok_or_else(|| {
                syn::Error::new(
                    self.path.span(),
                    "CARGO_MANIFEST_DIR is not set: build with cargo",
                )
            })?;
        Ok(PathBuf::from(dir).join(self.path.value()))
    }
}

/// An option no option is named like: the nearest name, or every option.
fn unknown_option(key: &Ident) -> syn::Error {
    let name = key.to_string();
    let names = OPTIONS.iter().map(|o| o.name);
    let hint = match zingle_errors_catalog::suggest(&name, names) {
        Some(s) => format!("did you mean `{s}`?"),
        None => {
            // Not an option that moved to the catalog (it has no example to give).
            let list: Vec<String> = OPTIONS
                .iter()
                .filter(|o| !o.example.is_empty())
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

/// `non_exhaustive`'s value, refused: the catalog says whether its code enum is
/// exhaustive, so that the lock sees it too.
fn moved_to_catalog(input: ParseStream<'_>) -> syn::Result<()> {
    let value = input.parse::<LitBool>()?;
    Err(syn::Error::new(
        value.span(),
        "`non_exhaustive` is the catalog's to say now, where `zingle-errors lock` sees it: \
         write `exhaustive = true` in its `[catalog]` (and drop this option)",
    ))
}

#[cfg(test)]
mod tests {
    use zingle_errors_catalog::codegen::{Names, Options};

    use super::OPTIONS;

    /// The rustdoc of `zingle_errors!`, whose "Options" table is rendered from the list.
    const MACRO_DOC: &str = include_str!("../../zingle-errors/src/zingle_errors_macro.md");

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
            "zingle_errors_macro.md's table of options is not the list in input.rs; it should read:\n{table}"
        );
    }

    #[test]
    fn the_documented_defaults_are_the_defaults() {
        let Options { runtime, names, .. } = Options::default();
        assert_eq!(names, Names::of_catalog(None));
        let zingle = Names::of_catalog(Some("zingle"));
        let expected = [
            ("crate", runtime.trim_start_matches("::").to_owned(), None),
            ("code", names.code, None),
            ("error", names.error, Some(zingle.error)),
            ("category", names.category, None),
            ("code_macro", names.code_macro, None),
            ("error_macro", names.error_macro, Some(zingle.error_macro)),
        ];
        for (name, unnamed, named) in expected {
            let option = OPTIONS.iter().find(|o| o.name == name);
            let documented = option.map_or("", |o| o.default);
            match named {
                // After the catalog's name: both the Zingle catalog's and an unnamed one's.
                Some(named) => {
                    for value in [named, unnamed] {
                        assert!(
                            documented.contains(&format!("`{value}`")),
                            "{name}: {documented}"
                        );
                    }
                }
                None => assert_eq!(documented, format!("`{unnamed}`"), "{name}"),
            }
        }
    }
}
