//! The loaded document tree: JSON's data model, read-only and compact.
//!
//! `serde_json::Value` with `preserve_order` spends about ten bytes of memory per byte of
//! spec (an `IndexMap` with its hash table per object, a growable `String` per key): GitHub's
//! 12 MB spec took 76 MB. Loaded documents are only ever read, so here an object is one boxed
//! slice of entries in file order, strings are boxed `str`s, and objects of more than
//! `INDEXED` keys carry a sorted index for lookups. The API follows `serde_json`'s, so
//! `lower` reads it the same way.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;

pub use serde_json::Number;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// `null` (also YAML's empty value).
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(Box<str>),
    /// An array.
    Array(Box<[Value]>),
    /// An object, keys in file order.
    Object(Map),
}

/// Objects with more keys than this get a sorted index; smaller ones are searched in order.
const INDEXED: usize = 8;

/// A JSON object: its entries in file order, keys unique.
#[derive(Debug, Clone, Default)]
pub struct Map {
    entries: Box<[(Box<str>, Value)]>,
    /// Entry positions sorted by key, when there are more than [`INDEXED`] entries.
    sorted: Box<[u32]>,
}

impl Value {
    /// The value of `key` if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// The number as `u64`, if it is a non-negative integer.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_number()?.as_u64()
    }
    /// The number as `i64`, if it is an integer in range.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_number()?.as_i64()
    }
    /// The number as `f64`, if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        self.as_number()?.as_f64()
    }
    /// The number, if this is one.
    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }
    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }
    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    /// Whether this is a boolean.
    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }
    /// Whether this is a number.
    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }
    /// Whether this is a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    /// Whether this is an array.
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
    /// Whether this is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
}

impl Map {
    /// An object of these entries, in this order; the keys must be unique.
    pub fn from_entries(entries: Vec<(Box<str>, Value)>) -> Map {
        let entries = entries.into_boxed_slice();
        let sorted = if entries.len() > INDEXED {
            let mut sorted: Vec<u32> = (0..entries.len() as u32).collect();
            sorted.sort_unstable_by(|&a, &b| entries[a as usize].0.cmp(&entries[b as usize].0));
            sorted.into_boxed_slice()
        } else {
            Box::default()
        };
        Map { entries, sorted }
    }
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.get_key_value(key).map(|(_, value)| value)
    }
    /// The stored key equal to `key`, and its value.
    pub fn get_key_value(&self, key: &str) -> Option<(&str, &Value)> {
        let at = if self.sorted.is_empty() {
            self.entries.iter().position(|(k, _)| &**k == key)?
        } else {
            let found = self.sorted.binary_search_by(|&i| (*self.entries[i as usize].0).cmp(key)).ok()?;
            self.sorted[found] as usize
        };
        let (k, v) = &self.entries[at];
        Some((k, v))
    }
    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    /// The entries in file order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &Value)> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(k, v)| (&**k, v))
    }
    /// The keys in file order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(k, _)| &**k)
    }
    /// The values in file order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(_, v)| v)
    }
    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Equal when they have the same entries, whatever their order (as JSON means).
impl PartialEq for Map {
    fn eq(&self, other: &Map) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a str, &'a Value);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (Box<str>, Value)>, fn(&'a (Box<str>, Value)) -> Self::Item>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (&**k, v))
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<i32> for Value {
    fn eq(&self, other: &i32) -> bool {
        self.as_i64() == Some(i64::from(*other))
    }
}

impl PartialEq<i32> for &Value {
    fn eq(&self, other: &i32) -> bool {
        **self == *other
    }
}

/// `value["key"]`: the key's value, or `null` when this is not an object or lacks it.
impl std::ops::Index<&str> for Value {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&Value::Null)
    }
}

/// `value[i]`: the item, or `null` when this is not an array or is shorter.
impl std::ops::Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        self.as_array().and_then(|items| items.get(i)).unwrap_or(&Value::Null)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => n.serialize(serializer),
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(map) => {
                let mut out = serializer.serialize_map(Some(map.len()))?;
                for (k, v) in map {
                    out.serialize_entry(k, v)?;
                }
                out.end()
            }
        }
    }
}

/// Compact JSON text, as `serde_json::Value` prints.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

/// For building documents in tests and tools from `serde_json::json!`.
impl From<serde_json::Value> for Value {
    fn from(value: serde_json::Value) -> Value {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(n),
            serde_json::Value::String(s) => Value::String(s.into()),
            serde_json::Value::Array(items) => Value::Array(items.into_iter().map(Value::from).collect()),
            serde_json::Value::Object(map) => {
                Value::Object(Map::from_entries(map.into_iter().map(|(k, v)| (k.into(), Value::from(v))).collect()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_in_small_and_indexed_objects() {
        for size in [0usize, 3, INDEXED, INDEXED + 1, 100] {
            let entries: Vec<(Box<str>, Value)> =
                (0..size).rev().map(|i| (format!("k{i}").into(), Value::Number(i.into()))).collect();
            let map = Map::from_entries(entries);
            for i in 0..size {
                assert_eq!(map.get(&format!("k{i}")).and_then(Value::as_u64), Some(i as u64));
            }
            assert_eq!(map.get("missing"), None);
            // File order is kept.
            assert_eq!(map.keys().next().map(str::to_owned), size.checked_sub(1).map(|last| format!("k{last}")));
        }
    }

    #[test]
    fn prints_as_json() {
        let value = Value::from(serde_json::json!({"b": [1, "x\"y", null], "a": {"t": true, "f": 1.5}}));
        assert_eq!(value.to_string(), r#"{"b":[1,"x\"y",null],"a":{"t":true,"f":1.5}}"#);
    }
}
