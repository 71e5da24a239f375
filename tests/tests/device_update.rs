//! Device Update · Get File through the generated `DeviceUpdateClient`.

use e2e::{client_options, FakeCredential, Reply, TestServer};
use seed_clients::device_update::{DeviceUpdateClient, DeviceUpdateClientGetFileOptions, DeviceUpdateClientOptions, GetFileResponse};
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
    let response = client.get_file("microsoft", "adu", "1.0.0.0", "abc123", None).await.expect("file");
    let GetFileResponse::Ok(file) = response else { panic!("expected 200, got {response:?}") };
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
    let options = DeviceUpdateClientGetFileOptions { if_none_match: Some("\"etag\"".into()), ..Default::default() };
    let response = client.get_file("microsoft", "adu", "1.0.0.0", "abc123", Some(options)).await.expect("304");
    assert!(matches!(response, GetFileResponse::NotModified), "{response:?}");
    assert_eq!(server.requests()[0].header("if-none-match"), Some("\"etag\""));

    let error = client.get_file("microsoft", "adu", "1.0.0.0", "missing", None).await.expect_err("404");
    assert!(matches!(&error, Error::Service(e) if u16::from(e.status) == 404), "{error:?}");
}
