//! `serialization/encoded-name/json`: a property whose JSON name differs from its name in
//! the TypeSpec. The OpenAPI 3 file only keeps the JSON name, which the Rust field follows.

use crate::common::{client_options, endpoint};
use spector_clients::serialization_encoded_name_json::{models, SerializationEncodedNameJsonClient, SerializationEncodedNameJsonClientOptions};

fn client() -> SerializationEncodedNameJsonClient {
    let options = SerializationEncodedNameJsonClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    SerializationEncodedNameJsonClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn property_send() {
    let body = models::JsonEncodedNameModel { wire_name: true, ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), serde_json::json!({"wireName": true}));
    client().get_property_client().send(&body, None).await.unwrap();
}

#[tokio::test]
async fn property_get() {
    let output = client().get_property_client().get(None).await.unwrap();
    assert!(output.wire_name);
    assert!(output.additional_properties.is_empty());
}
