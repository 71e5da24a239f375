//! RFC 6901 JSON pointers, and the URI percent-decoding that `$ref` fragments need.
//!
//! A pointer is `""` (the whole document) or a sequence of `/token`s; inside a token `~0`
//! stands for `~` and `~1` for `/`. A `$ref` fragment is additionally a URI fragment, so
//! characters such as `{` may arrive percent-encoded (`%7B`).

use std::borrow::Cow;

/// Escapes one reference token (RFC 6901): `~` → `~0`, then `/` → `~1`.
///
/// `~` goes first so that the `~` of a freshly written `~1` is not escaped again.
pub(crate) fn escape(key: &str) -> String {
    if !key.contains(['~', '/']) {
        return key.to_owned();
    }
    key.replace('~', "~0").replace('/', "~1")
}

/// Appends `/` and the escaped `key` to `pointer`, without an intermediate allocation.
pub(crate) fn push(pointer: &mut String, key: &str) {
    pointer.push('/');
    for c in key.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// Unescapes one reference token: `~1` → `/`, `~0` → `~`, in a single left-to-right pass
/// (so `~01` is `~1`, not `/`).
///
/// A `~` followed by anything else is invalid per RFC 6901; it is kept as written, since
/// lookups of such tokens simply find nothing and the caller reports that.
pub(crate) fn unescape(token: &str) -> Cow<'_, str> {
    if !token.contains('~') {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.peek() {
                Some('0') => {
                    chars.next();
                    out.push('~');
                }
                Some('1') => {
                    chars.next();
                    out.push('/');
                }
                _ => out.push('~'),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The raw (still escaped) tokens of `pointer`; `None` when it is neither empty nor starts with `/`.
pub(crate) fn tokens(pointer: &str) -> Option<impl Iterator<Item = &str>> {
    let rest = if pointer.is_empty() { None } else { Some(pointer.strip_prefix('/')?) };
    Some(rest.into_iter().flat_map(|r| r.split('/')))
}

/// Parses `pointer` into unescaped tokens; `None` when it is neither empty nor starts with `/`.
#[allow(dead_code)] // For later stages that take pointers apart; load itself walks tokens lazily.
pub(crate) fn parse(pointer: &str) -> Option<Vec<String>> {
    Some(tokens(pointer)?.map(|t| unescape(t).into_owned()).collect())
}

/// Decodes `%XX` sequences (URI percent-encoding).
///
/// A `%` not followed by two hex digits is kept literally (hand-written `$ref`s are often
/// not strictly valid URIs). Returns `None` when the decoded bytes are not UTF-8.
pub(crate) fn percent_decode(s: &str) -> Option<Cow<'_, str>> {
    if !s.contains('%') {
        return Some(Cow::Borrowed(s));
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hi = bytes.get(i + 1).and_then(|&h| hex(h));
            let lo = bytes.get(i + 2).and_then(|&l| hex(l));
            if let (Some(hi), Some(lo)) = (hi, lo) {
                out.push(hi << 4 | lo);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8(out).ok().map(Cow::Owned)
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Parses an array index token: decimal digits without leading zeros (RFC 6901).
pub(crate) fn index(token: &str) -> Option<usize> {
    let ok =
        !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) && (token == "0" || !token.starts_with('0'));
    if ok {
        token.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_round_trips() {
        for key in ["plain", "a/b", "m~n", "~1", "/~/", "", "~01"] {
            assert_eq!(unescape(&escape(key)), key, "{key}");
        }
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        assert_eq!(unescape("~01"), "~1");
        assert_eq!(unescape("~2x~"), "~2x~");
        let mut p = String::new();
        push(&mut p, "/pets/{id}");
        assert_eq!(p, "/~1pets~1{id}");
    }

    #[test]
    fn parses_pointers() {
        assert_eq!(parse(""), Some(vec![]));
        assert_eq!(parse("/"), Some(vec![String::new()]));
        assert_eq!(parse("/a~1b/0/m~0n"), Some(vec!["a/b".into(), "0".into(), "m~n".into()]));
        assert_eq!(parse("a/b"), None);
    }

    #[test]
    fn percent_decodes() {
        assert_eq!(percent_decode("~1pets%7Bid%7D").as_deref(), Some("~1pets{id}"));
        assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
        assert_eq!(percent_decode("%zz%4").as_deref(), Some("%zz%4"));
        assert_eq!(percent_decode("%C3%A9").as_deref(), Some("é"));
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn parses_indices() {
        assert_eq!(index("0"), Some(0));
        assert_eq!(index("12"), Some(12));
        assert_eq!(index("01"), None);
        assert_eq!(index("-"), None);
        assert_eq!(index("+1"), None);
        assert_eq!(index(""), None);
        assert_eq!(index("99999999999999999999999"), None);
    }
}
