//! Load: read spec documents (JSON or YAML) and every document they reference, and
//! resolve `$ref`s between them.
//!
//! This stage knows files, text formats and JSON pointers. It does not interpret what a
//! document means (that is `lower`'s job); it only tells which spec dialect the root is.

mod error;
mod pointer;

pub use error::LoadError;

use serde_json::Value;
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
    /// Path as given (root) or as reached through `$ref` (relative to the root's folder when possible).
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
    /// or when a `$ref` names a file that does not exist. Dangling pointers inside a loaded
    /// file are reported later, by [`Spec::resolve`], so that one bad `$ref` does not stop
    /// everything else from generating.
    pub fn load(path: &Path) -> Result<Spec, LoadError> {
        todo!("{}", path.display())
    }

    /// The root document's location.
    pub fn root(&self) -> Location {
        Location { doc: DocId(0), pointer: String::new() }
    }

    /// The value at `at`, or `None` when the pointer leads nowhere.
    pub fn get(&self, at: &Location) -> Option<&Value> {
        todo!("{at:?}")
    }

    /// Follows `reference` (a `$ref` string such as `#/definitions/Pet`, `other.yaml#/Pet`
    /// or `other.json`) written in the document of `from`. Follows chains of `$ref`-only
    /// objects to the final target, and fails with [`LoadError::RefCycle`] instead of looping.
    ///
    /// Returns the final target's location and value.
    pub fn resolve(&self, from: &Location, reference: &str) -> Result<(Location, &Value), LoadError> {
        todo!("{from:?} {reference}")
    }

    /// File path of a document, for messages.
    pub fn path(&self, doc: DocId) -> &Path {
        &self.docs[doc.0].path
    }
}
