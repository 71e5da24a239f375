//! `encode/numeric`: integers sent as JSON strings (`"10000000000"`), held as `i64` in Rust.

use crate::common::{client_options, endpoint};
use spector_clients::encode_numeric::{models, EncodeNumericClient, EncodeNumericClientOptions};

fn client() -> EncodeNumericClient {
    let options = EncodeNumericClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    EncodeNumericClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn property_safeint_as_string() {
    let body = models::SafeintAsStringProperty { value: 10_000_000_000, ..Default::default() };
    let output = client().get_property_client().safeint_as_string(&body, None).await.unwrap();
    assert_eq!(output.value, 10_000_000_000);
}

#[tokio::test]
async fn property_uint32_as_string_optional() {
    let body = models::Uint32AsStringProperty { value: Some(1), ..Default::default() };
    let output = client().get_property_client().uint32_as_string_optional(&body, None).await.unwrap();
    assert_eq!(output.value, Some(1));
}

#[tokio::test]
async fn property_uint8_as_string() {
    let body = models::Uint8AsStringProperty { value: 255, ..Default::default() };
    let output = client().get_property_client().uint8_as_string(&body, None).await.unwrap();
    assert_eq!(output.value, 255);
}
