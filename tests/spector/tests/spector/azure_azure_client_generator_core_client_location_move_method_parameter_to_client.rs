//! `azure/client-generator-core/client-location/move-method-parameter-to-client`: TCGC moves
//! `storageAccount` to the client; the Swagger 2 output keeps it on the operation, so the
//! method takes it, and the request must carry it with the other query parameters.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_location_move_method_parameter_to_client::{
    AzureAzureClientGeneratorCoreClientLocationMoveMethodParameterToClient as Client,
    AzureAzureClientGeneratorCoreClientLocationMoveMethodParameterToClientOptions as ClientOptions,
};

#[tokio::test]
async fn blob_operations() {
    let client =
        Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap();
    let blob = client
        .get_blob_operations_client()
        .get_blob("testaccount", "testcontainer", "testblob.txt", None)
        .await
        .unwrap();
    assert_eq!(blob.id, "blob-001");
    assert_eq!(blob.name, "testblob.txt");
    assert_eq!(blob.size, 1024);
    assert_eq!(blob.path, "/testcontainer/testblob.txt");
}
