//! `azure/client-generator-core/response-as-bool`: HEAD operations. The Swagger declares only
//! the 204 answer, so a 404 is the error it carries, not `false`.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_response_as_bool::{
    AzureAzureClientGeneratorCoreResponseAsBoolClient as Client,
    AzureAzureClientGeneratorCoreResponseAsBoolClientOptions as ClientOptions,
};
use spector_clients::runtime::Error;

#[tokio::test]
async fn head_as_boolean_exists() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    // 204: the resource exists.
    client.get_head_as_boolean_client().exists(None).await.unwrap();
}

#[tokio::test]
async fn head_as_boolean_not_exists() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    // 404: the resource does not exist.
    let error = client.get_head_as_boolean_client().not_exists(None).await.unwrap_err();
    let Error::Service(error) = &error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 404);
}
