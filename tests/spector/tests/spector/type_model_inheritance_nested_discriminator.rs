//! `type/model/inheritance/nested-discriminator`: `Fish` picks by `kind`; its subtype `Shark`
//! picks again by `sharktype`. Nested unions decode (and send) both levels.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_model_inheritance_nested_discriminator::{models, TypeModelInheritanceNestedDiscriminatorClient, TypeModelInheritanceNestedDiscriminatorClientOptions};
use std::collections::BTreeMap;

fn client() -> TypeModelInheritanceNestedDiscriminatorClient {
    let options = TypeModelInheritanceNestedDiscriminatorClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelInheritanceNestedDiscriminatorClient::new(Some(options)).unwrap()
}

fn goblin(age: i32) -> models::Fish {
    models::Fish::Shark(models::Shark::GoblinShark(models::GoblinShark { age, ..Default::default() }))
}

fn saw(age: i32) -> models::Fish {
    models::Fish::Shark(models::Shark::SawShark(models::SawShark { age, ..Default::default() }))
}

fn salmon(age: i32) -> models::Salmon {
    models::Salmon { age, ..Default::default() }
}

/// The recursive body as a caller builds it: no discriminators set by hand.
fn recursive() -> models::Fish {
    models::Fish::Salmon(models::Salmon {
        partner: Some(Box::new(saw(2))),
        friends: Some(vec![
            models::Fish::Salmon(models::Salmon {
                partner: Some(Box::new(models::Fish::Salmon(salmon(3)))),
                hate: Some(BTreeMap::from([
                    ("key1".to_owned(), models::Fish::Salmon(salmon(4))),
                    ("key2".to_owned(), goblin(2)),
                ])),
                ..salmon(2)
            }),
            goblin(3),
        ]),
        hate: Some(BTreeMap::from([
            ("key3".to_owned(), saw(3)),
            (
                "key4".to_owned(),
                models::Fish::Salmon(models::Salmon {
                    friends: Some(vec![models::Fish::Salmon(salmon(1)), goblin(4)]),
                    ..salmon(2)
                }),
            ),
        ])),
        ..salmon(1)
    })
}

#[tokio::test]
async fn get_model() {
    let output = client().get_model(None).await.unwrap();
    let models::Fish::Shark(models::Shark::GoblinShark(shark)) = &output else { panic!("expected a goblin shark, got {output:?}") };
    assert_eq!(shark.age, 1);
    assert_eq!(shark.kind, Some(models::SharkKind::Shark));
    assert_eq!(shark.sharktype, Some(models::GoblinSharkSharktype::Goblin));
}

#[tokio::test]
async fn put_model() {
    let body = goblin(1);
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"age": 1, "kind": "shark", "sharktype": "goblin"}));
    client().put_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn get_recursive_model() {
    let output = client().get_recursive_model(None).await.unwrap();
    let models::Fish::Salmon(top) = &output else { panic!("expected a salmon, got {output:?}") };
    assert_eq!(top.age, 1);
    assert!(matches!(top.partner.as_deref(), Some(models::Fish::Shark(models::Shark::SawShark(s))) if s.age == 2));
    let friends = top.friends.as_deref().unwrap();
    assert!(matches!(&friends[1], models::Fish::Shark(models::Shark::GoblinShark(s)) if s.age == 3));
    let models::Fish::Salmon(friend) = &friends[0] else { panic!("expected a salmon friend") };
    assert!(matches!(friend.hate.as_ref().unwrap().get("key2"), Some(models::Fish::Shark(models::Shark::GoblinShark(_)))));
    assert_eq!(serde_json::to_value(&output).unwrap(), serde_json::to_value(recursive()).unwrap());
}

#[tokio::test]
async fn put_recursive_model() {
    client().put_recursive_model(&recursive(), None).await.unwrap();
}

#[tokio::test]
async fn get_missing_discriminator() {
    let output = client().get_missing_discriminator(None).await.unwrap();
    let models::Fish::Base(base) = output else { panic!("expected the base, got {output:?}") };
    assert_eq!(base.age, 1);
}

#[tokio::test]
async fn get_wrong_discriminator() {
    let output = client().get_wrong_discriminator(None).await.unwrap();
    assert_eq!(output, models::Fish::Unknown(json!({"age": 1, "kind": "wrongKind"})));
}
