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

const HELLO_BASE64: &str = "aGVsbG8sIHdvcmxkIQ==";

/// A model with every optional property absent serializes to `{}`.
fn assert_empty(body: serde_json::Value) {
    assert_eq!(body, json!({}));
}

#[tokio::test]
async fn string_get_all() {
    let output = client().string_get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some("hello"));
}

#[tokio::test]
async fn string_get_default() {
    let output = client().string_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
    assert!(output.additional_properties.is_empty());
}

#[tokio::test]
async fn string_put_all() {
    let body = models::StringProperty { property: Some("hello".into()), ..Default::default() };
    client().string_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_put_default() {
    let body = models::StringProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().string_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_get_all() {
    let output = client().bytes_get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some(HELLO_BASE64));
}

#[tokio::test]
async fn bytes_get_default() {
    let output = client().bytes_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn bytes_put_all() {
    let body = models::BytesProperty { property: Some(HELLO_BASE64.into()), ..Default::default() };
    client().bytes_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_put_default() {
    let body = models::BytesProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().bytes_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_get_all() {
    let output = client().datetime_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(datetime!(2022-08-26 18:38:00 UTC)));
}

#[tokio::test]
async fn datetime_get_default() {
    let output = client().datetime_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn datetime_put_all() {
    let body = models::DatetimeProperty { property: Some(datetime!(2022-08-26 18:38:00 UTC)), ..Default::default() };
    client().datetime_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_put_default() {
    let body = models::DatetimeProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().datetime_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_get_all() {
    let output = client().duration_get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some("P123DT22H14M12.011S"));
}

#[tokio::test]
async fn duration_get_default() {
    let output = client().duration_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn duration_put_all() {
    let body = models::DurationProperty { property: Some("P123DT22H14M12.011S".into()), ..Default::default() };
    client().duration_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_put_default() {
    let body = models::DurationProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().duration_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_date_get_all() {
    let output = client().plain_date_get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some("2022-12-12"));
}

#[tokio::test]
async fn plain_date_get_default() {
    let output = client().plain_date_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn plain_date_put_all() {
    let body = models::PlainDateProperty { property: Some("2022-12-12".into()), ..Default::default() };
    client().plain_date_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_date_put_default() {
    let body = models::PlainDateProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().plain_date_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_time_get_all() {
    let output = client().plain_time_get_all(None).await.unwrap();
    assert_eq!(output.property.as_deref(), Some("13:06:12"));
}

#[tokio::test]
async fn plain_time_get_default() {
    let output = client().plain_time_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn plain_time_put_all() {
    let body = models::PlainTimeProperty { property: Some("13:06:12".into()), ..Default::default() };
    client().plain_time_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn plain_time_put_default() {
    let body = models::PlainTimeProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().plain_time_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_get_all() {
    let output = client().collections_byte_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(vec![HELLO_BASE64.to_owned(), HELLO_BASE64.to_owned()]));
}

#[tokio::test]
async fn collections_byte_get_default() {
    let output = client().collections_byte_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn collections_byte_put_all() {
    let body = models::CollectionsByteProperty {
        property: Some(vec![HELLO_BASE64.into(), HELLO_BASE64.into()]),
        ..Default::default()
    };
    client().collections_byte_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_byte_put_default() {
    let body = models::CollectionsByteProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().collections_byte_put_default(&body, None).await.unwrap();
}

fn string_property(value: &str) -> models::StringProperty {
    models::StringProperty { property: Some(value.into()), ..Default::default() }
}

#[tokio::test]
async fn collections_model_get_all() {
    let output = client().collections_model_get_all(None).await.unwrap();
    let items = output.property.expect("a list");
    let values: Vec<Option<&str>> = items.iter().map(|item| item.property.as_deref()).collect();
    assert_eq!(values, [Some("hello"), Some("world")]);
}

#[tokio::test]
async fn collections_model_get_default() {
    let output = client().collections_model_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn collections_model_put_all() {
    let body = models::CollectionsModelProperty {
        property: Some(vec![string_property("hello"), string_property("world")]),
        ..Default::default()
    };
    client().collections_model_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_model_put_default() {
    let body = models::CollectionsModelProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().collections_model_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_literal_get_all() {
    let output = client().string_literal_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(models::StringLiteralPropertyProperty::Hello));
}

#[tokio::test]
async fn string_literal_get_default() {
    let output = client().string_literal_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn string_literal_put_all() {
    let body = models::StringLiteralProperty {
        property: Some(models::StringLiteralPropertyProperty::Hello),
        ..Default::default()
    };
    client().string_literal_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_literal_put_default() {
    let body = models::StringLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().string_literal_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn int_literal_get_all() {
    let output = client().int_literal_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(1.0));
}

#[tokio::test]
async fn int_literal_get_default() {
    let output = client().int_literal_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn int_literal_put_all() {
    let body = models::IntLiteralProperty { property: Some(1.0), ..Default::default() };
    client().int_literal_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn int_literal_put_default() {
    let body = models::IntLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().int_literal_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn float_literal_get_all() {
    let output = client().float_literal_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(1.25));
}

#[tokio::test]
async fn float_literal_get_default() {
    let output = client().float_literal_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn float_literal_put_all() {
    let body = models::FloatLiteralProperty { property: Some(1.25), ..Default::default() };
    client().float_literal_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn float_literal_put_default() {
    let body = models::FloatLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().float_literal_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn boolean_literal_get_all() {
    let output = client().boolean_literal_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(true));
}

#[tokio::test]
async fn boolean_literal_get_default() {
    let output = client().boolean_literal_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn boolean_literal_put_all() {
    let body = models::BooleanLiteralProperty { property: Some(true), ..Default::default() };
    client().boolean_literal_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn boolean_literal_put_default() {
    let body = models::BooleanLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().boolean_literal_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_string_literal_get_all() {
    let output = client().union_string_literal_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(models::UnionStringLiteralPropertyProperty::World));
}

#[tokio::test]
async fn union_string_literal_get_default() {
    let output = client().union_string_literal_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn union_string_literal_put_all() {
    let body = models::UnionStringLiteralProperty {
        property: Some(models::UnionStringLiteralPropertyProperty::World),
        ..Default::default()
    };
    client().union_string_literal_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_string_literal_put_default() {
    let body = models::UnionStringLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().union_string_literal_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_int_literal_get_all() {
    let output = client().union_int_literal_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(2.0));
}

#[tokio::test]
async fn union_int_literal_get_default() {
    let output = client().union_int_literal_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn union_int_literal_put_all() {
    let body = models::UnionIntLiteralProperty { property: Some(2.0), ..Default::default() };
    client().union_int_literal_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_int_literal_put_default() {
    let body = models::UnionIntLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().union_int_literal_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_float_literal_get_all() {
    let output = client().union_float_literal_get_all(None).await.unwrap();
    assert_eq!(output.property, Some(2.375));
}

#[tokio::test]
async fn union_float_literal_get_default() {
    let output = client().union_float_literal_get_default(None).await.unwrap();
    assert_eq!(output.property, None);
}

#[tokio::test]
async fn union_float_literal_put_all() {
    let body = models::UnionFloatLiteralProperty { property: Some(2.375), ..Default::default() };
    client().union_float_literal_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_float_literal_put_default() {
    let body = models::UnionFloatLiteralProperty::default();
    assert_empty(serde_json::to_value(&body).unwrap());
    client().union_float_literal_put_default(&body, None).await.unwrap();
}

#[tokio::test]
async fn required_and_optional_get_all() {
    let output = client().required_and_optional_get_all(None).await.unwrap();
    assert_eq!(output.optional_property.as_deref(), Some("hello"));
    assert_eq!(output.required_property, 42);
}

#[tokio::test]
async fn required_and_optional_get_required_only() {
    let output = client().required_and_optional_get_required_only(None).await.unwrap();
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
    client().required_and_optional_put_all(&body, None).await.unwrap();
}

#[tokio::test]
async fn required_and_optional_put_required_only() {
    let body = models::RequiredAndOptionalProperty { required_property: 42, ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({ "requiredProperty": 42 }));
    client().required_and_optional_put_required_only(&body, None).await.unwrap();
}
