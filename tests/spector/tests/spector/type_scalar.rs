//! `type/scalar`: scalar bodies (string, boolean, unknown) and decimals in bodies and queries.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_scalar::{TypeScalarClient, TypeScalarClientOptions};

fn client() -> TypeScalarClient {
    let options = TypeScalarClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeScalarClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn string_get() {
    assert_eq!(client().get_string_client().get(None).await.unwrap(), "test");
}

#[tokio::test]
async fn string_put() {
    client().get_string_client().put(&"test".to_owned(), None).await.unwrap();
}

#[tokio::test]
async fn boolean_get() {
    assert!(client().get_boolean_client().get(None).await.unwrap());
}

#[tokio::test]
async fn boolean_put() {
    client().get_boolean_client().put(&true, None).await.unwrap();
}

#[tokio::test]
async fn unknown_get() {
    assert_eq!(client().get_unknown_client().get(None).await.unwrap(), json!("test"));
}

#[tokio::test]
async fn unknown_put() {
    client().get_unknown_client().put(&json!("test"), None).await.unwrap();
}

#[tokio::test]
async fn decimal_type_response_body() {
    assert_eq!(client().get_decimal_type_client().response_body(None).await.unwrap(), 0.33333);
}

#[tokio::test]
async fn decimal128_type_response_body() {
    assert_eq!(client().get_decimal128_type_client().response_body(None).await.unwrap(), 0.33333);
}

#[tokio::test]
async fn decimal_type_request_body() {
    client().get_decimal_type_client().request_body(&0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal128_type_request_body() {
    client().get_decimal128_type_client().request_body(&0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal_type_request_parameter() {
    client().get_decimal_type_client().request_parameter(0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal128_type_request_parameter() {
    client().get_decimal128_type_client().request_parameter(0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal_verify_prepare_verify() {
    assert_eq!(client().get_decimal_verify_client().prepare_verify(None).await.unwrap(), vec![0.1, 0.1, 0.1]);
}

#[tokio::test]
async fn decimal128_verify_prepare_verify() {
    assert_eq!(client().get_decimal128_verify_client().prepare_verify(None).await.unwrap(), vec![0.1, 0.1, 0.1]);
}
