//! The `status` object of every Zingle response, and the error it reports.

mod codec;

use core::fmt;

use serde::de::{self, DeserializeOwned, MapAccess};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::code::Code;
use crate::error::Repr;
use zingle_errors_core::reason_phrase;

use self::codec::{CodeNumber, Count, Form, Json, optional, write_optional};

/// Declares `Status` from its fields, each listed once, in the order they are written:
/// the required ones, then the optional ones, each optional one read and written by
/// [`Json`] unless it names another [`Codec`](codec::Codec). The struct, its reading and
/// its writing all come from these lists.
macro_rules! status {
    (
        $(#[$meta:meta])*
        pub struct Status {
            required {
                $( $(#[doc = $req_doc:literal])* $req:ident: $req_ty:ty, )*
            }
            optional {
                $( $(#[doc = $opt_doc:literal])* $opt:ident: $opt_ty:ty $(as $codec:ty)?, )*
            }
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Status {
            $( $(#[doc = $req_doc])* pub $req: $req_ty, )*
            $( $(#[doc = $opt_doc])* pub $opt: Option<$opt_ty>, )*
            /// Fields this type does not know, kept as they came.
            pub extra: Map<String, Value>,
            forms: Forms,
        }

        impl Status {
            /// Every field this type reads and writes, in the order it writes them, each
            /// with its documentation: what a schema of the object (such as the
            /// command-line tool's OpenAPI export) says of it.
            ///
            /// ```
            /// let text = &zingle_errors::Status::FIELDS[0];
            /// assert_eq!((text.name, text.required, text.json_type), ("text", true, "string"));
            /// ```
            pub const FIELDS: &'static [StatusField] = &[
                $( StatusField {
                    name: stringify!($req),
                    required: true,
                    json_type: <$req_ty as JsonType>::NAME,
                    doc: concat!($($req_doc),*),
                }, )*
                $( StatusField {
                    name: stringify!($opt),
                    required: false,
                    json_type: <$opt_ty as JsonType>::NAME,
                    doc: concat!($($opt_doc),*),
                }, )*
            ];
        }

        /// How each optional field came.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        struct Forms {
            $( $opt: Form, )*
        }

        impl<'de> Deserialize<'de> for Status {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_map(StatusVisitor)
            }
        }

        /// A key of the `status` object: a field's, or another, kept in `extra`.
        #[allow(non_camel_case_types)]
        enum Key {
            $( $req, )*
            $( $opt, )*
            Other(String),
        }

        impl Key {
            /// Which key `key` is; only another key is copied.
            fn of(key: &str) -> Self {
                match key {
                    $( stringify!($req) => Self::$req, )*
                    $( stringify!($opt) => Self::$opt, )*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        /// Reads the object's keys once each, each field's value as it comes, the rest
        /// into `extra`; then each field from its value.
        struct StatusVisitor;

        impl<'de> de::Visitor<'de> for StatusVisitor {
            type Value = Status;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the `status` object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Status, A::Error> {
                $( let mut $req: Option<Value> = None; )*
                $( let mut $opt: Option<Value> = None; )*
                let mut extra = Map::new();
                while let Some(key) = access.next_key::<KeyName>()? {
                    match key.0 {
                        $( Key::$req => once(&mut $req, stringify!($req), &mut access)?, )*
                        $( Key::$opt => once(&mut $opt, stringify!($opt), &mut access)?, )*
                        Key::Other(key) => {
                            if extra.contains_key(&key) {
                                return Err(duplicate(&key));
                            }
                            let value = access.next_value()?;
                            extra.insert(key, value);
                        }
                    }
                }
                let mut forms = Forms::default();
                Ok(Status {
                    $( $req: required($req, stringify!($req))?, )*
                    $( $opt: optional::<_, codec!($($codec)?), _>(
                        $opt,
                        stringify!($opt),
                        &mut forms.$opt,
                    )?, )*
                    extra,
                    forms,
                })
            }
        }

        impl Serialize for Status {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                $( map.serialize_entry(stringify!($req), &self.$req)?; )*
                $( write_optional::<_, codec!($($codec)?), _>(
                    &mut map,
                    stringify!($opt),
                    self.$opt.as_ref(),
                    &self.forms.$opt,
                )?; )*
                for (key, value) in &self.extra {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    };
}

/// A field of the [`Status`] object, as [`Status::FIELDS`] lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct StatusField {
    /// Its key, such as `"error_code"`.
    pub name: &'static str,
    /// Whether every status has it.
    pub required: bool,
    /// Its JSON Schema type when written: `"string"` or `"integer"`.
    pub json_type: &'static str,
    /// What it is: its rustdoc, each line after the first led by a space.
    pub doc: &'static str,
}

/// The JSON Schema type a field's Rust type is written as.
trait JsonType {
    const NAME: &'static str;
}

impl JsonType for String {
    const NAME: &'static str = "string";
}

impl JsonType for u16 {
    const NAME: &'static str = "integer";
}

impl JsonType for u64 {
    const NAME: &'static str = "integer";
}

/// The codec of an optional field: the one it names, else [`Json`].
macro_rules! codec {
    () => {
        Json
    };
    ($codec:ty) => {
        $codec
    };
}

status! {
    /// The `status` object of every Zingle response.
    ///
    /// Reading and writing loses nothing: a field that was absent stays absent, a field sent
    /// as `null` is written as `null` while it is left `None`, a number sent as a string
    /// (`"error_code": "03612"`, `"page": "1"`) is written as that string, a pagination
    /// field of another type is left `None` and written back as it came, and
    /// fields this type does not know are kept in [`extra`](Self::extra) and written back
    /// after the others. A key given twice is refused, as serde's derive refuses it.
    ///
    /// ```
    /// use zingle_errors::Status;
    ///
    /// let json = r#"{"text":"Bad Request","status_code":400,"description":"Label display name is already in use","error_code":"3402","trace":"x1"}"#;
    /// let status: Status = serde_json::from_str(json)?;
    /// assert_eq!(status.error_code, Some(3402));
    /// assert_eq!(status.extra["trace"], "x1");
    /// assert_eq!(serde_json::to_string(&status)?, json);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub struct Status {
        required {
            /// The HTTP reason phrase, such as `"Bad Request"`.
            text: String,
            /// The HTTP status code of the response, such as 400.
            status_code: u16,
        }
        optional {
            /// What went wrong, for an error: the code's message, filled.
            description: String,
            /// The Zingle error code, for an error (read from a number or a numeric
            /// string).
            error_code: u16 as CodeNumber,
            /// The field a list is sorted by.
            sort_field: String,
            /// `asc` or `desc`.
            sort_direction: String,
            /// The page of a list, from 1 (read from a number or a numeric string).
            page: u64 as Count,
            /// Records a page.
            page_size: u64 as Count,
            /// Pages in all.
            total_pages: u64 as Count,
            /// Records in all.
            total_records: u64 as Count,
        }
    }
}

impl Status {
    /// A status with no error and no pagination: `text` is the reason phrase, empty
    /// for a status with none.
    ///
    /// ```
    /// let status = zingle_errors::Status::new(200);
    /// assert_eq!(serde_json::to_string(&status)?, r#"{"text":"OK","status_code":200}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn new(status_code: u16) -> Self {
        Self {
            text: reason_phrase(status_code).unwrap_or_default().to_owned(),
            status_code,
            ..Self::default()
        }
    }

    /// The status of an error answered with `status_code`: `text` is its reason phrase,
    /// and the description and the code are given. What a generated error's
    /// `to_response` writes, for a code known only at run time (as the command-line
    /// tool's catalogs are).
    ///
    /// ```
    /// let status = zingle_errors::Status::error(404, Some(3000), "Contact not found".to_owned());
    /// assert_eq!(
    ///     serde_json::to_string(&status)?,
    ///     r#"{"text":"Not Found","status_code":404,"description":"Contact not found","error_code":3000}"#
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn error(status_code: u16, error_code: Option<u16>, description: String) -> Self {
        Self {
            description: Some(description),
            error_code,
            ..Self::new(status_code)
        }
    }

    /// Whether this status reports an error: it has an `error_code` or its
    /// `status_code` is 400 or more.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.error_code.is_some() || self.status_code >= 400
    }
}

/// The error a status reports; `None` when it reports none.
pub fn from_status<C: Code>(status: &Status) -> Option<Repr<C>> {
    status.is_error().then(|| {
        // A status with no error code (a 4xx or 5xx from a proxy, say) is no code of the
        // catalog, whatever codes it has.
        Repr::reported(
            status.error_code,
            status.status_code,
            Some(&status.text),
            status.description.as_deref(),
        )
    })
}

/// A key of the `status` object, read without a copy unless it is no field's.
struct KeyName(Key);

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyNameVisitor)
    }
}

struct KeyNameVisitor;

impl de::Visitor<'_> for KeyNameVisitor {
    type Value = KeyName;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key of the `status` object")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<KeyName, E> {
        Ok(KeyName(Key::of(key)))
    }

    /// A key as bytes, as some formats send it: read as UTF-8, as a `String` key is.
    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<KeyName, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

/// Reads the value of `key` into `slot`, refusing a key given twice (keeping the last
/// would lose the first without a word), as serde's derive refuses it.
fn once<'de, A: MapAccess<'de>>(
    slot: &mut Option<Value>,
    key: &str,
    access: &mut A,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(duplicate(key));
    }
    *slot = Some(access.next_value()?);
    Ok(())
}

/// The error for `key` given twice in the `status` object.
fn duplicate<E: de::Error>(key: &str) -> E {
    E::custom(format_args!("duplicate key `{key}` in `status`"))
}

/// The required field `key`, from its value.
fn required<T: DeserializeOwned, E: de::Error>(
    value: Option<Value>,
    key: &'static str,
) -> Result<T, E> {
    let value = value.ok_or_else(|| E::missing_field(key))?;
    T::deserialize(value).map_err(|e| E::custom(format_args!("`status.{key}`: {e}")))
}
