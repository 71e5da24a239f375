//! Path templates → [`PathSegment`]s, including OData function segments.
//!
//! `/users/{id}/getAllRecordings(meetingOrganizerUserId='{org}',startDateTime={start})`
//! has a plain parameter (`{id}`) and two OData function parameters (inside the
//! parentheses). The single quotes around an OData parameter are dropped: the emitter
//! writes the value as an OData literal, quoting strings itself.
//!
//! Graph's split files write function parameters as aliases instead
//! (`(meetingOrganizerUserId='@meetingOrganizerUserId')`, with a query parameter of the
//! same name). [`Piece::Alias`] lets the operation turn such an alias into an OData
//! parameter when the operation declares it, which is what the service expects on the wire.

use crate::ir::PathSegment;

/// One piece of a parsed template, before aliases are settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    /// Text sent as is.
    Literal(String),
    /// `{name}` outside parentheses.
    Param(String),
    /// `{name}` inside an OData function's parentheses (quotes already dropped).
    OData(String),
    /// An `@name` alias inside parentheses; `raw` is the text as written (quotes included).
    Alias {
        /// The alias without `@` or quotes.
        name: String,
        /// The text to keep when the alias stays literal.
        raw: String,
    },
}

/// Splits a path template into pieces.
pub(super) fn parse(template: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut depth = 0usize;
    let mut rest = template;
    while let Some(c) = rest.chars().next() {
        match c {
            '{' => {
                let Some(end) = rest.find('}') else {
                    literal.push_str(rest);
                    break;
                };
                let name = rest[1..end].trim().to_owned();
                rest = &rest[end + 1..];
                if depth > 0 {
                    if literal.ends_with('\'') && rest.starts_with('\'') {
                        literal.pop();
                        rest = &rest[1..];
                    }
                    flush(&mut literal, &mut pieces);
                    pieces.push(Piece::OData(name));
                } else {
                    flush(&mut literal, &mut pieces);
                    pieces.push(Piece::Param(name));
                }
                continue;
            }
            '@' if depth > 0 && (literal.ends_with('=') || literal.ends_with("='")) => {
                let len = rest[1..]
                    .find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '-'))
                    .map_or(rest.len() - 1, |i| i);
                let name = rest[1..1 + len].to_owned();
                let mut raw = format!("@{name}");
                rest = &rest[1 + len..];
                if literal.ends_with('\'') && rest.starts_with('\'') {
                    literal.pop();
                    rest = &rest[1..];
                    raw = format!("'{raw}'");
                }
                flush(&mut literal, &mut pieces);
                pieces.push(Piece::Alias { name, raw });
                continue;
            }
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '/' => depth = 0,
            _ => {}
        }
        literal.push(c);
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut literal, &mut pieces);
    pieces
}

fn flush(literal: &mut String, pieces: &mut Vec<Piece>) {
    if !literal.is_empty() {
        pieces.push(Piece::Literal(std::mem::take(literal)));
    }
}

/// Turns settled pieces into IR segments, joining adjacent literals. An alias still left
/// (no declared parameter claimed it) stays literal text.
pub(super) fn segments(pieces: Vec<Piece>) -> Vec<PathSegment> {
    let mut out: Vec<PathSegment> = Vec::with_capacity(pieces.len());
    let push_literal = |out: &mut Vec<PathSegment>, text: String| match out.last_mut() {
        Some(PathSegment::Literal(prev)) => prev.push_str(&text),
        _ => out.push(PathSegment::Literal(text)),
    };
    for piece in pieces {
        match piece {
            Piece::Literal(text) => push_literal(&mut out, text),
            Piece::Param(name) => out.push(PathSegment::Param(name)),
            Piece::OData(name) => out.push(PathSegment::ODataParam(name)),
            Piece::Alias { raw, .. } => push_literal(&mut out, raw),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use PathSegment::{Literal, ODataParam, Param};

    fn lit(s: &str) -> PathSegment {
        Literal(s.to_owned())
    }

    #[test]
    fn plain_params() {
        let segs = segments(parse("/chat/threads/{chatThreadId}/messages"));
        assert_eq!(segs, vec![lit("/chat/threads/"), Param("chatThreadId".into()), lit("/messages")]);
    }

    #[test]
    fn odata_function_params_drop_their_quotes() {
        let t = "/users/{user-id}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{meetingOrganizerUserId}',startDateTime={startDateTime})/delta";
        assert_eq!(
            segments(parse(t)),
            vec![
                lit("/users/"),
                Param("user-id".into()),
                lit("/onlineMeetings/getAllRecordings(meetingOrganizerUserId="),
                ODataParam("meetingOrganizerUserId".into()),
                lit(",startDateTime="),
                ODataParam("startDateTime".into()),
                lit(")/delta"),
            ]
        );
    }

    #[test]
    fn parentheses_end_at_the_segment() {
        let segs = segments(parse("/a(x={x})/b/{y}"));
        assert_eq!(segs, vec![lit("/a(x="), ODataParam("x".into()), lit(")/b/"), Param("y".into())]);
    }

    #[test]
    fn aliases_are_found_and_stay_literal_unless_claimed() {
        let pieces = parse("/m/f(org='@org',start=@start)");
        assert_eq!(
            pieces,
            vec![
                Piece::Literal("/m/f(org=".into()),
                Piece::Alias { name: "org".into(), raw: "'@org'".into() },
                Piece::Literal(",start=".into()),
                Piece::Alias { name: "start".into(), raw: "@start".into() },
                Piece::Literal(")".into()),
            ]
        );
        assert_eq!(segments(pieces), vec![lit("/m/f(org='@org',start=@start)")]);
    }

    #[test]
    fn unterminated_brace_is_literal() {
        assert_eq!(segments(parse("/a/{b")), vec![lit("/a/{b")]);
    }
}
