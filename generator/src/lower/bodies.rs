//! Request and response bodies: which media type to use and what shape it has.
//!
//! JSON is preferred whenever a body offers it. Bytes that are not JSON are streamed
//! (`Binary`), `text/*` is `Text`. XML of an object schema is `Xml` (written and read as
//! the schemas' `xml` objects say); `multipart/form-data` is `Multipart` (the caller builds
//! the parts). Form-urlencoded bodies and XML of non-objects are not modelled yet: they
//! become `Binary` (the caller sends pre-encoded bytes with the declared content type)
//! with a diagnostic.

use super::context::{bool_of, describe, obj_of, str_of, Lowerer};
use crate::ir::{BodyType, RequestBody};
use crate::load::json::{Map, Value};
use crate::load::Location;

/// The default media type when a Swagger 2 spec lists none.
pub(super) const JSON: &str = "application/json";

/// `application/json`, `text/json`, `application/merge-patch+json`, `…;charset=utf-8`.
pub(super) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence.ends_with("/json") || essence.ends_with("+json")
}

/// `application/xml`, `text/xml`, `application/atom+xml`, `…;charset=utf-8`.
pub(super) fn is_xml(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence.ends_with("/xml") || essence.ends_with("+xml")
}

/// The preferred media type of a list: the first JSON one, else the first octet-stream,
/// else the first.
pub(super) fn pick_media<'a>(types: impl Iterator<Item = &'a str> + Clone) -> Option<&'a str> {
    types
        .clone()
        .find(|t| is_json(t))
        .or_else(|| types.clone().find(|t| t.starts_with("application/octet-stream")))
        .or_else(|| types.clone().next())
}

/// Whether raw bytes offered as `types` leave the media type to the caller (or, in a
/// response, to the service): several types, or a wildcard such as `*/*` or `image/*`.
pub(super) fn media_type_varies<S: AsRef<str>>(types: &[S]) -> bool {
    types.len() > 1 || types.iter().any(|t| t.as_ref().contains('*'))
}

/// Is the schema a file or binary string (bytes, whatever the media type says).
fn is_binary_schema(v: &Value) -> bool {
    matches!(str_of(v, "type"), Some("file"))
        || (str_of(v, "type") == Some("string") && str_of(v, "format") == Some("binary"))
}

impl<'s> Lowerer<'s> {
    /// The shape of a body sent or received as `media_type` with `schema` (which may be absent).
    pub(super) fn body_type(
        &mut self,
        at: &Location,
        media_type: &str,
        schema: Option<(Location, &'s Value)>,
        hint: &str,
    ) -> BodyType {
        if schema.as_ref().is_some_and(|(_, s)| is_binary_schema(s)) {
            return BodyType::Binary;
        }
        if is_json(media_type) {
            return BodyType::Json(match schema {
                Some((loc, s)) => self.schema(&loc, s, hint).ty,
                None => crate::ir::TypeRef::Any,
            });
        }
        if is_xml(media_type) {
            if let Some((loc, s)) = schema {
                let ty = self.schema(&loc, s, hint).ty;
                // Only an object has an element to write; anything else stays bytes.
                if let crate::ir::TypeRef::Named(id) = &ty {
                    if matches!(self.api.types.get(id).map(|d| &d.kind), Some(crate::ir::TypeKind::Struct(_)))
                        || self.is_pending_object(id)
                    {
                        return BodyType::Xml(ty);
                    }
                }
            }
        }
        let essence = media_type.to_ascii_lowercase();
        if essence.starts_with("multipart/form-data") {
            return BodyType::Multipart;
        }
        if essence.starts_with("text/") && !essence.starts_with("text/xml") {
            return BodyType::Text;
        }
        if essence.starts_with("multipart/")
            || essence.starts_with("application/x-www-form-urlencoded")
            || is_xml(media_type)
        {
            self.diag(
                at,
                format!("media type '{media_type}' is not modelled; the body is sent and received as raw bytes"),
            );
        }
        BodyType::Binary
    }

    /// The body of an OpenAPI 3 `content` map: the preferred media type and its shape.
    pub(super) fn content_body(&mut self, at: &Location, content: &'s Map, hint: &str) -> Option<(String, BodyType)> {
        let media_type = pick_media(content.keys())?;
        let media_loc = at.child(media_type);
        let schema = content.get(media_type).and_then(|m| m.get("schema")).map(|s| (media_loc.child("schema"), s));
        let ty = self.body_type(&media_loc, media_type, schema, hint);
        Some((media_type.to_owned(), ty))
    }

    /// An OpenAPI 3 `requestBody` (possibly a `$ref`).
    pub(super) fn oas3_request_body(&mut self, at: &Location, v: &'s Value, hint: &str) -> Option<RequestBody> {
        let (loc, body) = self.deref(at, v)?;
        let Some(content) = obj_of(body, "content").filter(|c| !c.is_empty()) else {
            self.diag(&loc, "requestBody has no content; no body is sent");
            return None;
        };
        let (content_type, ty) = self.content_body(&loc.child("content"), content, hint)?;
        Some(RequestBody {
            content_type,
            content_types: content.keys().map(str::to_owned).collect(),
            ty,
            required: bool_of(body, "required") == Some(true),
            description: describe(body),
        })
    }

    /// A Swagger 2 `in: body` parameter; `consumes` is the operation's (or the root's) list.
    pub(super) fn swagger2_body(
        &mut self,
        loc: &Location,
        param: &'s Value,
        consumes: &[&'s str],
        hint: &str,
    ) -> RequestBody {
        let content_type = pick_media(consumes.iter().copied()).unwrap_or(JSON).to_owned();
        let schema = param.get("schema").map(|s| (loc.child("schema"), s));
        let ty = self.body_type(loc, &content_type, schema, hint);
        RequestBody {
            content_type,
            content_types: consumes.iter().map(|t| (*t).to_owned()).collect(),
            ty,
            required: bool_of(param, "required") == Some(true),
            description: describe(param),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_detection() {
        assert!(is_json("application/json"));
        assert!(is_json("application/merge-patch+json"));
        assert!(is_json("application/json; charset=utf-8"));
        assert!(is_json("text/json"));
        assert!(!is_json("application/octet-stream"));
    }

    #[test]
    fn picks_json_first() {
        let types = ["text/plain", "application/json", "application/octet-stream"];
        assert_eq!(pick_media(types.iter().copied()), Some("application/json"));
        let types = ["image/png", "application/octet-stream"];
        assert_eq!(pick_media(types.iter().copied()), Some("application/octet-stream"));
    }
}
