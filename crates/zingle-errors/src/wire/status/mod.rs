//! The `status` object of every Zingle response, and the error it reports.

mod codec;
mod read;

use core::fmt;

use serde::de::{self, MapAccess};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::code::Code;
use crate::error::Repr;
use zingle_errors_core::reason_phrase;

use self::codec::{CodeNumber, Count, Form, Str, Unsigned};
use self::read::{KeyName, duplicate, field_error, once, required};
use super::ExtraFields;
use super::key_order::KeyOrder;

/// Declares `Status` from its fields, each listed once with its [`Codec`](codec::Codec),
/// in the order they are written: the required ones, then the optional ones. The
/// struct, its field list, its reading and its writing all come from these lists.
macro_rules! status {
    (
        $(#[$meta:meta])*
        pub struct Status {
            required {
                $( $(#[doc = $req_doc:literal])* $req:ident: $req_ty:ty as $req_codec:ty, )*
            }
            optional {
                $( $(#[doc = $opt_doc:literal])* $opt:ident: $opt_ty:ty as $opt_codec:ty, )*
            }
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Status {
            $( $(#[doc = $req_doc])* pub $req: $req_ty, )*
            $( $(#[doc = $opt_doc])* pub $opt: Option<$opt_ty>, )*
            /// ExtraFields this type does not know, kept as the text they came in, in order.
            pub extra: ExtraFields,
            forms: Forms,
            /// The keys in the order they came, where the status was read and they came
            /// in another order than the one it is written in.
            order: Vec<Slot>,
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

            /// Writes the field `field` as it came.
            fn write_field<M: SerializeMap>(&self, map: &mut M, field: Field) -> Result<(), M::Error> {
                match field {
                    $( Field::$req => codec::write::<_, $req_codec, _>(
                        map,
                        stringify!($req),
                        Some(&self.$req),
                        &self.forms.$req,
                    ), )*
                    $( Field::$opt => codec::write::<_, $opt_codec, _>(
                        map,
                        stringify!($opt),
                        self.$opt.as_ref(),
                        &self.forms.$opt,
                    ), )*
                }
            }
        }

        /// How each field came.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        struct Forms {
            $( $req: Form, )*
            $( $opt: Form, )*
        }

        /// A field of the `status` object.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        enum Field {
            $( $req, )*
            $( $opt, )*
        }

        impl Field {
            /// Every field, in the order a status made here writes them.
            const ALL: &'static [Field] = &[$( Field::$req, )* $( Field::$opt, )*];

            /// The field named `key`, if any.
            fn named(key: &str) -> Option<Self> {
                match key {
                    $( stringify!($req) => Some(Self::$req), )*
                    $( stringify!($opt) => Some(Self::$opt), )*
                    _ => None,
                }
            }
        }

        impl<'de> Deserialize<'de> for Status {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_map(StatusVisitor)
            }
        }

        /// Reads the object's keys once each, each value as the text it came in (a field's
        /// or another's, kept in `extra`), then each field from its text.
        struct StatusVisitor;

        impl<'de> de::Visitor<'de> for StatusVisitor {
            type Value = Status;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the `status` object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Status, A::Error> {
                $( let mut $req: Option<Box<RawValue>> = None; )*
                $( let mut $opt: Option<Box<RawValue>> = None; )*
                let mut extra = ExtraFields::new();
                let mut order = KeyOrder::new();
                while let Some(key) = access.next_key::<KeyName>()? {
                    let slot = match key {
                        KeyName::Field(field) => Slot::Field(field),
                        KeyName::Other(_) => Slot::Extra,
                    };
                    order.note(slot, || {
                        // The keys so far, in the order a status is written in.
                        let seen = [$( $req.is_some(), )* $( $opt.is_some(), )*];
                        let fields = Field::ALL.iter().filter(|f| seen[**f as usize]);
                        let extras = (0..extra.len()).map(|_| Slot::Extra);
                        fields.map(|f| Slot::Field(*f)).chain(extras).collect()
                    });
                    match key {
                        $( KeyName::Field(Field::$req) => once(&mut $req, stringify!($req), &mut access)?, )*
                        $( KeyName::Field(Field::$opt) => once(&mut $opt, stringify!($opt), &mut access)?, )*
                        KeyName::Other(key) => extra.push_read(key, access.next_value()?),
                    }
                }
                if let Some(key) = extra.first_duplicate() {
                    return Err(duplicate(key));
                }
                let mut forms = Forms::default();
                Ok(Status {
                    $( $req: required::<_, $req_codec, _>(
                        $req,
                        stringify!($req),
                        &mut forms.$req,
                    )?, )*
                    $( $opt: codec::read::<_, $opt_codec>($opt, &mut forms.$opt)
                        .map_err(|e| field_error(stringify!($opt), &e))?, )*
                    extra,
                    forms,
                    order: order.into_slots(),
                })
            }
        }
    };
}

/// Where a key came among the others: a field's, or the next of `extra`'s; ordered as a
/// status is written: its fields in [`Field::ALL`]'s order, then `extra`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Field(Field),
    Extra,
}

/// Written as it came: every key in its place, every value in its text (where it still
/// holds the value read from it); a status made here, its fields in [`Status::FIELDS`]'
/// order, then `extra`.
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // An extra field of a known name would be a key twice, which no reader takes.
        if let Some((key, _)) = self.extra.iter().find(|(k, _)| Field::named(k).is_some()) {
            return Err(serde::ser::Error::custom(format_args!(
                "the status has a field `{key}` of its own: it cannot be an extra one too"
            )));
        }
        let mut map = serializer.serialize_map(None)?;
        let mut written = [false; Field::ALL.len()];
        let mut extra = 0;
        for slot in &self.order {
            match *slot {
                Slot::Field(field) => {
                    self.write_field(&mut map, field)?;
                    written[field as usize] = true;
                }
                Slot::Extra => {
                    if let Some((key, value)) = self.extra.entry(extra) {
                        map.serialize_entry(key, value)?;
                        extra += 1;
                    }
                }
            }
        }
        for &field in Field::ALL {
            if !written[field as usize] {
                self.write_field(&mut map, field)?;
            }
        }
        while let Some((key, value)) = self.extra.entry(extra) {
            map.serialize_entry(key, value)?;
            extra += 1;
        }
        map.end()
    }
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

status! {
    /// The `status` object of every Zingle response.
    ///
    /// Reading and writing loses nothing, as [`Envelope`'s lossless
    /// promise](crate::Envelope#lossless) says: a field sent as `null` is left `None` and
    /// written as `null`, a number sent as a string (`"error_code": "03612"`, `"page":
    /// "1"`) is written as that string, a pagination field of another type is left
    /// `None` and written back as it came, and fields this type does not know are kept in
    /// [`extra`](Self::extra), each in its place. A key given twice is refused, as serde's
    /// derive refuses it.
    ///
    /// ```
    /// use zingle_errors::Status;
    ///
    /// let json = r#"{"text":"Bad Request","status_code":400,"description":"Label display name is already in use","error_code":"3402","trace":"x1"}"#;
    /// let status: Status = serde_json::from_str(json)?;
    /// assert_eq!(status.error_code, Some(3402));
    /// assert_eq!(status.extra["trace"].get(), r#""x1""#);
    /// assert_eq!(serde_json::to_string(&status)?, json);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub struct Status {
        required {
            /// The HTTP reason phrase, such as `"Bad Request"`.
            text: String as Str,
            /// The HTTP status code of the response, such as 400.
            status_code: u16 as Unsigned,
        }
        optional {
            /// What went wrong, for an error: the code's message, filled.
            description: String as Str,
            /// The Zingle error code, for an error (read from a number or a numeric
            /// string).
            error_code: u16 as CodeNumber,
            /// The field a list is sorted by.
            sort_field: String as Str,
            /// `asc` or `desc`.
            sort_direction: String as Str,
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
    /// `to_envelope` writes, for a code known only at run time (as the command-line
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

/// The error a status reports; `None` when it reports none. Its parameters are found in
/// the description as the generated `from_status` says (`Repr::reported`).
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
