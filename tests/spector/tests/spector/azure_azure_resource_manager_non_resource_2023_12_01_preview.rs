//! `azure/resource-manager/non-resource`: PUT and GET of a model that looks like a resource
//! (`id`, `name`, `type`) but is not one.

use crate::bearer::{bearer_client_options, credential, https_endpoint};
use serde_json::json;
use spector_clients::azure_azure_resource_manager_non_resource_2023_12_01_preview::{
    models, AzureAzureResourceManagerNonResource20231201PreviewClient as Client,
    AzureAzureResourceManagerNonResource20231201PreviewClientOptions as ClientOptions,
};

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";

fn client() -> Client {
    let options = ClientOptions {
        client_options: bearer_client_options(),
        endpoint: Some(https_endpoint()),
        ..Default::default()
    };
    Client::new(credential(), Some(options)).unwrap()
}

fn assert_hello(model: &models::NonResource) {
    assert_eq!(model.id.as_deref(), Some("id"));
    assert_eq!(model.name.as_deref(), Some("hello"));
    assert_eq!(model.r#type.as_deref(), Some("nonResource"));
}

#[tokio::test]
async fn non_resource_operations_get() {
    let model = client().get_non_resource_operations_client().get(SUBSCRIPTION, "eastus", "hello", None).await.unwrap();
    assert_hello(&model);
}

#[tokio::test]
async fn non_resource_operations_create() {
    let body: models::NonResource =
        serde_json::from_value(json!({"id": "id", "name": "hello", "type": "nonResource"})).unwrap();
    let model = client()
        .get_non_resource_operations_client()
        .create(SUBSCRIPTION, "eastus", "hello", &body, None)
        .await
        .unwrap();
    assert_hello(&model);
}
