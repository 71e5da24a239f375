//! `type/union/discriminated`: `oneOf` unions with a discriminator, with an envelope (the
//! variant wraps the value) and without (the discriminator sits next to the value's fields).

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_union_discriminated::{
    models, TypeUnionDiscriminatedClient, CustomDiscriminatorClientGetOptions,
    CustomPropertiesClientGetOptions, DefaultClientGet2Options,
    DefaultClientGetOptions, TypeUnionDiscriminatedClientOptions,
};

fn client() -> TypeUnionDiscriminatedClient {
    let options = TypeUnionDiscriminatedClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeUnionDiscriminatedClient::new(Some(options)).unwrap()
}

fn cat() -> models::Cat {
    models::Cat { name: "Whiskers".to_owned(), meow: true, ..Default::default() }
}

fn dog() -> models::Dog {
    models::Dog { name: "Rex".to_owned(), bark: false, ..Default::default() }
}

#[tokio::test]
async fn default_get() {
    let output = client().get_default_client().get(None).await.unwrap();
    let models::PetWithEnvelope::Cat(envelope) = output else { panic!("expected a cat, got {output:?}") };
    assert_eq!(envelope.value, cat());
    let options = DefaultClientGetOptions { kind: Some("dog".to_owned()), ..Default::default() };
    let output = client().get_default_client().get(Some(options)).await.unwrap();
    let models::PetWithEnvelope::Dog(envelope) = output else { panic!("expected a dog, got {output:?}") };
    assert_eq!(envelope.value, dog());
}

#[tokio::test]
async fn default_put() {
    let body = models::PetWithEnvelope::Cat(models::PetWithEnvelopeCat { kind: None, value: cat(), additional_properties: Default::default() });
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"kind": "cat", "value": {"name": "Whiskers", "meow": true}})
    );
    let output = client().get_default_client().put(&body, None).await.unwrap();
    let models::PetWithEnvelope::Cat(envelope) = output else { panic!("expected a cat, got {output:?}") };
    assert_eq!(envelope.value, cat());
}

#[tokio::test]
async fn custom_properties_get() {
    let output = client().get_custom_properties_client().get(None).await.unwrap();
    let models::PetWithCustomNames::Cat(envelope) = output else { panic!("expected a cat, got {output:?}") };
    assert_eq!(envelope.pet_data, cat());
    let options =
        CustomPropertiesClientGetOptions { pet_type: Some("dog".to_owned()), ..Default::default() };
    let output = client().get_custom_properties_client().get(Some(options)).await.unwrap();
    let models::PetWithCustomNames::Dog(envelope) = output else { panic!("expected a dog, got {output:?}") };
    assert_eq!(envelope.pet_data, dog());
}

#[tokio::test]
async fn custom_properties_put() {
    let body =
        models::PetWithCustomNames::Cat(models::PetWithCustomNamesCat { pet_type: None, pet_data: cat(), additional_properties: Default::default() });
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"petType": "cat", "petData": {"name": "Whiskers", "meow": true}})
    );
    let output = client().get_custom_properties_client().put(&body, None).await.unwrap();
    assert!(matches!(output, models::PetWithCustomNames::Cat(ref envelope) if envelope.pet_data == cat()));
}

#[tokio::test]
async fn default_get_2() {
    // The no-envelope union: the discriminator is not a field of `Cat`, so it is not kept there.
    assert_eq!(client().get_default_client().get_2(None).await.unwrap(), models::PetInline::Cat(cat()));
    let options = DefaultClientGet2Options { kind: Some("dog".to_owned()), ..Default::default() };
    assert_eq!(client().get_default_client().get_2(Some(options)).await.unwrap(), models::PetInline::Dog(dog()));
}

#[tokio::test]
async fn default_put_2() {
    let body = models::PetInline::Cat(cat());
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"kind": "cat", "name": "Whiskers", "meow": true}));
    assert_eq!(client().get_default_client().put_2(&body, None).await.unwrap(), body);
}

#[tokio::test]
async fn custom_discriminator_get() {
    let output = client().get_custom_discriminator_client().get(None).await.unwrap();
    assert_eq!(output, models::PetInlineWithCustomDiscriminator::Cat(cat()));
    let options =
        CustomDiscriminatorClientGetOptions { r#type: Some("dog".to_owned()), ..Default::default() };
    let output = client().get_custom_discriminator_client().get(Some(options)).await.unwrap();
    assert_eq!(output, models::PetInlineWithCustomDiscriminator::Dog(dog()));
}

#[tokio::test]
async fn custom_discriminator_put() {
    let body = models::PetInlineWithCustomDiscriminator::Cat(cat());
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"type": "cat", "name": "Whiskers", "meow": true}));
    assert_eq!(client().get_custom_discriminator_client().put(&body, None).await.unwrap(), body);
}
