//! `azure/client-generator-core/response-as-bool`: HEAD operations.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_response_as_bool::{
    AzureAzureClientGeneratorCoreResponseAsBoolClient as Client,
    AzureAzureClientGeneratorCoreResponseAsBoolClientOptions as ClientOptions,
};

#[tokio::test]
async fn head_as_boolean_exists() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    // 204: the resource exists.
    client.get_head_as_boolean_client().exists(None).await.unwrap();
}
