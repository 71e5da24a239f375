//! Type names: the spec's own where it has one, synthesized from context where it has
//! none, and made unique so every [`TypeId`](crate::ir::TypeId) names one type.
//!
//! Names stay recognisable (`microsoft.graph.call`, `ChatThread`, `ChatThreadTopic`): the
//! emitter applies Rust casing and strips dotted namespaces.

use crate::load::{Location, Spec};
use std::collections::HashSet;

/// Pointer segments that are schema keywords rather than names: a name is looked for
/// before them (`#/definitions/Pet/items` is still about `Pet`).
const KEYWORDS: &[&str] = &[
    "items",
    "additionalProperties",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "schema",
    "properties",
    "definitions",
    "schemas",
    "components",
];

/// Type ids handed out so far.
#[derive(Default)]
pub(super) struct Names {
    /// Normalized forms (lower case, letters, digits and dots only) of every id given out:
    /// `Error` and `error` would become the same Rust name, so they count as a clash.
    taken: HashSet<String>,
}

impl Names {
    /// `base` if free, else `base2`, `base3`, … (first free), and marks it taken.
    pub fn unique(&mut self, base: &str) -> String {
        let base = if base.is_empty() { "Type" } else { base };
        if self.taken.insert(normalize(base)) {
            return base.to_owned();
        }
        (2u32..)
            .map(|n| format!("{base}{n}"))
            .find(|candidate| self.taken.insert(normalize(candidate)))
            .unwrap_or_else(|| base.to_owned())
    }
}

/// The comparison key for clashes.
fn normalize(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric() || *c == '.').flat_map(char::to_lowercase).collect()
}

/// The spec's name for the schema at `loc`: the last pointer segment that is not an
/// index or a keyword, unescaped (`#/components/schemas/microsoft.graph.call` →
/// `microsoft.graph.call`); a whole-file schema is named after its file (`Pet.yaml` → `Pet`).
pub(super) fn key_name(spec: &Spec, loc: &Location) -> String {
    let found = loc
        .pointer
        .rsplit('/')
        .filter(|seg| !seg.is_empty())
        .map(unescape)
        .find(|seg| !seg.chars().all(|c| c.is_ascii_digit()) && !KEYWORDS.contains(&seg.as_str()));
    if let Some(name) = found {
        return name;
    }
    spec.docs
        .get(loc.doc.0)
        .and_then(|d| d.path.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "Type".to_owned())
}

/// A name for something the spec left unnamed: `parent` followed by `suffix` in
/// PascalCase, separators dropped (`ChatThread` + `@odata.type` → `ChatThreadOdataType`).
/// Dots in the suffix must go: the emitter reads dots as namespace separators.
pub(super) fn synth(parent: &str, suffix: &str) -> String {
    let mut out = String::with_capacity(parent.len() + suffix.len());
    out.push_str(parent);
    out.push_str(&pascal(suffix));
    out
}

/// `suffix` in PascalCase: split on anything not a letter or digit, first letter of each piece upper-cased.
pub(super) fn pascal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in text.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
        let mut chars = piece.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// RFC 6901 unescaping of one pointer segment.
pub(super) fn unescape(segment: &str) -> String {
    if segment.contains('~') {
        segment.replace("~1", "/").replace("~0", "~")
    } else {
        segment.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_suffixes_clashes_case_insensitively() {
        let mut names = Names::default();
        assert_eq!(names.unique("Error"), "Error");
        assert_eq!(names.unique("Error"), "Error2");
        assert_eq!(names.unique("error"), "error3");
        assert_eq!(names.unique("microsoft.graph.error"), "microsoft.graph.error");
    }

    #[test]
    fn synth_pascal_cases_the_suffix() {
        assert_eq!(synth("ChatThread", "@odata.type"), "ChatThreadOdataType");
        assert_eq!(synth("microsoft.graph.call", "resultInfo"), "microsoft.graph.callResultInfo");
        assert_eq!(synth("Op", "x-ms-foo_bar"), "OpXMsFooBar");
    }
}
