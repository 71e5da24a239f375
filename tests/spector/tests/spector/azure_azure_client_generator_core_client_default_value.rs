//! `azure/client-generator-core/client-default-value`: `@clientDefaultValue` on model
//! properties and on query, path and header parameters.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_default_value::{
    models, AzureAzureClientGeneratorCoreClientDefaultValueClient as Client,
    AzureAzureClientGeneratorCoreClientDefaultValueClientGetHeaderParameterOptions as GetHeaderParameterOptions,
    AzureAzureClientGeneratorCoreClientDefaultValueClientGetOperationParameterOptions as GetOperationParameterOptions,
    AzureAzureClientGeneratorCoreClientDefaultValueClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn put_model_property() {
    let body = models::ModelWithDefaultValues {
        name: "test".to_owned(),
        timeout: Some(30),
        tier: Some("standard".to_owned()),
        retry: Some(true),
        ..Default::default()
    };
    let output = client().put_model_property(&body, None).await.unwrap();
    assert_eq!(output.name, "test");
    assert_eq!(output.timeout, Some(30));
    assert_eq!(output.tier.as_deref(), Some("standard"));
    assert_eq!(output.retry, Some(true));
}

#[tokio::test]
async fn get_operation_parameter() {
    let options =
        GetOperationParameterOptions { page_size: Some(10), format: Some("json".to_owned()), ..Default::default() };
    client().get_operation_parameter("test", Some(options)).await.unwrap();
}

#[tokio::test]
async fn get_path_parameter() {
    client().get_path_parameter("default-segment1", "segment2", None).await.unwrap();
}

#[tokio::test]
async fn get_header_parameter() {
    let options = GetHeaderParameterOptions {
        accept: Some("application/json;odata.metadata=none".to_owned()),
        custom_header: Some("default-value".to_owned()),
        ..Default::default()
    };
    client().get_header_parameter(Some(options)).await.unwrap();
}
