//! ACS Messages · Get Media through the generated `MessagesClient`.

use e2e::{client_options, FakeCredential, Reply, TestServer};
use futures::StreamExt;
use seed_clients::acs_messages::{MessagesClient, StreamClientGetMediaOptions, MessagesClientOptions};
use seed_clients::runtime::Error;
use serde_json::json;

const MEDIA_ID: &str = "d19e68ec-bdd6-4a50-8dfb-cbb1642df6ab";

fn client(server: &TestServer, credential: std::sync::Arc<FakeCredential>) -> MessagesClient {
    let options = MessagesClientOptions { client_options: client_options(), ..Default::default() };
    MessagesClient::new(&server.url(), credential, Some(options)).expect("client")
}

#[tokio::test]
async fn get_media_streams_the_body_and_echoes_the_request_id() {
    let server = TestServer::start(|request| {
        let id = request.header("x-ms-client-request-id").unwrap_or_default().to_owned();
        Reply::bytes(200, "application/octet-stream", b"<binary_media_data>".to_vec()).header("x-ms-client-request-id", id)
    });
    let credential = FakeCredential::new();
    // The caller's own request id goes in the call's context; azure_core's pipeline sends it.
    let mut options = StreamClientGetMediaOptions::default();
    options
        .method_options
        .context
        .insert(azure_core::http::request::options::ClientRequestId::new("0f6d6f1e-4c4b-4b0e-9a53-0f5e9f3f7a11".to_owned()));
    let response = client(&server, credential.clone()).get_stream_client().get_media(MEDIA_ID, Some(options)).await.expect("media");
    assert_eq!(response.x_ms_client_request_id.as_deref(), Some("0f6d6f1e-4c4b-4b0e-9a53-0f5e9f3f7a11"));
    let mut body = Vec::new();
    let mut stream = response.body;
    while let Some(chunk) = stream.next().await {
        body.extend_from_slice(&chunk.expect("chunk"));
    }
    assert_eq!(body, b"<binary_media_data>");

    let request = server.only_request();
    assert_eq!(request.path_and_query, format!("/messages/streams/{MEDIA_ID}?api-version=2024-08-30"));
    assert_eq!(request.header("authorization"), Some("Bearer test-token"));
    assert_eq!(credential.scopes_requested(), ["https://communication.azure.com/.default"]);
}

#[tokio::test]
async fn get_media_error_carries_code_and_error_response() {
    let server = TestServer::start(|_| {
        Reply::json(
            404,
            json!({"error": {"code": "NotFound", "message": "Media not found", "details": [{"code": "Inner", "message": "gone"}], "innererror": {"code": "MediaExpired", "innererror": {"code": "Deeper"}}}}),
        )
        .header("x-ms-error-code", "MediaNotFound")
    });
    let error = client(&server, FakeCredential::new()).get_stream_client().get_media(MEDIA_ID, None).await.expect_err("404");
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 404);
    assert_eq!(error.error_code.as_deref(), Some("MediaNotFound"), "the header wins over the body");
    let body = error.error.expect("ErrorResponse").error;
    assert_eq!(body.code, "NotFound");
    assert_eq!(body.details.expect("details")[0].code, "Inner");
    let inner = body.innererror.expect("innererror");
    assert_eq!(inner.code.as_deref(), Some("MediaExpired"));
    assert_eq!(inner.innererror.expect("nested").code.as_deref(), Some("Deeper"));
}

/// `8-4-4-4-12` hexadecimal digits, 36 characters: the textual form of a UUID.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    text.len() == 36
        && groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[tokio::test]
async fn get_media_sends_a_uuid_client_request_id_when_the_caller_gives_none() {
    let server = TestServer::start(|request| {
        let id = request.header("x-ms-client-request-id").unwrap_or_default().to_owned();
        Reply::bytes(200, "application/octet-stream", b"media".to_vec()).header("x-ms-client-request-id", id)
    });
    let response = client(&server, FakeCredential::new()).get_stream_client().get_media(MEDIA_ID, None).await.expect("media");

    let request = server.only_request();
    let sent = request.header_all("x-ms-client-request-id");
    assert_eq!(sent.len(), 1, "exactly one client request id: {sent:?}");
    assert!(is_uuid(sent[0]), "not a UUID: {:?}", sent[0]);
    assert_eq!(response.x_ms_client_request_id.as_deref(), Some(sent[0]), "echoed id readable from the response");

    // A second call gets an id of its own.
    client(&server, FakeCredential::new()).get_stream_client().get_media(MEDIA_ID, None).await.expect("media");
    let requests = server.requests();
    assert_ne!(requests[0].header("x-ms-client-request-id"), requests[1].header("x-ms-client-request-id"));
}

#[tokio::test]
async fn get_media_truncated_error_body_is_a_service_error_with_the_raw_body() {
    const TRUNCATED: &[u8] = br#"{"error": {"code": "NotFound", "message": "Media not fo"#;
    let server = TestServer::start(|_| Reply::bytes(404, "application/json", TRUNCATED.to_vec()));
    let error = client(&server, FakeCredential::new()).get_stream_client().get_media(MEDIA_ID, None).await.expect_err("404");
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 404);
    assert!(error.error.is_none(), "{:?}", error.error);
    assert_eq!(error.error_code, None, "no header, and the body does not parse");
    assert_eq!(&error.body[..], TRUNCATED);
}

#[tokio::test]
async fn get_media_malformed_error_body_is_a_service_error_with_the_raw_body() {
    // Valid JSON, wrong shape (no `error` object), and an error code in the header.
    const WRONG_SHAPE: &[u8] = br#"{"error": "NotFound"}"#;
    let server = TestServer::start(|_| {
        Reply::bytes(404, "application/json", WRONG_SHAPE.to_vec()).header("x-ms-error-code", "MediaNotFound")
    });
    let error = client(&server, FakeCredential::new()).get_stream_client().get_media(MEDIA_ID, None).await.expect_err("404");
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 404);
    assert!(error.error.is_none(), "{:?}", error.error);
    assert_eq!(error.error_code.as_deref(), Some("MediaNotFound"));
    assert_eq!(&error.body[..], WRONG_SHAPE);
}
