//! Operation responses: status keys, bodies, headers, and which outcomes are errors.
//!
//! `is_error`: an explicit `x-ms-error-response` wins; otherwise codes ≥ 400 and the
//! `4XX`/`5XX` ranges are errors, `default` is an error when the operation declares a
//! success (2xx) response (otherwise `default` *is* the success), and everything else
//! (1xx, 2xx, 3xx such as 304 Not Modified) is an expected outcome.

use super::bodies::{is_json, media_type_varies, pick_media, JSON};
use super::context::{bool_of, obj_of, str_of, text, Lowerer};
use super::names::pascal;
use crate::ir::{BodyType, Primitive, Response, ResponseBody, ResponseHeader, StatusMatch, TypeRef};
use crate::load::json::Value;
use crate::load::Location;

/// A response key: `"200"`, `"2XX"` / `"2xx"`, `"default"`.
pub(super) fn parse_status(key: &str) -> Option<StatusMatch> {
    if key == "default" {
        return Some(StatusMatch::Default);
    }
    let bytes = key.as_bytes();
    if bytes.len() == 3 && bytes[0].is_ascii_digit() && key[1..].eq_ignore_ascii_case("xx") {
        return Some(StatusMatch::Range(bytes[0] - b'0'));
    }
    key.parse::<u16>().ok().filter(|c| (100..600).contains(c)).map(StatusMatch::Code)
}

/// Does the status cover success (2xx)?
pub(super) fn is_success(status: StatusMatch) -> bool {
    matches!(status, StatusMatch::Code(200..=299) | StatusMatch::Range(2))
}

impl<'s> Lowerer<'s> {
    /// The responses of the operation `op` at `op_loc`, in spec order. `produces` is the
    /// Swagger 2 media type list (the operation's or the root's). `op_name` prefixes the
    /// names of inline body types.
    pub(super) fn responses(
        &mut self,
        op_loc: &Location,
        op: &'s Value,
        produces: &[&'s str],
        op_name: &str,
    ) -> Vec<Response> {
        let mut out = Vec::new();
        let mut explicit_error = Vec::new();
        let responses_loc = op_loc.child("responses");
        for (key, response) in obj_of(op, "responses").into_iter().flatten() {
            if key.starts_with("x-") {
                continue;
            }
            let at = responses_loc.child(key);
            let Some(status) = parse_status(key) else {
                self.diag(&at, format!("response key '{key}' is not a status code, range or 'default'; skipped"));
                continue;
            };
            let Some((loc, response)) = self.deref(&at, response) else { continue };
            let hint = if is_success(status) {
                format!("{op_name}Response")
            } else {
                format!("{op_name}{}Response", pascal(key))
            };
            let body = self.response_body(&loc, response, produces, &hint);
            let mut headers = self.response_headers(&loc, response, &hint);
            if matches!(body.as_ref().map(|b| &b.ty), Some(BodyType::Binary)) {
                let offered: Vec<&str> = match obj_of(response, "content") {
                    Some(content) if self.oas3() => content.keys().collect(),
                    _ => produces.to_vec(),
                };
                // Bytes of a type the service picks: the caller needs to know which.
                if media_type_varies(&offered) && !headers.iter().any(|h| h.name.eq_ignore_ascii_case("content-type")) {
                    headers.push(ResponseHeader {
                        name: "content-type".to_owned(),
                        ty: TypeRef::Primitive(Primitive::String),
                        description: Some("The media type of the body, as the service sent it.".to_owned()),
                    });
                }
            }
            explicit_error.push(bool_of(response, "x-ms-error-response"));
            out.push(Response { status, description: text(response, "description"), body, headers, is_error: false });
        }
        let any_success = out.iter().any(|r| is_success(r.status));
        for (response, explicit) in out.iter_mut().zip(explicit_error) {
            response.is_error = explicit.unwrap_or(match response.status {
                StatusMatch::Code(code) => code >= 400,
                StatusMatch::Range(class) => class >= 4,
                StatusMatch::Default => any_success,
            });
        }
        out
    }

    fn response_body(
        &mut self,
        loc: &Location,
        response: &'s Value,
        produces: &[&'s str],
        hint: &str,
    ) -> Option<ResponseBody> {
        if self.oas3() {
            let content = obj_of(response, "content").filter(|c| !c.is_empty())?;
            let (content_type, ty) = self.content_body(&loc.child("content"), content, hint)?;
            // Raw bytes offered next to JSON (content negotiation: `image/png` or a JSON
            // wrapper, as the caller's `Accept` chooses): the body is whatever came, as bytes.
            let binary = content.iter().find(|(media, m)| {
                !is_json(media) && m.get("schema").is_some_and(|s| str_of(s, "format") == Some("binary"))
            });
            if let (BodyType::Json(_), Some((media, _))) = (&ty, binary) {
                return Some(ResponseBody { content_type: media.to_owned(), ty: BodyType::Binary });
            }
            return Some(ResponseBody { content_type, ty });
        }
        let schema = response.get("schema")?;
        let content_type = pick_media(produces.iter().copied()).unwrap_or(JSON);
        let ty = self.body_type(loc, content_type, Some((loc.child("schema"), schema)), hint);
        Some(ResponseBody { content_type: content_type.to_owned(), ty })
    }

    fn response_headers(&mut self, loc: &Location, response: &'s Value, hint: &str) -> Vec<ResponseHeader> {
        let mut out = Vec::new();
        let headers_loc = loc.child("headers");
        for (name, header) in obj_of(response, "headers").into_iter().flatten() {
            let Some((header_loc, header)) = self.deref(&headers_loc.child(name), header) else { continue };
            let ty = match self.header_schema(&header_loc, header) {
                Some((schema_loc, schema)) => self.schema(&schema_loc, schema, &format!("{hint}{}", pascal(name))).ty,
                None => TypeRef::Any,
            };
            out.push(ResponseHeader { name: name.to_owned(), ty, description: text(header, "description") });
        }
        out
    }

    /// The schema of a header or non-body parameter: Swagger 2 puts `type` on the object
    /// itself; OpenAPI 3 uses `schema`, or `content` with one media type.
    pub(super) fn header_schema(&self, loc: &Location, v: &'s Value) -> Option<(Location, &'s Value)> {
        if !self.oas3() {
            return Some((loc.clone(), v));
        }
        if let Some(schema) = v.get("schema") {
            return Some((loc.child("schema"), schema));
        }
        let (media_type, media) = obj_of(v, "content")?.iter().next()?;
        Some((loc.child("content").child(media_type).child("schema"), media.get("schema")?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_keys() {
        assert_eq!(parse_status("200"), Some(StatusMatch::Code(200)));
        assert_eq!(parse_status("2XX"), Some(StatusMatch::Range(2)));
        assert_eq!(parse_status("4xx"), Some(StatusMatch::Range(4)));
        assert_eq!(parse_status("default"), Some(StatusMatch::Default));
        assert_eq!(parse_status("ok"), None);
    }
}
