//! `type/array`: arrays of scalars, models, unknown values and nullable items, both ways.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_array::{models, TypeArrayClient, TypeArrayClientOptions};

fn client() -> TypeArrayClient {
    let options = TypeArrayClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeArrayClient::new(Some(options)).unwrap()
}

fn inner(property: &str) -> models::InnerModel {
    models::InnerModel { property: property.to_owned(), ..Default::default() }
}

/// `P123DT22H14M12.011S`, the duration both scenarios exchange.
fn duration() -> time::Duration {
    time::Duration::days(123)
        + time::Duration::hours(22)
        + time::Duration::minutes(14)
        + time::Duration::milliseconds(12_011)
}

const MAX_SAFE: i64 = 9007199254740991;

#[tokio::test]
async fn int32_value_get() {
    assert_eq!(client().get_int32_value_client().get(None).await.unwrap(), vec![1, 2]);
}

#[tokio::test]
async fn int32_value_put() {
    client().get_int32_value_client().put(&vec![1, 2], None).await.unwrap();
}

#[tokio::test]
async fn int64_value_get() {
    assert_eq!(client().get_int64_value_client().get(None).await.unwrap(), vec![MAX_SAFE, -MAX_SAFE]);
}

#[tokio::test]
async fn int64_value_put() {
    client().get_int64_value_client().put(&vec![MAX_SAFE, -MAX_SAFE], None).await.unwrap();
}

#[tokio::test]
async fn boolean_value_get() {
    assert_eq!(client().get_boolean_value_client().get(None).await.unwrap(), vec![true, false]);
}

#[tokio::test]
async fn boolean_value_put() {
    client().get_boolean_value_client().put(&vec![true, false], None).await.unwrap();
}

#[tokio::test]
async fn string_value_get() {
    assert_eq!(client().get_string_value_client().get(None).await.unwrap(), vec!["hello".to_owned(), String::new()]);
}

#[tokio::test]
async fn string_value_put() {
    client().get_string_value_client().put(&vec!["hello".to_owned(), String::new()], None).await.unwrap();
}

#[tokio::test]
async fn float32_value_get() {
    assert_eq!(client().get_float32_value_client().get(None).await.unwrap(), vec![43.125f32]);
}

#[tokio::test]
async fn float32_value_put() {
    client().get_float32_value_client().put(&vec![43.125], None).await.unwrap();
}

#[tokio::test]
async fn datetime_value_get() {
    let values = client().get_datetime_value_client().get(None).await.unwrap();
    assert_eq!(values, vec![time::macros::datetime!(2022-08-26 18:38:00 UTC)]);
}

#[tokio::test]
async fn datetime_value_put() {
    client().get_datetime_value_client().put(&vec![time::macros::datetime!(2022-08-26 18:38:00 UTC)], None).await.unwrap();
}

#[tokio::test]
async fn duration_value_get() {
    assert_eq!(client().get_duration_value_client().get(None).await.unwrap(), vec![duration()]);
}

#[tokio::test]
async fn duration_value_put() {
    client().get_duration_value_client().put(&vec![duration()], None).await.unwrap();
}

#[tokio::test]
async fn unknown_value_get() {
    assert_eq!(client().get_unknown_value_client().get(None).await.unwrap(), vec![json!(1), json!("hello"), json!(null)]);
}

#[tokio::test]
async fn unknown_value_put() {
    client().get_unknown_value_client().put(&vec![json!(1), json!("hello"), json!(null)], None).await.unwrap();
}

#[tokio::test]
async fn model_value_get() {
    assert_eq!(client().get_model_value_client().get(None).await.unwrap(), vec![inner("hello"), inner("world")]);
}

#[tokio::test]
async fn model_value_put() {
    client().get_model_value_client().put(&vec![inner("hello"), inner("world")], None).await.unwrap();
}

#[tokio::test]
async fn nullable_float_value_get() {
    assert_eq!(client().get_nullable_float_value_client().get(None).await.unwrap(), vec![Some(1.25f32), None, Some(3.0)]);
}

#[tokio::test]
async fn nullable_float_value_put() {
    client().get_nullable_float_value_client().put(&vec![Some(1.25), None, Some(3.0)], None).await.unwrap();
}

#[tokio::test]
async fn nullable_int32_value_get() {
    assert_eq!(client().get_nullable_int32_value_client().get(None).await.unwrap(), vec![Some(1), None, Some(3)]);
}

#[tokio::test]
async fn nullable_int32_value_put() {
    client().get_nullable_int32_value_client().put(&vec![Some(1), None, Some(3)], None).await.unwrap();
}

#[tokio::test]
async fn nullable_boolean_value_get() {
    assert_eq!(client().get_nullable_boolean_value_client().get(None).await.unwrap(), vec![Some(true), None, Some(false)]);
}

#[tokio::test]
async fn nullable_boolean_value_put() {
    client().get_nullable_boolean_value_client().put(&vec![Some(true), None, Some(false)], None).await.unwrap();
}

#[tokio::test]
async fn nullable_string_value_get() {
    assert_eq!(
        client().get_nullable_string_value_client().get(None).await.unwrap(),
        vec![Some("hello".to_owned()), None, Some("world".to_owned())]
    );
}

#[tokio::test]
async fn nullable_string_value_put() {
    client()
        .get_nullable_string_value_client().put(&vec![Some("hello".to_owned()), None, Some("world".to_owned())], None)
        .await
        .unwrap();
}

#[tokio::test]
async fn nullable_model_value_get() {
    assert_eq!(
        client().get_nullable_model_value_client().get(None).await.unwrap(),
        vec![Some(inner("hello")), None, Some(inner("world"))]
    );
}

#[tokio::test]
async fn nullable_model_value_put() {
    client().get_nullable_model_value_client().put(&vec![Some(inner("hello")), None, Some(inner("world"))], None).await.unwrap();
}
