//! `azure/client-generator-core/exact-name`: `@clientName` with exact names for a model, a
//! property, an enum value, an operation and a parameter; wire names stay as declared.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_exact_name::{
    models, AzureAzureClientGeneratorCoreExactNameClient as Client,
    AzureAzureClientGeneratorCoreExactNameClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn model() {
    let body = models::ExactMyModel { name: "test".to_owned(), ..Default::default() };
    let output = client().get_model_client().send(&body, None).await.unwrap();
    assert_eq!(output, body);
}

#[tokio::test]
async fn property() {
    let body = models::ScopedModel { name: "test".to_owned(), ..Default::default() };
    let output = client().get_property_client().send(&body, None).await.unwrap();
    assert_eq!(output, body);
}

#[tokio::test]
async fn enum_value() {
    let body: models::EndpointConfig = parse!({ "protocol": "a2a" });
    assert_eq!(body.protocol, models::AgentEndpointProtocol::ExactA2a);
    let output = client().get_enum_value_client().send(&body, None).await.unwrap();
    assert_eq!(output.protocol, models::AgentEndpointProtocol::ExactA2a);
    assert_eq!(output.protocol.as_str(), "a2a");
}

#[tokio::test]
async fn operation() {
    client().get_operation_client().exact_my_op(None).await.unwrap();
}

#[tokio::test]
async fn parameter() {
    client().get_parameter_client().send("hello", None).await.unwrap();
}
