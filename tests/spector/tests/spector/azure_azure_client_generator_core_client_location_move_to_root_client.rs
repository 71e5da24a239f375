//! `azure/client-generator-core/client-location/move-to-root-client`: `getHealthStatus` moved
//! from `ResourceOperations` to the root client.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_location_move_to_root_client::{
    AzureAzureClientGeneratorCoreClientLocationMoveToRootClient as Client,
    AzureAzureClientGeneratorCoreClientLocationMoveToRootClientOptions as ClientOptions,
};

#[tokio::test]
async fn resource_operations() {
    let client =
        Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap();
    client.get_resource_operations_client().get_resource(None).await.unwrap();
    client.get_health_status(None).await.unwrap();
}
