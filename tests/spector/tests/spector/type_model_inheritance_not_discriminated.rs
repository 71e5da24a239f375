//! `type/model/inheritance/not-discriminated`: a three-level `allOf` chain without a
//! discriminator flattens into one struct with every inherited field.

use crate::common::{client_options, endpoint};
use spector_clients::type_model_inheritance_not_discriminated::{models, TypeModelInheritanceNotDiscriminatedClient, TypeModelInheritanceNotDiscriminatedClientOptions};

fn client() -> TypeModelInheritanceNotDiscriminatedClient {
    let options = TypeModelInheritanceNotDiscriminatedClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelInheritanceNotDiscriminatedClient::new(Some(options)).unwrap()
}

fn siamese() -> models::Siamese {
    models::Siamese { name: "abc".to_owned(), age: 32, smart: true, ..Default::default() }
}

#[tokio::test]
async fn post_valid() {
    client().post_valid(&siamese(), None).await.unwrap();
}

#[tokio::test]
async fn get_valid() {
    assert_eq!(client().get_valid(None).await.unwrap(), siamese());
}

#[tokio::test]
async fn put_valid() {
    assert_eq!(client().put_valid(&siamese(), None).await.unwrap(), siamese());
}
