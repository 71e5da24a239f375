//! `type/property/nullable`: a required property that may be JSON `null`, read and sent
//! (`application/merge-patch+json`) both with a value and as an explicit `null`.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_property_nullable::{models, TypePropertyNullableClient, TypePropertyNullableClientOptions};
use time::macros::datetime;

fn client() -> TypePropertyNullableClient {
    let options = TypePropertyNullableClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypePropertyNullableClient::new(Some(options)).unwrap()
}

/// A null property is written as `"nullableProperty": null`, never left out: merge-patch
/// reads an absent property as "unchanged".
fn assert_sends_null(body: serde_json::Value) {
    assert_eq!(body, json!({ "requiredProperty": "foo", "nullableProperty": null }));
}

/// The bytes the scenarios send and expect, and their base64 form on the wire.
const HELLO: &[u8] = b"hello, world!";
const HELLO_BASE64: &str = "aGVsbG8sIHdvcmxkIQ==";

/// `P123DT22H14M12.011S`, the duration the scenarios send and expect.
fn duration() -> time::Duration {
    time::Duration::days(123)
        + time::Duration::hours(22)
        + time::Duration::minutes(14)
        + time::Duration::milliseconds(12_011)
}

#[tokio::test]
async fn string_get_non_null() {
    let output = client().get_string_client().get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property.as_deref(), Some("hello"));
}

#[tokio::test]
async fn string_get_null() {
    let output = client().get_string_client().get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn string_patch_non_null() {
    let body = models::StringProperty {
        required_property: "foo".into(),
        nullable_property: Some("hello".into()),
        ..Default::default()
    };
    client().get_string_client().patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_patch_null() {
    let body =
        models::StringProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().get_string_client().patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_get_non_null() {
    let output = client().get_bytes_client().get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property.as_deref(), Some(HELLO));
}

#[tokio::test]
async fn bytes_get_null() {
    let output = client().get_bytes_client().get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn bytes_patch_non_null() {
    let body = models::BytesProperty {
        required_property: "foo".into(),
        nullable_property: Some(HELLO.to_vec()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({ "requiredProperty": "foo", "nullableProperty": HELLO_BASE64 })
    );
    client().get_bytes_client().patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_patch_null() {
    let body = models::BytesProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().get_bytes_client().patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_get_non_null() {
    let output = client().get_datetime_client().get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, Some(datetime!(2022-08-26 18:38:00 UTC)));
}

#[tokio::test]
async fn datetime_get_null() {
    let output = client().get_datetime_client().get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn datetime_patch_non_null() {
    let body = models::DatetimeProperty {
        required_property: "foo".into(),
        nullable_property: Some(datetime!(2022-08-26 18:38:00 UTC)),
        ..Default::default()
    };
    client().get_datetime_client().patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_patch_null() {
    let body =
        models::DatetimeProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().get_datetime_client().patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_get_non_null() {
    let output = client().get_duration_client().get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, Some(duration()));
}

#[tokio::test]
async fn duration_get_null() {
    let output = client().get_duration_client().get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn duration_patch_non_null() {
    let body = models::DurationProperty {
        required_property: "foo".into(),
        nullable_property: Some(duration()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({ "requiredProperty": "foo", "nullableProperty": "P123DT22H14M12.011S" })
    );
    client().get_duration_client().patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_patch_null() {
    let body =
        models::DurationProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().get_duration_client().patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_get_non_null() {
    let output = client().get_collections_byte_client().get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, Some(vec![HELLO.to_vec(), HELLO.to_vec()]));
}

#[tokio::test]
async fn collections_byte_get_null() {
    let output = client().get_collections_byte_client().get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn collections_byte_patch_non_null() {
    let body = models::CollectionsByteProperty {
        required_property: "foo".into(),
        nullable_property: Some(vec![HELLO.to_vec(), HELLO.to_vec()]),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({ "requiredProperty": "foo", "nullableProperty": [HELLO_BASE64, HELLO_BASE64] })
    );
    client().get_collections_byte_client().patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_patch_null() {
    let body = models::CollectionsByteProperty {
        required_property: "foo".into(),
        nullable_property: None,
        ..Default::default()
    };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().get_collections_byte_client().patch_null(&body, None).await.unwrap();
}

fn inner(property: &str) -> models::InnerModel {
    models::InnerModel { property: property.into(), ..Default::default() }
}

#[tokio::test]
async fn collections_model_get_non_null() {
    let output = client().get_collections_model_client().get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    let items = output.nullable_property.expect("a list");
    let properties: Vec<&str> = items.iter().map(|item| item.property.as_str()).collect();
    assert_eq!(properties, ["hello", "world"]);
}

#[tokio::test]
async fn collections_model_get_null() {
    let output = client().get_collections_model_client().get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn collections_model_patch_non_null() {
    let body = models::CollectionsModelProperty {
        required_property: "foo".into(),
        nullable_property: Some(vec![inner("hello"), inner("world")]),
        ..Default::default()
    };
    client().get_collections_model_client().patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_model_patch_null() {
    let body = models::CollectionsModelProperty {
        required_property: "foo".into(),
        nullable_property: None,
        ..Default::default()
    };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().get_collections_model_client().patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_string_get_non_null() {
    let output = client().get_collections_string_client().get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, Some(vec!["hello".to_owned(), "world".to_owned()]));
}

#[tokio::test]
async fn collections_string_get_null() {
    let output = client().get_collections_string_client().get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn collections_string_patch_non_null() {
    let body = models::CollectionsStringProperty {
        required_property: "foo".into(),
        nullable_property: Some(vec!["hello".into(), "world".into()]),
        ..Default::default()
    };
    client().get_collections_string_client().patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_string_patch_null() {
    let body = models::CollectionsStringProperty {
        required_property: "foo".into(),
        nullable_property: None,
        ..Default::default()
    };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().get_collections_string_client().patch_null(&body, None).await.unwrap();
}
