//! What makes a name valid, how names convert, and which names are taken: every naming
//! rule of the catalog format, in one place.

/// Method names of the generated error type that no constructor may take: its inherent
/// methods (generated here and in the runtime crate's `__impl_*` macros) and the methods
/// of the traits it implements that are called with method syntax.
///
/// A test in the workspace reads the generated code and the runtime crate's macros and
/// checks that every method they give the error type is listed here.
pub const RESERVED_CONSTRUCTORS: &[&str] = &[
    "arg",
    "args",
    "clone",
    "code",
    "description",
    "deserialize",
    "display_in",
    "eq",
    "error_code",
    "fmt",
    "from",
    "from_http_response",
    "from_reqwest_response",
    "from_response",
    "from_status",
    "hash",
    "help",
    "http_status",
    "into",
    "into_response",
    "into_response_in",
    "is_retryable",
    "kind",
    "message",
    "new",
    "render",
    "retired",
    "retry_after",
    "serialize",
    "source",
    "status_text",
    "to_envelope",
    "to_problem",
    "to_string",
    "trace",
    "transport",
    "url",
    "with_source",
];

/// Names no code or category may take: the generated enums' associated constants, and
/// the variant the macro adds to a catalog with faults (so that the user's code still
/// finds a variant to name while the faults are reported).
///
/// A test in the workspace checks this list against the constants the generated enums
/// really have.
pub const RESERVED_VARIANTS: &[&str] = &["ALL", FAULTY_VARIANT];

/// What a catalog without `[catalog] name` is called in the names of its items.
const UNNAMED_CATALOG: &str = "catalog";

/// The variant generated for a catalog with faults, in place of the codes it lacks.
pub(crate) const FAULTY_VARIANT: &str = "CatalogHasFaults";

/// Every keyword of every Rust edition, strict, reserved and weak: no generated
/// identifier may be one unless written raw (`r#type`).
pub const KEYWORDS: &[&str] = &[
    "Self",
    "abstract",
    "as",
    "async",
    "await",
    "become",
    "box",
    "break",
    "const",
    "continue",
    "crate",
    "do",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "final",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "macro",
    "macro_rules",
    "match",
    "mod",
    "move",
    "mut",
    "override",
    "priv",
    "pub",
    "raw",
    "ref",
    "return",
    "safe",
    "self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "try",
    "type",
    "typeof",
    "union",
    "unsafe",
    "unsized",
    "use",
    "virtual",
    "where",
    "while",
    "yield",
];

/// Keywords that cannot be written raw either: no constructor or parameter may be one.
pub const NOT_RAW: &[&str] = &["Self", "crate", "self", "super"];

/// Whether `name` is a keyword in some Rust edition (strict, reserved or weak), so that
/// generated code writes it raw, as `r#name`.
///
/// ```
/// assert!(zingle_errors_catalog::is_keyword("type"));
/// assert!(zingle_errors_catalog::is_keyword("gen"), "reserved in edition 2024");
/// assert!(!zingle_errors_catalog::is_keyword("label"));
/// ```
#[must_use]
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// `UpperCamelCase` to `snake_case`, the one rule the constructors, the parameters'
/// raw forms and the translations' ids (its kebab-case) are named by.
pub use zingle_errors_core::to_snake_case;

/// Whether `name` is an UpperCamelCase Rust identifier: an ASCII uppercase letter, then
/// ASCII letters and digits, and not the keyword `Self`.
///
/// ```
/// assert!(zingle_errors_catalog::is_upper_camel_case("InvalidLabel"));
/// assert!(!zingle_errors_catalog::is_upper_camel_case("invalid_label"));
/// ```
#[must_use]
pub fn is_upper_camel_case(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A'..='Z'))
        && chars.all(|c| c.is_ascii_alphanumeric())
        && name != "Self"
}

/// Whether `name` is a `snake_case` identifier: ASCII lowercase letters, digits and
/// `_`, starting with a letter. (`self`, `super` and `crate` are refused: they cannot be
/// a parameter's name, even raw.)
///
/// ```
/// assert!(zingle_errors_catalog::is_snake_case("correspondent_id"));
/// assert!(!zingle_errors_catalog::is_snake_case("CorrespondentId"));
/// assert!(!zingle_errors_catalog::is_snake_case("self"));
/// ```
#[must_use]
pub fn is_snake_case(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && !NOT_RAW.contains(&name)
}

pub use zingle_errors_core::{did_you_mean, suggest};

/// One of the items `zingle_errors!` generates for a catalog, each named by the option
/// of its name: the types, then the macros.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    /// The code enum (`code = ...`).
    Code,
    /// The error type (`error = ...`).
    Error,
    /// The category enum (`category = ...`).
    Category,
    /// The macro naming a code (`code_macro = ...`).
    CodeMacro,
    /// The macro building an error (`error_macro = ...`).
    ErrorMacro,
}

impl Item {
    /// Every item, types first.
    pub const ALL: [Item; 5] = [
        Item::Code,
        Item::Error,
        Item::Category,
        Item::CodeMacro,
        Item::ErrorMacro,
    ];

    /// The option that names it: `code_macro`.
    #[must_use]
    pub fn option(self) -> &'static str {
        match self {
            Item::Code => "code",
            Item::Error => "error",
            Item::Category => "category",
            Item::CodeMacro => "code_macro",
            Item::ErrorMacro => "error_macro",
        }
    }

    /// Whether it is a macro, named in the macros' namespace, not the types'.
    #[must_use]
    pub fn is_macro(self) -> bool {
        matches!(self, Item::CodeMacro | Item::ErrorMacro)
    }
}

/// The names of the items `zingle_errors!` generates for a catalog, the one place the
/// macro, its messages, the generated docs and the command-line tool take them from.
/// Those the invocation does not give are [`Names::of_catalog`]'s.
///
/// ```
/// let names = zingle_errors_catalog::Names {
///     code: "BillingCode".into(),
///     error: "BillingError".into(),
///     category: "BillingCategory".into(),
///     code_macro: "billing_code".into(),
///     error_macro: "billing_error".into(),
/// };
/// assert_eq!(names.code_call("CardHasExpired"), "billing_code!(CardHasExpired)");
/// assert_eq!(names.constructor_path("CardHasExpired"), "BillingError::card_has_expired");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Names {
    /// The code enum: `BillingCode` for the catalog named `billing`.
    pub code: String,
    /// The error type: `BillingError`.
    pub error: String,
    /// The category enum: `BillingCategory`.
    pub category: String,
    /// The macro naming a code: `billing_code`.
    pub code_macro: String,
    /// The macro building an error: `billing_error`.
    pub error_macro: String,
}

impl Names {
    /// The names of a catalog's items where the invocation gives none: each after the
    /// catalog's name (`[catalog] name`, `snake_case`), so that two catalogs of one module
    /// never clash and nothing generated for a catalog says another's name. A catalog
    /// without a name is named `catalog`, whose items clash with nothing a module
    /// commonly imports (`std::error::Error`, `tracing::error!`, the prelude).
    ///
    /// ```
    /// use zingle_errors_catalog::Names;
    ///
    /// let billing = Names::of_catalog(Some("card_billing"));
    /// assert_eq!(billing.code, "CardBillingCode");
    /// assert_eq!(billing.category, "CardBillingCategory");
    /// assert_eq!(billing.error, "CardBillingError");
    /// assert_eq!(billing.code_macro, "card_billing_code");
    /// assert_eq!(billing.error_macro, "card_billing_error");
    /// let unnamed = Names::of_catalog(None);
    /// assert_eq!((unnamed.code.as_str(), unnamed.error_macro.as_str()), ("CatalogCode", "catalog_error"));
    /// ```
    #[must_use]
    pub fn of_catalog(name: Option<&str>) -> Self {
        let name = name.unwrap_or(UNNAMED_CATALOG);
        let upper_camel: String = name
            .split('_')
            .flat_map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_uppercase())
                    .into_iter()
                    .chain(chars)
            })
            .collect();
        Self {
            code: format!("{upper_camel}Code"),
            error: format!("{upper_camel}Error"),
            category: format!("{upper_camel}Category"),
            code_macro: format!("{name}_code"),
            error_macro: format!("{name}_error"),
        }
    }

    /// The generated items, each as `(which it is, its name)`, in [`Item::ALL`]'s order:
    /// for the checks that no two have one name.
    ///
    /// ```
    /// use zingle_errors_catalog::{Item, Names};
    ///
    /// let names = Names::of_catalog(Some("billing"));
    /// assert_eq!(names.items()[3], (Item::CodeMacro, "billing_code"));
    /// ```
    #[must_use]
    pub fn items(&self) -> [(Item, &str); 5] {
        [
            (Item::Code, &self.code),
            (Item::Error, &self.error),
            (Item::Category, &self.category),
            (Item::CodeMacro, &self.code_macro),
            (Item::ErrorMacro, &self.error_macro),
        ]
    }

    /// The name of `item`, to change.
    pub fn name_mut(&mut self, item: Item) -> &mut String {
        match item {
            Item::Code => &mut self.code,
            Item::Error => &mut self.error,
            Item::Category => &mut self.category,
            Item::CodeMacro => &mut self.code_macro,
            Item::ErrorMacro => &mut self.error_macro,
        }
    }

    /// `billing_code!(key)`: the code macro called with `key`.
    #[must_use]
    pub fn code_call(&self, key: impl std::fmt::Display) -> String {
        format!("{}!({key})", self.code_macro)
    }

    /// `billing_error!(args)`: the error macro called with `args`.
    #[must_use]
    pub fn error_call(&self, args: impl std::fmt::Display) -> String {
        format!("{}!({args})", self.error_macro)
    }

    /// `BillingError::card_has_expired`: the constructor of the code named `name`.
    #[must_use]
    pub fn constructor_path(&self, name: &str) -> String {
        format!("{}::{}", self.error, to_snake_case(name))
    }

    /// `BillingCode::CardHasExpired`: the variant of the code named `name`.
    #[must_use]
    pub fn variant_path(&self, name: &str) -> String {
        format!("{}::{name}", self.code)
    }

    /// The hidden module, beside the generated items, that holds the generated macros
    /// and what they need of the runtime crate; the macros are re-exported from it under
    /// their names, through the path the invocation gives (`module = ...`), so that a
    /// wrong path is one unresolved import at the invocation and nothing at the uses.
    /// Named for the code type, which two invocations in one module cannot share, so that
    /// two catalogs of one module never clash on it.
    #[must_use]
    pub fn macros_module(&self) -> String {
        format!("{}Macros", self.code)
    }
}
