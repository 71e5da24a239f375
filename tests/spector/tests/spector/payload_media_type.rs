//! `payload/media-type`: one string body sent and received as JSON and as text.

use crate::common::{client_options, endpoint};
use spector_clients::payload_media_type::{PayloadMediaTypeClient, PayloadMediaTypeClientOptions};

fn client() -> PayloadMediaTypeClient {
    let options = PayloadMediaTypeClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    PayloadMediaTypeClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn string_body_get_as_json() {
    assert_eq!(client().get_string_body_client().get_as_json(None).await.unwrap(), "foo");
}

#[tokio::test]
async fn string_body_get_as_text() {
    assert_eq!(client().get_string_body_client().get_as_text(None).await.unwrap(), "{cat}");
}

#[tokio::test]
async fn string_body_send_as_json() {
    client().get_string_body_client().send_as_json(&"foo".to_owned(), None).await.unwrap();
}

#[tokio::test]
async fn string_body_send_as_text() {
    client().get_string_body_client().send_as_text(&"{cat}".to_owned(), None).await.unwrap();
}
