//! The state shared by every lowering step: the spec being read, the [`Api`] being built,
//! the memo tables that make `$ref`s lower once, and small helpers to read JSON.
//!
//! Everything borrows from the [`Spec`] (`&'s Value`): lowering never clones a spec value,
//! only the short strings it keeps in the IR.

use super::names::Names;
use super::polymorphism::SubtypeIndex;
use crate::ir::{Api, Diagnostic, Source, TypeId};
use crate::load::json::{Map, Value};
use crate::load::{Dialect, Location, Spec};
use std::collections::{HashMap, VecDeque};

/// Deepest nesting of inline schemas lowered before giving up (named types do not count:
/// they are memoized, so cycles through `$ref` terminate on their own).
pub(super) const MAX_DEPTH: u32 = 64;

/// The lowering in progress.
pub(super) struct Lowerer<'s> {
    /// The loaded documents.
    pub spec: &'s Spec,
    /// The result, filled step by step.
    pub api: Api,
    /// Type of the schema at a location, once lowered (named `$ref` targets and inline
    /// schemas that needed a name). Filled *before* the body is lowered so cycles stop.
    pub memo: HashMap<Location, TypeId>,
    /// Struct holding the own fields of a polymorphic base, by the base's location.
    pub base_structs: HashMap<Location, TypeId>,
    /// Enums named by `x-ms-enum.name`, with their wire values, so the same enum declared
    /// inline in many places is one type.
    pub enum_names: HashMap<String, (TypeId, Vec<String>)>,
    /// Type ids handed out so far.
    pub names: Names,
    /// Schemas that `allOf`-reference others, built the first time a polymorphic base is met.
    pub subtypes: Option<SubtypeIndex<'s>>,
    /// Named types reserved but not lowered yet, in the order they were reached. A queue
    /// rather than recursion: lowering a type never recurses into the types it references,
    /// so the stack stays shallow however long the chains of references are.
    pub pending: VecDeque<(Location, &'s Value, TypeId)>,
    /// Current inline nesting depth.
    pub depth: u32,
    /// Security requirement lists met on operations, for [`super::auth`]: where and what.
    pub op_security: Vec<(Location, &'s Value)>,
}

impl<'s> Lowerer<'s> {
    /// Starts an empty lowering of `spec`.
    pub fn new(spec: &'s Spec) -> Self {
        Lowerer {
            spec,
            api: Api::default(),
            memo: HashMap::new(),
            base_structs: HashMap::new(),
            enum_names: HashMap::new(),
            names: Names::default(),
            subtypes: None,
            pending: VecDeque::new(),
            depth: 0,
            op_security: Vec::new(),
        }
    }

    /// OpenAPI 3.x (as opposed to Swagger 2.0).
    pub fn oas3(&self) -> bool {
        self.spec.dialect != Dialect::Swagger2
    }

    /// The spec value at `at` (`None` when the pointer leads nowhere).
    pub fn get(&self, at: &Location) -> Option<&'s Value> {
        self.spec.get(at)
    }

    /// Where `at` is, for diagnostics and `TypeDef::source`.
    pub fn source(&self, at: &Location) -> Source {
        let file = match self.spec.docs.get(at.doc.0) {
            Some(doc) => doc.path.display().to_string(),
            None => String::new(),
        };
        Source { file, pointer: at.pointer.clone() }
    }

    /// Records a problem at `at`.
    pub fn diag(&mut self, at: &Location, message: impl Into<String>) {
        let source = self.source(at);
        self.api.diagnostics.push(Diagnostic { source, message: message.into() });
    }

    /// Follows `value`'s `$ref` when it has one (reporting a bad one and giving `None`);
    /// otherwise gives `value` back at `at`. Used for parameters, responses, bodies and
    /// path items, which may all be references.
    pub fn deref(&mut self, at: &Location, value: &'s Value) -> Option<(Location, &'s Value)> {
        match ref_of(value) {
            None => Some((at.clone(), value)),
            Some(reference) => match self.spec.resolve(at, reference) {
                Ok((loc, target)) => Some((loc, target)),
                Err(e) => {
                    self.diag(at, format!("cannot follow $ref '{reference}' ({e}); skipped"));
                    None
                }
            },
        }
    }
}

/// The `$ref` string of an object, if it has one.
pub(super) fn ref_of(v: &Value) -> Option<&str> {
    v.get("$ref").and_then(Value::as_str)
}

/// `v[key]` as a string.
pub(super) fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// `v[key]` as a boolean, `None` when absent or not a boolean.
pub(super) fn bool_of(v: &Value, key: &str) -> Option<bool> {
    v.get(key).and_then(Value::as_bool)
}

/// `v[key]` as an object.
pub(super) fn obj_of<'a>(v: &'a Value, key: &str) -> Option<&'a Map> {
    v.get(key).and_then(Value::as_object)
}

/// `v[key]` as an array (empty when absent).
pub(super) fn arr_of<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).unwrap_or(&[])
}

/// Doc text of a spec object: `description`, else `title`, else `summary`; trimmed, and
/// `None` when empty.
pub(super) fn describe(v: &Value) -> Option<String> {
    ["description", "title", "summary"].iter().find_map(|k| text(v, k))
}

/// `v[key]` as trimmed, non-empty text.
pub(super) fn text(v: &Value, key: &str) -> Option<String> {
    str_of(v, key).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
}

/// A JSON scalar as the text the IR keeps (strings unquoted, numbers and booleans as written).
pub(super) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}
