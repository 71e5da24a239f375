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

/// The media type of a `content-type` header, without its parameters (`; charset=utf-8`).
fn media_type(content_type: &Option<String>) -> Option<&str> {
    content_type.as_deref().and_then(|value| value.split(';').next()).map(str::trim)
}

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
const JPEG_MAGIC: &[u8] = b"\xff\xd8\xff";

#[tokio::test]
async fn same_body() {
    use models::SameBodyGetAvatarAsPngSameBodyGetAvatarAsJpegAccept as Accept;
    let response = client().get_same_body_client().get_avatar_as_png_same_body_get_avatar_as_jpeg(Accept::ImagePng, None).await.unwrap();
    assert_eq!(media_type(&response.content_type), Some("image/png"));
    let png = bytes(response.body).await;
    assert!(png.starts_with(PNG_MAGIC));
    let response = client().get_same_body_client().get_avatar_as_png_same_body_get_avatar_as_jpeg(Accept::ImageJpeg, None).await.unwrap();
    assert_eq!(media_type(&response.content_type), Some("image/jpeg"));
    let jpeg = bytes(response.body).await;
    assert!(jpeg.starts_with(JPEG_MAGIC));
}

#[tokio::test]
async fn different_body() {
    use models::DifferentBodyGetAvatarAsPngDifferentBodyGetAvatarAsJsonAccept as Accept;
    let response = client().get_different_body_client().get_avatar_as_png_different_body_get_avatar_as_json(Accept::ImagePng, None).await.unwrap();
    assert_eq!(media_type(&response.content_type), Some("image/png"));
    let png = bytes(response.body).await;
    assert!(png.starts_with(PNG_MAGIC));
    let response = client().get_different_body_client().get_avatar_as_png_different_body_get_avatar_as_json(Accept::ApplicationJson, None).await.unwrap();
    assert_eq!(media_type(&response.content_type), Some("application/json"));
    let json = bytes(response.body).await;
    // `content` is base64 on the wire; the model decodes it to the image's bytes.
    let wrapped: models::PngImageAsJson = serde_json::from_slice(&json).unwrap();
    assert_eq!(wrapped.content, png);
}
