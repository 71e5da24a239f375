//! Operations: ids, groups, paths (OData), parameters, bodies, paging.

use super::*;
use crate::ir::{
    BodyType, ClientParamLocation, Collection, Method, ParamLocation, Parameter, PathSegment, Primitive, RequestBody,
};
use serde_json::json;

fn param<'a>(o: &'a Operation, name: &str) -> &'a Parameter {
    o.params.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no param {name}: {:?}", o.params))
}

fn lit(s: &str) -> PathSegment {
    PathSegment::Literal(s.to_owned())
}

#[test]
fn ids_groups_and_order() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "paths": {
            "/a/{id}": {
                "put": {"operationId": "Things_Put", "responses": {}},
                "get": {"tags": ["Reading"], "operationId": "Things_Get", "summary": "Gets.", "deprecated": true, "responses": {}},
                "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}]
            },
            "/b": {"get": {"responses": {}}, "post": {"operationId": "Things_Get", "responses": {}}}
        }
    }));
    let got: Vec<_> =
        api.operations.iter().map(|o| (o.id.as_str(), o.method, o.group.as_deref(), o.name.as_str())).collect();
    // Groups come from the id alone (not from tags); a synthesized id has none.
    assert_eq!(
        got,
        [
            ("Things_Put", Method::Put, Some("Things"), "Put"),
            ("Things_Get", Method::Get, Some("Things"), "Get"),
            ("get_b", Method::Get, None, "get_b"),
            ("Things_Get_2", Method::Post, Some("Things"), "Get_2"),
        ]
    );
    assert!(has_diag(&api, "no operationId; named it 'get_b'"));
    assert!(has_diag(&api, "'Things_Get' is used more than once; this one is named 'Things_Get_2'"));
    let get = op(&api, "Things_Get");
    assert!(get.deprecated);
    assert_eq!(get.summary.as_deref(), Some("Gets."));
    assert_eq!(get.source.pointer, "/paths/~1a~1{id}/get");
}

#[test]
fn groups_split_at_the_first_separator_unless_the_id_is_snake_case() {
    use crate::lower::operations::split_group as split;
    let some = |g: &str, n: &str| (Some(g.to_owned()), n.to_owned());
    assert_eq!(split("ChatThread_GetChatThread"), some("ChatThread", "GetChatThread"));
    assert_eq!(
        split("communications.call.cancelMediaProcessing"),
        some("communications", "call.cancelMediaProcessing")
    );
    assert_eq!(split("repos/get"), some("repos", "get"));
    assert_eq!(split("user.calendar_allowedCalendarSharingRole"), some("user", "calendar_allowedCalendarSharingRole"));
    assert_eq!(split("communication_ListPresence"), some("communication", "ListPresence"));
    // All lower-case snake_case: `_` separates words, not a group.
    for alone in ["listPets", "_List", "Pets_", "GetStatus", "get_thing_or_things", "project_list"] {
        assert_eq!(split(alone), (None, alone.to_owned()));
    }
}

#[test]
fn odata_function_path_with_params() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://graph.microsoft.com/v1.0/"}],
        "paths": {"/users/{user-id}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{meetingOrganizerUserId}',startDateTime={startDateTime})/delta": {
            "get": {"operationId": "delta", "parameters": [
                {"name": "user-id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "meetingOrganizerUserId", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "startDateTime", "in": "path", "required": true, "schema": {"type": "string", "format": "date-time"}}
            ], "responses": {"2XX": {"description": "ok"}}}
        }}
    }));
    let o = op(&api, "delta");
    assert_eq!(
        o.path,
        vec![
            lit("/users/"),
            PathSegment::Param("user-id".into()),
            lit("/onlineMeetings/getAllRecordings(meetingOrganizerUserId="),
            PathSegment::ODataParam("meetingOrganizerUserId".into()),
            lit(",startDateTime="),
            PathSegment::ODataParam("startDateTime".into()),
            lit(")/delta"),
        ]
    );
    assert_eq!(param(o, "startDateTime").ty, TypeRef::Primitive(Primitive::DateTime));
    assert!(api.diagnostics.is_empty(), "{:?}", api.diagnostics);
}

#[test]
fn odata_aliases_declared_in_the_query_move_into_the_path() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {"/m/getAll(org='@org',start=@start)": {"get": {"operationId": "f", "parameters": [
            {"name": "org", "in": "query", "schema": {"type": "string"}}
        ], "responses": {}}}}
    }));
    let o = op(&api, "f");
    assert_eq!(o.path, vec![lit("/m/getAll(org="), PathSegment::ODataParam("org".into()), lit(",start=@start)")]);
    assert_eq!(param(o, "org").location, ParamLocation::Path);
    assert!(param(o, "org").required);
}

#[test]
fn path_params_and_template_must_agree() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "paths": {"/a/{declared}/{undeclared}": {"get": {"operationId": "g", "parameters": [
            {"name": "declared", "in": "path", "required": true, "type": "string"},
            {"name": "extra", "in": "path", "required": true, "type": "string"}
        ], "responses": {}}}}
    }));
    let o = op(&api, "g");
    let names: Vec<_> = o.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["declared", "undeclared"]);
    assert_eq!(param(o, "undeclared").ty, TypeRef::Primitive(Primitive::String));
    assert!(has_diag(&api, "'undeclared' is in the template but not declared"));
    assert!(has_diag(&api, "'extra' does not appear in the path template"));
}

#[test]
fn parameters_merge_and_lower() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "2024-01-01"},
        "parameters": {
            "Top": {"name": "$top", "in": "query", "type": "integer", "format": "int32", "x-ms-parameter-location": "method"},
            "Kind": {"name": "kind", "in": "query", "type": "string", "enum": ["a", "b"], "x-ms-parameter-location": "method"}
        },
        "paths": {"/a": {
            "parameters": [{"name": "tags", "in": "query", "type": "string"}],
            "get": {"operationId": "Get", "parameters": [
                {"$ref": "#/parameters/Top"},
                {"$ref": "#/parameters/Kind"},
                {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi", "description": "Tags."},
                {"name": "ids", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "pipes"},
                {"name": "Accept", "in": "header", "type": "string", "enum": ["application/json"]},
                {"name": "mode", "in": "query", "required": true, "type": "string", "enum": ["fast"]},
                {"name": "open", "in": "query", "required": true, "type": "string", "enum": ["x"], "x-ms-enum": {"name": "Open", "modelAsString": true}},
                {"name": "id", "in": "header", "type": "string", "x-ms-client-name": "requestId"},
                {"name": "file", "in": "formData", "type": "file"}
            ], "responses": {}}
        }}
    }));
    let o = op(&api, "Get");
    let names: Vec<_> = o.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["tags", "$top", "kind", "ids", "Accept", "mode", "open", "id"]);
    let tags = param(o, "tags");
    assert_eq!(tags.collection, Collection::Multi);
    assert_eq!(tags.description.as_deref(), Some("Tags."));
    assert_eq!(param(o, "ids").collection, Collection::Pipes);
    assert_eq!(param(o, "$top").ty, TypeRef::Primitive(Primitive::I32));
    assert_eq!(param(o, "kind").ty, named("Kind"), "shared parameters' inline types are named after their key");
    assert_eq!(param(o, "Accept").constant.as_deref(), Some("application/json"));
    assert_eq!(param(o, "mode").constant.as_deref(), Some("fast"));
    assert_eq!(param(o, "mode").ty, TypeRef::Primitive(Primitive::String));
    assert_eq!(param(o, "open").constant, None);
    assert_eq!(param(o, "id").client_name.as_deref(), Some("requestId"));
    assert!(has_diag(&api, "formData parameter 'file' is not supported yet"));
}

#[test]
fn client_defaults() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "Get", "parameters": [
            {"name": "pageSize", "in": "query", "type": "integer", "format": "int32", "x-ms-client-default": 10},
            {"name": "format", "in": "query", "required": true, "type": "string", "x-ms-client-default": "json"},
            {"name": "x-flag", "in": "header", "type": "boolean", "x-ms-client-default": true},
            {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "x-ms-client-default": ["a"]}
        ], "responses": {}}}}
    }));
    let o = op(&api, "Get");
    // Kept as the wire text; only scalars, which a query or header value is written from.
    assert_eq!(param(o, "pageSize").client_default.as_deref(), Some("10"));
    assert_eq!(param(o, "format").client_default.as_deref(), Some("json"));
    assert_eq!(param(o, "x-flag").client_default.as_deref(), Some("true"));
    assert_eq!(param(o, "tags").client_default, None);
}

#[test]
fn openapi3_array_styles() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "Get", "parameters": [
            {"name": "default", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
            {"name": "csv", "in": "query", "style": "form", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
            {"name": "ssv", "in": "query", "style": "spaceDelimited", "schema": {"type": "array", "items": {"type": "string"}}},
            {"name": "pipes", "in": "query", "style": "pipeDelimited", "schema": {"type": "array", "items": {"type": "string"}}},
            {"name": "h", "in": "header", "schema": {"type": "array", "items": {"type": "string"}}}
        ], "responses": {}}}}
    }));
    let o = op(&api, "Get");
    let got: Vec<_> = o.params.iter().map(|p| p.collection).collect();
    assert_eq!(got, [Collection::Multi, Collection::Csv, Collection::Ssv, Collection::Pipes, Collection::Csv]);
}

#[test]
fn client_level_parameters() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "2020-09-01"},
        "x-ms-parameterized-host": {"hostTemplate": "{accountEndpoint}", "useSchemePrefix": true,
            "parameters": [{"$ref": "#/parameters/AccountEndpoint"}]},
        "schemes": ["https"],
        "parameters": {
            "AccountEndpoint": {"name": "accountEndpoint", "in": "path", "required": true, "type": "string",
                "x-ms-skip-url-encoding": true, "x-ms-parameter-location": "client", "description": "Account endpoint."},
            "InstanceId": {"name": "instanceId", "in": "path", "required": true, "type": "string",
                "x-ms-skip-url-encoding": true, "x-ms-parameter-location": "client"},
            "ApiVersion": {"name": "api-version", "in": "query", "required": true, "type": "string", "x-ms-parameter-location": "method"}
        },
        "paths": {
            "/deviceupdate/{instanceId}/v2/files/{fileId}": {"get": {"operationId": "Updates_GetFile", "parameters": [
                {"$ref": "#/parameters/InstanceId"},
                {"name": "fileId", "in": "path", "required": true, "type": "string"},
                {"$ref": "#/parameters/ApiVersion"},
                {"$ref": "#/parameters/AccountEndpoint"}
            ], "responses": {}}},
            "/other": {"get": {"operationId": "Other", "parameters": [
                {"name": "api-version", "in": "query", "required": true, "type": "string", "enum": ["2021-01-01"]}
            ], "responses": {}}}
        }
    }));
    assert_eq!(api.server.as_ref().unwrap().url, "https://{accountEndpoint}");
    let got: Vec<_> = api.client_params.iter().map(|c| (c.name.as_str(), c.location, c.default.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("accountEndpoint", ClientParamLocation::Server, None),
            ("instanceId", ClientParamLocation::Path, None),
            ("api-version", ClientParamLocation::Query, Some("2020-09-01")),
        ]
    );
    assert_eq!(api.client_params[0].description.as_deref(), Some("Account endpoint."));
    let o = op(&api, "Updates_GetFile");
    let names: Vec<_> = o.params.iter().map(|p| (p.name.as_str(), p.client_level)).collect();
    // The host parameter belongs to the server URL, not to the operation.
    assert_eq!(names, [("instanceId", true), ("fileId", false), ("api-version", true)]);
    assert!(param(o, "instanceId").skip_url_encoding);
    assert!(api.diagnostics.is_empty(), "{:?}", api.diagnostics);
    // The first declaration of a client parameter wins.
    assert!(param(op(&api, "Other"), "api-version").client_level);
}

#[test]
fn x_ms_paths_query_becomes_constants() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "paths": {"/d/{id}": {"get": {"operationId": "Get", "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}], "responses": {}}}},
        "x-ms-paths": {
            "/d/{id}?action=cancel": {"post": {"operationId": "Cancel", "parameters": [
                {"name": "id", "in": "path", "required": true, "type": "string"},
                {"name": "action", "in": "query", "required": true, "type": "string", "enum": ["cancel"]}
            ], "responses": {}}},
            "/d/{id}?action=retry&force=true": {"post": {"operationId": "Retry", "parameters": [
                {"name": "id", "in": "path", "required": true, "type": "string"}
            ], "responses": {}}}
        }
    }));
    let ids: Vec<_> = api.operations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["Get", "Cancel", "Retry"]);
    let cancel = op(&api, "Cancel");
    assert_eq!(cancel.path, vec![lit("/d/"), PathSegment::Param("id".into())]);
    assert_eq!(param(cancel, "action").constant.as_deref(), Some("cancel"));
    assert_eq!(cancel.params.len(), 2);
    let retry = op(&api, "Retry");
    assert_eq!(param(retry, "action").constant.as_deref(), Some("retry"));
    assert_eq!(param(retry, "force").constant.as_deref(), Some("true"));
}

#[test]
fn swagger2_bodies() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "consumes": ["application/json"],
        "paths": {
            "/json": {"post": {"operationId": "Send", "parameters": [
                {"name": "body", "in": "body", "required": true, "description": "What to send.", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}},
                {"name": "Content-Type", "in": "header", "type": "string", "enum": ["application/merge-patch+json"]}
            ], "responses": {}}},
            "/bin": {"put": {"operationId": "Upload", "consumes": ["application/octet-stream"], "parameters": [
                {"name": "data", "in": "body", "schema": {"type": "string", "format": "binary"}}
            ], "responses": {}}},
            "/file": {"put": {"operationId": "File", "consumes": ["image/png"], "parameters": [
                {"name": "data", "in": "body", "schema": {"type": "file"}}
            ], "responses": {}}}
        }
    }));
    assert_eq!(
        op(&api, "Send").body,
        Some(RequestBody {
            content_type: "application/merge-patch+json".into(),
            content_types: vec!["application/merge-patch+json".into()],
            ty: BodyType::Json(named("SendRequest")),
            required: true,
            description: Some("What to send.".into()),
        })
    );
    assert!(op(&api, "Send").params.is_empty(), "the Content-Type constant moved to the body");
    let upload = op(&api, "Upload").body.as_ref().unwrap();
    assert_eq!(
        (upload.content_type.as_str(), &upload.ty, upload.required),
        ("application/octet-stream", &BodyType::Binary, false)
    );
    assert_eq!(op(&api, "File").body.as_ref().unwrap().ty, BodyType::Binary);
}

#[test]
fn openapi3_request_bodies() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"post": {"operationId": "call.cancelMediaProcessing", "requestBody": {"$ref": "#/components/requestBodies/Cancel"}, "responses": {}}},
            "/b": {"put": {"operationId": "Put", "requestBody": {"required": true, "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}, "responses": {}}},
            "/c": {"put": {"operationId": "Text", "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}}, "responses": {}}},
            "/d": {"put": {"operationId": "Form", "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}}, "responses": {}}}
        },
        "components": {"requestBodies": {"Cancel": {"description": "Action parameters", "required": true, "content": {
            "application/json": {"schema": {"type": "object", "properties": {"clientContext": {"type": "string", "nullable": true}}}}}}}}
    }));
    let cancel = op(&api, "call.cancelMediaProcessing").body.as_ref().unwrap();
    assert_eq!(cancel.ty, BodyType::Json(named("CallCancelMediaProcessingRequest")));
    assert_eq!(cancel.description.as_deref(), Some("Action parameters"));
    assert!(cancel.required);
    assert_eq!(op(&api, "Put").body.as_ref().unwrap().ty, BodyType::Binary);
    assert_eq!(op(&api, "Text").body.as_ref().unwrap().ty, BodyType::Text);
    let form = op(&api, "Form").body.as_ref().unwrap();
    assert_eq!((form.content_type.as_str(), &form.ty), ("multipart/form-data", &BodyType::Multipart));
    assert!(!has_diag(&api, "'multipart/form-data' is not modelled"));
}

#[test]
fn x_ms_pageable_and_delta_links() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {
            "/list": {"get": {"operationId": "List", "x-ms-pageable": {"nextLinkName": "nextLink"}, "responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
            "/single": {"get": {"operationId": "Single", "x-ms-pageable": {"nextLinkName": null, "itemName": "items"}, "responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
            "/delta()": {"get": {"operationId": "Delta", "x-ms-pageable": {"nextLinkName": "@odata.nextLink", "operationName": "listMore"},
                "responses": {"2XX": {"description": "ok", "content": {"application/json": {"schema": {
                    "title": "Collection of callRecording", "type": "object",
                    "allOf": [{"$ref": "#/components/schemas/BaseDeltaFunctionResponse"},
                              {"type": "object", "properties": {"value": {"type": "array", "items": {"type": "string"}}}}]}}}}}}},
            "/odata": {"get": {"operationId": "OData", "responses": {"2XX": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"value": {"type": "array", "items": {"type": "string"}}, "@odata.nextLink": {"type": "string", "nullable": true}}}}}}}}}
        },
        "components": {"schemas": {
            "Page": {"properties": {"value": {"type": "array", "items": {"type": "string"}}, "nextLink": {"type": "string"}}},
            "BaseDeltaFunctionResponse": {"title": "Base delta function response", "type": "object", "properties": {
                "@odata.nextLink": {"type": "string", "nullable": true}, "@odata.deltaLink": {"type": "string", "nullable": true}}}
        }}
    }));
    let list = op(&api, "List").paging.as_ref().unwrap();
    assert_eq!(
        (list.item_name.as_str(), list.next_link_name.as_deref(), list.delta_link_name.as_deref()),
        ("value", Some("nextLink"), None)
    );
    let single = op(&api, "Single").paging.as_ref().unwrap();
    assert_eq!(single.next_link_name, None);
    assert!(has_diag(&api, "itemName 'items' is not a property"));
    let delta = op(&api, "Delta").paging.as_ref().unwrap();
    assert_eq!(delta.next_link_name.as_deref(), Some("@odata.nextLink"));
    assert_eq!(delta.delta_link_name.as_deref(), Some("@odata.deltaLink"));
    let odata = op(&api, "OData").paging.as_ref().unwrap();
    assert_eq!((odata.item_name.as_str(), odata.next_link_name.as_deref()), ("value", Some("@odata.nextLink")));
}

#[test]
fn repeatability_headers_are_generated_and_allow_reserved_skips_encoding() {
    let api = oas3(json!({
        "openapi": "3.0.0", "info": {"title": "t", "version": "1"},
        "paths": {"/r/{path}": {"post": {"operationId": "op", "responses": {}, "parameters": [
            {"name": "Repeatability-Request-ID", "in": "header", "required": true, "schema": {"type": "string"}},
            {"name": "Repeatability-First-Sent", "in": "header", "required": true, "schema": {"type": "string", "format": "http-date"}},
            {"name": "x-other", "in": "header", "required": true, "schema": {"type": "string"}},
            {"name": "path", "in": "path", "required": true, "allowReserved": true, "schema": {"type": "string"}}
        ]}}}
    }));
    let o = &api.operations[0];
    assert_eq!(param(o, "Repeatability-Request-ID").generated, Some(crate::ir::Generated::Uuid));
    let first_sent = param(o, "Repeatability-First-Sent");
    assert_eq!(first_sent.generated, Some(crate::ir::Generated::HttpDateNow));
    assert_eq!(first_sent.ty, crate::ir::TypeRef::Primitive(Primitive::DateTimeRfc7231));
    assert_eq!(param(o, "x-other").generated, None);
    assert!(param(o, "path").skip_url_encoding);
}
