//! `azure/client-generator-core/client-default-value`: `@clientDefaultValue` (Swagger's
//! `x-ms-client-default`) on model properties and on query, path and header parameters. The
//! caller gives none of the defaulted values: the client sends them.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_default_value::{
    models, AzureAzureClientGeneratorCoreClientDefaultValueClient as Client,
    AzureAzureClientGeneratorCoreClientDefaultValueClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn put_model_property() {
    // A new model starts with the client defaults.
    let body = models::ModelWithDefaultValues { name: "test".to_owned(), ..Default::default() };
    assert_eq!(body.timeout, Some(30));
    let output = client().put_model_property(&body, None).await.unwrap();
    assert_eq!(output.name, "test");
    assert_eq!(output.timeout, Some(30));
    assert_eq!(output.tier.as_deref(), Some("standard"));
    assert_eq!(output.retry, Some(true));
    assert!(output.additional_properties.is_empty());
}

#[tokio::test]
async fn get_operation_parameter() {
    // pageSize=10 and format=json are the client defaults.
    client().get_operation_parameter("test", None).await.unwrap();
}

#[tokio::test]
async fn get_path_parameter() {
    // segment1 is left to its client default, `default-segment1`.
    client().get_path_parameter("segment2", None).await.unwrap();
}

#[tokio::test]
async fn get_header_parameter() {
    // `Accept: application/json;odata.metadata=none` and `x-custom-header: default-value`.
    client().get_header_parameter(None).await.unwrap();
}
