//! `azure/client-generator-core/client-doc`: `@clientDoc` only changes documentation; the
//! request is a plain JSON round trip.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_client_doc::{
    models, AzureAzureClientGeneratorCoreClientDocClient as Client,
    AzureAzureClientGeneratorCoreClientDocClientOptions as ClientOptions,
};

#[tokio::test]
async fn documentation() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    let plant = models::Plant { name: "Rose".to_owned(), species: "Rosa".to_owned(), ..Default::default() };
    let output = client.get_documentation_client().harvest(&plant, None).await.unwrap();
    assert_eq!(output, plant);
}
