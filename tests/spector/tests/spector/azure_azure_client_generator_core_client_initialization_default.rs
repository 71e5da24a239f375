//! `azure/client-generator-core/client-initialization/default`: parameters that TCGC moves to
//! the client (`@@clientInitialization`). The Swagger 2 output keeps them on each operation, so
//! the generated methods take them per call; the server checks that each request carries them.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_initialization_default::{
    models, AzureAzureClientGeneratorCoreClientInitializationDefaultClient as Client,
    AzureAzureClientGeneratorCoreClientInitializationDefaultClientOptions as ClientOptions,
    PathParamClientWithQueryOptions, QueryParamClientWithQueryOptions,
};
use time::macros::datetime;

fn client() -> Client {
    Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap()
}

fn input() -> models::Input {
    parse!({ "name": "test-name" })
}

#[tokio::test]
async fn header_param() {
    let client = client();
    let group = client.get_header_param_client();
    group.with_query("test-name-value", "test-id", None).await.unwrap();
    group.with_body("test-name-value", &input(), None).await.unwrap();
}

#[tokio::test]
async fn multiple_params() {
    let client = client();
    let group = client.get_multiple_params_client();
    group.with_query("test-name-value", "us-west", "test-id", None).await.unwrap();
    group.with_body("test-name-value", "us-west", &input(), None).await.unwrap();
}

#[tokio::test]
async fn mixed_params() {
    let client = client();
    let group = client.get_mixed_params_client();
    group.with_query("test-name-value", "us-west", "test-id", None).await.unwrap();
    let body: models::MixedParamsWithBodyRequest = parse!({ "name": "test-name" });
    group.with_body("test-name-value", "us-west", &body, None).await.unwrap();
}

#[tokio::test]
async fn path_param() {
    let client = client();
    let group = client.get_path_param_client();
    let options = PathParamClientWithQueryOptions { format: Some("text".into()), ..Default::default() };
    group.with_query("sample-blob", Some(options)).await.unwrap();
    let blob = group.get_standalone("sample-blob", None).await.unwrap();
    assert_eq!(blob.name, "sample-blob");
    assert_eq!(blob.size, 42);
    assert_eq!(blob.content_type, "text/plain");
    assert_eq!(blob.created_on, datetime!(2025-04-01 12:00:00 UTC));
    group.delete_standalone("sample-blob", None).await.unwrap();
}

#[tokio::test]
async fn param_alias() {
    let client = client();
    let group = client.get_param_alias_client();
    group.with_aliased_name("sample-blob", None).await.unwrap();
    group.with_original_name("sample-blob", None).await.unwrap();
}

#[tokio::test]
async fn query_param() {
    let client = client();
    let group = client.get_query_param_client();
    let options = QueryParamClientWithQueryOptions { format: Some("text".into()), ..Default::default() };
    group.with_query("test-blob", Some(options)).await.unwrap();
    let blob = group.get_standalone("test-blob", None).await.unwrap();
    assert_eq!(blob.name, "test-blob");
    assert_eq!(blob.size, 42);
    assert_eq!(blob.content_type, "text/plain");
    assert_eq!(blob.created_on, datetime!(2025-04-01 12:00:00 UTC));
    group.delete_standalone("test-blob", None).await.unwrap();
}
