//! `azure/client-generator-core/usage`: `@usage` only decides which models an SDK exposes for
//! input, output or both; the requests are plain JSON bodies.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_usage::{
    models, AzureAzureClientGeneratorCoreUsageClient as Client,
    AzureAzureClientGeneratorCoreUsageClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn model_in_operation() {
    let client = client();
    let operations = client.get_model_in_operation_client();
    let input = models::InputModel { name: "Madge".to_owned(), ..Default::default() };
    operations.input_to_input_output(&input, None).await.unwrap();

    let output = operations.output_to_input_output(None).await.unwrap();
    assert_eq!(output.name, "Madge");

    // `result` is read-only: the request sends an empty object, the response fills it.
    let round_trip = operations.model_in_read_only_property(&models::RoundTripModel::default(), None).await.unwrap();
    assert_eq!(round_trip.result.unwrap().name, "Madge");

    // The orphan model is used by no operation; the operation takes any JSON, built from it.
    let orphan =
        models::OrphanModel { model_name: "name".to_owned(), description: "desc".to_owned(), ..Default::default() };
    let body = serde_json::to_value(&orphan).unwrap();
    assert_eq!(body, serde_json::json!({ "name": "name", "desc": "desc" }));
    operations.orphan_model_serializable(&body, None).await.unwrap();
}

#[tokio::test]
async fn namespace_usage() {
    let model = models::NamespaceModel { name: "test".to_owned(), ..Default::default() };
    let body = serde_json::to_value(&model).unwrap();
    client().get_namespace_usage_client().namespace_model_serializable(&body, None).await.unwrap();
}
