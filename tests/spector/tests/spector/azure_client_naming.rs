//! `azure/client/naming`: `@clientName` renames operations, parameters, headers, models,
//! properties and enum members on the client; the wire names stay as the server knows them.

use crate::common::{client_options, endpoint};
use spector_clients::azure_client_naming::{
    models, AzureClientNamingClient as Client, AzureClientNamingClientOptions as ClientOptions,
};

fn client() -> Client {
    Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap()
}

#[tokio::test]
async fn operation() {
    // `client_name` is the Rust name of the operation the server knows as `operation`.
    let () = client().client_name(None).await.unwrap();
}

#[tokio::test]
async fn parameter() {
    // `client_name` is the Rust name of the `defaultName` query parameter.
    let () = client().parameter("true", None).await.unwrap();
}

#[tokio::test]
async fn header_request() {
    // `client_name` is the Rust name of the `default-name` header.
    let () = client().get_header_client().request("true", None).await.unwrap();
}

#[tokio::test]
async fn header_response() {
    let response = client().get_header_client().response(None).await.unwrap();
    assert_eq!(response.default_name.as_deref(), Some("true"));
}

#[tokio::test]
async fn model_client() {
    let body = models::ClientModel { default_name: true, ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), serde_json::json!({ "defaultName": true }));
    client().get_model_client().client(&body, None).await.unwrap();
}

#[tokio::test]
async fn model_language() {
    let body = models::ModelWithLanguageClientName { default_name: true, ..Default::default() };
    client().get_model_client().language(&body, None).await.unwrap();
}

#[tokio::test]
async fn property_client() {
    // `client_name` goes on the wire as `defaultName`.
    let body = models::ClientNameModel { client_name: true, ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), serde_json::json!({ "defaultName": true }));
    client().get_property_client().client(&body, None).await.unwrap();
}

#[tokio::test]
async fn property_compatible_with_encoded_name() {
    // `client_name` goes on the wire as `wireName`.
    let body = models::ClientNameAndJsonEncodedNameModel { client_name: true, ..Default::default() };
    let parsed: models::ClientNameAndJsonEncodedNameModel = parse!({ "wireName": true });
    assert_eq!(parsed, body);
    client().get_property_client().compatible_with_encoded_name(&body, None).await.unwrap();
}

#[tokio::test]
async fn property_language() {
    let body = models::LanguageClientNameModel { default_name: true, ..Default::default() };
    client().get_property_client().language(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_enum_member_name() {
    let value = models::ExtensibleEnum::ClientEnumValue1;
    assert_eq!(value.as_str(), "value1");
    let parsed: models::ExtensibleEnum = parse!("value2");
    assert_eq!(parsed, models::ExtensibleEnum::ClientEnumValue2);
    client().get_union_enum_client().union_enum_member_name(&value, None).await.unwrap();
}

#[tokio::test]
async fn union_enum_name() {
    let value = models::ClientExtensibleEnum::EnumValue1;
    let parsed: models::ClientExtensibleEnum = parse!("value1");
    assert_eq!(parsed, value);
    client().get_union_enum_client().union_enum_name(&value, None).await.unwrap();
}
