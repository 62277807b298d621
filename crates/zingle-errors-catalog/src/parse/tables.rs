//! The kinds of table of a catalog file, each declared once: its raw struct, its keys,
//! what each is, and how the table is read.

use std::ops::Range;

use toml::de::DeTable;

use super::values::{boolean, code, range, status, string, strings, unknown_key};
use crate::Fault;
use crate::faults::Faults;

/// A string value and the byte span of its TOML literal.
pub(crate) struct Str {
    pub value: String,
    pub span: Range<usize>,
}

/// A number value and the byte offset of its literal.
pub(crate) struct Num<T> {
    pub value: T,
    pub at: usize,
}

/// Declares a kind of table once: its raw struct, its keys (each with what it is, the
/// function that reads its value, and whether it is required) and how it is read, so that
/// the keys it accepts, the keys it requires, the keys it reads and the keys documented
/// cannot disagree. Each key's one-line doc comment is its description in the format's
/// documentation (the header of `codes.toml` and the `zingle_errors!` rustdoc, which a
/// test holds to it).
macro_rules! table {
    (
        $(#[$doc:meta])*
        $name:ident = $table:literal as $header:literal {
            $(
                #[doc = $key_doc:literal]
                $key:ident: $ty:ty = $read:ident, $required:literal;
            )*
        }
    ) => {
        $(#[$doc])*
        pub(crate) struct $name {
            /// Byte offset of the table's header.
            #[allow(dead_code, reason = "not every kind of table has a fault located at its header")]
            pub at: usize,
            $(#[doc = $key_doc] pub $key: Option<$ty>,)*
        }

        impl $name {
            /// The top-level key of this kind of table.
            pub(super) const KEY: &'static str = $table;
            /// The table as written in messages.
            pub(super) const HEADER: &'static str = $header;
            /// Every key the table accepts.
            pub(super) const KEYS: &'static [&'static str] = &[$(stringify!($key)),*];
            /// Whether each of `KEYS` is required.
            pub(super) const REQUIRED: &'static [bool] = &[$($required),*];
            /// What each of `KEYS` is, on one line.
            #[cfg(test)]
            pub(super) const DOCS: &'static [&'static str] = &[$($key_doc),*];

            pub(super) fn read(table: &DeTable<'_>, at: usize, faults: &mut Faults) -> Self {
                let mut raw = Self { at, $($key: None,)* };
                for (key, value) in table {
                    let k: &str = key.get_ref().as_ref();
                    $(
                        if k == stringify!($key) {
                            raw.$key = $read(k, value.get_ref(), value.span(), faults);
                            continue;
                        }
                    )*
                    faults.push(key.span().start, unknown_key(k, Self::HEADER, Self::KEYS));
                }
                // A key present with a wrong value has its own fault already.
                for (&key, &required) in Self::KEYS.iter().zip(Self::REQUIRED) {
                    if required && !table.keys().any(|k| k.get_ref() == key) {
                        faults.push(at, Fault::MissingKey { key, table: Self::HEADER });
                    }
                }
                raw
            }
        }
    };
}

table! {
    /// The `[catalog]` table, as written: what is said of the whole catalog.
    RawCatalog = "catalog" as "[catalog]" {
        /// snake_case, the prefix of diagnostic codes, as in `zingle::3612`
        name: Str = string, false;
        /// a code's documentation link, a template of `{code}` and `{name}`
        doc_url: Str = string, false;
        /// a folder beside this file of Fluent translations, one per locale: `de.ftl`
        locales: Str = string, false;
        /// the BCP 47 tag of the language `message` is written in, `en` unless said
        default_locale: Str = string, false;
        /// `true`: users may match the code enum exhaustively, and adding a code is then a major change
        exhaustive: bool = boolean, false;
    }
}

table! {
    /// A `[[category]]` as written.
    RawCategory = "category" as "[[category]]" {
        /// UpperCamelCase: the category enum's variant
        name: Str = string, true;
        /// what the range's codes are about, for people
        title: Str = string, true;
        /// `[first, last]`, inclusive: the codes it holds; ranges do not overlap
        range: Num<(u16, u16)> = range, true;
        /// the HTTP status of its codes that set none
        status: Num<u16> = status, false;
    }
}

table! {
    /// A `[[code]]` as written.
    RawEntry = "code" as "[[code]]" {
        /// from 0 to 65535, unique, in its category's range
        code: Num<u16> = code, true;
        /// UpperCamelCase, unique: the variant; its snake_case is the constructor
        name: Str = string, true;
        /// the `name` of its category
        category: Str = string, true;
        /// a template: `{snake_case}` is a parameter, `{{` and `}}` are braces
        message: Str = string, true;
        /// why the error happens and what to do
        explanation: Str = string, false;
        /// the published text, where `message` corrects a typo
        published_message: Str = string, false;
        /// likewise for `explanation`
        published_explanation: Str = string, false;
        /// the HTTP status, where the category gives none or another
        status: Num<u16> = status, false;
        /// `true` where the same request may succeed later
        retryable: bool = boolean, false;
        /// why, and what to use instead; using the code warns
        deprecated: Str = string, false;
        /// former names, which still work, with a warning
        aliases: Vec<Str> = strings, false;
        /// the version that added the code, for docs
        since: Str = string, false;
        /// parameters whose values logs, `Debug` and tracing show as `[redacted]`; the wire keeps them
        sensitive: Vec<Str> = strings, false;
    }
}

table! {
    /// A `[[retired]]` as written: a code that is no more, whose number and name stay
    /// reserved.
    RawRetired = "retired" as "[[retired]]" {
        /// the number, never used again
        code: Num<u16> = code, true;
        /// the name, never used again
        name: Str = string, true;
        /// why it was retired
        reason: Str = string, true;
    }
}
