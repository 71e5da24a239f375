//! Text → [`Value`]: encoding checks, JSON or YAML, and YAML's extras mapped onto the JSON model.

use super::LoadError;
use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;
use std::path::Path;

/// Parses the bytes of one document.
///
/// JSON when the first significant character is `{` or `[` (JSON is far faster to parse and
/// its errors are clearer), YAML otherwise. A file that looks like JSON but is not valid JSON
/// is retried as YAML (a YAML flow mapping also starts with `{`), unless it is named `*.json`:
/// YAML would accept many broken JSON files (`{"a": }`) with a silently different meaning.
/// If both fail, the JSON error is reported, because that is what the author most likely meant.
pub(crate) fn parse_document(path: &Path, bytes: &[u8]) -> Result<Value, LoadError> {
    let err = |line, column, message: String| LoadError::Parse { path: path.to_path_buf(), line, column, message };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(err(1, 1, "the file is UTF-16 encoded; save it as UTF-8".into()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
            // The prefix is valid UTF-8 by definition; count characters for the column.
            let good = std::str::from_utf8(good).unwrap_or_default();
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            return Err(err(
                line,
                column,
                format!(
                    "invalid UTF-8 (byte 0x{byte:02X} at offset {}); specs must be UTF-8, re-save the file as UTF-8",
                    e.valid_up_to()
                ),
            ));
        }
    };
    let body = text.trim_start();
    if body.is_empty() {
        return Err(err(0, 0, "the file is empty; expected a JSON or YAML document".into()));
    }
    if body.starts_with(['{', '[']) {
        match serde_json::from_str::<Value>(text) {
            Ok(value) => Ok(value),
            Err(json) if is_json_file(path) => {
                Err(err(json.line(), json.column(), strip_position(&json.to_string()).to_owned()))
            }
            Err(json) => parse_yaml(text)
                .map_err(|_| err(json.line(), json.column(), strip_position(&json.to_string()).to_owned())),
        }
    } else {
        parse_yaml(text).map_err(|yaml| {
            let (line, column) = yaml.location().map_or((0, 0), |l| (l.line(), l.column()));
            err(line, column, strip_position(&yaml.to_string()).to_owned())
        })
    }
}

fn is_json_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Parses YAML straight into the JSON value model, in one pass and with keys in file order.
fn parse_yaml(text: &str) -> Result<Value, serde_yaml_ng::Error> {
    ValueSeed.deserialize(serde_yaml_ng::Deserializer::from_str(text))
}

/// Drops a trailing ` at line L column C` from a parser message: the error already carries
/// the position, and `LoadError::Parse` prints it in front.
fn strip_position(message: &str) -> &str {
    if let Some(at) = message.rfind(" at line ") {
        let tail = message.get(at + " at line ".len()..).unwrap_or_default();
        let mut parts = tail.split(" column ");
        let is_num = |s: Option<&str>| s.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
        if is_num(parts.next()) && is_num(parts.next()) && parts.next().is_none() {
            return message.get(..at).unwrap_or(message);
        }
    }
    message
}

/// Builds a [`Value`] from any YAML node.
///
/// Differences from deserializing `serde_json::Value` directly, all because YAML is richer:
/// map keys may be numbers, booleans or null (`200:`), which become their text as written;
/// tagged nodes (`!foo x`) become their content; floats JSON cannot hold (`.nan`, `.inf`)
/// become strings; and merge keys (`<<: *base`) are applied.
struct ValueSeed;

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| float(v as f64), |v| Value::Number(v.into())))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v).map_or_else(|_| float(v as f64), |v| Value::Number(v.into())))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        ValueSeed.deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(ValueSeed)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        let mut merges = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let value = map.next_value_seed(ValueSeed)?;
            let mergeable = match &value {
                Value::Object(_) => true,
                Value::Array(items) => items.iter().all(Value::is_object),
                _ => false,
            };
            if key == "<<" && mergeable {
                merges.push(value);
            } else {
                out.insert(key, value);
            }
        }
        // Merge keys: explicit keys win, then earlier merge sources over later ones.
        for merge in merges {
            let sources = match merge {
                Value::Object(m) => vec![m],
                Value::Array(items) => items
                    .into_iter()
                    .filter_map(|v| match v {
                        Value::Object(m) => Some(m),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            for source in sources {
                for (k, v) in source {
                    out.entry(k).or_insert(v);
                }
            }
        }
        Ok(Value::Object(out))
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        // serde_yaml_ng reports a tagged node (`!tag value`) as an enum; keep the content.
        let (_tag, content) = data.variant_seed(KeySeed)?;
        content.newtype_variant_seed(ValueSeed)
    }
}

/// A JSON number when `v` is finite, else its YAML-ish text (JSON has no NaN or infinity).
fn float(v: f64) -> Value {
    match Number::from_f64(v) {
        Some(n) => Value::Number(n),
        None if v.is_nan() => Value::String(".nan".into()),
        None if v > 0.0 => Value::String(".inf".into()),
        None => Value::String("-.inf".into()),
    }
}

/// A map key: any scalar, as its text. Asking the YAML deserializer for a string makes it hand
/// over the scalar as written, so `200:` is `"200"` and `0x1F:` stays `"0x1F"`.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_string(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a scalar map key (a mapping or sequence cannot be a key in a spec)")
    }
    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
    fn visit_string<E>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_bool<E>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_unit<E>(self) -> Result<String, E> {
        Ok("null".into())
    }
    fn visit_none<E>(self) -> Result<String, E> {
        Ok("null".into())
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<String, E> {
        Ok(String::from_utf8_lossy(v).into_owned())
    }
}
