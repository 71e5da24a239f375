//! Responses: status keys, error classification, bodies, headers.

use super::*;
use crate::ir::{BodyType, Primitive, StatusMatch};
use serde_json::json;

fn statuses(o: &Operation) -> Vec<(StatusMatch, bool)> {
    o.responses.iter().map(|r| (r.status, r.is_error)).collect()
}

#[test]
fn swagger2_error_classification() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "produces": ["application/json"],
        "paths": {
            "/f": {"get": {"operationId": "Updates_GetFile", "responses": {
                "200": {"description": "The file.", "schema": {"$ref": "#/definitions/File"},
                    "headers": {"ETag": {"type": "string", "description": "Tag."}, "Last-Modified": {"type": "string", "format": "date-time-rfc1123"}}},
                "304": {"description": "Not modified."},
                "404": {"description": "Not found.", "x-ms-error-response": true},
                "429": {"description": "Too many requests."},
                "default": {"description": "Error.", "schema": {"$ref": "#/definitions/Error"}}
            }}},
            "/h": {"head": {"operationId": "Exists", "responses": {
                "204": {"description": "yes"},
                "404": {"description": "no", "x-ms-error-response": false}
            }}},
            "/d": {"get": {"operationId": "OnlyDefault", "responses": {"default": {"description": "anything", "schema": {"type": "string"}}}}}
        },
        "definitions": {"File": {"properties": {"fileId": {"type": "string"}}}, "Error": {"properties": {"code": {"type": "string"}}}}
    }));
    let get = op(&api, "Updates_GetFile");
    assert_eq!(
        statuses(get),
        [
            (StatusMatch::Code(200), false),
            (StatusMatch::Code(304), false),
            (StatusMatch::Code(404), true),
            (StatusMatch::Code(429), true),
            (StatusMatch::Default, true),
        ]
    );
    let ok = &get.responses[0];
    assert_eq!(ok.description.as_deref(), Some("The file."));
    let body = ok.body.as_ref().unwrap();
    assert_eq!((body.content_type.as_str(), &body.ty), ("application/json", &BodyType::Json(named("File"))));
    let headers: Vec<_> = ok.headers.iter().map(|h| (h.name.as_str(), h.ty.clone())).collect();
    assert_eq!(
        headers,
        [
            ("ETag", TypeRef::Primitive(Primitive::String)),
            ("Last-Modified", TypeRef::Primitive(Primitive::DateTimeRfc7231)),
        ]
    );
    assert_eq!(ok.headers[0].description.as_deref(), Some("Tag."));
    assert!(get.responses[1].body.is_none());
    assert_eq!(statuses(op(&api, "Exists")), [(StatusMatch::Code(204), false), (StatusMatch::Code(404), false)]);
    assert_eq!(statuses(op(&api, "OnlyDefault")), [(StatusMatch::Default, false)]);
}

#[test]
fn openapi3_ranges_and_media_types() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {
            "/media": {"get": {"operationId": "GetMedia", "responses": {
                "200": {"description": "bytes", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                    "headers": {"x-ms-client-request-id": {"$ref": "#/components/headers/RequestId"}}},
                "default": {"$ref": "#/components/responses/error"}
            }}},
            "/graph": {"get": {"operationId": "Graph", "responses": {
                "2XX": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}},
                "4XX": {"$ref": "#/components/responses/error"},
                "5XX": {"$ref": "#/components/responses/error"}
            }}},
            "/json": {"get": {"operationId": "Json", "responses": {
                "200": {"description": "ok", "content": {"application/xml": {}, "application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}},
                "201": {"description": "created", "content": {"image/png": {}}}
            }}}
        },
        "components": {
            "headers": {"RequestId": {"description": "Echoed id.", "schema": {"type": "string", "format": "uuid"}}},
            "responses": {"error": {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ODataError"}}}}},
            "schemas": {"ODataError": {"properties": {"error": {"type": "object", "properties": {"code": {"type": "string"}}}}}}
        }
    }));
    let media = op(&api, "GetMedia");
    assert_eq!(statuses(media), [(StatusMatch::Code(200), false), (StatusMatch::Default, true)]);
    assert_eq!(media.responses[0].body.as_ref().unwrap().ty, BodyType::Binary);
    assert_eq!(media.responses[0].headers[0].ty, TypeRef::Primitive(Primitive::Uuid));
    assert_eq!(media.responses[0].headers[0].description.as_deref(), Some("Echoed id."));
    assert_eq!(media.responses[1].body.as_ref().unwrap().ty, BodyType::Json(named("ODataError")));

    let graph = op(&api, "Graph");
    assert_eq!(
        statuses(graph),
        [(StatusMatch::Range(2), false), (StatusMatch::Range(4), true), (StatusMatch::Range(5), true)]
    );
    assert_eq!(graph.responses[0].body.as_ref().unwrap().ty, BodyType::Text);

    let json = op(&api, "Json");
    let body = json.responses[0].body.as_ref().unwrap();
    assert_eq!((body.content_type.as_str(), &body.ty), ("application/json", &BodyType::Json(named("JsonResponse"))));
    let png = json.responses[1].body.as_ref().unwrap();
    assert_eq!((png.content_type.as_str(), &png.ty), ("image/png", &BodyType::Binary));
    // Inline error types are named after operation and status.
    assert!(api.types.contains_key(&TypeId("ODataErrorError".into())));
    assert!(api.diagnostics.is_empty(), "{:?}", api.diagnostics);
}

#[test]
fn bad_status_keys_are_skipped() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "A", "responses": {"ok": {"description": "?"}, "200": {"description": "ok"}}}}}
    }));
    assert_eq!(statuses(op(&api, "A")), [(StatusMatch::Code(200), false)]);
    assert!(has_diag(&api, "response key 'ok'"));
}
