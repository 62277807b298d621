//! The invocation's arguments: `"path/to/codes.toml"`, then options as `key = value`
//! (the options themselves are declared in `options.rs`).

use std::path::PathBuf;

use proc_macro2::{Span, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};
use zingle_errors_catalog::Item;
use zingle_errors_catalog::codegen::Names;

use crate::errors::combine;

mod options;

use options::{OPTIONS, unknown_option};

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
        for (item, default) in defaults.items() {
            if !self.given.iter().any(|(g, _)| *g == item.option()) {
                default.clone_into(self.names.name_mut(item));
            }
        }
        self.faults = self.names_clash();
    }

    /// Two generated items of one namespace with one name: the types (`code`, `error`,
    /// `category`), or the macros. Each clash is one error, at the option given last (an
    /// option left out takes its default name); that item is then generated under a
    /// name of its own, so that nothing else fails.
    fn names_clash(&mut self) -> Vec<syn::Error> {
        let mut faults = Vec::new();
        let items: Vec<(Item, String)> = self
            .names
            .items()
            .iter()
            .map(|&(item, name)| (item, name.to_owned()))
            .collect();
        for (i, (item, name)) in items.iter().enumerate() {
            let (item, name) = (*item, name.as_str());
            let earlier = items[..i].iter().find(|(other, other_name)| {
                other.is_macro() == item.is_macro() && other_name == name
            });
            let Some(&(other, _)) = earlier else { continue };
            let at = |i: Item| self.given.iter().position(|(g, _)| *g == i.option());
            // At the later of the two options given, or the one given.
            let (here, there) = match (at(item), at(other)) {
                (Some(a), Some(b)) if a < b => (other, item),
                (Some(_), _) => (item, other),
                (None, Some(_)) => (other, item),
                (None, None) => continue,
            };
            let span = at(here).map(|i| self.given[i].1);
            let thing = |i: Item| {
                OPTIONS
                    .iter()
                    .find(|m| m.name == i.option())
                    .map_or("", |m| m.what)
            };
            let given = if at(there).is_some() {
                ""
            } else {
                ", by default"
            };
            self.rename(here);
            faults.push(syn::Error::new(
                span.unwrap_or_else(Span::call_site),
                format!(
                    "`{} = {name}` names the {} as `{}` names the {}{given}: \
                     each generated item needs a name of its own",
                    here.option(),
                    thing(here),
                    there.option(),
                    thing(there)
                ),
            ));
        }
        faults
    }

    /// Gives `item` a name no other item has.
    fn rename(&mut self, item: Item) {
        let taken: Vec<String> = self
            .names
            .items()
            .iter()
            .map(|(_, n)| (*n).to_owned())
            .collect();
        let name = self.names.name_mut(item);
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
