//! Real specs: the shared corpus (skipped when `/work/shared` is absent) and the project's
//! own specs (skipped until they exist).

use super::*;
use crate::ir::{BodyType, Method, PathSegment, StatusMatch, TypeKind};
use std::path::Path;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus/");
const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/");

/// Loads and lowers `path`, or `None` when the file is not there.
fn lower_file(path: &str) -> Option<Api> {
    if !Path::new(path).exists() {
        eprintln!("skipped: {path} not found");
        return None;
    }
    let spec = Spec::load(Path::new(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let api = lower(&spec);
    eprintln!(
        "{path}: {} operations, {} types, {} diagnostics",
        api.operations.len(),
        api.types.len(),
        api.diagnostics.len()
    );
    for d in api.diagnostics.iter().take(20) {
        eprintln!("  {}: {}", d.source, d.message);
    }
    Some(api)
}

#[test]
fn corpus_files_lower() {
    for file in [
        "oai-openapi-specification/examples/v2.0/yaml/petstore-separate/spec/swagger.yaml",
        "oai-openapi-specification/examples/v3.0/petstore-expanded.json",
        "oai-openapi-specification/examples/v3.1/non-oauth-scopes.json",
        "azure-rest-api-specs/specification/communication/data-plane/Chat/stable/2025-03-15/communicationserviceschat.json",
        "msgraph-sdk-powershell/openApiDocs/v1.0/CloudCommunications.yml",
    ] {
        let Some(api) = lower_file(&format!("{CORPUS}{file}")) else { continue };
        assert!(!api.operations.is_empty(), "{file}: no operations");
    }
}

#[test]
fn corpus_petstore_separate_names_file_schemas_after_their_files() {
    let Some(api) = lower_file(&format!(
        "{CORPUS}oai-openapi-specification/examples/v2.0/yaml/petstore-separate/spec/swagger.yaml"
    )) else {
        return;
    };
    assert_eq!(api.server.as_ref().unwrap().url, "http://petstore.swagger.io/api");
    let find = op(&api, "findPets");
    assert_eq!(find.responses[0].body.as_ref().unwrap().ty, BodyType::Json(TypeRef::List(Box::new(named("Pet")))));
    assert!(find.responses[1].is_error, "default is an error next to a 200");
    assert!(api.types.contains_key(&TypeId("Error".into())));
    assert!(api.types.contains_key(&TypeId("NewPet".into())));
}

#[test]
fn corpus_acs_chat() {
    let Some(api) = lower_file(&format!(
        "{CORPUS}azure-rest-api-specs/specification/communication/data-plane/Chat/stable/2025-03-15/communicationserviceschat.json"
    )) else {
        return;
    };
    assert_eq!(api.server.as_ref().unwrap().url, "{endpoint}");
    let names: Vec<_> = api.client_params.iter().map(|c| (c.name.as_str(), c.default.as_deref())).collect();
    assert_eq!(names, [("endpoint", None), ("api-version", Some("2025-03-15"))]);
    let send = op(&api, "ChatThread_SendChatMessage");
    assert_eq!((send.group.as_deref(), send.name.as_str()), (Some("ChatThread"), "SendChatMessage"));
    assert!(send.responses.iter().filter(|r| r.status != StatusMatch::Code(201)).all(|r| r.is_error));
    let list = op(&api, "ChatThread_ListChatMessages");
    assert_eq!(list.paging.as_ref().unwrap().next_link_name.as_deref(), Some("nextLink"));
    assert!(api.diagnostics.is_empty(), "{:#?}", api.diagnostics);
}

#[test]
fn corpus_graph_cloud_communications() {
    let Some(api) = lower_file(&format!("{CORPUS}msgraph-sdk-powershell/openApiDocs/v1.0/CloudCommunications.yml"))
    else {
        return;
    };
    assert_eq!(api.server.as_ref().unwrap().url, "https://graph.microsoft.com/v1.0");
    let recordings = op(&api, "communication.onlineMeeting_getAllRecording");
    // The split files write the function's parameters as aliases declared in the query.
    assert!(recordings.path.iter().any(|s| *s == PathSegment::ODataParam("meetingOrganizerUserId".into())));
    assert_eq!(recordings.paging.as_ref().unwrap().next_link_name.as_deref(), Some("@odata.nextLink"));
    assert!(recordings.responses[1].is_error);
}

/// Every spec in the corpus lowers without panicking, and no operation is lost.
#[test]
fn whole_corpus_lowers_every_operation() {
    let mut files = Vec::new();
    collect(Path::new(CORPUS), &mut files);
    for file in files {
        // Example payloads and fragments are not specs: the loader rejects them.
        let Ok(spec) = Spec::load(&file) else { continue };
        let api = lower(&spec);
        let root = &spec.docs[0].root;
        let declared: usize = ["paths", "x-ms-paths"]
            .iter()
            .filter_map(|section| root.get(section).and_then(|p| p.as_object()))
            .flat_map(|paths| paths.values())
            .filter_map(|item| item.as_object())
            .map(|item| item.keys().filter(|k| METHODS.contains(k)).count())
            .sum();
        assert_eq!(api.operations.len(), declared, "{}", file.display());
    }
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options", "trace"];

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "json" || e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

fn project(file: &str) -> Option<Api> {
    lower_file(&format!("{SPECS}{file}"))
}

#[test]
fn project_device_update_get_file() {
    let Some(api) = project("device-update/swagger.json") else { return };
    let get_file = api
        .operations
        .iter()
        .find(|o| o.method == Method::Get && o.id.to_ascii_lowercase().contains("getfile"))
        .expect("GetFile");
    let statuses: Vec<_> = get_file.responses.iter().map(|r| (r.status, r.is_error)).collect();
    assert_eq!(
        statuses,
        [
            (StatusMatch::Code(200), false),
            (StatusMatch::Code(304), false),
            (StatusMatch::Code(404), true),
            (StatusMatch::Code(429), true),
        ]
    );
    assert!(get_file.params.iter().any(|p| p.name == "instanceId" && p.client_level));
    assert!(api.server.as_ref().unwrap().url.contains("{accountEndpoint}"));
}

#[test]
fn project_graph_communications() {
    let Some(api) = project("graph/communications.yml") else { return };
    let delta = api
        .operations
        .iter()
        .find(|o| o.paging.as_ref().is_some_and(|p| p.delta_link_name.is_some()))
        .expect("an operation with a delta link");
    let params = delta.path.iter().filter(|s| !matches!(s, PathSegment::Literal(_))).count();
    assert_eq!(params, 3, "{:?}", delta.path);
    assert!(delta.path.iter().any(|s| matches!(s, PathSegment::ODataParam(_))));
    let comms =
        api.types.iter().find(|(id, _)| id.0.ends_with("commsOperation")).map(|(_, def)| def).expect("commsOperation");
    let TypeKind::Union(u) = &comms.kind else { panic!("commsOperation is not a union: {:?}", comms.kind) };
    assert_eq!(u.variants.len(), 3, "{:?}", u.variants);
    assert!(u.variants.keys().all(|k| k.starts_with("#microsoft.graph.")));
}

#[test]
fn project_acs_messages_and_chat() {
    if let Some(api) = project("acs-messages/openapi.json") {
        assert!(!api.operations.is_empty());
        let media = api.operations.iter().find(|o| o.id.to_ascii_lowercase().contains("media")).expect("GetMedia");
        assert_eq!(
            media.responses.iter().find(|r| !r.is_error).and_then(|r| r.body.as_ref()).map(|b| &b.ty),
            Some(&BodyType::Binary)
        );
    }
    if let Some(api) = project("acs-chat/swagger.json") {
        assert!(!api.operations.is_empty());
    }
}
