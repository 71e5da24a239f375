//! Text → [`Value`]: encoding checks, JSON or YAML, and YAML's extras mapped onto the JSON model.
//!
//! Every error carries the line and column where it was found (1-based) and a hint of what to
//! do. Nothing here can exhaust the stack or memory: both parsers stop at 128 levels of
//! nesting, and YAML aliases may not expand the document beyond a budget proportional to the
//! file's size (see [`alias_budget`]), which defuses "billion laughs" documents.

use super::json::{Map, Number, Value};
use super::LoadError;
use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
use std::cell::{Cell, RefCell};
use std::fmt;
use std::path::Path;

/// Parses the bytes of one document.
///
/// JSON when the first significant character is `{` or `[` (JSON is far faster to parse and
/// its errors are clearer), YAML otherwise. A file that looks like JSON but is not valid JSON
/// is retried as YAML (a YAML flow mapping also starts with `{`), unless it is named `*.json`:
/// YAML would accept many broken JSON files (`{"a": }`) with a silently different meaning.
/// If both fail, the JSON error is reported, because that is what the author most likely meant.
///
/// Refused before parsing: UTF-16 / UTF-32 text, compressed or binary files (NUL bytes),
/// invalid UTF-8, and files with nothing but whitespace. Refused while parsing, besides
/// syntax errors: duplicate keys in one object (JSON or YAML; which one was meant is
/// ambiguous), more than 128 levels of nesting, more than one YAML document, and YAML whose
/// aliases expand beyond [`alias_budget`].
pub(crate) fn parse_document(path: &Path, bytes: &[u8]) -> Result<Value, LoadError> {
    let err = |line, column, message: String| LoadError::Parse { path: path.to_path_buf(), line, column, message };
    if let Some(message) = sniff_encoding(bytes) {
        return Err(err(1, 1, message));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = byte_position(bytes, offset);
        return Err(err(
            line,
            column,
            format!(
                "the file contains a NUL byte (offset {offset}): it is binary, or UTF-16/UTF-32 text without a \
                 byte-order mark; specs must be UTF-8 text, so re-save it as UTF-8"
            ),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, column) = byte_position(bytes, e.valid_up_to());
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            return Err(err(
                line,
                column,
                format!(
                    "invalid UTF-8 (byte 0x{byte:02X} at offset {}); specs must be UTF-8: re-save the file as UTF-8 \
                     (it is probably Latin-1 or Windows-1252)",
                    e.valid_up_to()
                ),
            ));
        }
    };
    let body = text.trim_start();
    if body.is_empty() {
        let what = if text.is_empty() { "the file is empty" } else { "the file contains only whitespace" };
        return Err(err(1, 1, format!("{what}; expected a JSON or YAML spec document")));
    }
    if body.starts_with(['{', '[']) {
        match parse_json(text) {
            Ok(value) => Ok(value),
            Err(json) if is_json_file(path) => Err(json_error(path, &json)),
            Err(json) => parse_yaml(text).map_err(|_| json_error(path, &json)),
        }
    } else {
        parse_yaml(text).map_err(|yaml| yaml_error(path, text, yaml))
    }
}

/// A message for byte-order marks and magic numbers of files that are not UTF-8 text.
fn sniff_encoding(bytes: &[u8]) -> Option<String> {
    let found = if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        "the file is UTF-32 encoded; save it as UTF-8"
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        "the file is UTF-16 encoded; save it as UTF-8"
    } else if bytes.starts_with(&[0x1F, 0x8B]) {
        "the file is gzip-compressed; decompress it (`gunzip`) and pass the spec inside"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "the file is a ZIP archive; extract it and pass the spec inside"
    } else {
        return None;
    };
    Some(found.to_owned())
}

/// 1-based line and column (in characters) of byte `offset`, counting only the valid UTF-8 before it.
fn byte_position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let good = match std::str::from_utf8(before) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(before.get(..e.valid_up_to()).unwrap_or_default()).unwrap_or_default(),
    };
    let line = good.matches('\n').count() + 1;
    let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn is_json_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Parses JSON with the same visitor as YAML (so duplicate keys are refused), and refuses
/// trailing text.
fn parse_json(text: &str) -> Result<Value, serde_json::Error> {
    let ctx = Ctx { yaml: false, budget: Cell::new(usize::MAX), duplicate: RefCell::new(None) };
    let mut de = serde_json::Deserializer::from_str(text);
    let value = ValueSeed(&ctx).deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

fn json_error(path: &Path, e: &serde_json::Error) -> LoadError {
    let message = strip_position(&e.to_string()).to_owned();
    let message = match json_hint(&message) {
        Some(hint) => format!("{message}; {hint}"),
        None => message,
    };
    LoadError::Parse { path: path.to_path_buf(), line: e.line(), column: e.column(), message }
}

/// What to do about a serde_json error message.
fn json_hint(message: &str) -> Option<&'static str> {
    const HINTS: [(&str, &str); 15] = [
        ("EOF while parsing", "the file ends too early: it is truncated, or a closing bracket or quote is missing"),
        ("trailing comma", "remove the `,` after the last item: JSON allows no trailing comma"),
        ("trailing characters", "there is text after the end of the document: an extra bracket, or two documents in one file"),
        ("key must be a string", "object keys must be in double quotes; JSON allows no comments, single quotes or unquoted keys"),
        ("expected value", "a value is missing or is not JSON: strings need double quotes, and comments, NaN and Infinity are not JSON"),
        ("expected ident", "a word is misspelled: JSON's only literals are `true`, `false` and `null`"),
        ("expected `:`", "write `:` between a key and its value"),
        ("expected `,` or", "a `,` is missing between two items, or a bracket is not closed"),
        ("invalid escape", "in a JSON string a backslash starts an escape such as `\\\\`, `\\n` or `\\u00e9`: double it"),
        ("invalid number", "write the number in JSON syntax (no leading `+` or zeros, no hex), or quote it"),
        ("number out of range", "the number is too large for a double: quote it if it is an example"),
        ("control character", "write the character as an escape such as `\\n`, `\\t` or `\\u0007`, or remove it"),
        ("recursion limit exceeded", NESTING_HINT),
        ("unicode", "fix the `\\u` escape: a surrogate pair must be complete"),
        ("duplicate key", DUPLICATE_HINT),
    ];
    HINTS.iter().find(|(pattern, _)| message.contains(pattern)).map(|&(_, hint)| hint)
}

const NESTING_HINT: &str =
    "the document is nested more than 128 levels deep, which restgen refuses: name the inner schemas and use `$ref`";
const DUPLICATE_HINT: &str = "a key may appear only once in an object: merge the two entries or rename one";
const ALIAS_HINT: &str = "YAML aliases (`*name`) expand the document far beyond the file's size (a \"billion laughs\" \
     document?); write the repeated parts out, or use `$ref`";

/// Parses YAML straight into the JSON value model, in one pass and with keys in file order.
///
/// Flow collections nested deeper than the parser's limit are refused before parsing: libyaml
/// reads the whole document before the limit applies, in time proportional to the length
/// times the flow depth, so ten thousand `[` would take seconds and a megabyte of them hours.
fn parse_yaml(text: &str) -> Result<Value, YamlError> {
    if let Some((line, column)) = deep_flow(text, MAX_DEPTH) {
        return Err(YamlError::TooDeep { line, column });
    }
    let ctx = Ctx { yaml: true, budget: Cell::new(alias_budget(text.len())), duplicate: RefCell::new(None) };
    let result = ValueSeed(&ctx).deserialize(serde_yaml_ng::Deserializer::from_str(text));
    result.map_err(|error| YamlError::Parser { error, duplicate: ctx.duplicate.take() })
}

/// The parsers' nesting limit (serde_json's and serde_yaml_ng's).
const MAX_DEPTH: usize = 128;

/// Where YAML flow collections (`[…]`, `{…}`) first nest deeper than `limit`, if they do.
///
/// A light scanner, not a parser: in block context it looks for a flow collection only where
/// a node starts (after the indentation, `- `, `? `, `key: `, an anchor or a tag), skips
/// block scalars (`|`, `>`) and quoted scalars, and inside flow collections follows quotes
/// and comments. Text that is not valid YAML may be misjudged; the parser reports that.
fn deep_flow(text: &str, limit: usize) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    // Inside a quoted scalar that continues on the next line.
    let mut quote: Option<char> = None;
    // Inside a block scalar: lines indented more than this belong to it.
    let mut block_scalar: Option<usize> = None;
    for (number, line) in text.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let indent = chars.iter().take_while(|c| **c == ' ').count();
        if let Some(parent) = block_scalar {
            if line.trim().is_empty() || indent > parent {
                continue;
            }
            block_scalar = None;
        }
        let mut j = 0;
        let mut node_start = true;
        while j < chars.len() {
            let c = chars[j];
            if let Some(q) = quote {
                if q == '"' && c == '\\' {
                    j += 2;
                    continue;
                }
                if c == q {
                    if q == '\'' && chars.get(j + 1) == Some(&'\'') {
                        j += 2;
                        continue;
                    }
                    quote = None;
                    node_start = false;
                }
                j += 1;
                continue;
            }
            let after_space = j == 0 || chars.get(j - 1).is_some_and(|p| p.is_whitespace());
            let next_is_space = chars.get(j + 1).is_none_or(|n| n.is_whitespace());
            match c {
                ' ' | '\t' => {}
                '#' if after_space => break,
                '[' | '{' if depth > 0 || node_start => {
                    depth += 1;
                    if depth > limit {
                        return Some((number + 1, j + 1));
                    }
                    node_start = true;
                }
                ']' | '}' if depth > 0 => {
                    depth -= 1;
                    node_start = false;
                }
                ',' if depth > 0 => node_start = true,
                '"' | '\'' if node_start => quote = Some(c),
                '|' | '>' if depth == 0 && node_start => {
                    block_scalar = Some(indent);
                    break;
                }
                // Block indicators and `key:` end with a space; anchors and tags precede a node.
                '-' | '?' | ':' if depth == 0 && next_is_space => node_start = true,
                ':' if depth > 0 => node_start = true,
                '&' | '!' if node_start => {
                    while chars.get(j + 1).is_some_and(|n| !n.is_whitespace()) {
                        j += 1;
                    }
                }
                _ => node_start = false,
            }
            j += 1;
        }
    }
    None
}

/// How much a YAML document of `len` bytes may expand to, in the units of [`Ctx::charge`]
/// (about bytes of memory): 64 MiB plus 16 times the text. A document without aliases
/// never comes near it (each node costs a few bytes of text); aliases may repeat data, but
/// not without bound.
fn alias_budget(len: usize) -> usize {
    (64usize << 20).saturating_add(len.saturating_mul(16))
}

enum YamlError {
    Parser {
        error: serde_yaml_ng::Error,
        /// The key, when the error is a duplicate key (to find the second occurrence's line).
        duplicate: Option<String>,
    },
    /// Flow collections nested too deep, found before parsing.
    TooDeep { line: usize, column: usize },
}

fn yaml_error(path: &Path, text: &str, yaml: YamlError) -> LoadError {
    let (error, duplicate) = match yaml {
        YamlError::Parser { error, duplicate } => (error, duplicate),
        YamlError::TooDeep { line, column } => {
            let message = format!("recursion limit exceeded; {NESTING_HINT}");
            return LoadError::Parse { path: path.to_path_buf(), line, column, message };
        }
    };
    let mut position = error.location().map(|l| (l.line(), l.column()));
    let mut message = strip_position(&error.to_string()).to_owned();
    // libyaml writes the position into the middle of some messages, too.
    message = remove_positions(&message);
    let mut hint = yaml_hint(&message).map(str::to_owned);
    if let Some(key) = &duplicate {
        // The parser reports the start of the mapping; point at the second occurrence instead.
        if let Some(found) = position.and_then(|(line, _)| second_key_occurrence(text, line, key)) {
            position = Some(found);
        }
    }
    if message.contains("repetition limit exceeded") || message.contains(BUDGET_MESSAGE) {
        // Where the parser stopped says little; the first alias is where the expansion starts.
        message = format!("{BUDGET_MESSAGE} (the first alias is here)");
        hint = Some(ALIAS_HINT.to_owned());
        position = first_alias(text).or(position);
    }
    if message.contains("more than one document") {
        message = "the file holds more than one YAML document (separated by `---`)".to_owned();
        hint = Some("a spec is one document: remove the second `---` and what follows, or split the file".to_owned());
        position = position.or_else(|| second_document(text));
    }
    if let Some((line, column)) = position {
        if message.contains("cannot start any token") || message.contains("tab") {
            let tab = text.lines().nth(line.saturating_sub(1)).is_some_and(|l| {
                let indent: String = l.chars().take_while(|c| c.is_whitespace()).collect();
                indent.contains('\t') || l.chars().nth(column.saturating_sub(1)) == Some('\t')
            });
            if tab {
                hint = Some(format!("YAML indentation must use spaces, not tabs: replace the tabs on line {line}"));
            }
        }
    }
    let hint = hint.unwrap_or_else(|| {
        "check the YAML syntax here: indentation (spaces only), unclosed quotes or brackets, and values \
         containing `: ` or ` #`, which need quotes"
            .to_owned()
    });
    let (line, column) = position.unwrap_or((0, 0));
    LoadError::Parse { path: path.to_path_buf(), line, column, message: format!("{message}; {hint}") }
}

/// What to do about a serde_yaml_ng / libyaml error message.
fn yaml_hint(message: &str) -> Option<&'static str> {
    const HINTS: [(&str, &str); 14] = [
        ("mapping values are not allowed", "a value contains `: `: quote it, or fix the indentation of this line"),
        ("did not find expected key", "check the indentation of this line and the one above, and look for an unclosed quote"),
        ("did not find expected ',' or '}'", "a flow mapping `{…}` is not closed, or a `,` is missing"),
        ("did not find expected ',' or ']'", "a flow sequence `[…]` is not closed, or a `,` is missing"),
        ("did not find expected", "a quote or bracket is not closed, or the indentation is off"),
        ("could not find expected ':'", "a key has no `:` after it, or a quoted key spans lines: close the quote"),
        ("found unexpected end of stream", "the file ends inside a quoted string or collection: close it"),
        ("block sequence entries are not allowed", "a `- item` is indented like a key: indent it under its key"),
        ("unknown anchor", "an alias `*name` must come after an anchor `&name` in the same file; YAML aliases cannot reach other files (use `$ref`)"),
        ("recursion limit exceeded", NESTING_HINT),
        ("expected a scalar map key", "keys must be plain strings or numbers; quote the key"),
        ("duplicate key", DUPLICATE_HINT),
        ("expand", ALIAS_HINT),
        ("cannot start any token", "quote the value: it starts with a character YAML reserves (`@`, `` ` ``, `%`, or a tab)"),
    ];
    HINTS.iter().find(|(pattern, _)| message.contains(pattern)).map(|&(_, hint)| hint)
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

/// Removes every ` at line L column C` (libyaml: "did not find expected key at line 4 column 13,
/// while parsing a block mapping").
fn remove_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(" at line ") {
        let after = rest.get(at + " at line ".len()..).unwrap_or_default();
        let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
        let n = digits(after);
        let tail = after.get(n..).unwrap_or_default();
        match tail.strip_prefix(" column ") {
            Some(col) if n > 0 && digits(col) > 0 => {
                out.push_str(rest.get(..at).unwrap_or_default());
                rest = col.get(digits(col)..).unwrap_or_default();
            }
            _ => {
                out.push_str(rest.get(..at + 1).unwrap_or_default());
                rest = rest.get(at + 1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// Line and column of the second line, from `from_line` on, whose content starts with `key:`
/// at the same indentation as the first such line.
fn second_key_occurrence(text: &str, from_line: usize, key: &str) -> Option<(usize, usize)> {
    let forms = [format!("{key}:"), format!("\"{key}\":"), format!("'{key}':")];
    let mut first_indent = None;
    for (i, line) in text.lines().enumerate().skip(from_line.saturating_sub(1)) {
        let content = line.trim_start_matches([' ', '-']);
        let indent = line.len() - content.len();
        if forms.iter().any(|f| content.starts_with(f.as_str())) {
            match first_indent {
                None => first_indent = Some(indent),
                Some(first) if first == indent => return Some((i + 1, indent + 1)),
                Some(_) => {}
            }
        }
    }
    None
}

/// Where the first alias (`*name`) seems to be: a `*` after a space, `[`, `,`, `{` or `:` (or at
/// the start of a line), followed by an anchor character, outside comments. A heuristic, only
/// used to place an error that the parser reports without a position.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    for (i, line) in text.lines().enumerate() {
        let content = line.split(" #").next().unwrap_or_default();
        let chars: Vec<char> = content.chars().collect();
        for (j, &c) in chars.iter().enumerate() {
            let before_ok = j == 0 || chars.get(j - 1).is_some_and(|b| matches!(b, ' ' | '[' | ',' | '{' | ':' | '-'));
            let after_ok = chars.get(j + 1).is_some_and(|a| a.is_alphanumeric() || matches!(a, '_' | '-' | '.'));
            if c == '*' && before_ok && after_ok {
                return Some((i + 1, j + 1));
            }
        }
    }
    None
}

/// Where the second YAML document starts: the `---` after some content.
fn second_document(text: &str) -> Option<(usize, usize)> {
    let mut content = false;
    for (i, line) in text.lines().enumerate() {
        let is_marker = line == "---" || line.starts_with("--- ") || line.starts_with("---\t");
        if is_marker && content {
            return Some((i + 1, 1));
        }
        let trimmed = line.trim();
        if is_marker || (!trimmed.is_empty() && !trimmed.starts_with('#') && !trimmed.starts_with('%')) {
            content = true;
        }
        if line == "..." {
            content = true;
        }
    }
    None
}

/// State shared by the visitors of one parse.
struct Ctx {
    /// YAML: apply merge keys and charge the alias budget.
    yaml: bool,
    /// What the document may still cost (see [`alias_budget`]).
    budget: Cell<usize>,
    /// The key of a duplicate-key error, for placing the message.
    duplicate: RefCell<Option<String>>,
}

const BUDGET_MESSAGE: &str = "the document expands to too much data through aliases";

/// What one node costs, besides its text.
const NODE_COST: usize = 64;

impl Ctx {
    fn charge<E: de::Error>(&self, cost: usize) -> Result<(), E> {
        match self.budget.get().checked_sub(cost) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => {
                self.budget.set(0);
                Err(E::custom(BUDGET_MESSAGE))
            }
        }
    }
}

/// Builds a [`Value`] from any JSON or YAML node.
///
/// Differences from deserializing `serde_json::Value` directly: duplicate keys are an error,
/// and YAML is richer: map keys may be numbers, booleans or null (`200:`), which become their
/// text as written; tagged nodes (`!foo x`) become their content; floats JSON cannot hold
/// (`.nan`, `.inf`) become strings; and merge keys (`<<: *base`) are applied.
#[derive(Clone, Copy)]
struct ValueSeed<'c>(&'c Ctx);

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor(self.0))
    }
}

struct ValueVisitor<'c>(&'c Ctx);

impl<'de> Visitor<'de> for ValueVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(Value::Number(v.into()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(i64::try_from(v).map_or_else(|_| float(v as f64), |v| Value::Number(v.into())))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(u64::try_from(v).map_or_else(|_| float(v as f64), |v| Value::Number(v.into())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.0.charge(NODE_COST.saturating_add(v.len()))?;
        Ok(Value::String(v.into()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        self.0.charge(NODE_COST.saturating_add(v.len()))?;
        Ok(Value::String(v.into_boxed_str()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.0.charge(NODE_COST)?;
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        ValueSeed(self.0).deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.0.charge(NODE_COST)?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(ValueSeed(self.0))? {
            items.push(item);
        }
        Ok(Value::Array(items.into_boxed_slice()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.0.charge(NODE_COST)?;
        let mut out: Vec<(Box<str>, Value)> = Vec::new();
        let mut keys = KeySet::default();
        let mut merges = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed(self.0))? {
            let merge_key = self.0.yaml && key == "<<";
            if !merge_key && !keys.insert(&out, &key) {
                let message = format!("duplicate key `{key}`");
                *self.0.duplicate.borrow_mut() = Some(key);
                return Err(de::Error::custom(message));
            }
            let value = map.next_value_seed(ValueSeed(self.0))?;
            let mergeable = match &value {
                Value::Object(_) => true,
                Value::Array(items) => items.iter().all(Value::is_object),
                _ => false,
            };
            if merge_key && mergeable {
                merges.push(value);
            } else {
                out.push((key.into_boxed_str(), value));
            }
        }
        // Merge keys: explicit keys win, then earlier merge sources over later ones.
        for merge in merges {
            let sources = match merge {
                Value::Object(m) => vec![m],
                Value::Array(items) => items
                    .into_vec()
                    .into_iter()
                    .filter_map(|v| match v {
                        Value::Object(m) => Some(m),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            for source in sources {
                for (k, v) in source.iter() {
                    if keys.insert(&out, k) {
                        out.push((k.into(), v.clone()));
                    }
                }
            }
        }
        Ok(Value::Object(Map::from_entries(out)))
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        // serde_yaml_ng reports a tagged node (`!tag value`) as an enum; keep the content.
        let (_tag, content) = data.variant_seed(KeySeed(self.0))?;
        content.newtype_variant_seed(ValueSeed(self.0))
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

/// The keys of an object being read, to refuse duplicates: a scan while it is small, then
/// hashes (checked by a scan on a match) so that large objects stay linear.
#[derive(Default)]
struct KeySet(std::collections::HashSet<u64>);

impl KeySet {
    /// Notes `key`, or returns false when `entries` already has it.
    fn insert(&mut self, entries: &[(Box<str>, Value)], key: &str) -> bool {
        use std::hash::BuildHasher;
        const SCANNED: usize = 16;
        let seen = |entries: &[(Box<str>, Value)]| entries.iter().any(|(k, _)| &**k == key);
        if entries.len() < SCANNED {
            return !seen(entries);
        }
        let hasher = std::hash::BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default();
        if self.0.is_empty() {
            self.0.extend(entries.iter().map(|(k, _)| hasher.hash_one(&**k)));
        }
        self.0.insert(hasher.hash_one(key)) || !seen(entries)
    }
}

/// A map key: any scalar, as its text. Asking the YAML deserializer for a string makes it hand
/// over the scalar as written, so `200:` is `"200"` and `0x1F:` stays `"0x1F"`.
#[derive(Clone, Copy)]
struct KeySeed<'c>(&'c Ctx);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        let key = d.deserialize_string(KeyVisitor)?;
        self.0.charge(NODE_COST.saturating_add(key.len()))?;
        Ok(key)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_positions_inside_messages() {
        assert_eq!(
            remove_positions("did not find expected key at line 4 column 13, while parsing a block mapping"),
            "did not find expected key, while parsing a block mapping"
        );
        assert_eq!(remove_positions("at line x at line 3 column"), "at line x at line 3 column");
    }

    #[test]
    fn measures_flow_depth_where_yaml_has_flows() {
        let deep = |n: usize| format!("a: {}{}\n", "[".repeat(n), "]".repeat(n));
        assert_eq!(deep_flow(&deep(128), 128), None);
        assert_eq!(deep_flow(&deep(129), 128), Some((1, 132)));
        assert_eq!(deep_flow(&format!("- k: &x !t {}", "{a: ".repeat(200)), 128), Some((1, 524)));
        // Brackets that are text: in plain, quoted and block scalars, and in comments.
        let text =
            "a: see [1] [[[[\nb: \"[[[[\"\nc: '[[[['\nd: |\n  [[[[[[\n  [[[[\ne: 1 # [[[[\nf: [\"]]]]\", '[[', x]\n";
        assert_eq!(deep_flow(&text.replace("[[[[", &"[".repeat(300)), 128), None);
        // A quoted `]` does not hide depth.
        let hidden = format!("a: {}", "[\"]\", ".repeat(200));
        assert_eq!(deep_flow(&hidden, 128), Some((1, 4 + 6 * 128)));
    }

    #[test]
    fn finds_aliases_and_documents() {
        assert_eq!(first_alias("a: &x 1\nb: [*x, *x]\n"), Some((2, 5)));
        assert_eq!(first_alias("a: 2 * 3\n"), None);
        assert_eq!(second_document("---\na: 1\n---\nb: 2\n"), Some((3, 1)));
        assert_eq!(second_document("# c\na: 1\n--- \nb: 2\n"), Some((3, 1)));
        assert_eq!(second_key_occurrence("p:\n  /a:\n    x: 1\n  /a:\n", 2, "/a"), Some((4, 3)));
    }
}
