//! Device Update · Get File through the generated `DeviceUpdateClient`.

use e2e::{client_options, FakeCredential, Reply, TestServer};
use seed_clients::device_update::{DeviceUpdateClient, UpdatesClientGetFileOptions, DeviceUpdateClientOptions, UpdatesClientGetFileResponse};
use seed_clients::runtime::Error;
use serde_json::json;

fn client(server: &TestServer) -> (DeviceUpdateClient, std::sync::Arc<FakeCredential>) {
    let credential = FakeCredential::new();
    let options = DeviceUpdateClientOptions { client_options: client_options() };
    let client = DeviceUpdateClient::new(&server.host_port(), "blue", credential.clone(), Some(options)).expect("client");
    (client, credential)
}

#[tokio::test]
async fn get_file_builds_host_and_path_and_parses_the_file() {
    let server = TestServer::start(|_| {
        Reply::json(
            200,
            json!({
                "fileId": "abc123",
                "fileName": "1v5uww1q.my2",
                "sizeInBytes": 1862311,
                "hashes": {"sha256": "OVokcktf61lQXs17MzJCsM98lk48H1Wu1hy7Sp6lLfI="},
                "mimeType": "application/BuildAsync-s4jwikgq.44h",
                "etag": "\"26bd8eba-4bb2-4960-a357-ca4d60b5fb4b\""
            }),
        )
    });
    let (client, credential) = client(&server);
    assert_eq!(client.endpoint(), format!("https://{}", server.host_port()));
    let response = client.get_updates_client().get_file("microsoft", "adu", "1.0.0.0", "abc123", None).await.expect("file");
    let UpdatesClientGetFileResponse::Ok(file) = response else { panic!("expected 200, got {response:?}") };
    assert_eq!(file.file_id, "abc123");
    let size: i64 = file.size_in_bytes;
    assert_eq!(size, 1862311);
    assert_eq!(file.hashes["sha256"], "OVokcktf61lQXs17MzJCsM98lk48H1Wu1hy7Sp6lLfI=");
    assert_eq!(file.etag.as_deref(), Some("\"26bd8eba-4bb2-4960-a357-ca4d60b5fb4b\""));

    let request = server.only_request();
    assert_eq!(request.path_and_query, "/deviceupdate/blue/v2/updates/providers/microsoft/names/adu/versions/1.0.0.0/files/abc123");
    assert_eq!(request.header("authorization"), Some("Bearer test-token"));
    assert_eq!(request.header("if-none-match"), None);
    assert_eq!(credential.scopes_requested(), ["https://api.adu.microsoft.com/user_impersonation"]);
}

#[tokio::test]
async fn not_modified_is_an_outcome_and_404_is_an_error() {
    let server = TestServer::start(|request| match request.header("if-none-match") {
        Some(_) => Reply::status(304),
        None => Reply::status(404),
    });
    let (client, _) = client(&server);
    let options = UpdatesClientGetFileOptions { if_none_match: Some("\"etag\"".into()), ..Default::default() };
    let response = client.get_updates_client().get_file("microsoft", "adu", "1.0.0.0", "abc123", Some(options)).await.expect("304");
    assert!(matches!(response, UpdatesClientGetFileResponse::NotModified), "{response:?}");
    assert_eq!(server.requests()[0].header("if-none-match"), Some("\"etag\""));

    let error = client.get_updates_client().get_file("microsoft", "adu", "1.0.0.0", "missing", None).await.expect_err("404");
    assert!(matches!(&error, Error::Service(e) if u16::from(e.status) == 404), "{error:?}");
}

#[tokio::test]
async fn persistent_429_is_a_service_error_after_the_retry_budget() {
    let server = TestServer::start(|_| {
        Reply::json(429, json!({"error": {"code": "TooManyRequests", "message": "Too many requests."}})).header("Retry-After", "0")
    });
    let (client, _) = client(&server);
    let error = client.get_updates_client().get_file("microsoft", "adu", "1.0.0.0", "abc123", None).await.expect_err("429");
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 429);
    assert_eq!(error.error_code.as_deref(), Some("TooManyRequests"));
    assert_eq!(error.error.expect("error body as JSON")["error"]["message"], "Too many requests.");
    // The first try plus `max_retries` of `e2e::retry_options()` (tests/src/client.rs: 3).
    assert_eq!(server.request_count(), 1 + 3);
}

#[tokio::test]
async fn size_in_bytes_beyond_i32_parses_as_i64() {
    let server = TestServer::start(|_| {
        Reply::json(200, json!({"fileId": "big", "sizeInBytes": 5_000_000_000_i64, "hashes": {"sha256": "x"}}))
    });
    let (client, _) = client(&server);
    let response = client.get_updates_client().get_file("microsoft", "adu", "1.0.0.0", "big", None).await.expect("file");
    let UpdatesClientGetFileResponse::Ok(file) = response else { panic!("expected 200, got {response:?}") };
    assert_eq!(file.size_in_bytes, 5_000_000_000_i64);
    assert_eq!(file.file_id, "big");
}

/// Asserts `get_file` on a server answering 200 with `body` fails with `Error::Decode`.
async fn assert_decode_error(body: &'static [u8]) {
    let server = TestServer::start(move |_| Reply::bytes(200, "application/json", body.to_vec()));
    let (client, _) = client(&server);
    let error = client.get_updates_client().get_file("microsoft", "adu", "1.0.0.0", "abc", None).await.expect_err("bad body");
    let Error::Decode(error) = error else { panic!("expected a decode error for {body:?}, got {error:?}") };
    assert_eq!(u16::from(error.status), 200);
    assert_eq!(&error.body[..], body);
    assert!(!error.message.is_empty());
}

#[tokio::test]
async fn truncated_200_body_is_a_decode_error_with_the_raw_body() {
    assert_decode_error(br#"{"fileId": "abc""#).await;
    assert_decode_error(br#"{"fileId": "abc", "sizeInBytes": 12"#).await;
    assert_decode_error(b"").await;
}

#[tokio::test]
async fn malformed_200_body_is_a_decode_error_with_the_raw_body() {
    assert_decode_error(br#"{"fileId": "abc", "sizeInBytes": "x", "hashes": {}}"#).await;
    assert_decode_error(br#"{"fileId": "abc", "sizeInBytes": 1.5, "hashes": {}}"#).await;
    assert_decode_error(br#"{"fileId": 7, "sizeInBytes": 1, "hashes": {}}"#).await;
    assert_decode_error(b"<html>gateway</html>").await;
}
