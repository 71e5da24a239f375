//! `type/property/optionality`: optional properties of every kind, read and sent both
//! present (`…All`) and absent (`…Default`, the body is `{}`: an absent property is left out,
//! not sent as `null`).

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_property_optionality::{
    models, TypePropertyOptionalityClient, TypePropertyOptionalityClientOptions,
};
use time::macros::datetime;

fn client() -> TypePropertyOptionalityClient {
    let options = TypePropertyOptionalityClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypePropertyOptionalityClient::new(Some(options)).unwrap()
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

/// A model with every optional property absent serializes to `{}`.
fn assert_empty(body: serde_json::Value) {
    assert_eq!(body, json!({}));
}

#[tokio::test]
async fn string_get_all() {
    let output = client().get_string_client().get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some("hello"));
}

#[tokio::test]
async fn string_get_default() {
    let output = client().get_string_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
    assert!(output.additional_properties.is_empty());
}

#[tokio::test]
async fn string_put_all() {
    let body = models::StringProperty { property: Some("hello".into()), ..Default::default() };
    client().get_string_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_put_default() {
    let body = models::StringProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_string_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_get_all() {
    let output = client().get_bytes_client().get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some(HELLO));
}

#[tokio::test]
async fn bytes_get_default() {
    let output = client().get_bytes_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn bytes_put_all() {
    let body = models::BytesProperty { property: Some(HELLO.to_vec()), ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({ "property": HELLO_BASE64 }));
    client().get_bytes_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_put_default() {
    let body = models::BytesProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_bytes_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_get_all() {
    let output = client().get_datetime_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(datetime!(2022-08-26 18:38:00 UTC)));
}

#[tokio::test]
async fn datetime_get_default() {
    let output = client().get_datetime_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn datetime_put_all() {
    let body = models::DatetimeProperty { property: Some(datetime!(2022-08-26 18:38:00 UTC)), ..Default::default() };
    client().get_datetime_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_put_default() {
    let body = models::DatetimeProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_datetime_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_get_all() {
    let output = client().get_duration_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(duration()));
}

#[tokio::test]
async fn duration_get_default() {
    let output = client().get_duration_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn duration_put_all() {
    let body = models::DurationProperty { property: Some(duration()), ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({ "property": "P123DT22H14M12.011S" }));
    client().get_duration_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_put_default() {
    let body = models::DurationProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_duration_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_date_get_all() {
    let output = client().get_plain_date_client().get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some("2022-12-12"));
}

#[tokio::test]
async fn plain_date_get_default() {
    let output = client().get_plain_date_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn plain_date_put_all() {
    let body = models::PlainDateProperty { property: Some("2022-12-12".into()), ..Default::default() };
    client().get_plain_date_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_date_put_default() {
    let body = models::PlainDateProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_plain_date_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_time_get_all() {
    let output = client().get_plain_time_client().get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some("13:06:12"));
}

#[tokio::test]
async fn plain_time_get_default() {
    let output = client().get_plain_time_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn plain_time_put_all() {
    let body = models::PlainTimeProperty { property: Some("13:06:12".into()), ..Default::default() };
    client().get_plain_time_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_time_put_default() {
    let body = models::PlainTimeProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_plain_time_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_get_all() {
    let output = client().get_collections_byte_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(vec![HELLO.to_vec(), HELLO.to_vec()]));
}

#[tokio::test]
async fn collections_byte_get_default() {
    let output = client().get_collections_byte_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn collections_byte_put_all() {
    let body =
        models::CollectionsByteProperty { property: Some(vec![HELLO.to_vec(), HELLO.to_vec()]), ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({ "property": [HELLO_BASE64, HELLO_BASE64] }));
    client().get_collections_byte_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_put_default() {
    let body = models::CollectionsByteProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_collections_byte_client().put_default(&body, None).await.unwrap();
}

fn string_property(value: &str) -> models::StringProperty {
    models::StringProperty { property: Some(value.into()), ..Default::default() }
}

#[tokio::test]
async fn collections_model_get_all() {
    let output = client().get_collections_model_client().get_all(None).await.unwrap();
    let items = output.property.expect("a list");
    let values: Vec<Option<&str>> = items.iter().map(|item| item.property.as_deref()).collect();
    assert_eq!(values, [Some("hello"), Some("world")]);
}

#[tokio::test]
async fn collections_model_get_default() {
    let output = client().get_collections_model_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn collections_model_put_all() {
    let body = models::CollectionsModelProperty {
        property: Some(vec![string_property("hello"), string_property("world")]),
        ..Default::default()
    };
    client().get_collections_model_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_model_put_default() {
    let body = models::CollectionsModelProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_collections_model_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_literal_get_all() {
    let output = client().get_string_literal_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(models::StringLiteralPropertyProperty::Hello));
}

#[tokio::test]
async fn string_literal_get_default() {
    let output = client().get_string_literal_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn string_literal_put_all() {
    let body = models::StringLiteralProperty {
        property: Some(models::StringLiteralPropertyProperty::Hello),
        ..Default::default()
    };
    client().get_string_literal_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_literal_put_default() {
    let body = models::StringLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_string_literal_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn int_literal_get_all() {
    let output = client().get_int_literal_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(1.0));
}

#[tokio::test]
async fn int_literal_get_default() {
    let output = client().get_int_literal_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn int_literal_put_all() {
    let body = models::IntLiteralProperty { property: Some(1.0), ..Default::default() };
    client().get_int_literal_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn int_literal_put_default() {
    let body = models::IntLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_int_literal_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn float_literal_get_all() {
    let output = client().get_float_literal_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(1.25));
}

#[tokio::test]
async fn float_literal_get_default() {
    let output = client().get_float_literal_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn float_literal_put_all() {
    let body = models::FloatLiteralProperty { property: Some(1.25), ..Default::default() };
    client().get_float_literal_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn float_literal_put_default() {
    let body = models::FloatLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_float_literal_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn boolean_literal_get_all() {
    let output = client().get_boolean_literal_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(true));
}

#[tokio::test]
async fn boolean_literal_get_default() {
    let output = client().get_boolean_literal_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn boolean_literal_put_all() {
    let body = models::BooleanLiteralProperty { property: Some(true), ..Default::default() };
    client().get_boolean_literal_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn boolean_literal_put_default() {
    let body = models::BooleanLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_boolean_literal_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_string_literal_get_all() {
    let output = client().get_union_string_literal_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(models::UnionStringLiteralPropertyProperty::World));
}

#[tokio::test]
async fn union_string_literal_get_default() {
    let output = client().get_union_string_literal_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn union_string_literal_put_all() {
    let body = models::UnionStringLiteralProperty {
        property: Some(models::UnionStringLiteralPropertyProperty::World),
        ..Default::default()
    };
    client().get_union_string_literal_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_string_literal_put_default() {
    let body = models::UnionStringLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_union_string_literal_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_int_literal_get_all() {
    let output = client().get_union_int_literal_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(2.0));
}

#[tokio::test]
async fn union_int_literal_get_default() {
    let output = client().get_union_int_literal_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn union_int_literal_put_all() {
    let body = models::UnionIntLiteralProperty { property: Some(2.0), ..Default::default() };
    client().get_union_int_literal_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_int_literal_put_default() {
    let body = models::UnionIntLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_union_int_literal_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_float_literal_get_all() {
    let output = client().get_union_float_literal_client().get_all(None).await.unwrap();
    assert_eq!(output.property, Some(2.375));
}

#[tokio::test]
async fn union_float_literal_get_default() {
    let output = client().get_union_float_literal_client().get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn union_float_literal_put_all() {
    let body = models::UnionFloatLiteralProperty { property: Some(2.375), ..Default::default() };
    client().get_union_float_literal_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_float_literal_put_default() {
    let body = models::UnionFloatLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().get_union_float_literal_client().put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn required_and_optional_get_all() {
    let output = client().get_required_and_optional_client().get_all(None).await.unwrap();
    assert_eq!(output.optional_property.as_deref(), Some("hello"));
    assert_eq!(output.required_property, 42);
}

#[tokio::test]
async fn required_and_optional_get_required_only() {
    let output = client().get_required_and_optional_client().get_required_only(None).await.unwrap();
    assert_eq!(output.optional_property, None);
    assert_eq!(output.required_property, 42);
}

#[tokio::test]
async fn required_and_optional_put_all() {
    let body = models::RequiredAndOptionalProperty {
        optional_property: Some("hello".into()),
        required_property: 42,
        ..Default::default()
    };
    client().get_required_and_optional_client().put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn required_and_optional_put_required_only() {
    let body = models::RequiredAndOptionalProperty { required_property: 42, ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({ "requiredProperty": 42 }));
    client().get_required_and_optional_client().put_required_only(&body, None).await.unwrap();
}
