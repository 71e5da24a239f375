//! Tests of the whole lowering on small inline specs, one file per concern, plus the
//! corpus and the project's own specs.

mod auth;
mod corpus;
mod operations;
mod polymorphism;
mod responses;
mod schema;
mod server;

use super::lower;
use crate::ir::{Api, Operation, TypeDef, TypeId, TypeKind, TypeRef};
use crate::load::{Dialect, Document, Spec};
use serde_json::Value;

/// A one-document spec of the given dialect.
pub(super) fn spec(dialect: Dialect, root: Value) -> Spec {
    Spec { dialect, docs: vec![Document { path: "spec.json".into(), root: root.into() }] }
}

/// Lowers a Swagger 2.0 document.
pub(super) fn swagger(root: Value) -> Api {
    lower(&spec(Dialect::Swagger2, root))
}

/// Lowers an OpenAPI 3.0 document.
pub(super) fn oas3(root: Value) -> Api {
    lower(&spec(Dialect::OpenApi30, root))
}

/// Lowers an OpenAPI 3.1 document.
pub(super) fn oas31(root: Value) -> Api {
    lower(&spec(Dialect::OpenApi31, root))
}

/// The operation with this id.
pub(super) fn op<'a>(api: &'a Api, id: &str) -> &'a Operation {
    api.operations.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("no operation {id}: {:?}", ids(api)))
}

fn ids(api: &Api) -> Vec<&str> {
    api.operations.iter().map(|o| o.id.as_str()).collect()
}

/// The type with this id.
pub(super) fn ty<'a>(api: &'a Api, id: &str) -> &'a TypeDef {
    api.types
        .get(&TypeId(id.to_owned()))
        .unwrap_or_else(|| panic!("no type {id}: {:?}", api.types.keys().collect::<Vec<_>>()))
}

/// The struct with this id.
pub(super) fn strukt<'a>(api: &'a Api, id: &str) -> &'a crate::ir::Struct {
    match &ty(api, id).kind {
        TypeKind::Struct(s) => s,
        other => panic!("{id} is not a struct: {other:?}"),
    }
}

/// A named type reference.
pub(super) fn named(id: &str) -> TypeRef {
    TypeRef::Named(TypeId(id.to_owned()))
}

/// Do any diagnostics contain `needle`?
pub(super) fn has_diag(api: &Api, needle: &str) -> bool {
    api.diagnostics.iter().any(|d| d.message.contains(needle))
}

/// A minimal Swagger 2 document with `definitions` and one GET `/x` returning `schema`.
pub(super) fn swagger_returning(schema: Value, definitions: Value) -> Value {
    serde_json::json!({
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "host": "example.com",
        "paths": {"/x": {"get": {"operationId": "Get", "responses": {"200": {"description": "ok", "schema": schema}}}}},
        "definitions": definitions,
    })
}

/// A minimal OpenAPI 3 document with `components.schemas` and one GET `/x` returning `schema`.
pub(super) fn oas3_returning(schema: Value, schemas: Value) -> Value {
    serde_json::json!({
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://example.com"}],
        "paths": {"/x": {"get": {"operationId": "Get", "responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": schema}}}}}}},
        "components": {"schemas": schemas},
    })
}
