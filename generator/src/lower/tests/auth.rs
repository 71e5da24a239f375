//! Security schemes.

use super::*;
use crate::ir::{AuthScheme, ParamLocation};
use serde_json::json;

#[test]
fn swagger2_schemes_used_by_requirements() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "securityDefinitions": {
            "azure_auth": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://login", "scopes": {"user_impersonation": "impersonate"}},
            "unused": {"type": "basic"},
            "key": {"type": "apiKey", "name": "Authorization", "in": "header"}
        },
        "security": [{"azure_auth": ["user_impersonation", "extra"]}],
        "paths": {"/a": {"get": {"operationId": "A", "security": [{"key": []}, {"missing": []}], "responses": {}}}}
    }));
    assert_eq!(
        api.auth,
        [
            AuthScheme::OAuth2 { name: "azure_auth".into(), scopes: vec!["user_impersonation".into(), "extra".into()] },
            AuthScheme::ApiKey { name: "key".into(), param: "Authorization".into(), location: ParamLocation::Header },
        ]
    );
    assert!(has_diag(&api, "'missing', which is not defined"));
}

#[test]
fn openapi3_schemes() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {
            "OAuth2Auth": {"type": "oauth2", "flows": {
                "authorizationCode": {"authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {"https://communication.azure.com/.default": ""}},
                "clientCredentials": {"tokenUrl": "https://t", "scopes": {"https://communication.azure.com/.default": "", "other": ""}}
            }},
            "bearer": {"type": "http", "scheme": "Bearer"},
            "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://x"},
            "query": {"type": "apiKey", "name": "key", "in": "query"},
            "mtls": {"type": "mutualTLS"}
        }},
        "security": [{"OAuth2Auth": ["https://communication.azure.com/.default"]}, {"bearer": []}, {"oidc": ["openid"]}, {"query": []}, {"mtls": []}]
    }));
    assert_eq!(
        api.auth,
        [
            AuthScheme::OAuth2 {
                name: "OAuth2Auth".into(),
                scopes: vec!["https://communication.azure.com/.default".into(), "other".into()]
            },
            AuthScheme::Http { name: "bearer".into(), scheme: "Bearer".into() },
            AuthScheme::OAuth2 { name: "oidc".into(), scopes: vec!["openid".into()] },
            AuthScheme::ApiKey { name: "query".into(), param: "key".into(), location: ParamLocation::Query },
        ]
    );
    assert!(has_diag(&api, "'mutualTLS' is not supported"));
}

#[test]
fn no_requirements_no_auth() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}
    }));
    assert!(api.auth.is_empty());
}

#[test]
fn empty_requirement_allows_anonymous_requests() {
    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {"custom": {"type": "http", "scheme": "SharedAccessKey"}}},
        "security": [{}, {"custom": []}]
    }));
    assert!(api.anonymous);
    assert_eq!(api.auth, [AuthScheme::Http { name: "custom".into(), scheme: "SharedAccessKey".into() }]);

    let api = oas3(json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {"custom": {"type": "http", "scheme": "bearer"}}},
        "security": [{"custom": []}]
    }));
    assert!(!api.anonymous);
}
