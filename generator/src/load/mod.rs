//! Load: read spec documents (JSON or YAML) and every document they reference, and
//! resolve `$ref`s between them.
//!
//! This stage knows files, text formats and JSON pointers. It does not interpret what a
//! document means (that is `lower`'s job); it only tells which spec dialect the root is.

mod error;
pub mod json;
mod loader;
mod parse;
pub(crate) mod pointer;
mod shape;
#[cfg(test)]
mod tests;

pub use error::{LoadError, LoadWarning};

use json::Value;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// The spec dialect of a root document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `swagger: "2.0"`.
    Swagger2,
    /// `openapi: 3.0.x`.
    OpenApi30,
    /// `openapi: 3.1.x`.
    OpenApi31,
}

/// Index of a document in a [`Spec`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocId(pub usize);

/// A place in a loaded document: which document, and the JSON pointer inside it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    /// The document.
    pub doc: DocId,
    /// RFC 6901 pointer (`""` is the root, `/paths/~1pets/get` a nested node).
    pub pointer: String,
}

impl Location {
    /// The location of child `key` (an object key or array index) below this one,
    /// escaping `~` and `/` as RFC 6901 requires.
    pub fn child(&self, key: &str) -> Location {
        Location { doc: self.doc, pointer: format!("{}/{}", self.pointer, pointer::escape(key)) }
    }
}

/// One parsed document.
#[derive(Debug)]
pub struct Document {
    /// Path as given (root), or as reached through `$ref`: the referencing document's folder
    /// joined with the `$ref`'s file part, `.` and `dir/..` folded (`api/../common/x.yaml` is
    /// `common/x.yaml`). Readable in messages; identity is by canonical path while loading.
    pub path: PathBuf,
    /// Parsed content; YAML is converted to the same JSON value model, keys in file order.
    pub root: Value,
}

/// A root document plus every document it references, transitively.
#[derive(Debug)]
pub struct Spec {
    /// Dialect of the root document.
    pub dialect: Dialect,
    /// Documents; index 0 is the root.
    pub docs: Vec<Document>,
}

impl Spec {
    /// Loads `path` and every file reachable from it through `$ref`.
    ///
    /// Fails with a [`LoadError`] naming the file (and line/column or JSON pointer) when a
    /// file cannot be read or parsed, when the root is not Swagger 2.0 / OpenAPI 3.0 / 3.1,
    /// when its `paths` is not an object, or when a `$ref` names a file that does not exist.
    /// Other shape problems are [`Spec::warnings`]. Dangling pointers inside a loaded
    /// file are reported later, by [`Spec::resolve`], so that one bad `$ref` does not stop
    /// everything else from generating.
    ///
    /// Text starting with `{` or `[` is JSON, anything else YAML (keys that YAML reads as
    /// numbers or booleans, like `200:`, become strings as written). Every string `$ref` with
    /// a file part is followed, relative to the folder of the document it is written in, and
    /// each file is loaded once (however it is spelled, and even when files reference each
    /// other). Remote (`http(s)://`) references are refused. `$ref`s under `x-ms-examples` are
    /// not followed, and those under `example` / `examples` are followed only if the file is
    /// there: example files are often left out of copies of a spec and never shape the code.
    pub fn load(path: &Path) -> Result<Spec, LoadError> {
        loader::load(path)
    }

    /// Shape problems of the root document that do not stop generation, in document order:
    /// fields of the wrong type (`parameters` as a mapping, `type: 5`, `responses: "200"`), a
    /// `$ref` that is not a string, an unknown HTTP method, a path parameter without
    /// `required: true`, an array schema without `items`, an operation without responses.
    /// The later stages ignore (or read leniently) what is reported here.
    pub fn warnings(&self) -> Vec<LoadWarning> {
        match self.docs.first() {
            Some(root) => shape::warnings(&root.path, self.dialect, &root.root),
            None => Vec::new(),
        }
    }

    /// The root document's location.
    pub fn root(&self) -> Location {
        Location { doc: DocId(0), pointer: String::new() }
    }

    /// The value at `at`, or `None` when the pointer leads nowhere.
    ///
    /// The pointer is RFC 6901 (`~1` is `/`, `~0` is `~`, array indices are decimal). A token
    /// that matches no key is also tried percent-decoded, so the fragment of a `$ref` works
    /// as written (`/paths/~1pets%7Bid%7D`).
    pub fn get(&self, at: &Location) -> Option<&Value> {
        let doc = self.docs.get(at.doc.0)?;
        walk(&doc.root, &at.pointer, None).ok()
    }

    /// Follows `reference` (a `$ref` string such as `#/definitions/Pet`, `other.yaml#/Pet`
    /// or `other.json`) written in the document of `from`. Follows chains of `$ref`-only
    /// objects to the final target, and fails with [`LoadError::RefCycle`] instead of looping.
    ///
    /// Returns the final target's location and value.
    ///
    /// A file part is relative to the folder of `from`'s document; an empty one means that
    /// document. The fragment is a percent-encoded JSON pointer (or empty: the whole file).
    /// A target is followed further when it is an object with a string `$ref` and otherwise
    /// only annotations (`description`, `summary`, `title`, `example(s)`, `readOnly`,
    /// `nullable`, `x-*`, …); a target with structural siblings (`type`, `properties`,
    /// `allOf`, …) is returned as is, since the siblings mean something.
    ///
    /// The returned pointer is normalized: escaped as RFC 6901 requires and not
    /// percent-encoded, so one node always has one [`Location`] (usable as a map key).
    ///
    /// Errors ([`LoadError::BadRef`]) name the file and pointer where the failing `$ref` is
    /// written, which for chains is the last link, not `from`.
    pub fn resolve(&self, from: &Location, reference: &str) -> Result<(Location, &Value), LoadError> {
        let mut at = Cow::Borrowed(from);
        let mut current = reference;
        let mut chain = Vec::new();
        let mut followed: Vec<Location> = Vec::new();
        loop {
            chain.push(current);
            let (target, value) = self.resolve_one(&at, current)?;
            if followed.contains(&target) {
                return Err(LoadError::RefCycle {
                    path: self.path(from.doc).to_path_buf(),
                    pointer: from.pointer.clone(),
                    chain: chain.join(" -> "),
                });
            }
            match ref_only(value) {
                Some(next) => {
                    followed.push(target.clone());
                    at = Cow::Owned(target);
                    current = next;
                }
                None => return Ok((target, value)),
            }
        }
    }

    /// File path of a document, for messages.
    ///
    /// A [`DocId`] not from this spec gets a placeholder rather than a panic, since this
    /// is mostly called while reporting another problem.
    pub fn path(&self, doc: DocId) -> &Path {
        self.docs.get(doc.0).map_or(Path::new("<unknown document>"), |d| &d.path)
    }

    /// One step of [`Spec::resolve`]: the target of `reference` written at `at`, not followed further.
    fn resolve_one(&self, at: &Location, reference: &str) -> Result<(Location, &Value), LoadError> {
        let bad = |message: String| LoadError::BadRef {
            path: self.path(at.doc).to_path_buf(),
            pointer: at.pointer.clone(),
            reference: reference.to_owned(),
            message,
        };
        let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let doc = if file.is_empty() { at.doc } else { DocId(self.find_doc(at.doc, file).map_err(bad)?) };
        let Some(document) = self.docs.get(doc.0) else {
            return Err(bad("is written in a document that is not part of this spec".into()));
        };
        if !fragment.is_empty() && !fragment.starts_with('/') {
            return Err(bad(format!(
                "has fragment `#{fragment}`, which is not a JSON pointer; write `#/` and the path, \
                 like `#/definitions/Pet` (named anchors are not supported)"
            )));
        }
        let decoded = pointer::percent_decode(fragment).unwrap_or(Cow::Borrowed(fragment));
        let mut canon = String::new();
        let miss = match walk(&document.root, &decoded, Some(&mut canon)) {
            Ok(value) => return Ok((Location { doc, pointer: canon }, value)),
            Err(miss) => miss,
        };
        // A hand-written `%` that was not meant as an escape: try the fragment as written.
        if decoded != fragment {
            canon.clear();
            if let Ok(value) = walk(&document.root, fragment, Some(&mut canon)) {
                return Ok((Location { doc, pointer: canon }, value));
            }
        }
        let mut message = format!("points to nothing: {}", miss.describe(&decoded));
        if doc != at.doc {
            message.push_str(&format!(" in `{}`", document.path.display()));
        }
        Err(bad(message))
    }

    /// The loaded document that `file` (the file part of a `$ref` written in `from`) names.
    ///
    /// Documents are matched by normalized path first (no file system access); a file reached
    /// under another spelling (e.g. through a symlink) is matched by canonical path.
    fn find_doc(&self, from: DocId, file: &str) -> Result<usize, String> {
        let file = loader::file_target(file)?;
        let base = self.path(from).parent().unwrap_or(Path::new(""));
        let candidates = loader::file_candidates(&file);
        let targets: Vec<PathBuf> = candidates.iter().map(|c| loader::normalize(&base.join(&**c))).collect();
        for target in &targets {
            let found = self.docs.iter().position(|d| d.path == *target || loader::normalize(&d.path) == *target);
            if let Some(i) = found {
                return Ok(i);
            }
        }
        for candidate in &candidates {
            if let Ok(real) = std::fs::canonicalize(base.join(&**candidate)) {
                let same = |d: &Document| std::fs::canonicalize(&d.path).is_ok_and(|p| p == real);
                if let Some(i) = self.docs.iter().position(same) {
                    return Ok(i);
                }
            }
        }
        let shown = targets.first().map(|t| t.display().to_string()).unwrap_or_default();
        if candidates.iter().any(|c| base.join(&**c).exists()) {
            Err(format!(
                "names file `{shown}`, which was not loaded (it is referenced only from examples, or could not be parsed)"
            ))
        } else {
            Err(format!("names file `{shown}`, which does not exist"))
        }
    }
}

/// Keys that may sit next to `$ref` without changing what it points to: documentation,
/// examples and flags that a generator reads from the referring object, if at all.
const ANNOTATIONS: [&str; 13] = [
    "description",
    "summary",
    "title",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "default",
    "externalDocs",
    "$comment",
    "$schema",
];

/// The `$ref` of an object that is only a reference (plus annotations), else `None`.
fn ref_only(value: &Value) -> Option<&str> {
    let map = value.as_object()?;
    let reference = map.get("$ref")?.as_str()?;
    let only_ref = map.keys().all(|k| k == "$ref" || k.starts_with("x-") || ANNOTATIONS.contains(&k));
    only_ref.then_some(reference)
}

/// Why a pointer leads nowhere.
#[derive(Debug)]
struct Miss {
    /// How many tokens were followed before the failing one.
    depth: usize,
    /// The failing token, unescaped.
    token: String,
    kind: MissKind,
}

#[derive(Debug)]
enum MissKind {
    /// The pointer is neither empty nor starts with `/`.
    NotPointer,
    /// An object without that key.
    NoKey,
    /// An array, and the token is not an index.
    NotIndex,
    /// An array with fewer items.
    OutOfRange(usize),
    /// A scalar of the given kind.
    Scalar(&'static str),
}

impl Miss {
    /// Says what is missing where, e.g. "no `Pet` under `/definitions`".
    fn describe(&self, pointer: &str) -> String {
        let prefix: Vec<&str> = pointer::tokens(pointer).into_iter().flatten().take(self.depth).collect();
        let under =
            if prefix.is_empty() { "at the top level".to_owned() } else { format!("under `/{}`", prefix.join("/")) };
        let token = &self.token;
        match self.kind {
            MissKind::NotPointer => format!("`{pointer}` is not a JSON pointer"),
            MissKind::NoKey => format!("no `{token}` {under}"),
            MissKind::NotIndex => format!("`{token}` is not an array index {under}"),
            MissKind::OutOfRange(len) => format!("no item {token} {under}, which has {len} items"),
            MissKind::Scalar(kind) => format!("no `{token}` {under}, which is {kind}"),
        }
    }
}

/// Follows `pointer` from `root`, iteratively. When `canon` is given, the normalized pointer
/// of the target (each matched key re-escaped) is appended to it.
fn walk<'v>(root: &'v Value, pointer: &str, mut canon: Option<&mut String>) -> Result<&'v Value, Miss> {
    let miss = |depth, token: &str, kind| Miss { depth, token: token.to_owned(), kind };
    let tokens = pointer::tokens(pointer).ok_or_else(|| miss(0, "", MissKind::NotPointer))?;
    let mut current = root;
    for (depth, raw) in tokens.enumerate() {
        let token = pointer::unescape(raw);
        current = match current {
            Value::Object(map) => {
                let found = map.get_key_value(token.as_ref()).or_else(|| {
                    let decoded = pointer::percent_decode(&token)?;
                    if decoded == token {
                        return None;
                    }
                    map.get_key_value(decoded.as_ref())
                });
                let (key, value) = found.ok_or_else(|| miss(depth, &token, MissKind::NoKey))?;
                if let Some(c) = canon.as_deref_mut() {
                    pointer::push(c, key);
                }
                value
            }
            Value::Array(items) => {
                let i = pointer::index(&token).ok_or_else(|| miss(depth, &token, MissKind::NotIndex))?;
                let value = items.get(i).ok_or_else(|| miss(depth, &token, MissKind::OutOfRange(items.len())))?;
                if let Some(c) = canon.as_deref_mut() {
                    c.push('/');
                    c.push_str(&i.to_string());
                }
                value
            }
            scalar => return Err(miss(depth, &token, MissKind::Scalar(loader::kind(scalar)))),
        };
    }
    Ok(current)
}
