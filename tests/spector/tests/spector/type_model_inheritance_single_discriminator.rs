//! `type/model/inheritance/single-discriminator`: a base with subtypes picked by `kind`,
//! recursive references to the base, a missing or unknown `kind`, a legacy base, and a
//! discriminated base without subtypes.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_model_inheritance_single_discriminator::{models, TypeModelInheritanceSingleDiscriminatorClient, TypeModelInheritanceSingleDiscriminatorClientOptions};
use std::collections::BTreeMap;

fn client() -> TypeModelInheritanceSingleDiscriminatorClient {
    let options = TypeModelInheritanceSingleDiscriminatorClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelInheritanceSingleDiscriminatorClient::new(Some(options)).unwrap()
}

fn sparrow(wingspan: i32) -> models::Bird {
    models::Bird::Sparrow(models::Sparrow { wingspan, kind: Some(models::SparrowKind::Sparrow), ..Default::default() })
}

/// The recursive body, built as a caller would: variants without their `kind` set (the union
/// sends it).
fn recursive() -> models::Bird {
    models::Bird::Eagle(models::Eagle {
        wingspan: 5,
        partner: Some(Box::new(models::Bird::Goose(models::Goose { wingspan: 2, ..Default::default() }))),
        friends: Some(vec![models::Bird::SeaGull(models::SeaGull { wingspan: 2, ..Default::default() })]),
        hate: Some(BTreeMap::from([("key3".to_owned(), models::Bird::Sparrow(models::Sparrow { wingspan: 1, ..Default::default() }))])),
        ..Default::default()
    })
}

#[tokio::test]
async fn get_model() {
    assert_eq!(client().get_model(None).await.unwrap(), sparrow(1));
}

#[tokio::test]
async fn put_model() {
    let body = models::Bird::Sparrow(models::Sparrow { wingspan: 1, ..Default::default() });
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"kind": "sparrow", "wingspan": 1}));
    client().put_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn get_recursive_model() {
    let output = client().get_recursive_model(None).await.unwrap();
    let models::Bird::Eagle(eagle) = &output else { panic!("expected an eagle, got {output:?}") };
    assert_eq!(eagle.wingspan, 5);
    assert!(matches!(eagle.partner.as_deref(), Some(models::Bird::Goose(goose)) if goose.wingspan == 2));
    assert!(matches!(eagle.friends.as_deref(), Some([models::Bird::SeaGull(gull)]) if gull.wingspan == 2));
    assert!(matches!(eagle.hate.as_ref().and_then(|h| h.get("key3")), Some(models::Bird::Sparrow(s)) if s.wingspan == 1));
    assert_eq!(serde_json::to_value(&output).unwrap(), serde_json::to_value(recursive()).unwrap());
}

#[tokio::test]
async fn put_recursive_model() {
    client().put_recursive_model(&recursive(), None).await.unwrap();
}

#[tokio::test]
async fn get_missing_discriminator() {
    let output = client().get_missing_discriminator(None).await.unwrap();
    let models::Bird::Base(base) = output else { panic!("expected the base, got {output:?}") };
    assert_eq!(base.wingspan, 1);
}

#[tokio::test]
async fn get_wrong_discriminator() {
    let output = client().get_wrong_discriminator(None).await.unwrap();
    assert_eq!(output, models::Bird::Unknown(json!({"wingspan": 1, "kind": "wrongKind"})));
}

#[tokio::test]
async fn get_legacy_model() {
    let output = client().get_legacy_model(None).await.unwrap();
    let models::Dinosaur::TRex(rex) = output else { panic!("expected a t-rex, got {output:?}") };
    assert_eq!(rex.size, 20);
    assert_eq!(rex.kind, Some(models::TRexKind::TRex));
}

#[tokio::test]
async fn get_no_subtypes_model() {
    let output = client().get_no_subtypes_model(None).await.unwrap();
    assert_eq!(output.kind, "salmon");
    assert_eq!(output.size, 10);
}

#[tokio::test]
async fn put_no_subtypes_model() {
    let body = models::Fish { kind: "salmon".to_owned(), size: 10, ..Default::default() };
    client().put_no_subtypes_model(&body, None).await.unwrap();
}
