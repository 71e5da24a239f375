//! `type/model/inheritance/recursive`: a model that inherits from a model holding a list of it.

use crate::common::{client_options, endpoint};
use spector_clients::type_model_inheritance_recursive::{models::Extension, TypeModelInheritanceRecursiveClient, TypeModelInheritanceRecursiveClientOptions};

fn client() -> TypeModelInheritanceRecursiveClient {
    let options = TypeModelInheritanceRecursiveClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelInheritanceRecursiveClient::new(Some(options)).unwrap()
}

fn extension(level: i32, extension: Option<Vec<Extension>>) -> Extension {
    Extension { level, extension, ..Default::default() }
}

fn body() -> Extension {
    extension(0, Some(vec![extension(1, Some(vec![extension(2, None)])), extension(1, None)]))
}

#[tokio::test]
async fn put() {
    client().put(&body(), None).await.unwrap();
}

#[tokio::test]
async fn get() {
    let output = client().get(None).await.unwrap();
    assert_eq!(output, body());
    assert_eq!(output.extension.as_ref().unwrap()[0].extension.as_ref().unwrap()[0].level, 2);
}
