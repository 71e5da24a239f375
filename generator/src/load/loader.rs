//! [`Spec::load`]'s machinery: read the root, detect its dialect, then load every file that a
//! `$ref` names, breadth-first, each file once.

use super::json::Value;
use super::{parse, pointer, Dialect, Document, LoadError, Spec};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};

/// Hint appended to dialect errors: the accepted forms.
const SUPPORTED: &str = "expected `swagger: \"2.0\"` or `openapi: 3.0.x` / `openapi: 3.1.x` at the top level";

/// Objects under these keys hold example payloads or example files, not spec structure; a `$ref`
/// in them may be literal data. Files they name are loaded when present, but a missing, remote
/// or unparsable one is not an error here (it is reported if someone resolves that `$ref`).
const LENIENT_KEYS: [&str; 2] = ["example", "examples"];

/// Azure's per-operation example files. Never needed to generate code, often absent from copies
/// of a spec, and there can be hundreds of them, so their `$ref`s are not followed at all.
const SKIPPED_KEYS: [&str; 1] = ["x-ms-examples"];

/// A `$ref` to another file, found while walking a document.
struct ExternalRef {
    /// The reference as written.
    reference: String,
    /// Pointer to the object holding it.
    pointer: String,
    /// Found below an example (see [`LENIENT_KEYS`]): failure to load is not an error.
    lenient: bool,
}

pub(crate) fn load(path: &Path) -> Result<Spec, LoadError> {
    let bytes = fs::read(path).map_err(|source| LoadError::Io { path: path.to_path_buf(), source })?;
    let root = parse::parse_document(path, &bytes)?;
    let dialect = detect_dialect(path, &root)?;
    super::shape::fatal(path, &root)?;
    let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut loader = Loader {
        docs: vec![Document { path: path.to_path_buf(), root }],
        real: vec![real.clone()],
        by_real: HashMap::from([(real, 0)]),
        failed: HashSet::new(),
    };
    // `docs` grows while we go: each new document is scanned in turn, so loading is
    // transitive, and `by_real` makes it finite even when files reference each other.
    let mut next = 0;
    while let Some(doc) = loader.docs.get(next) {
        for r in external_refs(&doc.root) {
            loader.follow(next, r)?;
        }
        next += 1;
    }
    Ok(Spec { dialect, docs: loader.docs })
}

struct Loader {
    docs: Vec<Document>,
    /// Canonical path of each document: its identity, and the base for relative paths
    /// (correct even when the readable path went through symlinks).
    real: Vec<PathBuf>,
    by_real: HashMap<PathBuf, usize>,
    /// Files whose lenient load failed, so that they are not retried for every example.
    failed: HashSet<PathBuf>,
}

impl Loader {
    /// Loads the file named by `r` (written in document `from`) unless it is already loaded.
    fn follow(&mut self, from: usize, r: ExternalRef) -> Result<(), LoadError> {
        let from_path = self.docs.get(from).map(|d| d.path.clone()).unwrap_or_default();
        let bad = |message: String| LoadError::BadRef {
            path: from_path.clone(),
            pointer: r.pointer.clone(),
            reference: r.reference.clone(),
            message,
        };
        let file = match file_target(file_part(&r.reference)) {
            Ok(file) => file,
            Err(_) if r.lenient => return Ok(()),
            Err(message) => return Err(bad(message)),
        };
        let base = self.real.get(from).and_then(|p| p.parent()).unwrap_or(Path::new(""));
        let readable_base = from_path.parent().unwrap_or(Path::new(""));
        // Try the name as written, then percent-decoded (`my%20file.yaml`).
        let mut found = None;
        let mut last_err = None;
        for candidate in file_candidates(&file) {
            match fs::canonicalize(base.join(&*candidate)) {
                Ok(real) => {
                    found = Some((real, normalize(&readable_base.join(&*candidate))));
                    break;
                }
                Err(e) => last_err = Some((e, normalize(&readable_base.join(&*candidate)))),
            }
        }
        let (real, readable) = match (found, last_err) {
            (Some(found), _) => found,
            _ if r.lenient => return Ok(()),
            (None, Some((e, readable))) if e.kind() == ErrorKind::NotFound => {
                return Err(bad(format!(
                    "names file `{}`, which does not exist; fix the path (it is relative to the folder of `{}`)",
                    readable.display(),
                    from_path.display()
                )))
            }
            (None, Some((e, readable))) => {
                return Err(bad(format!("names file `{}`, which cannot be accessed: {e}", readable.display())))
            }
            (None, None) => return Err(bad("names no file".into())),
        };
        if self.by_real.contains_key(&real) || (r.lenient && self.failed.contains(&real)) {
            return Ok(());
        }
        if real.is_dir() {
            if r.lenient {
                return Ok(());
            }
            return Err(bad(format!(
                "names `{}`, which is a folder; a `$ref` names a file (and optionally a `#/pointer` inside it)",
                readable.display()
            )));
        }
        let parsed = fs::read(&real)
            .map_err(|e| bad(format!("names file `{}`, which cannot be read: {e}", readable.display())))
            .and_then(|bytes| parse::parse_document(&readable, &bytes));
        match parsed {
            Ok(root) => {
                self.by_real.insert(real.clone(), self.docs.len());
                self.real.push(real);
                self.docs.push(Document { path: readable, root });
                Ok(())
            }
            Err(_) if r.lenient => {
                self.failed.insert(real);
                Ok(())
            }
            Err(e) => Err(LoadError::InReferenced {
                source: Box::new(e),
                from: from_path.clone(),
                pointer: r.pointer.clone(),
            }),
        }
    }
}

/// Tells the dialect from the root's `swagger` / `openapi` field.
///
/// Unquoted YAML versions (`swagger: 2.0`) parse as numbers; they are accepted too, since
/// the intent is unambiguous. `openapi: 3` or `swagger: 2` are not: they name no version.
pub(crate) fn detect_dialect(path: &Path, root: &Value) -> Result<Dialect, LoadError> {
    let fail = |pointer: &str, message: String| {
        Err(LoadError::UnknownDialect { path: path.to_path_buf(), pointer: pointer.to_owned(), message })
    };
    let Value::Object(map) = root else {
        let mut what = kind(root).to_owned();
        if let Value::String(s) = root {
            what = format!("a string (`{}`)", show(root));
            let start = s.trim_start();
            if start.starts_with('<') {
                return fail(
                    "",
                    format!(
                        "the document is {what}, which looks like HTML or XML, not a spec; download the spec \
                         again (an error page was probably saved instead)"
                    ),
                );
            }
        }
        return fail("", format!("the document is {what}, not an object; {SUPPORTED}"));
    };
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    if let Some(v) = map.get("openapi") {
        let version = text(v).unwrap_or_default();
        let minor = |m: &str| version == m || version.strip_prefix(m).is_some_and(|rest| rest.starts_with('.'));
        if minor("3.0") {
            return Ok(Dialect::OpenApi30);
        }
        if minor("3.1") {
            return Ok(Dialect::OpenApi31);
        }
        let hint = if version == "3" {
            "write the full version, e.g. `openapi: 3.0.3` or `openapi: 3.1.0`".to_owned()
        } else if version.starts_with("2") || version.starts_with("1") {
            "Swagger 2.0 is written `swagger: \"2.0\"` (not `openapi`)".to_owned()
        } else if text(v).is_none() {
            format!("the version must be a string; {SUPPORTED}")
        } else {
            format!("restgen supports OpenAPI 3.0 and 3.1 only; {SUPPORTED}")
        };
        return fail("/openapi", format!("found `openapi: {}`, which is not supported; {hint}", show(v)));
    }
    if let Some(v) = map.get("swagger") {
        if text(v).as_deref() == Some("2.0") {
            return Ok(Dialect::Swagger2);
        }
        let hint = match text(v).as_deref() {
            Some("2") => "write `swagger: \"2.0\"`".to_owned(),
            Some(v) if v.starts_with('1') => {
                "Swagger 1.x is not supported: convert the spec to Swagger 2.0 or OpenAPI 3 first".to_owned()
            }
            Some(v) if v.starts_with('3') => "OpenAPI 3 is written `openapi: 3.0.3` (not `swagger`)".to_owned(),
            _ => SUPPORTED.to_owned(),
        };
        return fail("/swagger", format!("found `swagger: {}`, which is not supported; {hint}", show(v)));
    }
    if let Some(v) = map.get("swaggerVersion") {
        return fail(
            "/swaggerVersion",
            format!(
                "found `swaggerVersion: {}`: this is a Swagger 1.x document, which is not supported; convert it \
                 to Swagger 2.0 or OpenAPI 3 first",
                show(v)
            ),
        );
    }
    if map.contains_key("asyncapi") {
        return fail(
            "/asyncapi",
            "this is an AsyncAPI document, not a REST API spec; {SUPPORTED}".replace("{SUPPORTED}", SUPPORTED),
        );
    }
    let hint = if map.contains_key("$schema") || map.contains_key("type") || map.contains_key("properties") {
        "this looks like a JSON Schema or a file of definitions, which is only usable through `$ref` from a spec; \
         pass the spec that references it"
    } else {
        "add `openapi: 3.0.3` (or `swagger: \"2.0\"`) at the top level"
    };
    fail("", format!("found neither `swagger` nor `openapi` at the top level; {hint}"))
}

/// A short rendering of a value for messages.
fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

/// "an array", "a string", … for messages.
pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null (empty)",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The part of a `$ref` before `#`.
pub(crate) fn file_part(reference: &str) -> &str {
    reference.split_once('#').map_or(reference, |(file, _)| file)
}

/// Turns the file part of a `$ref` into a path (relative or absolute), or says why it cannot be
/// loaded. `file:` URIs are local files; other URI schemes are not supported.
pub(crate) fn file_target(file: &str) -> Result<String, String> {
    let file = file.split_once('?').map_or(file, |(f, _)| f);
    match scheme(file) {
        None => Ok(file.to_owned()),
        Some(s) if s.eq_ignore_ascii_case("file") => {
            let rest = file.get(s.len() + 1..).unwrap_or_default();
            // `file:///abs` and `file://localhost/abs` → `/abs`; `file:rel` → `rel`.
            let rest = rest.strip_prefix("//localhost").or_else(|| rest.strip_prefix("//")).unwrap_or(rest);
            Ok(rest.to_owned())
        }
        Some(s) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
            Err("is remote; remote references are not supported: download the file and refer to it by a relative path"
                .into())
        }
        Some(s) => {
            Err(format!("uses URI scheme `{s}:`, which is not supported; refer to a local file by a relative path"))
        }
    }
}

/// The URI scheme of `s`, if it has one. One-letter "schemes" are Windows drive letters.
fn scheme(s: &str) -> Option<&str> {
    let (scheme, _) = s.split_once(':')?;
    let mut chars = scheme.chars();
    let ok = scheme.len() > 1
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    ok.then_some(scheme)
}

/// The file name as written, then percent-decoded if that differs (a `$ref` is a URI, but
/// authors rarely encode, so the literal name is tried first).
pub(crate) fn file_candidates(file: &str) -> Vec<std::borrow::Cow<'_, str>> {
    let mut out = vec![std::borrow::Cow::Borrowed(file)];
    if let Some(decoded) = pointer::percent_decode(file) {
        if decoded != file {
            out.push(decoded);
        }
    }
    out
}

/// Removes `.` and folds `dir/..` lexically, so that a document reached as `spec/../common/x.yaml`
/// is shown (and matched) as `common/x.yaml`. Leading `..` that cannot be folded stay.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut parts: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match parts.last() {
                Some(Component::Normal(_)) => {
                    parts.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => parts.push(c),
            },
            c => parts.push(c),
        }
    }
    if parts.is_empty() {
        return PathBuf::from(".");
    }
    parts.iter().collect()
}

/// Every `$ref` to another file in `root`, once per distinct file part, in document order.
///
/// Walks with an explicit stack (no recursion, so no stack overflow however deep the input),
/// and builds a pointer only for the `$ref`s it returns. A `$ref` counts only when its value is
/// a string: a schema property *named* `$ref` (under `properties`) has an object value.
fn external_refs(root: &Value) -> Vec<ExternalRef> {
    enum Seg<'a> {
        Key(&'a str),
        Index(usize),
    }
    struct Frame<'a> {
        value: &'a Value,
        depth: usize,
        seg: Option<Seg<'a>>,
        lenient: bool,
    }
    let mut out: Vec<ExternalRef> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut path: Vec<Seg> = Vec::new();
    let mut stack = vec![Frame { value: root, depth: 0, seg: None, lenient: false }];
    while let Some(frame) = stack.pop() {
        path.truncate(frame.depth.saturating_sub(1));
        if let Some(seg) = frame.seg {
            path.push(seg);
        }
        match frame.value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    let file = file_part(reference);
                    if !file.is_empty() {
                        let existing = seen.get(file).and_then(|&i| out.get_mut(i));
                        let record = match &existing {
                            None => true,
                            // A strict use of a file outranks a lenient one.
                            Some(e) => e.lenient && !frame.lenient,
                        };
                        if record {
                            let mut ptr = String::new();
                            for seg in &path {
                                match seg {
                                    Seg::Key(k) => pointer::push(&mut ptr, k),
                                    Seg::Index(i) => {
                                        ptr.push('/');
                                        ptr.push_str(&i.to_string());
                                    }
                                }
                            }
                            let r =
                                ExternalRef { reference: reference.to_string(), pointer: ptr, lenient: frame.lenient };
                            match existing {
                                Some(e) => *e = r,
                                None => {
                                    seen.insert(file, out.len());
                                    out.push(r);
                                }
                            }
                        }
                    }
                }
                // Reversed so that the stack pops children in file order.
                for (key, value) in map.iter().rev() {
                    if is_container(value) && !SKIPPED_KEYS.contains(&key) {
                        stack.push(Frame {
                            value,
                            depth: frame.depth + 1,
                            seg: Some(Seg::Key(key)),
                            lenient: frame.lenient || LENIENT_KEYS.contains(&key),
                        });
                    }
                }
            }
            Value::Array(items) => {
                for (i, value) in items.iter().enumerate().rev() {
                    if is_container(value) {
                        stack.push(Frame {
                            value,
                            depth: frame.depth + 1,
                            seg: Some(Seg::Index(i)),
                            lenient: frame.lenient,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn is_container(v: &Value) -> bool {
    matches!(v, Value::Object(_) | Value::Array(_))
}
