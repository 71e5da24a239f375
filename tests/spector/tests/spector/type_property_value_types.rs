//! `type/property/value-types`: a required `property` of every value type, read (`get`) and
//! sent (`put`).

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_property_value_types::{
    models, TypePropertyValueTypesClient, TypePropertyValueTypesClientOptions,
};
use std::collections::BTreeMap;
use time::macros::datetime;

fn client() -> TypePropertyValueTypesClient {
    let options = TypePropertyValueTypesClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypePropertyValueTypesClient::new(Some(options)).unwrap()
}

/// `P123DT22H14M12.011S`, the duration both duration scenarios use.
fn p123dt22h14m12_011s() -> time::Duration {
    time::Duration::days(123)
        + time::Duration::hours(22)
        + time::Duration::minutes(14)
        + time::Duration::seconds(12)
        + time::Duration::milliseconds(11)
}

fn inner(property: &str) -> models::InnerModel {
    models::InnerModel { property: property.into(), ..Default::default() }
}

#[tokio::test]
async fn boolean_get() {
    assert!(client().get_boolean_client().get(None).await.unwrap().property);
}

#[tokio::test]
async fn boolean_put() {
    client()
        .get_boolean_client()
        .put(&models::BooleanProperty { property: true, ..Default::default() }, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn string_get() {
    assert_eq!(client().get_string_client().get(None).await.unwrap().property, "hello");
}

#[tokio::test]
async fn string_put() {
    let body = models::StringProperty { property: "hello".into(), ..Default::default() };
    client().get_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn bytes_get() {
    // The wire value is the base64 text "aGVsbG8sIHdvcmxkIQ=="; the client decodes it.
    assert_eq!(client().get_bytes_client().get(None).await.unwrap().property, b"hello, world!");
}

#[tokio::test]
async fn bytes_put() {
    let body = models::BytesProperty { property: b"hello, world!".to_vec(), ..Default::default() };
    client().get_bytes_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn int_get() {
    assert_eq!(client().get_int_client().get(None).await.unwrap().property, 42);
}

#[tokio::test]
async fn int_put() {
    client().get_int_client().put(&models::IntProperty { property: 42, ..Default::default() }, None).await.unwrap();
}

#[tokio::test]
async fn float_get() {
    assert_eq!(client().get_float_client().get(None).await.unwrap().property, 43.125);
}

#[tokio::test]
async fn float_put() {
    client()
        .get_float_client()
        .put(&models::FloatProperty { property: 43.125, ..Default::default() }, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn decimal_get() {
    assert_eq!(client().get_decimal_client().get(None).await.unwrap().property, 0.33333);
}

#[tokio::test]
async fn decimal_put() {
    client()
        .get_decimal_client()
        .put(&models::DecimalProperty { property: 0.33333, ..Default::default() }, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn decimal128_get() {
    assert_eq!(client().get_decimal128_client().get(None).await.unwrap().property, 0.33333);
}

#[tokio::test]
async fn decimal128_put() {
    let body = models::Decimal128Property { property: 0.33333, ..Default::default() };
    client().get_decimal128_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn datetime_get() {
    assert_eq!(client().get_datetime_client().get(None).await.unwrap().property, datetime!(2022-08-26 18:38:00 UTC));
}

#[tokio::test]
async fn datetime_put() {
    let body = models::DatetimeProperty {
        property: datetime!(2022-08-26 18:38:00 UTC),
        additional_properties: BTreeMap::new(),
    };
    client().get_datetime_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn duration_get() {
    // The wire value is "P123DT22H14M12.011S".
    assert_eq!(client().get_duration_client().get(None).await.unwrap().property, p123dt22h14m12_011s());
}

#[tokio::test]
async fn duration_put() {
    let body = models::DurationProperty { property: p123dt22h14m12_011s(), ..Default::default() };
    client().get_duration_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn enum_get() {
    assert_eq!(client().get_enum_client().get(None).await.unwrap().property, models::FixedInnerEnum::ValueOne);
}

#[tokio::test]
async fn enum_put() {
    let body =
        models::EnumProperty { property: models::FixedInnerEnum::ValueOne, additional_properties: BTreeMap::new() };
    client().get_enum_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn extensible_enum_get() {
    // A value the spec does not list is kept as sent.
    let output = client().get_extensible_enum_client().get(None).await.unwrap();
    assert_eq!(output.property, models::InnerEnum::UnknownValue("UnknownValue".into()));
    assert_eq!(models::InnerEnum::from("ValueTwo"), models::InnerEnum::ValueTwo);
}

#[tokio::test]
async fn extensible_enum_put() {
    let body = models::ExtensibleEnumProperty {
        property: models::InnerEnum::from("UnknownValue"),
        additional_properties: BTreeMap::new(),
    };
    client().get_extensible_enum_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn model_get() {
    assert_eq!(client().get_model_client().get(None).await.unwrap().property.property, "hello");
}

#[tokio::test]
async fn model_put() {
    let body = models::ModelProperty { property: inner("hello"), additional_properties: BTreeMap::new() };
    client().get_model_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_string_get() {
    assert_eq!(client().get_collections_string_client().get(None).await.unwrap().property, ["hello", "world"]);
}

#[tokio::test]
async fn collections_string_put() {
    let body =
        models::CollectionsStringProperty { property: vec!["hello".into(), "world".into()], ..Default::default() };
    client().get_collections_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_int_get() {
    assert_eq!(client().get_collections_int_client().get(None).await.unwrap().property, [1, 2]);
}

#[tokio::test]
async fn collections_int_put() {
    let body = models::CollectionsIntProperty { property: vec![1, 2], ..Default::default() };
    client().get_collections_int_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn collections_model_get() {
    let output = client().get_collections_model_client().get(None).await.unwrap();
    assert_eq!(output.property, [inner("hello"), inner("world")]);
}

#[tokio::test]
async fn collections_model_put() {
    let body =
        models::CollectionsModelProperty { property: vec![inner("hello"), inner("world")], ..Default::default() };
    client().get_collections_model_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn dictionary_string_get() {
    let output = client().get_dictionary_string_client().get(None).await.unwrap();
    let expected: BTreeMap<String, String> =
        [("k1", "hello"), ("k2", "world")].map(|(k, v)| (k.into(), v.into())).into();
    assert_eq!(output.property, expected);
}

#[tokio::test]
async fn dictionary_string_put() {
    let property = [("k1", "hello"), ("k2", "world")].map(|(k, v)| (k.into(), v.into())).into();
    let body = models::DictionaryStringProperty { property, ..Default::default() };
    client().get_dictionary_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn never_get() {
    let output = client().get_never_client().get(None).await.unwrap();
    assert!(output.additional_properties.is_empty());
}

#[tokio::test]
async fn never_put() {
    let body = models::NeverProperty::default();
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({}));
    client().get_never_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn unknown_string_get() {
    assert_eq!(client().get_unknown_string_client().get(None).await.unwrap().property, json!("hello"));
}

#[tokio::test]
async fn unknown_string_put() {
    let body = models::UnknownStringProperty { property: json!("hello"), ..Default::default() };
    client().get_unknown_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn unknown_int_get() {
    assert_eq!(client().get_unknown_int_client().get(None).await.unwrap().property, json!(42));
}

#[tokio::test]
async fn unknown_int_put() {
    let body = models::UnknownIntProperty { property: json!(42), ..Default::default() };
    client().get_unknown_int_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn unknown_dict_get() {
    assert_eq!(
        client().get_unknown_dict_client().get(None).await.unwrap().property,
        json!({ "k1": "hello", "k2": 42 })
    );
}

#[tokio::test]
async fn unknown_dict_put() {
    let body = models::UnknownDictProperty { property: json!({ "k1": "hello", "k2": 42 }), ..Default::default() };
    client().get_unknown_dict_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn unknown_array_get() {
    assert_eq!(client().get_unknown_array_client().get(None).await.unwrap().property, json!(["hello", "world"]));
}

#[tokio::test]
async fn unknown_array_put() {
    let body = models::UnknownArrayProperty { property: json!(["hello", "world"]), ..Default::default() };
    client().get_unknown_array_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_literal_get() {
    let output = client().get_string_literal_client().get(None).await.unwrap();
    assert_eq!(output.property, models::StringLiteralPropertyProperty::Hello);
}

#[tokio::test]
async fn string_literal_put() {
    let body = models::StringLiteralProperty {
        property: models::StringLiteralPropertyProperty::Hello,
        additional_properties: BTreeMap::new(),
    };
    client().get_string_literal_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn int_literal_get() {
    assert_eq!(client().get_int_literal_client().get(None).await.unwrap().property, 42.0);
}

#[tokio::test]
async fn int_literal_put() {
    let body = models::IntLiteralProperty { property: 42.0, additional_properties: BTreeMap::new() };
    client().get_int_literal_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn float_literal_get() {
    assert_eq!(client().get_float_literal_client().get(None).await.unwrap().property, 43.125);
}

#[tokio::test]
async fn float_literal_put() {
    let body = models::FloatLiteralProperty { property: 43.125, additional_properties: BTreeMap::new() };
    client().get_float_literal_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn boolean_literal_get() {
    assert!(client().get_boolean_literal_client().get(None).await.unwrap().property);
}

#[tokio::test]
async fn boolean_literal_put() {
    let body = models::BooleanLiteralProperty { property: true, ..Default::default() };
    client().get_boolean_literal_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_string_literal_get() {
    let output = client().get_union_string_literal_client().get(None).await.unwrap();
    assert_eq!(output.property, models::UnionStringLiteralPropertyProperty::World);
}

#[tokio::test]
async fn union_string_literal_put() {
    let body = models::UnionStringLiteralProperty {
        property: models::UnionStringLiteralPropertyProperty::World,
        additional_properties: BTreeMap::new(),
    };
    client().get_union_string_literal_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_int_literal_get() {
    assert_eq!(client().get_union_int_literal_client().get(None).await.unwrap().property, 42.0);
}

#[tokio::test]
async fn union_int_literal_put() {
    let body = models::UnionIntLiteralProperty { property: 42.0, additional_properties: BTreeMap::new() };
    client().get_union_int_literal_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_float_literal_get() {
    assert_eq!(client().get_union_float_literal_client().get(None).await.unwrap().property, 46.875);
}

#[tokio::test]
async fn union_float_literal_put() {
    let body = models::UnionFloatLiteralProperty { property: 46.875, additional_properties: BTreeMap::new() };
    client().get_union_float_literal_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn union_enum_value_get() {
    let output = client().get_union_enum_value_client().get(None).await.unwrap();
    assert_eq!(output.property, models::UnionEnumValuePropertyProperty::Value2);
}

#[tokio::test]
async fn union_enum_value_put() {
    let body = models::UnionEnumValueProperty {
        property: models::UnionEnumValuePropertyProperty::Value2,
        additional_properties: BTreeMap::new(),
    };
    client().get_union_enum_value_client().put(&body, None).await.unwrap();
}
