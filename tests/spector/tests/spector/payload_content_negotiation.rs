//! `payload/content-negotiation`: the `Accept` header picks the response's media type; the
//! body comes as bytes, to be read as the media type asked for.

use crate::common::{client_options, endpoint};
use futures::StreamExt;
use spector_clients::payload_content_negotiation::{
    models, PayloadContentNegotiationClient, PayloadContentNegotiationClientOptions,
};
use spector_clients::runtime::ByteStream;

fn client() -> PayloadContentNegotiationClient {
    let options = PayloadContentNegotiationClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    PayloadContentNegotiationClient::new(Some(options)).unwrap()
}

async fn bytes(mut stream: ByteStream) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        body.extend_from_slice(&chunk.unwrap());
    }
    body
}

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
const JPEG_MAGIC: &[u8] = b"\xff\xd8\xff";

#[tokio::test]
async fn same_body() {
    use models::SameBodyGetAvatarAsPngSameBodyGetAvatarAsJpegAccept as Accept;
    let png = bytes(client().get_same_body_client().get_avatar_as_png_same_body_get_avatar_as_jpeg(Accept::ImagePng, None).await.unwrap()).await;
    assert!(png.starts_with(PNG_MAGIC));
    let jpeg = bytes(client().get_same_body_client().get_avatar_as_png_same_body_get_avatar_as_jpeg(Accept::ImageJpeg, None).await.unwrap()).await;
    assert!(jpeg.starts_with(JPEG_MAGIC));
}

#[tokio::test]
async fn different_body() {
    use models::DifferentBodyGetAvatarAsPngDifferentBodyGetAvatarAsJsonAccept as Accept;
    let png = bytes(client().get_different_body_client().get_avatar_as_png_different_body_get_avatar_as_json(Accept::ImagePng, None).await.unwrap()).await;
    assert!(png.starts_with(PNG_MAGIC));
    let json = bytes(client().get_different_body_client().get_avatar_as_png_different_body_get_avatar_as_json(Accept::ApplicationJson, None).await.unwrap()).await;
    let wrapped: models::PngImageAsJson = serde_json::from_slice(&json).unwrap();
    let decoded = azure_core::base64::decode(&wrapped.content).unwrap();
    assert_eq!(decoded, png);
}
