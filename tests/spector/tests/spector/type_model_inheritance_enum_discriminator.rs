//! `type/model/inheritance/enum-discriminator`: discriminators typed as an extensible enum
//! (`Dog.kind`) and a fixed enum (`Snake.kind`).

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_model_inheritance_enum_discriminator::{models, TypeModelInheritanceEnumDiscriminatorClient, TypeModelInheritanceEnumDiscriminatorClientOptions};

fn client() -> TypeModelInheritanceEnumDiscriminatorClient {
    let options = TypeModelInheritanceEnumDiscriminatorClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelInheritanceEnumDiscriminatorClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn get_extensible_model() {
    let output = client().get_extensible_model(None).await.unwrap();
    let models::Dog::Golden(golden) = output else { panic!("expected a golden, got {output:?}") };
    assert_eq!(golden.weight, 10);
    assert_eq!(golden.kind, Some(models::GoldenKind::Golden));
}

#[tokio::test]
async fn put_extensible_model() {
    let body = models::Dog::Golden(models::Golden { weight: 10, ..Default::default() });
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"kind": "golden", "weight": 10}));
    client().put_extensible_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn get_extensible_model_missing_discriminator() {
    let output = client().get_extensible_model_missing_discriminator(None).await.unwrap();
    let models::Dog::Base(base) = output else { panic!("expected the base, got {output:?}") };
    assert_eq!(base.weight, 10);
    assert_eq!(base.kind, None);
}

#[tokio::test]
async fn get_extensible_model_wrong_discriminator() {
    let output = client().get_extensible_model_wrong_discriminator(None).await.unwrap();
    assert_eq!(output, models::Dog::Unknown(json!({"weight": 8, "kind": "wrongKind"})));
}

#[tokio::test]
async fn get_fixed_model() {
    let output = client().get_fixed_model(None).await.unwrap();
    let models::Snake::Cobra(cobra) = output else { panic!("expected a cobra, got {output:?}") };
    assert_eq!(cobra.length, 10);
    assert_eq!(cobra.kind, Some(models::CobraKind::Cobra));
}

#[tokio::test]
async fn put_fixed_model() {
    let body = models::Snake::Cobra(models::Cobra { length: 10, ..Default::default() });
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"kind": "cobra", "length": 10}));
    client().put_fixed_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn get_fixed_model_missing_discriminator() {
    let output = client().get_fixed_model_missing_discriminator(None).await.unwrap();
    let models::Snake::Base(base) = output else { panic!("expected the base, got {output:?}") };
    assert_eq!(base.length, 10);
}

#[tokio::test]
async fn get_fixed_model_wrong_discriminator() {
    let output = client().get_fixed_model_wrong_discriminator(None).await.unwrap();
    assert_eq!(output, models::Snake::Unknown(json!({"length": 8, "kind": "wrongKind"})));
}
