//! A key of an object the envelope reads: one of the object's own fields, read without
//! a copy, or another, copied to be kept.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

/// The fields an object gives its own, by key.
pub(crate) trait OwnKey: Sized {
    /// The object, as an error names it: "the `status` object".
    const OBJECT: &'static str;

    /// The field named `key`, if the object has one.
    fn named(key: &str) -> Option<Self>;
}

/// A key read: one of the object's own fields, or another key.
pub(crate) enum Key<K> {
    Own(K),
    Other(String),
}

impl<'de, K: OwnKey> Deserialize<'de> for Key<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor(PhantomData))
    }
}

struct KeyVisitor<K>(PhantomData<K>);

impl<K: OwnKey> Visitor<'_> for KeyVisitor<K> {
    type Value = Key<K>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a key of {}", K::OBJECT)
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<K>, E> {
        Ok(K::named(key).map_or_else(|| Key::Other(key.to_owned()), Key::Own))
    }

    /// A key as bytes, as some formats send it: read as UTF-8, as a `String` key is.
    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key<K>, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}
