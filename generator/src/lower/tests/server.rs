//! Base URLs and the client parameters they need.

use super::*;
use crate::ir::{ClientParam, ClientParamLocation};
use serde_json::json;

fn url(api: &Api) -> &str {
    &api.server.as_ref().expect("server").url
}

fn params(api: &Api) -> Vec<(&str, ClientParamLocation, Option<&str>)> {
    api.client_params.iter().map(|c| (c.name.as_str(), c.location, c.default.as_deref())).collect()
}

fn swagger_doc(extra: serde_json::Value) -> serde_json::Value {
    let mut doc = json!({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}});
    for (k, v) in extra.as_object().unwrap() {
        doc[k] = v.clone();
    }
    doc
}

fn oas3_doc(servers: serde_json::Value) -> serde_json::Value {
    json!({"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "servers": servers})
}

#[test]
fn swagger2_host_and_base_path() {
    let api =
        swagger(swagger_doc(json!({"host": "petstore.swagger.io", "basePath": "/api/", "schemes": ["http", "https"]})));
    assert_eq!(url(&api), "http://petstore.swagger.io/api");
    assert!(api.client_params.is_empty());
}

#[test]
fn swagger2_without_host_needs_an_endpoint() {
    let api = swagger(swagger_doc(json!({"basePath": "/v2"})));
    assert_eq!(url(&api), "{endpoint}/v2");
    assert_eq!(params(&api), [("endpoint", ClientParamLocation::Server, None)]);
}

#[test]
fn parameterized_host_without_scheme_prefix() {
    let api = swagger(swagger_doc(json!({
        "x-ms-parameterized-host": {"hostTemplate": "{endpoint}", "useSchemePrefix": false, "parameters": [
            {"name": "endpoint", "in": "path", "required": true, "type": "string", "description": "The endpoint.", "x-ms-skip-url-encoding": true}
        ]}
    })));
    assert_eq!(url(&api), "{endpoint}");
    assert_eq!(
        api.client_params,
        [ClientParam {
            name: "endpoint".into(),
            description: Some("The endpoint.".into()),
            location: ClientParamLocation::Server,
            default: None
        }]
    );
}

#[test]
fn parameterized_host_with_scheme_prefix_and_default() {
    let api = swagger(swagger_doc(json!({
        "basePath": "/base",
        "x-ms-parameterized-host": {"hostTemplate": "{account}.{suffix}", "parameters": [
            {"name": "account", "in": "path", "required": true, "type": "string"},
            {"name": "suffix", "in": "path", "required": true, "type": "string", "default": "example.com"}
        ]}
    })));
    assert_eq!(url(&api), "https://{account}.{suffix}/base");
    assert_eq!(
        params(&api),
        [("account", ClientParamLocation::Server, None), ("suffix", ClientParamLocation::Server, Some("example.com"))]
    );
}

#[test]
fn openapi3_servers() {
    let api = oas3(oas3_doc(json!([{"url": "https://graph.microsoft.com/v1.0/"}, {"url": "https://other"}])));
    assert_eq!(url(&api), "https://graph.microsoft.com/v1.0");
    assert!(api.client_params.is_empty());

    let api = oas3(oas3_doc(
        json!([{"url": "{endpoint}/messages", "variables": {"endpoint": {"default": "", "description": "Endpoint."}}}]),
    ));
    assert_eq!(url(&api), "{endpoint}/messages");
    assert_eq!(params(&api), [("endpoint", ClientParamLocation::Server, None)]);
    assert_eq!(api.client_params[0].description.as_deref(), Some("Endpoint."));

    let api =
        oas3(oas3_doc(json!([{"url": "https://{region}.example.com", "variables": {"region": {"default": "west"}}}])));
    assert_eq!(params(&api), [("region", ClientParamLocation::Server, Some("west"))]);

    let api = oas3(oas3_doc(json!([{"url": "/v1"}])));
    assert_eq!(url(&api), "{endpoint}/v1");
    assert_eq!(params(&api), [("endpoint", ClientParamLocation::Server, None)]);

    let api = oas3(json!({"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}}));
    assert_eq!(url(&api), "{endpoint}");
}

#[test]
fn undeclared_server_variables_are_required() {
    let api = oas3(oas3_doc(json!([{"url": "https://{tenant}.example.com"}])));
    assert_eq!(params(&api), [("tenant", ClientParamLocation::Server, None)]);
    assert!(has_diag(&api, "'{tenant}' is not declared"));
}

#[test]
fn server_variable_without_default_takes_the_documents_version_or_its_only_value() {
    let doc = |version: &str, values: serde_json::Value| {
        json!({"openapi": "3.0.0", "info": {"title": "t", "version": version}, "paths": {}, "servers": [{
            "url": "{endpoint}/api-version:{version}",
            "variables": {"endpoint": {"default": ""}, "version": {"default": "", "enum": values}}
        }]})
    };
    let api = oas3(doc("v2", json!(["v1", "v2"])));
    assert_eq!(params(&api), [("endpoint", ClientParamLocation::Server, None), ("version", ClientParamLocation::Server, Some("v2"))]);

    let api = oas3(doc("0.0.0", json!(["v1.0"])));
    assert_eq!(params(&api)[1], ("version", ClientParamLocation::Server, Some("v1.0")));

    // Several values, none of them the document's: the caller chooses.
    let api = oas3(doc("0.0.0", json!(["v1", "v2"])));
    assert_eq!(params(&api)[1], ("version", ClientParamLocation::Server, None));
}
