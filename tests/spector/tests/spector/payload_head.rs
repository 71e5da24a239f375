//! `payload/head`: a HEAD response's headers.

use crate::common::{client_options, endpoint};
use spector_clients::payload_head::{PayloadHeadClient, PayloadHeadClientOptions};

#[tokio::test]
async fn content_type_header_in_response() {
    let options = PayloadHeadClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = PayloadHeadClient::new(Some(options)).unwrap();
    let response = client.content_type_header_in_response(None).await.unwrap();
    assert_eq!(response.content_type.as_deref(), Some("text/plain; charset=utf-8"));
    assert_eq!(response.x_ms_meta.as_deref(), Some("hello"));
}
