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

const HELLO_BASE64: &str = "aGVsbG8sIHdvcmxkIQ==";

#[tokio::test]
async fn string_get_non_null() {
    let output = client().string_get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property.as_deref(), Some("hello"));
}

#[tokio::test]
async fn string_get_null() {
    let output = client().string_get_null(None).await.unwrap();
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
    client().string_patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_patch_null() {
    let body = models::StringProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().string_patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_get_non_null() {
    let output = client().bytes_get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property.as_deref(), Some(HELLO_BASE64));
}

#[tokio::test]
async fn bytes_get_null() {
    let output = client().bytes_get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn bytes_patch_non_null() {
    let body = models::BytesProperty {
        required_property: "foo".into(),
        nullable_property: Some(HELLO_BASE64.into()),
        ..Default::default()
    };
    client().bytes_patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_patch_null() {
    let body = models::BytesProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().bytes_patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_get_non_null() {
    let output = client().datetime_get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, Some(datetime!(2022-08-26 18:38:00 UTC)));
}

#[tokio::test]
async fn datetime_get_null() {
    let output = client().datetime_get_null(None).await.unwrap();
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
    client().datetime_patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_patch_null() {
    let body = models::DatetimeProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().datetime_patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_get_non_null() {
    let output = client().duration_get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property.as_deref(), Some("P123DT22H14M12.011S"));
}

#[tokio::test]
async fn duration_get_null() {
    let output = client().duration_get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn duration_patch_non_null() {
    let body = models::DurationProperty {
        required_property: "foo".into(),
        nullable_property: Some("P123DT22H14M12.011S".into()),
        ..Default::default()
    };
    client().duration_patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_patch_null() {
    let body = models::DurationProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().duration_patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_get_non_null() {
    let output = client().collections_byte_get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, Some(vec![HELLO_BASE64.to_owned(), HELLO_BASE64.to_owned()]));
}

#[tokio::test]
async fn collections_byte_get_null() {
    let output = client().collections_byte_get_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, None);
}

#[tokio::test]
async fn collections_byte_patch_non_null() {
    let body = models::CollectionsByteProperty {
        required_property: "foo".into(),
        nullable_property: Some(vec![HELLO_BASE64.into(), HELLO_BASE64.into()]),
        ..Default::default()
    };
    client().collections_byte_patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_patch_null() {
    let body =
        models::CollectionsByteProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().collections_byte_patch_null(&body, None).await.unwrap();
}

fn inner(property: &str) -> models::InnerModel {
    models::InnerModel { property: property.into(), ..Default::default() }
}

#[tokio::test]
async fn collections_model_get_non_null() {
    let output = client().collections_model_get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    let items = output.nullable_property.expect("a list");
    let properties: Vec<&str> = items.iter().map(|item| item.property.as_str()).collect();
    assert_eq!(properties, ["hello", "world"]);
}

#[tokio::test]
async fn collections_model_get_null() {
    let output = client().collections_model_get_null(None).await.unwrap();
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
    client().collections_model_patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_model_patch_null() {
    let body =
        models::CollectionsModelProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().collections_model_patch_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_string_get_non_null() {
    let output = client().collections_string_get_non_null(None).await.unwrap();
    assert_eq!(output.required_property, "foo");
    assert_eq!(output.nullable_property, Some(vec!["hello".to_owned(), "world".to_owned()]));
}

#[tokio::test]
async fn collections_string_get_null() {
    let output = client().collections_string_get_null(None).await.unwrap();
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
    client().collections_string_patch_non_null(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_string_patch_null() {
    let body =
        models::CollectionsStringProperty { required_property: "foo".into(), nullable_property: None, ..Default::default() };
    assert_sends_null(serde_json::to_value(&body).unwrap());
    client().collections_string_patch_null(&body, None).await.unwrap();
}
