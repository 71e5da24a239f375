//! `type/dictionary`: string-keyed maps of scalars, models (recursive too), unknown values
//! and nullable values, both ways.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_dictionary::{models, TypeDictionaryClient, TypeDictionaryClientOptions};
use std::collections::BTreeMap;

fn client() -> TypeDictionaryClient {
    let options = TypeDictionaryClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeDictionaryClient::new(Some(options)).unwrap()
}

fn map<V>(entries: impl IntoIterator<Item = (&'static str, V)>) -> BTreeMap<String, V> {
    entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn inner(property: &str, children: Option<BTreeMap<String, models::InnerModel>>) -> models::InnerModel {
    models::InnerModel { property: property.to_owned(), children, ..Default::default() }
}

/// `P123DT22H14M12.011S`, the duration both scenarios exchange.
fn duration() -> time::Duration {
    time::Duration::days(123)
        + time::Duration::hours(22)
        + time::Duration::minutes(14)
        + time::Duration::milliseconds(12_011)
}

const MAX_SAFE: i64 = 9007199254740991;

fn recursive() -> BTreeMap<String, models::InnerModel> {
    map([
        ("k1", inner("hello", Some(BTreeMap::new()))),
        ("k2", inner("world", Some(map([("k2.1", inner("inner world", None))])))),
    ])
}

#[tokio::test]
async fn int32_value_get() {
    assert_eq!(client().get_int32_value_client().get(None).await.unwrap(), map([("k1", 1), ("k2", 2)]));
}

#[tokio::test]
async fn int32_value_put() {
    client().get_int32_value_client().put(&map([("k1", 1), ("k2", 2)]), None).await.unwrap();
}

#[tokio::test]
async fn int64_value_get() {
    assert_eq!(client().get_int64_value_client().get(None).await.unwrap(), map([("k1", MAX_SAFE), ("k2", -MAX_SAFE)]));
}

#[tokio::test]
async fn int64_value_put() {
    client().get_int64_value_client().put(&map([("k1", MAX_SAFE), ("k2", -MAX_SAFE)]), None).await.unwrap();
}

#[tokio::test]
async fn boolean_value_get() {
    assert_eq!(client().get_boolean_value_client().get(None).await.unwrap(), map([("k1", true), ("k2", false)]));
}

#[tokio::test]
async fn boolean_value_put() {
    client().get_boolean_value_client().put(&map([("k1", true), ("k2", false)]), None).await.unwrap();
}

#[tokio::test]
async fn string_value_get() {
    assert_eq!(
        client().get_string_value_client().get(None).await.unwrap(),
        map([("k1", "hello".to_owned()), ("k2", String::new())])
    );
}

#[tokio::test]
async fn string_value_put() {
    client().get_string_value_client().put(&map([("k1", "hello".to_owned()), ("k2", String::new())]), None).await.unwrap();
}

#[tokio::test]
async fn float32_value_get() {
    assert_eq!(client().get_float32_value_client().get(None).await.unwrap(), map([("k1", 43.125f32)]));
}

#[tokio::test]
async fn float32_value_put() {
    client().get_float32_value_client().put(&map([("k1", 43.125)]), None).await.unwrap();
}

#[tokio::test]
async fn datetime_value_get() {
    let values = client().get_datetime_value_client().get(None).await.unwrap();
    assert_eq!(values, map([("k1", time::macros::datetime!(2022-08-26 18:38:00 UTC))]));
}

#[tokio::test]
async fn datetime_value_put() {
    client().get_datetime_value_client().put(&map([("k1", time::macros::datetime!(2022-08-26 18:38:00 UTC))]), None).await.unwrap();
}

#[tokio::test]
async fn duration_value_get() {
    assert_eq!(client().get_duration_value_client().get(None).await.unwrap(), map([("k1", duration())]));
}

#[tokio::test]
async fn duration_value_put() {
    client().get_duration_value_client().put(&map([("k1", duration())]), None).await.unwrap();
}

#[tokio::test]
async fn unknown_value_get() {
    assert_eq!(
        client().get_unknown_value_client().get(None).await.unwrap(),
        map([("k1", json!(1)), ("k2", json!("hello")), ("k3", json!(null))])
    );
}

#[tokio::test]
async fn unknown_value_put() {
    client().get_unknown_value_client().put(&map([("k1", json!(1)), ("k2", json!("hello")), ("k3", json!(null))]), None).await.unwrap();
}

#[tokio::test]
async fn model_value_get() {
    assert_eq!(
        client().get_model_value_client().get(None).await.unwrap(),
        map([("k1", inner("hello", None)), ("k2", inner("world", None))])
    );
}

#[tokio::test]
async fn model_value_put() {
    client().get_model_value_client().put(&map([("k1", inner("hello", None)), ("k2", inner("world", None))]), None).await.unwrap();
}

#[tokio::test]
async fn recursive_model_value_get() {
    assert_eq!(client().get_recursive_model_value_client().get(None).await.unwrap(), recursive());
}

#[tokio::test]
async fn recursive_model_value_put() {
    client().get_recursive_model_value_client().put(&recursive(), None).await.unwrap();
}

#[tokio::test]
async fn nullable_float_value_get() {
    assert_eq!(
        client().get_nullable_float_value_client().get(None).await.unwrap(),
        map([("k1", Some(1.25f32)), ("k2", Some(0.5)), ("k3", None)])
    );
}

#[tokio::test]
async fn nullable_float_value_put() {
    client().get_nullable_float_value_client().put(&map([("k1", Some(1.25)), ("k2", Some(0.5)), ("k3", None)]), None).await.unwrap();
}
