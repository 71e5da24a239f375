//! `azure/client-generator-core/client-initialization/individuallyParent`: children that are initialized
//! both individually and from their parent, holding a path, query or header parameter.
//! The Swagger 2 output keeps the client-level parameters on each operation, so the generated
//! methods take them per call; the server checks that each request carries them.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_initialization_individually_parent::{
    models, AzureAzureClientGeneratorCoreClientInitializationIndividuallyParentClient as Client,
    AzureAzureClientGeneratorCoreClientInitializationIndividuallyParentClientOptions as ClientOptions,
    IndividuallyParentNestedWithHeaderClientWithQueryOptions,
    IndividuallyParentNestedWithMixedClientWithQueryOptions,
    IndividuallyParentNestedWithMultipleClientWithQueryOptions,
    IndividuallyParentNestedWithPathClientWithQueryOptions,
    IndividuallyParentNestedWithQueryClientWithQueryOptions,
};
use time::macros::datetime;

fn client() -> Client {
    Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap()
}

/// The blob both `get_standalone` scenarios answer with.
fn assert_test_blob(blob: &models::BlobProperties) {
    assert_eq!(blob.name, "test-blob");
    assert_eq!(blob.size, 1024);
    assert_eq!(blob.content_type, "application/octet-stream");
    assert_eq!(blob.created_on, datetime!(2023-01-01 12:00:00 UTC));
}

#[tokio::test]
async fn individually_parent_nested_with_path_client() {
    let client = client();
    let group = client.get_individually_parent_nested_with_path_client();
    let options = IndividuallyParentNestedWithPathClientWithQueryOptions {
        format: Some("text".into()),
        ..Default::default()
    };
    group.with_query("test-blob", Some(options)).await.unwrap();
    assert_test_blob(&group.get_standalone("test-blob", None).await.unwrap());
    group.delete_standalone("test-blob", None).await.unwrap();
}

#[tokio::test]
async fn individually_parent_nested_with_query_client() {
    let client = client();
    let group = client.get_individually_parent_nested_with_query_client();
    let options = IndividuallyParentNestedWithQueryClientWithQueryOptions {
        format: Some("text".into()),
        ..Default::default()
    };
    group.with_query("test-blob", Some(options)).await.unwrap();
    assert_test_blob(&group.get_standalone("test-blob", None).await.unwrap());
    group.delete_standalone("test-blob", None).await.unwrap();
}

#[tokio::test]
async fn individually_parent_nested_with_header_client() {
    let client = client();
    let group = client.get_individually_parent_nested_with_header_client();
    let options = IndividuallyParentNestedWithHeaderClientWithQueryOptions {
        format: Some("text".into()),
        ..Default::default()
    };
    group.with_query("test-name-value", Some(options)).await.unwrap();
    group.get_standalone("test-name-value", None).await.unwrap();
    group.delete_standalone("test-name-value", None).await.unwrap();
}

#[tokio::test]
async fn individually_parent_nested_with_multiple_client() {
    let client = client();
    let group = client.get_individually_parent_nested_with_multiple_client();
    let options = IndividuallyParentNestedWithMultipleClientWithQueryOptions {
        format: Some("text".into()),
        ..Default::default()
    };
    group.with_query("test-name-value", "us-west", Some(options)).await.unwrap();
    group.get_standalone("test-name-value", "us-west", None).await.unwrap();
    group.delete_standalone("test-name-value", "us-west", None).await.unwrap();
}

#[tokio::test]
async fn individually_parent_nested_with_mixed_client() {
    let client = client();
    let group = client.get_individually_parent_nested_with_mixed_client();
    let options = IndividuallyParentNestedWithMixedClientWithQueryOptions {
        format: Some("text".into()),
        ..Default::default()
    };
    group.with_query("test-name-value", "us-west", Some(options)).await.unwrap();
    group.get_standalone("test-name-value", "us-west", None).await.unwrap();
    group.delete_standalone("test-name-value", "us-west", None).await.unwrap();
}

#[tokio::test]
async fn individually_parent_nested_with_param_alias_client() {
    let client = client();
    let group = client.get_individually_parent_nested_with_param_alias_client();
    group.with_aliased_name("sample-blob", None).await.unwrap();
    group.with_original_name("sample-blob", None).await.unwrap();
}
