//! Doc comments from spec prose. Spec text is Markdown-ish but written for other tools, so
//! it is made safe for rustdoc: no accidental doctests, links or HTML tags.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` attributes for `text`, one per line, or nothing when `text` is empty.
pub fn doc(text: Option<&str>) -> TokenStream {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return TokenStream::new();
    };
    let lines = sanitize(text).into_iter().map(|line| format!(" {line}"));
    quote! { #(#[doc = #lines])* }
}

/// Inner `#![doc = "..."]` attributes (module docs) for `text`.
pub fn inner_doc(text: Option<&str>) -> TokenStream {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return TokenStream::new();
    };
    let lines = sanitize(text).into_iter().map(|line| format!(" {line}"));
    quote! { #(#![doc = #lines])* }
}

/// Doc attributes for `text`, falling back to `fallback` when the spec says nothing,
/// so every public item is documented.
pub fn doc_or(text: Option<&str>, fallback: &str) -> TokenStream {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => doc(Some(text)),
        None => doc(Some(fallback)),
    }
}

/// The first line of `text`, made safe for rustdoc (for list items such as argument docs).
pub fn first_line(text: &str) -> String {
    escape_line(text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or(""))
}

/// Rewrites prose line by line: leading indentation dropped (it would start a code block,
/// i.e. a doctest), code fences marked `text`, brackets and angle brackets escaped, bare
/// URLs wrapped in `<…>`. Emphasis (`*italic*`, `**bold**`) and lists are kept: they render
/// as the spec's author meant.
fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("```") {
            in_fence = !in_fence;
            let _ = rest;
            out.push(if in_fence { "```text".to_owned() } else { "```".to_owned() });
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
        } else {
            out.push(escape_line(line));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    out
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.starts_with("http://") || word.starts_with("https://") {
            let url: String = word.chars().filter(|c| !matches!(c, '<' | '>' | '`')).collect();
            let trimmed = url.trim_end_matches(['.', ',', ';', ')', ':']);
            out.push('<');
            out.push_str(trimmed);
            out.push('>');
            out.push_str(&url[trimmed.len()..]);
            continue;
        }
        for c in word.chars() {
            match c {
                '[' | ']' | '<' | '>' | '\\' | '#' => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_that_rustdoc_would_misread() {
        assert_eq!(
            sanitize("See https://example.com/x. Use [a] <b>\n    indented"),
            ["See <https://example.com/x>. Use \\[a\\] \\<b\\>", "indented"]
        );
        assert_eq!(sanitize("```\nfn x() {}\n"), ["```text", "fn x() {}", "```"]);
    }

    #[test]
    fn keeps_emphasis_and_lists() {
        assert_eq!(sanitize("Steps:\n1. **bold** and *italic*\n- item"), ["Steps:", "1. **bold** and *italic*", "- item"]);
    }
}
