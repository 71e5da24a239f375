//! `azure/client/namespace`: clients and models that TypeSpec puts in other namespaces; here
//! one client with a sub-client per interface.

use crate::common::{client_options, endpoint};
use spector_clients::azure_client_namespace::{
    models, AzureClientNamespaceClient as Client, AzureClientNamespaceClientOptions as ClientOptions,
};

#[tokio::test]
async fn client_namespace() {
    let client =
        Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap();
    let first: models::FirstClientResult = client.get_first_client().get_first(None).await.unwrap();
    assert_eq!(first.name, "first");
    let second: models::SecondClientResult = client.get_second_client().get_second(None).await.unwrap();
    assert_eq!(second.r#type, models::SecondClientEnumType::Second);
}
