//! `azure/core/scalar`: the `azureLocation` scalar in bodies, models, headers and queries.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_core_scalar_2022_12_01_preview::{
    models, AzureAzureCoreScalar20221201PreviewClient as Client,
    AzureAzureCoreScalar20221201PreviewClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn azure_location_scalar_get() {
    let location: models::AzureLocation = client().get_azure_location_scalar_client().get(None).await.unwrap();
    assert_eq!(location, "eastus");
}

#[tokio::test]
async fn azure_location_scalar_put() {
    client().get_azure_location_scalar_client().put(&"eastus".to_owned(), None).await.unwrap();
}

#[tokio::test]
async fn azure_location_scalar_post() {
    let body = models::AzureLocationModel { location: "eastus".into(), additional_properties: Default::default() };
    let model = client().get_azure_location_scalar_client().post(&body, None).await.unwrap();
    assert_eq!(model.location, "eastus");
}

#[tokio::test]
async fn azure_location_scalar_header() {
    client().get_azure_location_scalar_client().header("eastus", None).await.unwrap();
}

#[tokio::test]
async fn azure_location_scalar_query() {
    client().get_azure_location_scalar_client().query("eastus", None).await.unwrap();
}
