//! `azure/client-generator-core/client-location/move-to-new-sub-client`: `archiveProduct` moved
//! from `ProductOperations` to a new `ArchiveOperations` sub-client.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_location_move_to_new_sub_client::{
    AzureAzureClientGeneratorCoreClientLocationMoveToNewSubClient as Client,
    AzureAzureClientGeneratorCoreClientLocationMoveToNewSubClientOptions as ClientOptions,
};

#[tokio::test]
async fn product_operations() {
    let client =
        Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap();
    client.get_product_operations_client().list_products(None).await.unwrap();
    client.get_archive_operations_client().archive_product(None).await.unwrap();
}
