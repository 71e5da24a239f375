//! Rust names for the spec's names: casing by `heck`, keywords escaped, collisions
//! resolved deterministically (by suffixing in first-come order).

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};
use std::collections::HashSet;

/// Words that cannot be plain identifiers. `r#` works for all but the last group.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false", "fn", "for", "gen",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct",
    "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];
/// Names generated code uses unqualified (std prelude types and traits, `Self`): a model
/// named like one of them would shadow it, so models get a suffix instead.
pub const PRELUDE: &[&str] = &[
    "Self",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "From",
    "Into",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "Iterator",
    "ToString",
    "ToOwned",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
];
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Keeps only characters valid in an identifier, turning the rest into word breaks, so
/// that `@odata.type` becomes `odata type` before casing.
fn words(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect::<String>()
}

/// `snake_case` identifier text (no `r#`), never empty, never starting with a digit.
pub fn snake(name: &str) -> String {
    let mut out = words(name).to_snake_case();
    if out.is_empty() {
        out = "value".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// `UpperCamelCase` identifier text, never empty, never starting with a digit.
pub fn camel(name: &str) -> String {
    let mut out = words(name).to_upper_camel_case();
    if out.is_empty() {
        out = "Value".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// An identifier token for `text`, raw (`r#type`) where it is a keyword.
pub fn ident(text: &str) -> Ident {
    if NOT_RAW.contains(&text) {
        Ident::new(&format!("{text}_"), Span::call_site())
    } else if KEYWORDS.contains(&text) {
        Ident::new_raw(text, Span::call_site())
    } else {
        Ident::new(text, Span::call_site())
    }
}

/// Hands out unique names within one scope (a module, a struct's fields, an enum's variants).
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope { taken: reserved.iter().map(|name| name.to_string()).collect() }
    }

    /// `wanted`, or `wanted2`, `wanted3`… when taken. Returns the name and whether it changed.
    pub fn claim(&mut self, wanted: &str) -> (String, bool) {
        self.claim_with(wanted, &[])
    }

    /// Like [`claim`](Self::claim), for a name that comes with `twins` (suffixes, as
    /// `_from_link`): the first candidate that is free together with all its twins; claims them all.
    pub fn claim_with(&mut self, wanted: &str, twins: &[&str]) -> (String, bool) {
        let sep = if wanted.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
        for n in 1.. {
            let candidate = if n == 1 { wanted.to_owned() } else { format!("{wanted}{sep}{n}") };
            let free = |name: &String| !self.taken.contains(name);
            if free(&candidate) && twins.iter().all(|twin| free(&format!("{candidate}{twin}"))) {
                for twin in twins {
                    self.taken.insert(format!("{candidate}{twin}"));
                }
                self.taken.insert(candidate.clone());
                return (candidate, n > 1);
            }
        }
        unreachable!("some suffix is free")
    }
}

/// Rust type names for dotted spec names (`microsoft.graph.callRecords.session`): the
/// shortest dotted suffix that is unique among `names`, camel-cased. Names that still
/// collide after casing get numeric suffixes in input order.
pub fn type_names<'a>(names: impl Iterator<Item = &'a str>, reserved: &[&str]) -> Vec<String> {
    let segments: Vec<Vec<&str>> = names.map(|n| n.split('.').filter(|s| !s.is_empty()).collect()).collect();
    unique_suffixes(&segments, camel, reserved)
}

/// For each list of segments, the shortest tail (joined by `.`, then cased by `case`) that
/// no other list shares; remaining ties are broken by numeric suffixes in input order.
fn unique_suffixes(segments: &[Vec<&str>], case: fn(&str) -> String, reserved: &[&str]) -> Vec<String> {
    let suffix = |segs: &[&str], len: usize| -> String { case(&segs[segs.len().saturating_sub(len)..].join(".")) };
    let mut lengths = vec![1usize; segments.len()];
    let mut suffixes: Vec<String> = segments.iter().map(|segs| suffix(segs, 1)).collect();
    // Every shared suffix that can grow grows by a segment, all at once, until none can;
    // only the grown ones are cased again.
    loop {
        let mut counts = std::collections::HashMap::<&str, usize>::with_capacity(suffixes.len());
        for suffix in &suffixes {
            *counts.entry(suffix.as_str()).or_default() += 1;
        }
        let grow: Vec<usize> = (0..segments.len())
            .filter(|&i| counts[suffixes[i].as_str()] > 1 && lengths[i] < segments[i].len())
            .collect();
        if grow.is_empty() {
            break;
        }
        for i in grow {
            lengths[i] += 1;
            suffixes[i] = suffix(&segments[i], lengths[i]);
        }
    }
    let mut scope = Scope::with_reserved(reserved);
    suffixes.iter().map(|suffix| scope.claim(suffix).0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casing_and_keywords() {
        assert_eq!(snake("@odata.nextLink"), "odata_next_link");
        assert_eq!(snake("createdOn"), "created_on");
        assert_eq!(snake("$top"), "top");
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(camel("cancelMediaProcessing"), "CancelMediaProcessing");
        assert_eq!(camel("-INF"), "Inf");
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
        assert_eq!(ident("name").to_string(), "name");
    }

    #[test]
    fn dotted_type_names_use_shortest_unique_suffix() {
        let names =
            ["microsoft.graph.session", "microsoft.graph.callRecords.session", "Azure.Core.Foundations.Error", "Error"];
        let out = type_names(names.iter().copied(), &[]);
        assert_eq!(out, ["GraphSession", "CallRecordsSession", "FoundationsError", "Error"]);
    }

    #[test]
    fn scope_suffixes_collisions() {
        let mut scope = Scope::with_reserved(&["Unknown"]);
        assert_eq!(scope.claim("Unknown").0, "Unknown2");
        assert_eq!(scope.claim("V1").0, "V1");
        assert_eq!(scope.claim("V1").0, "V1_2");
    }

    #[test]
    fn twins_are_claimed_together() {
        let mut scope = Scope::with_reserved(&["list_request"]);
        assert_eq!(scope.claim_with("list", &["_from_link", "_request"]), ("list2".to_owned(), true));
        assert_eq!(scope.claim("list2_from_link"), ("list2_from_link2".to_owned(), true));
        assert_eq!(scope.claim("list"), ("list".to_owned(), false));
    }
}
