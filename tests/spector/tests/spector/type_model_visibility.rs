//! `type/model/visibility`: one model seen through each operation's visibility (read,
//! create, update, delete, query), and read-only properties that round-trip.

use crate::common::{client_options, endpoint};
use spector_clients::type_model_visibility::{models, TypeModelVisibilityClient, TypeModelVisibilityClientOptions};
use std::collections::BTreeMap;

fn client() -> TypeModelVisibilityClient {
    let options = TypeModelVisibilityClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelVisibilityClient::new(Some(options)).unwrap()
}

fn read_model() -> models::VisibilityModel {
    models::VisibilityModel { read_prop: Some("abc".to_owned()), ..Default::default() }
}

#[tokio::test]
async fn get_model() {
    let output = client().get_model(123, &read_model(), None).await.unwrap();
    assert_eq!(output.read_prop.as_deref(), Some("abc"));
    assert!(output.additional_properties.is_empty());
}

#[tokio::test]
async fn head_model() {
    client().head_model(123, &read_model(), None).await.unwrap();
}

#[tokio::test]
async fn put_model() {
    let body = models::VisibilityModelCreateOrUpdate {
        create_prop: vec!["foo".to_owned(), "bar".to_owned()],
        update_prop: vec![1, 2],
        ..Default::default()
    };
    client().put_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn patch_model() {
    let body = models::VisibilityModelUpdate { update_prop: Some(vec![1, 2]), ..Default::default() };
    client().patch_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn post_model() {
    let body = models::VisibilityModelCreate { create_prop: vec!["foo".to_owned(), "bar".to_owned()], ..Default::default() };
    client().post_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn delete_model() {
    let body = models::VisibilityModelDelete { delete_prop: true, ..Default::default() };
    client().delete_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn put_read_only_model() {
    let output = client().put_read_only_model(&models::ReadOnlyModel::default(), None).await.unwrap();
    assert_eq!(output.optional_nullable_int_list, Some(vec![1, 2, 3]));
    let record: BTreeMap<String, String> =
        [("k1", "value1"), ("k2", "value2")].into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    assert_eq!(output.optional_string_record, Some(record));
}
