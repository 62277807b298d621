//! ExtraFields of a JSON object that the envelope does not know, kept as the text they came in.

use core::fmt;
use core::ops::Index;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

/// Whether `key` names a field the envelope gives its own: `status`, `result`, or one
/// of the status's.
pub(super) fn is_envelope_key(key: &str) -> bool {
    super::envelope::TopKey::of(key) != super::envelope::TopKey::Extra
        || crate::Status::FIELDS.iter().any(|f| f.name == key)
}

/// The fields of an object that [`Status`](crate::Status) or [`Envelope`](crate::Envelope)
/// does not know: each key with its value as the JSON text it came in (numbers digit for
/// digit, however large or long; strings with their escapes), in the order they came.
///
/// ```
/// use zingle_errors::Status;
///
/// let json = r#"{"text":"OK","status_code":200,"trace":"x1","big":123456789012345678901234567890}"#;
/// let status: Status = serde_json::from_str(json)?;
/// assert_eq!(status.extra["trace"].get(), r#""x1""#);
/// assert_eq!(status.extra.get_as::<String>("trace").transpose()?, Some("x1".to_owned()));
/// assert_eq!(status.extra["big"].get(), "123456789012345678901234567890");
/// assert_eq!(serde_json::to_string(&status)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct ExtraFields {
    entries: Vec<(String, Box<RawValue>)>,
}

impl ExtraFields {
    /// No fields.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many fields there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value of `key`, as its JSON text.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&RawValue> {
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| &**value)
    }

    /// Whether there is a field `key`.
    #[must_use]
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The value of `key`, read as a `T`; `None` when there is no such field.
    ///
    /// # Errors
    ///
    /// Inside the `Some`: the value is not a `T`.
    pub fn get_as<T: serde::de::DeserializeOwned>(
        &self,
        key: &str,
    ) -> Option<Result<T, serde_json::Error>> {
        self.get(key).map(|raw| serde_json::from_str(raw.get()))
    }

    /// Sets `key` to `value`, written as JSON: in its place if there is such a field,
    /// else last. Returns the value it replaces.
    ///
    /// ```
    /// let mut extra = zingle_errors::ExtraFields::new();
    /// extra.insert("trace", &"x1")?;
    /// assert_eq!(extra["trace"].get(), r#""x1""#);
    /// assert!(extra.insert("error_code", &7).is_err(), "the envelope's own key");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `value` cannot be written as JSON (a map whose keys are not strings, say), or
    /// `key` is one the envelope gives its own fields (see [`insert_raw`](Self::insert_raw)).
    pub fn insert(
        &mut self,
        key: impl Into<String>,
        value: &impl Serialize,
    ) -> Result<Option<Box<RawValue>>, serde_json::Error> {
        let raw = serde_json::value::to_raw_value(value)?;
        self.insert_raw(key, raw)
    }

    /// Sets `key` to the JSON text `raw`: in its place if there is such a field, else
    /// last. Returns the value it replaces.
    ///
    /// # Errors
    ///
    /// `key` is one the envelope gives its own fields (`status`, `result`, and the
    /// status's own, [`Status::FIELDS`](crate::Status::FIELDS)): written beside them, it
    /// would make an envelope that no reader takes.
    pub fn insert_raw(
        &mut self,
        key: impl Into<String>,
        raw: Box<RawValue>,
    ) -> Result<Option<Box<RawValue>>, serde_json::Error> {
        let key = key.into();
        if is_envelope_key(&key) {
            return Err(serde::ser::Error::custom(format_args!(
                "`{key}` is a field of the envelope itself, not an extra one"
            )));
        }
        Ok(match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, value)) => Some(core::mem::replace(value, raw)),
            None => {
                self.entries.push((key, raw));
                None
            }
        })
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Box<RawValue>> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        Some(self.entries.remove(i).1)
    }

    /// Each key and its value, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &RawValue)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), &**v))
    }

    /// Appends a field as read, without looking for its key: [`first_duplicate`]
    /// checks them all at once when the object is read.
    ///
    /// [`first_duplicate`]: Self::first_duplicate
    pub(crate) fn push_read(&mut self, key: String, raw: Box<RawValue>) {
        self.entries.push((key, raw));
    }

    /// A key given twice, if any (in time `n log n`, not by comparing every pair).
    pub(crate) fn first_duplicate(&self) -> Option<&str> {
        let mut keys: Vec<&str> = self.entries.iter().map(|(k, _)| k.as_str()).collect();
        keys.sort_unstable();
        keys.windows(2).find(|w| w[0] == w[1]).map(|w| w[0])
    }
}

/// Two sets of fields are equal when they hold the same keys with the same texts, in
/// the same order.
impl PartialEq for ExtraFields {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|((k, v), (l, w))| k == l && v.get() == w.get())
    }
}

impl Eq for ExtraFields {}

impl fmt::Debug for ExtraFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(k, v)| (k, v.get())))
            .finish()
    }
}

/// The value of `key`.
///
/// # Panics
///
/// There is no field `key` (as indexing a `serde_json::Map` by a missing key does).
impl Index<&str> for ExtraFields {
    type Output = RawValue;

    fn index(&self, key: &str) -> &RawValue {
        match self.get(key) {
            Some(value) => value,
            None => panic!("no field `{key}`"),
        }
    }
}

/// Written as a JSON object, each value as its text.
impl Serialize for ExtraFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self.iter() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}
