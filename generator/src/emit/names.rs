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

    /// Claims `name` exactly, if it is free.
    pub fn try_claim(&mut self, name: &str) -> bool {
        self.taken.insert(name.to_owned())
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

/// Rust type names for the spec's type names, in the same order as `names`.
///
/// A type is named after the last dotted segment of its own name, UpperCamel-cased
/// (`microsoft.graph.user` → `User`, `io.k8s.api.core.v1.Pod` → `Pod`,
/// `Azure.Core.Foundations.Error` → `Error`), so its name does not depend on which other
/// types exist. Only types whose short names are equal after casing collide. Of those, the
/// least qualified keeps the short name: the one with the fewest segments (the document's
/// own `Error` over `Azure.Core.Foundations.Error`, Graph's `microsoft.graph.session` over
/// `microsoft.graph.callRecords.session`), then the shortest (`terminal.location` over
/// `deleted_terminal.location`, `core.v1.Event` over `events.v1.Event`), then the one that
/// sorts first (`a.Pet` over `b.Pet`); the order of `names` (in which the operations happen
/// to reach the types) plays no part. Each other one is qualified by its namespace up to the
/// segment where it differs from the one that kept the name (`CallRecordsSession`,
/// `DeletedTerminalLocation`, `EventsV1Event`, `V1beta1Pod` beside `v1.Pod`), by more of it
/// if that is taken, and last by a number. A short name in `reserved` is qualified the same
/// way.
///
/// So adding a schema renames an existing type only when the new one takes the existing
/// one's short name by that precedence, or the name it was qualified against.
pub fn type_names<'a>(names: impl Iterator<Item = &'a str>, reserved: &[&str]) -> Vec<String> {
    let names: Vec<&str> = names.collect();
    let segments: Vec<Vec<&str>> = names.iter().map(|n| n.split('.').filter(|s| !s.is_empty()).collect()).collect();
    let tail = |i: usize, len: usize| -> String {
        let segs = &segments[i];
        camel(&segs[segs.len().saturating_sub(len)..].join("."))
    };
    // The `k`-th segment from the end (1 is the last), as cased.
    let segment = |i: usize, k: usize| segments[i].len().checked_sub(k).map(|at| camel(segments[i][at]));
    // Precedence: fewer segments, then the shorter name, then the name itself (segment by
    // segment, then as written).
    let mut order: Vec<usize> = (0..segments.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| (segments[i].len(), names[i].len(), &segments[i], names[i]);
        key(a).cmp(&key(b))
    });
    let mut scope = Scope::with_reserved(reserved);
    let mut out = vec![String::new(); segments.len()];
    // Every short name goes to the first that wants it before any type is qualified, so a
    // type with a short name of its own keeps it whatever the others are qualified as.
    let mut holder = std::collections::HashMap::new();
    let mut qualified = Vec::new();
    for &i in &order {
        let short = tail(i, 1);
        if scope.try_claim(&short) {
            holder.insert(short.clone(), i);
            out[i] = short;
        } else {
            qualified.push(i);
        }
    }
    for i in qualified {
        let first_difference = match holder.get(&tail(i, 1)) {
            Some(&h) => (2..=segments[i].len()).find(|&k| segment(i, k) != segment(h, k)),
            None => Some(2),
        };
        let free = first_difference
            .and_then(|from| (from..=segments[i].len()).map(|k| tail(i, k)).find(|name| scope.try_claim(name)));
        out[i] = free.unwrap_or_else(|| scope.claim(&tail(i, segments[i].len())).0);
    }
    out
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
    fn dotted_type_names_keep_their_last_segment() {
        let names =
            ["microsoft.graph.callRecords.session", "microsoft.graph.session", "Azure.Core.Foundations.Error", "Error"];
        let out = type_names(names.iter().copied(), &[]);
        assert_eq!(out, ["CallRecordsSession", "Session", "FoundationsError", "Error"]);
        // Alone, each keeps its last segment.
        for name in names {
            let last = name.rsplit('.').next().unwrap();
            assert_eq!(type_names([name].into_iter(), &[]), [camel(last)]);
        }
    }

    #[test]
    fn collisions_do_not_depend_on_order_or_on_other_names() {
        let names =
            ["io.k8s.api.core.v1beta1.Pod", "b.Pet", "io.k8s.api.core.v1.Pod", "a.Pet", "x.v1beta1.Pod", "BPet2"];
        let out = type_names(names.iter().copied(), &[]);
        // The shortest name wins (`x.v1beta1.Pod`); `b.Pet` and `BPet2` keep theirs.
        assert_eq!(out, ["CoreV1beta1Pod", "BPet", "V1Pod", "Pet", "Pod", "BPet2"]);
        let reversed: Vec<String> = type_names(names.iter().rev().copied(), &[]).into_iter().rev().collect();
        assert_eq!(reversed, out);
        // Qualified where they differ from the type that kept the name.
        let names = ["io.k8s.api.events.v1.Event", "io.k8s.api.core.v1.Event", "io.k8s.api.core.v1beta1.Event"];
        assert_eq!(type_names(names.into_iter(), &[]), ["EventsV1Event", "Event", "V1beta1Event"]);
        let names = ["deleted_terminal.location", "terminal.location"];
        assert_eq!(type_names(names.into_iter(), &[]), ["DeletedTerminalLocation", "Location"]);
        // Only the collision group matters: unrelated names leave the rest alone.
        assert_eq!(type_names(["a.Pet", "b.Pet", "c.Owner"].into_iter(), &[]), ["Pet", "BPet", "Owner"]);
        // Qualified names that are taken fall back to a number.
        assert_eq!(type_names(["a.Pet", "b.Pet", "BPet"].into_iter(), &[]), ["Pet", "BPet2", "BPet"]);
    }

    #[test]
    fn reserved_names_are_qualified() {
        let out = type_names(["microsoft.graph.result", "Option", "Result"].into_iter(), PRELUDE);
        assert_eq!(out, ["GraphResult", "Option2", "Result2"]);
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
