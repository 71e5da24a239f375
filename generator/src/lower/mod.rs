//! Lower: turn a loaded spec (Swagger 2.0 or OpenAPI 3.x) into the IR.
//!
//! One module per concern; dialect differences are handled where they arise (parameters,
//! bodies, responses, server, auth) rather than by rewriting one dialect into the other,
//! so nothing is copied and every diagnostic points at the spec as written.
//!
//! - `context`: the state of a lowering and JSON helpers.
//! - `server`: base URL and the client parameters it needs.
//! - `operations`: paths and methods → operations; `params`, `bodies`,
//!   `responses`, `paging`, `lro` and `paths` (path templates) do the parts.
//! - `schema`: schemas → types; `polymorphism` for discriminated unions; `names`
//!   for type names.
//! - `auth`: security schemes.
//!
//! Order: server first (operations need to know host parameters), then operations (which
//! reach the types, so `Api::types` is in first-reached order), then auth (which needs
//! the operations' `security` lists). Only types reached from an operation are lowered;
//! named types are lowered from a queue, so long chains of references never deepen the stack.
//!
//! What the emitter can rely on:
//! - Type ids: a `$ref` target is `TypeId(key)` (the last pointer segment, or the file
//!   stem for a whole-file schema); an inline type that needs a name gets one from its
//!   context: `{Parent}{Property}`, `…Item` for array items, `…Value` for map values,
//!   `{OperationId}Request`, `{OperationId}Response` (success), `{OperationId}{Status}Response`
//!   (others), `{OperationId}{Param}`, and the key of a shared parameter. The operation id
//!   part is PascalCased (`communications.call.cancelMediaProcessing` →
//!   `CommunicationsCallCancelMediaProcessing`). Clashes (case-insensitive) get `2`, `3`, ….
//!   `TypeDef::name` equals the id, except for a union's base struct (below).
//! - A polymorphic base `X` is `TypeId(X)` = `TypeKind::Union`, and its own fields are the
//!   struct `TypeId("X.base")` named `X` (see `polymorphism`).
//! - Client parameters: server placeholders are `Server`; `endpoint` (no default) is added
//!   when the spec has no absolute URL; `api-version` is `Query` with its default.

mod auth;
mod bodies;
mod context;
mod lro;
mod names;
mod operations;
mod paging;
mod params;
mod paths;
mod polymorphism;
mod responses;
mod schema;
mod server;
mod xml;

#[cfg(test)]
mod tests;

use crate::ir::Api;
use crate::load::json::Value;
use crate::load::Spec;
use context::{text, Lowerer};

/// Lowers a loaded spec into one [`Api`]. Never fails: what cannot be expressed is
/// degraded (e.g. to `TypeRef::Any`) with a diagnostic in `Api::diagnostics`.
pub fn lower(spec: &Spec) -> Api {
    let mut cx = Lowerer::new(spec);
    let root_loc = spec.root();
    if let Some(info) = cx.get(&root_loc).and_then(|r| r.get("info")) {
        cx.api.title = text(info, "title").unwrap_or_default();
        cx.api.description = text(info, "description");
        cx.api.version = text(info, "version").unwrap_or_default();
    }
    cx.lower_server();
    name_declared_schemas(&mut cx);
    cx.lower_operations();
    cx.lower_auth();
    cx.drain();
    cx.api
}

/// Names every schema the root document declares, in declaration order, before any
/// operation is lowered: a declared schema's name (and its place among the models) then
/// depends on the declarations alone, never on which operation reaches it first or on an
/// inline schema whose synthesized name happens to equal it, so adding an operation renames
/// nothing. Schemas no operation reaches (webhook and notification payloads, for instance)
/// are generated too: a user receives them through other channels, and nothing in the spec
/// is dropped silently.
fn name_declared_schemas(cx: &mut Lowerer<'_>) {
    let spec = cx.spec;
    let root = spec.root();
    let (container, loc) = match spec.dialect {
        crate::load::Dialect::Swagger2 => {
            (spec.get(&root).and_then(|r| r.get("definitions")), root.child("definitions"))
        }
        _ => (
            spec.get(&root).and_then(|r| r.get("components")).and_then(|c| c.get("schemas")),
            root.child("components").child("schemas"),
        ),
    };
    let Some(Value::Object(schemas)) = container else { return };
    for (key, schema) in schemas {
        cx.named(&loc.child(key), schema);
    }
}
