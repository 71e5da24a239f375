//! `azure/client-generator-core/access`: `@access` only decides what an SDK exports; on the
//! wire every operation is an ordinary GET with a `name` (or `kind`) query parameter.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_access::{
    models, AzureAzureClientGeneratorCoreAccessClient as Client,
    AzureAzureClientGeneratorCoreAccessClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn public_operation() {
    let client = client();
    let operations = client.get_public_operation_client();
    let model = operations.no_decorator_in_public("sample", None).await.unwrap();
    assert_eq!(model.name, "sample");
    assert!(model.additional_properties.is_empty());
    let model = operations.public_decorator_in_public("sample", None).await.unwrap();
    assert_eq!(model.name, "sample");
}

#[tokio::test]
async fn internal_operation() {
    let client = client();
    let operations = client.get_internal_operation_client();
    let model = operations.no_decorator_in_internal("sample", None).await.unwrap();
    assert_eq!(model.name, "sample");
    let model = operations.internal_decorator_in_internal("sample", None).await.unwrap();
    assert_eq!(model.name, "sample");
    let model = operations.public_decorator_in_internal("sample", None).await.unwrap();
    assert_eq!(model.name, "sample");
}

#[tokio::test]
async fn shared_model_in_operation() {
    let client = client();
    let operations = client.get_shared_model_in_operation_client();
    let model = operations.public("sample", None).await.unwrap();
    assert_eq!(model.name, "sample");
    let model = operations.internal("sample", None).await.unwrap();
    assert_eq!(model.name, "sample");
}

#[tokio::test]
async fn relative_model_in_operation() {
    let client = client();
    let operations = client.get_relative_model_in_operation_client();
    let outer = operations.operation("Madge", None).await.unwrap();
    assert_eq!(outer.name, "Madge");
    assert_eq!(outer.inner.name, "Madge");
    let models::AbstractModel::RealModel(real) = operations.discriminator("real", None).await.unwrap() else {
        panic!("kind `real` must deserialize as RealModel");
    };
    assert_eq!(real.name, "Madge");
}
