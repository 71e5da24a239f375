//! `encode/array`: lists of strings sent as one delimited string (comma, space, pipe, newline).
//!
//! The compiled OpenAPI 3 keeps the delimiter (`format: ArrayEncoding.commaDelimited`) but not
//! the item type: enum and extensible-enum items are plain strings.

use crate::common::{client_options, endpoint};
use spector_clients::encode_array::{models, EncodeArrayClient, EncodeArrayClientOptions};

fn client() -> EncodeArrayClient {
    let options = EncodeArrayClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    EncodeArrayClient::new(Some(options)).unwrap()
}

fn colors() -> Vec<String> {
    ["blue", "red", "green"].map(str::to_owned).to_vec()
}

#[tokio::test]
async fn property_comma_delimited() {
    let body = models::CommaDelimitedArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().comma_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_space_delimited() {
    let body = models::SpaceDelimitedArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().space_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_pipe_delimited() {
    let body = models::PipeDelimitedArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().pipe_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_newline_delimited() {
    let body = models::NewlineDelimitedArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().newline_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_enum_comma_delimited() {
    let body = models::CommaDelimitedEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().enum_comma_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_enum_space_delimited() {
    let body = models::SpaceDelimitedEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().enum_space_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_enum_pipe_delimited() {
    let body = models::PipeDelimitedEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().enum_pipe_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_enum_newline_delimited() {
    let body = models::NewlineDelimitedEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().enum_newline_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_extensible_enum_comma_delimited() {
    let body = models::CommaDelimitedExtensibleEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().extensible_enum_comma_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_extensible_enum_space_delimited() {
    let body = models::SpaceDelimitedExtensibleEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().extensible_enum_space_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_extensible_enum_pipe_delimited() {
    let body = models::PipeDelimitedExtensibleEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().extensible_enum_pipe_delimited(&body, None).await.unwrap().value, colors());
}

#[tokio::test]
async fn property_extensible_enum_newline_delimited() {
    let body = models::NewlineDelimitedExtensibleEnumArrayProperty { value: colors(), ..Default::default() };
    assert_eq!(client().get_property_client().extensible_enum_newline_delimited(&body, None).await.unwrap().value, colors());
}
