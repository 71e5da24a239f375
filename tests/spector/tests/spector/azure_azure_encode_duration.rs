//! `azure/encode/duration`: a duration in the .NET `TimeSpan` constant format.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_encode_duration::{
    models, AzureAzureEncodeDurationClient as Client, AzureAzureEncodeDurationClientOptions as ClientOptions,
};

#[tokio::test]
async fn duration_constant() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    let body = models::DurationModel { input: "1.02:59:59.5000000".into(), ..Default::default() };
    client.duration_constant(&body, None).await.unwrap();
}
