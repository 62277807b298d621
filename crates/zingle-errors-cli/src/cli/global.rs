//! The options every subcommand takes: the catalog, JSON, the locale, and the names of
//! the Rust printed.

use std::path::PathBuf;

use clap::Args;

use super::values::identifier;

/// `--code-macro`, `--error-macro`, `--error-type`, `--code-type`: the names a
/// catalog's `zingle_errors!` invocation gives its items, for the Rust the tool prints.
#[derive(Debug, Args)]
#[command(next_help_heading = "Names in the Rust printed")]
pub struct NamesArgs {
    /// The code macro, as `code_macro = NAME` names it (default: after the catalog's name, as billing_code; code for the catalog compiled in)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub code_macro: Option<String>,
    /// The error macro, as `error_macro = NAME` names it (default: after the catalog's name, as billing_error)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub error_macro: Option<String>,
    /// The error type, as `error = NAME` names it (default: after the catalog's name, as BillingError)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub error_type: Option<String>,
    /// The code enum, as `code = NAME` names it (default: after the catalog's name, as BillingCode; ErrorCode for the catalog compiled in)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub code_type: Option<String>,
}

impl NamesArgs {
    /// The names given, those of `names` for the others.
    pub fn names(&self, mut names: zingle_errors_catalog::Names) -> zingle_errors_catalog::Names {
        for (given, name) in [
            (&self.code_macro, &mut names.code_macro),
            (&self.error_macro, &mut names.error_macro),
            (&self.error_type, &mut names.error),
            (&self.code_type, &mut names.code),
        ] {
            if let Some(given) = given {
                name.clone_from(given);
            }
        }
        names
    }
}

/// The options every subcommand takes, before or after its name
/// (`zingle-errors --catalog shop.toml list` or `zingle-errors list --catalog shop.toml`);
/// a subcommand they mean nothing to refuses them.
#[derive(Debug, Args)]
pub struct Global {
    /// Read this catalog instead of the Zingle catalog compiled in.
    #[arg(long, global = true, value_name = "PATH")]
    pub catalog: Option<PathBuf>,
    /// Print JSON, for scripts.
    #[arg(long, global = true)]
    pub json: bool,
    /// Also show messages in the locale of the catalog (given with --catalog) that serves
    /// this BCP 47 tag best: de-CH, then de.
    #[arg(long, global = true, value_name = "TAG")]
    pub locale: Option<String>,
    #[command(flatten)]
    pub names: NamesArgs,
}

impl Global {
    /// The names given, and for the others: the names of the Zingle catalog's items in
    /// the library, for the catalog compiled in; the macro's defaults for `catalog`, for
    /// one given with `--catalog`.
    pub fn names(&self, catalog: &zingle_errors_catalog::Catalog) -> zingle_errors_catalog::Names {
        let defaults = match self.catalog {
            Some(_) => zingle_errors_catalog::Names::of_catalog(catalog.name()),
            None => zingle_names(),
        };
        self.names.names(defaults)
    }
}

/// The names the library gives the Zingle catalog's items (`ErrorCode`, `code!`, ...).
fn zingle_names() -> zingle_errors_catalog::Names {
    use zingle_errors::__private::Code;
    let [code, error, category, code_macro, error_macro] =
        <zingle_errors::ErrorCode as Code>::ITEMS.map(str::to_owned);
    zingle_errors_catalog::Names {
        code,
        error,
        category,
        code_macro,
        error_macro,
    }
}
