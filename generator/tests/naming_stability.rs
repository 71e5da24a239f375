//! Names in generated code must not move when unrelated parts of a spec change: adding
//! operations and schemas (also before the existing ones), or properties to other types,
//! keeps every existing type and field name — including those that needed collision handling.
//!
//! Method names are not covered yet: they are the shortest unique tail of the operation
//! id, so `Pets_List` is `list` until a `Stores_List` appears (then `pets_list`). Making
//! them stable needs a different rule (e.g. a sub-client per operation group).

use restgen::config::Input;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn spec(extra: bool) -> Value {
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    if extra {
        // Unrelated additions placed first, so they are reached before the existing ones.
        paths.insert(
            "/stores".into(),
            json!({"get": {"operationId": "Stores_List", "responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Store"}}}}}}}}),
        );
        schemas.insert("Store".into(), json!({"type": "object", "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["big", "small"]}}}));
    }
    paths.insert(
        "/pets".into(),
        json!({"get": {"operationId": "Pets_List", "responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}}),
    );
    paths.insert(
        "/owners/{id}".into(),
        json!({"get": {"operationId": "Owners_Get", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}}}}}),
    );
    let mut pet = json!({"type": "object", "properties": {
        "type": {"type": "string"}, "fooBar": {"type": "string"}, "foo_bar": {"type": "string"},
        "status": {"type": "string", "enum": ["available", "sold"]}}});
    if extra {
        pet["properties"]["nickname"] = json!({"type": "string"});
    }
    schemas.insert("Pet".into(), pet);
    schemas.insert("pet".into(), json!({"type": "object", "properties": {"legacy": {"type": "boolean"}}}));
    schemas.insert("Owner".into(), json!({"type": "object", "properties": {
        "address": {"type": "object", "properties": {"city": {"type": "string"}}}}}));
    json!({"openapi": "3.0.0", "info": {"title": "Stability", "version": "1"}, "servers": [{"url": "https://example.com"}],
        "paths": paths, "components": {"schemas": schemas}})
}

/// Every `pub` item and field name in the generated service files.
fn names(value: &Value, tag: &str) -> BTreeSet<String> {
    let dir = std::env::temp_dir().join(format!("restgen-stability-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("stability.json");
    std::fs::write(&path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
    let generation = restgen::generate("stability", &[Input::from_path(&path)]).expect("generates");
    let _ = std::fs::remove_dir_all(&dir);
    let mut names = BTreeSet::new();
    for file in generation.files.iter().filter(|f| f.path.starts_with("src/stability/")) {
        for line in file.contents.lines().map(str::trim) {
            for prefix in ["pub struct ", "pub enum ", "pub type ", "pub async fn ", "pub fn ", "pub "] {
                if let Some(rest) = line.strip_prefix(prefix) {
                    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() {
                        names.insert(format!("{}{name}", prefix.trim_start_matches("pub ")));
                    }
                    break;
                }
            }
        }
    }
    names
}

#[test]
fn existing_names_survive_unrelated_additions() {
    let before = names(&spec(false), "before");
    let after = names(&spec(true), "after");
    // The collision cases are really there.
    for expected in ["struct Pet", "struct Pet2", "foo_bar", "foo_bar2", "enum PetStatus", "struct OwnerAddress"] {
        assert!(before.contains(expected), "missing {expected}: {before:#?}");
    }
    // Types, fields and option structs' fields; methods and their option structs are named
    // after the method, which is not stable yet (see the module docs).
    let is_method_named = |name: &&String| name.starts_with("async fn ") || name.starts_with("struct StabilityClient");
    let lost: Vec<_> = before.difference(&after).filter(|name| !is_method_named(name)).collect();
    assert!(lost.is_empty(), "names changed by unrelated additions: {lost:?}\nafter: {after:#?}");
    assert!(after.contains("struct Store"), "{after:#?}");
}
