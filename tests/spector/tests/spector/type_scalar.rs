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
    assert_eq!(client().string_get(None).await.unwrap(), "test");
}

#[tokio::test]
async fn string_put() {
    client().string_put(&"test".to_owned(), None).await.unwrap();
}

#[tokio::test]
async fn boolean_get() {
    assert!(client().boolean_get(None).await.unwrap());
}

#[tokio::test]
async fn boolean_put() {
    client().boolean_put(&true, None).await.unwrap();
}

#[tokio::test]
async fn unknown_get() {
    assert_eq!(client().unknown_get(None).await.unwrap(), json!("test"));
}

#[tokio::test]
async fn unknown_put() {
    client().unknown_put(&json!("test"), None).await.unwrap();
}

#[tokio::test]
async fn decimal_type_response_body() {
    assert_eq!(client().decimal_type_response_body(None).await.unwrap(), 0.33333);
}

#[tokio::test]
async fn decimal128_type_response_body() {
    assert_eq!(client().decimal128_type_response_body(None).await.unwrap(), 0.33333);
}

#[tokio::test]
async fn decimal_type_request_body() {
    client().decimal_type_request_body(&0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal128_type_request_body() {
    client().decimal128_type_request_body(&0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal_type_request_parameter() {
    client().decimal_type_request_parameter(0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal128_type_request_parameter() {
    client().decimal128_type_request_parameter(0.33333, None).await.unwrap();
}

#[tokio::test]
async fn decimal_verify_prepare_verify() {
    assert_eq!(client().decimal_verify_prepare_verify(None).await.unwrap(), vec![0.1, 0.1, 0.1]);
}

#[tokio::test]
async fn decimal128_verify_prepare_verify() {
    assert_eq!(client().decimal128_verify_prepare_verify(None).await.unwrap(), vec![0.1, 0.1, 0.1]);
}
