//! `routes`: fixed routes, path and query parameters and their RFC 6570 expansions. Only the
//! Swagger 2 output compiles (OpenAPI 3 refuses a path with a query string), and it keeps
//! neither the label / matrix / path expansion operators nor record-typed parameters (typed
//! `string`): those scenarios are in EXPECTED_FAILURES. The spec also reuses operation ids
//! (`Explode_Array` six times), so the methods carry the suffixes the generator gave them in
//! spec order: `_4` simple expansion, `_5` query expansion, `_6` query continuation.

use crate::common::{client_options, endpoint};
use spector_clients::routes::{RoutesClient, RoutesClientOptions};

fn client() -> RoutesClient {
    RoutesClient::new(Some(RoutesClientOptions { client_options: client_options(), endpoint: Some(endpoint()) }))
        .unwrap()
}

fn a_b() -> Vec<String> {
    vec!["a".to_owned(), "b".to_owned()]
}

#[tokio::test]
async fn fixed() {
    client().fixed(None).await.unwrap();
}

#[tokio::test]
async fn in_interface() {
    client().in_interface_fixed(None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_template_only() {
    client().path_parameters_template_only("a", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_explicit() {
    client().path_parameters_explicit("a", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_annotation_only() {
    client().path_parameters_annotation_only("a", None).await.unwrap();
}

/// `{+param}`: reserved characters (`/`) kept, others (` `) encoded.
#[tokio::test]
async fn path_parameters_reserved_expansion_template() {
    client().template("foo/bar baz", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_reserved_expansion_annotation() {
    client().annotation("foo/bar baz", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_simple_expansion_standard_primitive() {
    client().standard_primitive_4("a", None).await.unwrap();
}

/// A list in the path: `a,b`, the comma not encoded.
#[tokio::test]
async fn path_parameters_simple_expansion_standard_array() {
    client().standard_array_4(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_simple_expansion_explode_primitive() {
    client().explode_primitive_4("a", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_simple_expansion_explode_array() {
    client().explode_array_4(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_template_only() {
    client().query_parameters_template_only("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_explicit() {
    client().query_parameters_explicit("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_annotation_only() {
    client().query_parameters_annotation_only("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_standard_primitive() {
    client().standard_primitive_5("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_standard_array() {
    client().standard_array_5(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_explode_primitive() {
    client().explode_primitive_5("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_explode_array() {
    client().explode_array_5(a_b(), None).await.unwrap();
}

/// `?fixed=true{&param}`: the route's own query (an `x-ms-paths` key) plus the parameter.
#[tokio::test]
async fn query_parameters_query_continuation_standard_primitive() {
    client().standard_primitive_6("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_continuation_standard_array() {
    client().standard_array_6(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_continuation_explode_primitive() {
    client().explode_primitive_6("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_continuation_explode_array() {
    client().explode_array_6(a_b(), None).await.unwrap();
}
