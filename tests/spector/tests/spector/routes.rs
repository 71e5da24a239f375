//! `routes`: fixed routes, path and query parameters and their RFC 6570 expansions. Only the
//! Swagger 2 output compiles (OpenAPI 3 refuses a path with a query string), and it keeps
//! neither the label / matrix / path expansion operators nor record-typed parameters (typed
//! `string`): those scenarios are in EXPECTED_FAILURES. The spec also reuses operation ids
//! (`Explode_Array` six times), so the `Explode` and `Standard` sub-clients' methods carry the
//! suffixes the generator gave them in spec order: `_4` simple expansion, `_5` query expansion,
//! `_6` query continuation.

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
    client().get_in_interface_client().fixed(None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_template_only() {
    client().get_path_parameters_client().template_only("a", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_explicit() {
    client().get_path_parameters_client().explicit("a", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_annotation_only() {
    client().get_path_parameters_client().annotation_only("a", None).await.unwrap();
}

/// `{+param}`: reserved characters (`/`) kept, others (` `) encoded.
#[tokio::test]
async fn path_parameters_reserved_expansion_template() {
    client().get_reserved_expansion_client().template("foo/bar baz", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_reserved_expansion_annotation() {
    client().get_reserved_expansion_client().annotation("foo/bar baz", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_simple_expansion_standard_primitive() {
    client().get_standard_client().primitive_4("a", None).await.unwrap();
}

/// A list in the path: `a,b`, the comma not encoded.
#[tokio::test]
async fn path_parameters_simple_expansion_standard_array() {
    client().get_standard_client().array_4(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_simple_expansion_explode_primitive() {
    client().get_explode_client().primitive_4("a", None).await.unwrap();
}

#[tokio::test]
async fn path_parameters_simple_expansion_explode_array() {
    client().get_explode_client().array_4(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_template_only() {
    client().get_query_parameters_client().template_only("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_explicit() {
    client().get_query_parameters_client().explicit("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_annotation_only() {
    client().get_query_parameters_client().annotation_only("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_standard_primitive() {
    client().get_standard_client().primitive_5("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_standard_array() {
    client().get_standard_client().array_5(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_explode_primitive() {
    client().get_explode_client().primitive_5("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_expansion_explode_array() {
    client().get_explode_client().array_5(a_b(), None).await.unwrap();
}

/// `?fixed=true{&param}`: the route's own query (an `x-ms-paths` key) plus the parameter.
#[tokio::test]
async fn query_parameters_query_continuation_standard_primitive() {
    client().get_standard_client().primitive_6("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_continuation_standard_array() {
    client().get_standard_client().array_6(a_b(), None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_continuation_explode_primitive() {
    client().get_explode_client().primitive_6("a", None).await.unwrap();
}

#[tokio::test]
async fn query_parameters_query_continuation_explode_array() {
    client().get_explode_client().array_6(a_b(), None).await.unwrap();
}
