//! `type/file`: raw file bodies sent and received as bytes, under one fixed media type, JSON,
//! several types (the caller picks, the response says which) or any type.

use crate::common::{client_options, endpoint};
use futures::StreamExt;
use spector_clients::runtime::ByteStream;
use spector_clients::type_file::{TypeFileClient, TypeFileClientOptions};

fn client() -> TypeFileClient {
    let options = TypeFileClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeFileClient::new(Some(options)).unwrap()
}

/// The image the mock server sends and expects (from the Spector package in the harness).
fn png() -> azure_core::Bytes {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/spector/harness/node_modules/@typespec/http-specs/assets/image.png");
    std::fs::read(path).expect("the Spector harness's image.png").into()
}

const JSON_FILE: &str = r#"{"message":"test file content"}"#;

async fn read(mut stream: ByteStream) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        body.extend_from_slice(&chunk.unwrap());
    }
    body
}

#[tokio::test]
async fn body_upload_file_specific_content_type() {
    client().get_body_client().upload_file_specific_content_type(&png(), None).await.unwrap();
}

#[tokio::test]
async fn body_upload_file_json_content_type() {
    client().get_body_client().upload_file_json_content_type(&JSON_FILE.into(), None).await.unwrap();
}

#[tokio::test]
async fn body_upload_file_multiple_content_types() {
    client().get_body_client().upload_file_multiple_content_types(&png(), "image/png", None).await.unwrap();
}

#[tokio::test]
async fn body_upload_file_default_content_type() {
    client().get_body_client().upload_file_default_content_type(&png(), "image/png", None).await.unwrap();
}

#[tokio::test]
async fn body_download_file_specific_content_type() {
    let body = client().get_body_client().download_file_specific_content_type(None).await.unwrap();
    assert_eq!(read(body).await, png().to_vec());
}

#[tokio::test]
async fn body_download_file_json_content_type() {
    let body = client().get_body_client().download_file_json_content_type(None).await.unwrap();
    let body = read(body).await;
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap(), serde_json::json!({"message": "test file content"}));
}

#[tokio::test]
async fn body_download_file_multiple_content_types() {
    let response = client().get_body_client().download_file_multiple_content_types(None).await.unwrap();
    assert_eq!(response.content_type.as_deref(), Some("image/png"));
    assert_eq!(read(response.body).await, png().to_vec());
}

#[tokio::test]
async fn body_download_file_default_content_type() {
    let response = client().get_body_client().download_file_default_content_type(None).await.unwrap();
    assert_eq!(response.content_type.as_deref(), Some("image/png"));
    assert_eq!(read(response.body).await, png().to_vec());
}
