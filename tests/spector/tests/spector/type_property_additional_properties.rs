//! `type/property/additional-properties`: models with declared properties plus a typed
//! catch-all (`Record<T>` extended, `is`, spread, inherited, discriminated), read (`get`) and
//! sent (`put`).

use crate::common::{client_options, endpoint};
use serde_json::{json, Value};
use spector_clients::type_property_additional_properties::{
    models, TypePropertyAdditionalPropertiesClient, TypePropertyAdditionalPropertiesClientOptions,
};
use std::collections::BTreeMap;

fn client() -> TypePropertyAdditionalPropertiesClient {
    let options =
        TypePropertyAdditionalPropertiesClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypePropertyAdditionalPropertiesClient::new(Some(options)).unwrap()
}

/// A map from `(key, value)` pairs.
fn map<T>(entries: impl IntoIterator<Item = (&'static str, T)>) -> BTreeMap<String, T> {
    entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// `prop1: 32, prop2: true, prop3: "abc"`: the extra properties of the `unknown` records.
fn unknown_extras() -> BTreeMap<String, Value> {
    map([("prop1", json!(32)), ("prop2", json!(true)), ("prop3", json!("abc"))])
}

fn ok() -> models::ModelForRecord {
    models::ModelForRecord { state: "ok".into(), ..Default::default() }
}

fn oks() -> Vec<models::ModelForRecord> {
    vec![ok(), ok()]
}

// Record<unknown>

#[tokio::test]
async fn extends_unknown_get() {
    let output = client().get_extends_unknown_client().get(None).await.unwrap();
    assert_eq!(output.name, "ExtendsUnknownAdditionalProperties");
    assert_eq!(output.additional_properties, unknown_extras());
}

#[tokio::test]
async fn extends_unknown_put() {
    let body = models::ExtendsUnknownAdditionalProperties {
        name: "ExtendsUnknownAdditionalProperties".into(),
        additional_properties: unknown_extras(),
    };
    client().get_extends_unknown_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn extends_unknown_derived_get() {
    let output = client().get_extends_unknown_derived_client().get(None).await.unwrap();
    assert_eq!(output.name, "ExtendsUnknownAdditionalProperties");
    assert_eq!(output.index, 314);
    assert_eq!(output.age, Some(2.71875));
    assert_eq!(output.additional_properties, unknown_extras());
}

#[tokio::test]
async fn extends_unknown_derived_put() {
    let body = models::ExtendsUnknownAdditionalPropertiesDerived {
        name: "ExtendsUnknownAdditionalProperties".into(),
        index: 314,
        age: Some(2.71875),
        additional_properties: unknown_extras(),
    };
    client().get_extends_unknown_derived_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn extends_unknown_discriminated_get() {
    let output = client().get_extends_unknown_discriminated_client().get(None).await.unwrap();
    let models::ExtendsUnknownAdditionalPropertiesDiscriminated::Derived(derived) = output else {
        panic!("expected the derived variant, got {output:?}");
    };
    assert_eq!(derived.name, "Derived");
    assert_eq!(derived.index, 314);
    assert_eq!(derived.age, Some(2.71875));
    assert_eq!(derived.additional_properties, unknown_extras());
}

#[tokio::test]
async fn extends_unknown_discriminated_put() {
    let body = models::ExtendsUnknownAdditionalPropertiesDiscriminated::Derived(
        models::ExtendsUnknownAdditionalPropertiesDiscriminatedDerived {
            kind: Some(models::ExtendsUnknownAdditionalPropertiesDiscriminatedDerivedKind::Derived),
            name: "Derived".into(),
            index: 314,
            age: Some(2.71875),
            additional_properties: unknown_extras(),
        },
    );
    client().get_extends_unknown_discriminated_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn is_unknown_get() {
    let output = client().get_is_unknown_client().get(None).await.unwrap();
    assert_eq!(output.name, "IsUnknownAdditionalProperties");
    assert_eq!(output.additional_properties, unknown_extras());
}

#[tokio::test]
async fn is_unknown_put() {
    let body = models::IsUnknownAdditionalProperties {
        name: "IsUnknownAdditionalProperties".into(),
        additional_properties: unknown_extras(),
    };
    client().get_is_unknown_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn is_unknown_derived_get() {
    let output = client().get_is_unknown_derived_client().get(None).await.unwrap();
    assert_eq!(output.name, "IsUnknownAdditionalProperties");
    assert_eq!(output.index, 314);
    assert_eq!(output.age, Some(2.71875));
    assert_eq!(output.additional_properties, unknown_extras());
}

#[tokio::test]
async fn is_unknown_derived_put() {
    let body = models::IsUnknownAdditionalPropertiesDerived {
        name: "IsUnknownAdditionalProperties".into(),
        index: 314,
        age: Some(2.71875),
        additional_properties: unknown_extras(),
    };
    client().get_is_unknown_derived_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn is_unknown_discriminated_get() {
    let output = client().get_is_unknown_discriminated_client().get(None).await.unwrap();
    let models::IsUnknownAdditionalPropertiesDiscriminated::Derived(derived) = output else {
        panic!("expected the derived variant, got {output:?}");
    };
    assert_eq!(derived.name, "Derived");
    assert_eq!(derived.index, 314);
    assert_eq!(derived.age, Some(2.71875));
    assert_eq!(derived.additional_properties, unknown_extras());
}

#[tokio::test]
async fn is_unknown_discriminated_put() {
    let body = models::IsUnknownAdditionalPropertiesDiscriminated::Derived(
        models::IsUnknownAdditionalPropertiesDiscriminatedDerived {
            kind: Some(models::IsUnknownAdditionalPropertiesDiscriminatedDerivedKind::Derived),
            name: "Derived".into(),
            index: 314,
            age: Some(2.71875),
            additional_properties: unknown_extras(),
        },
    );
    client().get_is_unknown_discriminated_client().put(&body, None).await.unwrap();
}

// Record<string>

#[tokio::test]
async fn extends_string_get() {
    let output = client().get_extends_string_client().get(None).await.unwrap();
    assert_eq!(output.name, "ExtendsStringAdditionalProperties");
    assert_eq!(output.additional_properties, map([("prop", "abc".to_owned())]));
}

#[tokio::test]
async fn extends_string_put() {
    let body = models::ExtendsStringAdditionalProperties {
        name: "ExtendsStringAdditionalProperties".into(),
        additional_properties: map([("prop", "abc".into())]),
    };
    client().get_extends_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn is_string_get() {
    let output = client().get_is_string_client().get(None).await.unwrap();
    assert_eq!(output.name, "IsStringAdditionalProperties");
    assert_eq!(output.additional_properties, map([("prop", "abc".to_owned())]));
}

#[tokio::test]
async fn is_string_put() {
    let body = models::IsStringAdditionalProperties {
        name: "IsStringAdditionalProperties".into(),
        additional_properties: map([("prop", "abc".into())]),
    };
    client().get_is_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_string_get() {
    let output = client().get_spread_string_client().get(None).await.unwrap();
    assert_eq!(output.name, "SpreadSpringRecord");
    assert_eq!(output.additional_properties, map([("prop", "abc".to_owned())]));
}

#[tokio::test]
async fn spread_string_put() {
    let body = models::SpreadStringRecord {
        name: "SpreadSpringRecord".into(),
        additional_properties: map([("prop", "abc".into())]),
    };
    client().get_spread_string_client().put(&body, None).await.unwrap();
}

// Record<float32>

#[tokio::test]
async fn extends_float_get() {
    let output = client().get_extends_float_client().get(None).await.unwrap();
    assert_eq!(output.id, 43.125);
    assert_eq!(output.additional_properties, map([("prop", 43.125)]));
}

#[tokio::test]
async fn extends_float_put() {
    let body = models::ExtendsFloatAdditionalProperties { id: 43.125, additional_properties: map([("prop", 43.125)]) };
    client().get_extends_float_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn is_float_get() {
    let output = client().get_is_float_client().get(None).await.unwrap();
    assert_eq!(output.id, 43.125);
    assert_eq!(output.additional_properties, map([("prop", 43.125)]));
}

#[tokio::test]
async fn is_float_put() {
    let body = models::IsFloatAdditionalProperties { id: 43.125, additional_properties: map([("prop", 43.125)]) };
    client().get_is_float_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_float_get() {
    let output = client().get_spread_float_client().get(None).await.unwrap();
    assert_eq!(output.id, 43.125);
    assert_eq!(output.additional_properties, map([("prop", 43.125)]));
}

#[tokio::test]
async fn spread_float_put() {
    let body = models::SpreadFloatRecord { id: 43.125, additional_properties: map([("prop", 43.125)]) };
    client().get_spread_float_client().put(&body, None).await.unwrap();
}

// Record<ModelForRecord>

#[tokio::test]
async fn extends_model_get() {
    let output = client().get_extends_model_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, ok());
    assert_eq!(output.additional_properties, map([("prop", ok())]));
}

#[tokio::test]
async fn extends_model_put() {
    let body =
        models::ExtendsModelAdditionalProperties { known_prop: ok(), additional_properties: map([("prop", ok())]) };
    client().get_extends_model_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn is_model_get() {
    let output = client().get_is_model_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, ok());
    assert_eq!(output.additional_properties, map([("prop", ok())]));
}

#[tokio::test]
async fn is_model_put() {
    let body = models::IsModelAdditionalProperties { known_prop: ok(), additional_properties: map([("prop", ok())]) };
    client().get_is_model_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_model_get() {
    let output = client().get_spread_model_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, ok());
    assert_eq!(output.additional_properties, map([("prop", ok())]));
}

#[tokio::test]
async fn spread_model_put() {
    let body = models::SpreadModelRecord { known_prop: ok(), additional_properties: map([("prop", ok())]) };
    client().get_spread_model_client().put(&body, None).await.unwrap();
}

// Record<ModelForRecord[]>

#[tokio::test]
async fn extends_model_array_get() {
    let output = client().get_extends_model_array_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, oks());
    assert_eq!(output.additional_properties, map([("prop", oks())]));
}

#[tokio::test]
async fn extends_model_array_put() {
    let body = models::ExtendsModelArrayAdditionalProperties {
        known_prop: oks(),
        additional_properties: map([("prop", oks())]),
    };
    client().get_extends_model_array_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn is_model_array_get() {
    let output = client().get_is_model_array_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, oks());
    assert_eq!(output.additional_properties, map([("prop", oks())]));
}

#[tokio::test]
async fn is_model_array_put() {
    let body =
        models::IsModelArrayAdditionalProperties { known_prop: oks(), additional_properties: map([("prop", oks())]) };
    client().get_is_model_array_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_model_array_get() {
    let output = client().get_spread_model_array_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, oks());
    assert_eq!(output.additional_properties, map([("prop", oks())]));
}

#[tokio::test]
async fn spread_model_array_put() {
    let body = models::SpreadModelArrayRecord { known_prop: oks(), additional_properties: map([("prop", oks())]) };
    client().get_spread_model_array_client().put(&body, None).await.unwrap();
}

// Spread records whose values differ from the declared properties' type.

#[tokio::test]
async fn spread_different_string_get() {
    let output = client().get_spread_different_string_client().get(None).await.unwrap();
    assert_eq!(output.id, 43.125);
    assert_eq!(output.additional_properties, map([("prop", "abc".to_owned())]));
}

#[tokio::test]
async fn spread_different_string_put() {
    let body = models::DifferentSpreadStringRecord { id: 43.125, additional_properties: map([("prop", "abc".into())]) };
    client().get_spread_different_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_different_float_get() {
    let output = client().get_spread_different_float_client().get(None).await.unwrap();
    assert_eq!(output.name, "abc");
    assert_eq!(output.additional_properties, map([("prop", 43.125)]));
}

#[tokio::test]
async fn spread_different_float_put() {
    let body =
        models::DifferentSpreadFloatRecord { name: "abc".into(), additional_properties: map([("prop", 43.125)]) };
    client().get_spread_different_float_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_different_model_get() {
    let output = client().get_spread_different_model_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, "abc");
    assert_eq!(output.additional_properties, map([("prop", ok())]));
}

#[tokio::test]
async fn spread_different_model_put() {
    let body =
        models::DifferentSpreadModelRecord { known_prop: "abc".into(), additional_properties: map([("prop", ok())]) };
    client().get_spread_different_model_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_different_model_array_get() {
    let output = client().get_spread_different_model_array_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, "abc");
    assert_eq!(output.additional_properties, map([("prop", oks())]));
}

#[tokio::test]
async fn spread_different_model_array_put() {
    let body = models::DifferentSpreadModelArrayRecord {
        known_prop: "abc".into(),
        additional_properties: map([("prop", oks())]),
    };
    client().get_spread_different_model_array_client().put(&body, None).await.unwrap();
}

// Derived from a model with a spread record: the record is inherited.

#[tokio::test]
async fn extends_different_spread_string_get() {
    let output = client().get_extends_different_spread_string_client().get(None).await.unwrap();
    assert_eq!(output.id, 43.125);
    assert_eq!(output.derived_prop, "abc");
    assert_eq!(output.additional_properties, map([("prop", "abc".to_owned())]));
}

#[tokio::test]
async fn extends_different_spread_string_put() {
    let body = models::DifferentSpreadStringDerived {
        id: 43.125,
        derived_prop: "abc".into(),
        additional_properties: map([("prop", "abc".into())]),
    };
    client().get_extends_different_spread_string_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn extends_different_spread_float_get() {
    let output = client().get_extends_different_spread_float_client().get(None).await.unwrap();
    assert_eq!(output.name, "abc");
    assert_eq!(output.derived_prop, 43.125);
    assert_eq!(output.additional_properties, map([("prop", 43.125)]));
}

#[tokio::test]
async fn extends_different_spread_float_put() {
    let body = models::DifferentSpreadFloatDerived {
        name: "abc".into(),
        derived_prop: 43.125,
        additional_properties: map([("prop", 43.125)]),
    };
    client().get_extends_different_spread_float_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn extends_different_spread_model_get() {
    let output = client().get_extends_different_spread_model_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, "abc");
    assert_eq!(output.derived_prop, ok());
    assert_eq!(output.additional_properties, map([("prop", ok())]));
}

#[tokio::test]
async fn extends_different_spread_model_put() {
    let body = models::DifferentSpreadModelDerived {
        known_prop: "abc".into(),
        derived_prop: ok(),
        additional_properties: map([("prop", ok())]),
    };
    client().get_extends_different_spread_model_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn extends_different_spread_model_array_get() {
    let output = client().get_extends_different_spread_model_array_client().get(None).await.unwrap();
    assert_eq!(output.known_prop, "abc");
    assert_eq!(output.derived_prop, oks());
    assert_eq!(output.additional_properties, map([("prop", oks())]));
}

#[tokio::test]
async fn extends_different_spread_model_array_put() {
    let body = models::DifferentSpreadModelArrayDerived {
        known_prop: "abc".into(),
        derived_prop: oks(),
        additional_properties: map([("prop", oks())]),
    };
    client().get_extends_different_spread_model_array_client().put(&body, None).await.unwrap();
}

// Records of unions: the values are the union as an enum; the expected ones are parsed from the wire JSON.

/// The values typed as the record's value union (an enum), parsed from their wire JSON.
macro_rules! typed {
    ($values:expr) => {
        $values.into_iter().map(|(key, value): (String, Value)| (key, serde_json::from_value(value).unwrap())).collect()
    };
}

fn string_or_float_extras() -> BTreeMap<String, Value> {
    map([("prop1", json!("abc")), ("prop2", json!(43.125))])
}

#[tokio::test]
async fn multiple_spread_get() {
    let output = client().get_multiple_spread_client().get(None).await.unwrap();
    assert!(output.flag);
    assert_eq!(output.additional_properties, typed!(string_or_float_extras()));
}

#[tokio::test]
async fn multiple_spread_put() {
    let body = models::MultipleSpreadRecord { flag: true, additional_properties: typed!(string_or_float_extras()) };
    client().get_multiple_spread_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_record_union_get() {
    let output = client().get_spread_record_union_client().get(None).await.unwrap();
    assert!(output.flag);
    assert_eq!(output.additional_properties, typed!(string_or_float_extras()));
}

#[tokio::test]
async fn spread_record_union_put() {
    let body = models::SpreadRecordForUnion { flag: true, additional_properties: typed!(string_or_float_extras()) };
    client().get_spread_record_union_client().put(&body, None).await.unwrap();
}

fn widget1_with_end() -> Value {
    json!({ "kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z" })
}

fn widget2() -> Value {
    json!({ "kind": "kind1", "start": "2021-01-01T00:00:00Z" })
}

fn non_discriminated_extras() -> BTreeMap<String, Value> {
    map([("prop1", json!({ "kind": "kind0", "fooProp": "abc" })), ("prop2", widget1_with_end())])
}

fn non_discriminated2_extras() -> BTreeMap<String, Value> {
    map([("prop1", widget2()), ("prop2", widget1_with_end())])
}

fn non_discriminated3_extras() -> BTreeMap<String, Value> {
    map([("prop1", json!([widget2(), widget2()])), ("prop2", widget1_with_end())])
}

#[tokio::test]
async fn spread_record_non_discriminated_union_get() {
    let output = client().get_spread_record_non_discriminated_union_client().get(None).await.unwrap();
    assert_eq!(output.name, "abc");
    assert_eq!(output.additional_properties, typed!(non_discriminated_extras()));
}

#[tokio::test]
async fn spread_record_non_discriminated_union_put() {
    let body = models::SpreadRecordForNonDiscriminatedUnion {
        name: "abc".into(),
        additional_properties: typed!(non_discriminated_extras()),
    };
    client().get_spread_record_non_discriminated_union_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_record_non_discriminated_union2_get() {
    let output = client().get_spread_record_non_discriminated_union2_client().get(None).await.unwrap();
    assert_eq!(output.name, "abc");
    assert_eq!(output.additional_properties, typed!(non_discriminated2_extras()));
}

#[tokio::test]
async fn spread_record_non_discriminated_union2_put() {
    let body = models::SpreadRecordForNonDiscriminatedUnion2 {
        name: "abc".into(),
        additional_properties: typed!(non_discriminated2_extras()),
    };
    client().get_spread_record_non_discriminated_union2_client().put(&body, None).await.unwrap();
}

#[tokio::test]
async fn spread_record_non_discriminated_union3_get() {
    let output = client().get_spread_record_non_discriminated_union3_client().get(None).await.unwrap();
    assert_eq!(output.name, "abc");
    assert_eq!(output.additional_properties, typed!(non_discriminated3_extras()));
}

#[tokio::test]
async fn spread_record_non_discriminated_union3_put() {
    let body = models::SpreadRecordForNonDiscriminatedUnion3 {
        name: "abc".into(),
        additional_properties: typed!(non_discriminated3_extras()),
    };
    client().get_spread_record_non_discriminated_union3_client().put(&body, None).await.unwrap();
}
