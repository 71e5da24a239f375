//! Names in generated code must not move when unrelated parts of a spec change: adding
//! operations and schemas (also before the existing ones), or properties to other types,
//! keeps every existing name — types and fields (including those that needed collision
//! handling), sub-clients and their accessors, methods, and the options and response types
//! named after them. (Under the old rule, the shortest unique tail of the operation id,
//! `Pets_List` was `list` until a `Stores_List` appeared, then `pets_list`.) A dotted type
//! name keeps its last segment when another namespace gets a type of the same name, and a
//! declared schema keeps its name when an added operation reaches a clashing one first.

use quote::ToTokens;
use restgen::config::Input;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

fn spec(extra: bool) -> Value {
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    if extra {
        // Unrelated additions placed first, so they are reached before the existing ones:
        // an operation whose name (`List`) another group has, a new group, operations without
        // a group, and one in an existing group.
        paths.insert(
            "/stores".into(),
            json!({"get": {"operationId": "Stores_List", "responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Store"}}}}}}},
                "post": {"operationId": "Stores_Get", "responses": {"204": {"description": "ok"}}}}),
        );
        // Reaches the lower-case `pet` before `Pet`, which claimed the plain name first.
        paths.insert(
            "/legacy-pets".into(),
            json!({"get": {"operationId": "Legacy_List", "responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/pet"}}}}}}}),
        );
        paths.insert(
            "/list".into(),
            json!({"get": {"operationId": "list", "responses": {"204": {"description": "ok"}}}}),
        );
        paths.insert(
            "/owners".into(),
            json!({"get": {"operationId": "Owners_List", "responses": {"204": {"description": "ok"}}}}),
        );
        // Its inline `kind` enum would be named `StoreKind`, which a declared schema has.
        schemas.insert("Store".into(), json!({"type": "object", "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["big", "small"]}}}));
        // Dotted names whose last segment an existing type has (under the old rule, the
        // shortest unique dotted tail, `a.Animal` was `Animal` until `b.Animal` came, then
        // `AAnimal`).
        for name in ["b.Animal", "microsoft.graph.callRecords.session", "io.k8s.api.core.v1beta1.Pod"] {
            schemas.insert(name.into(), json!({"type": "object", "properties": {"added": {"type": "string"}}}));
        }
    }
    paths.insert(
        "/pets".into(),
        json!({"get": {"operationId": "Pets_List", "responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}}),
    );
    paths.insert(
        "/owners/{id}".into(),
        json!({"get": {"operationId": "Owners_Get", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}},
                "201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}}}}}),
    );
    // Without a group: a method of the client itself.
    paths.insert(
        "/status".into(),
        json!({"get": {"operationId": "getStatus", "responses": {"204": {"description": "ok"}}}}),
    );
    let mut pet = json!({"type": "object", "properties": {
        "type": {"type": "string"}, "fooBar": {"type": "string"}, "foo_bar": {"type": "string"},
        "status": {"type": "string", "enum": ["available", "sold"]}}});
    if extra {
        pet["properties"]["nickname"] = json!({"type": "string"});
    }
    schemas.insert("Pet".into(), pet);
    schemas.insert("pet".into(), json!({"type": "object", "properties": {"legacy": {"type": "boolean"}}}));
    for name in ["a.Animal", "microsoft.graph.session", "io.k8s.api.core.v1.Pod"] {
        schemas.insert(name.into(), json!({"type": "object", "properties": {"id": {"type": "string"}}}));
    }
    schemas.insert("StoreKind".into(), json!({"type": "string", "enum": ["chain", "corner"]}));
    schemas.insert(
        "Owner".into(),
        json!({"type": "object", "properties": {
        "address": {"type": "object", "properties": {"city": {"type": "string"}}}}}),
    );
    json!({"openapi": "3.0.0", "info": {"title": "Stability", "version": "1"}, "servers": [{"url": "https://example.com"}],
        "paths": paths, "components": {"schemas": schemas}})
}

/// The generated service files (`mod.rs`, `models.rs`) for `value`.
fn generate(value: &Value, tag: &str) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("restgen-stability-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("stability.json");
    std::fs::write(&path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
    let generation = restgen::generate("stability", &[Input::from_path(&path)]).expect("generates");
    let _ = std::fs::remove_dir_all(&dir);
    generation.files.into_iter().filter(|f| f.path.starts_with("src/stability/")).map(|f| f.contents).collect()
}

/// Every `pub` type and field name.
fn names(files: &[String]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in files.iter().flat_map(|file| file.lines()).map(str::trim) {
        for prefix in ["pub struct ", "pub enum ", "pub type ", "pub async fn ", "pub fn ", "pub "] {
            if let Some(rest) = line.strip_prefix(prefix) {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() && !prefix.ends_with("fn ") {
                    names.insert(format!("{}{name}", prefix.trim_start_matches("pub ")));
                }
                break;
            }
        }
    }
    names
}

/// Every public method, keyed by what it is: an operation by its id (which its docs quote),
/// anything else by its client and name. The value is how a caller sees it: the client, the
/// method, the options type and the output (`PetsClient::list(options:Option<PetsClientListOptions<'_>>)->…`),
/// so a method that is renamed, moves to another client or changes its types is caught.
fn methods(files: &[String]) -> BTreeMap<String, String> {
    let mut methods = BTreeMap::new();
    for file in files {
        let file = syn::parse_file(file).expect("generated code parses");
        for item in file.items {
            let syn::Item::Impl(block) = item else { continue };
            let syn::Type::Path(client) = &*block.self_ty else { continue };
            let client = client.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
            for item in block.items {
                let syn::ImplItem::Fn(method) = item else { continue };
                if !matches!(method.vis, syn::Visibility::Public(_)) {
                    continue;
                }
                let docs: String = method
                    .attrs
                    .iter()
                    .filter_map(|a| a.meta.require_name_value().ok())
                    .map(|nv| nv.value.to_token_stream().to_string())
                    .collect();
                let name = method.sig.ident.to_string();
                // The wire line ends "(`Pets_List`)."; a paged operation's twin resumes it.
                let id = docs.split(" (`").nth(1).and_then(|rest| rest.split('`').next()).map(str::to_owned);
                let twin = if name.ends_with("_from_link") { " (resume)" } else { "" };
                let key = id.map_or_else(|| format!("{client}::{name}"), |id| format!("{id}{twin}"));
                let options = method.sig.inputs.last().map(|arg| arg.to_token_stream().to_string()).unwrap_or_default();
                let output = method.sig.output.to_token_stream().to_string();
                methods.insert(key, format!("{client}::{name}({options}){output}").replace(' ', ""));
            }
        }
    }
    methods
}

#[test]
fn existing_names_survive_unrelated_additions() {
    let (before, after) = (generate(&spec(false), "before"), generate(&spec(true), "after"));
    let (names_before, names_after) = (names(&before), names(&after));
    let (methods_before, methods_after) = (methods(&before), methods(&after));
    // The collision cases are really there, and so are the clients and operations.
    for expected in [
        "struct Pet",
        "struct Pet2",
        "foo_bar",
        "foo_bar2",
        "enum PetStatus",
        "struct OwnerAddress",
        "struct PetsClient",
        "struct PetsClientListOptions",
        "struct OwnersClient",
        "enum OwnersClientGetResponse",
        "struct StabilityClientGetStatusOptions",
        "struct Animal",
        "struct Session",
        "struct Pod",
        "enum StoreKind",
    ] {
        assert!(names_before.contains(expected), "missing {expected}: {names_before:#?}");
    }
    let expected = [
        ("Pets_List", "PetsClient::list(options:Option<PetsClientListOptions<'_>>)"),
        (
            "Owners_Get",
            "OwnersClient::get(options:Option<OwnersClientGetOptions<'_>>)->Result<OwnersClientGetResponse,",
        ),
        ("getStatus", "StabilityClient::get_status(options:Option<StabilityClientGetStatusOptions<'_>>)"),
        ("StabilityClient::get_pets_client", "StabilityClient::get_pets_client(&self)->PetsClient<'_>"),
        ("StabilityClient::get_owners_client", "StabilityClient::get_owners_client(&self)->OwnersClient<'_>"),
    ];
    for (key, start) in expected {
        let found = methods_before.get(key).unwrap_or_else(|| panic!("no method for {key}: {methods_before:#?}"));
        assert!(found.starts_with(start), "{key}: {found}");
    }

    let lost: Vec<_> = names_before.difference(&names_after).collect();
    assert!(lost.is_empty(), "names changed by unrelated additions: {lost:?}\nafter: {names_after:#?}");
    let moved: Vec<_> = methods_before
        .iter()
        .filter(|(key, method)| methods_after.get(*key) != Some(method))
        .map(|(key, method)| format!("{key}: {method}  =>  {:?}", methods_after.get(key)))
        .collect();
    assert!(moved.is_empty(), "methods changed by unrelated additions:\n{}", moved.join("\n"));
    for added in ["Stores_List", "list", "Owners_List", "StabilityClient::get_stores_client"] {
        assert!(methods_after.contains_key(added), "missing {added}: {methods_after:#?}");
    }
    // `StoreKind` is still the declared enum, not the added inline one.
    let store_kind = |files: &[String]| {
        let models = files.iter().find(|f| f.contains("pub enum StoreKind {")).expect("StoreKind");
        let at = models.find("pub enum StoreKind {").unwrap_or_default();
        models[at..].split('}').next().unwrap_or_default().contains("Chain")
    };
    assert!(store_kind(&before) && store_kind(&after), "StoreKind is no longer the declared enum");
    for added in ["struct BAnimal", "struct CallRecordsSession", "struct V1beta1Pod"] {
        assert!(names_after.contains(added), "missing {added}: {names_after:#?}");
    }
}
