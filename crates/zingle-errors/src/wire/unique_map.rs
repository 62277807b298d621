//! A JSON object read into a map, refusing a key given twice (a map would keep the last
//! and lose the first without a word).

use core::fmt;

use serde::Deserializer;
use serde::de::{self, Error as _, MapAccess};
use serde_json::{Map, Value};

/// The object `object` (named in messages), each key once.
pub(crate) fn unique_map<'de, D: Deserializer<'de>>(
    deserializer: D,
    object: &'static str,
) -> Result<Map<String, Value>, D::Error> {
    deserializer.deserialize_map(UniqueMap(object))
}

struct UniqueMap(&'static str);

impl<'de> de::Visitor<'de> for UniqueMap {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the `{}` object", self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if map.contains_key(&key) {
                return Err(A::Error::custom(format_args!(
                    "duplicate key `{key}` in `{}`",
                    self.0
                )));
            }
            let value = access.next_value()?;
            map.insert(key, value);
        }
        Ok(map)
    }
}
