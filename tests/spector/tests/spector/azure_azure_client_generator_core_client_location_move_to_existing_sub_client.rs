//! `azure/client-generator-core/client-location/move-to-existing-sub-client`: `deleteUser` moved
//! from `UserOperations` to the existing `AdminOperations` sub-client.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_location_move_to_existing_sub_client::{
    AzureAzureClientGeneratorCoreClientLocationMoveToExistingSubClient as Client,
    AzureAzureClientGeneratorCoreClientLocationMoveToExistingSubClientOptions as ClientOptions,
};

#[tokio::test]
async fn user_operations() {
    let client =
        Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap();
    client.get_user_operations_client().get_user(None).await.unwrap();
    let admin = client.get_admin_operations_client();
    admin.delete_user(None).await.unwrap();
    admin.get_admin_info(None).await.unwrap();
}
