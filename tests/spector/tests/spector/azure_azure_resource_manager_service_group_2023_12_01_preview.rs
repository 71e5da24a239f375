//! `azure/resource-manager/service-group`: ARM resource CRUD and list at service group scope.

use crate::bearer::{bearer_client_options, credential, https_endpoint};
use serde_json::json;
use spector_clients::azure_azure_resource_manager_service_group_2023_12_01_preview::{
    self as module, models, AzureAzureResourceManagerServiceGroup20231201PreviewClient as Client,
    AzureAzureResourceManagerServiceGroup20231201PreviewClientOptions as ClientOptions,
};

const SCOPE: &str = "test-sg";
const ID: &str = "/providers/Microsoft.Management/serviceGroups/test-sg/providers/Microsoft.ServiceGroupExtension/serviceGroupExtensionResources/resource";

fn client() -> Client {
    let options = ClientOptions {
        client_options: bearer_client_options(),
        endpoint: Some(https_endpoint()),
        ..Default::default()
    };
    Client::new(credential(), Some(options)).unwrap()
}

fn assert_resource(resource: &models::ServiceGroupExtensionResource, description: &str) {
    assert_eq!(resource.id.as_deref(), Some(ID));
    assert_eq!(resource.name.as_deref(), Some("resource"));
    assert_eq!(resource.r#type.as_deref(), Some("Microsoft.ServiceGroupExtension/serviceGroupExtensionResources"));
    let properties = resource.properties.as_ref().unwrap();
    assert_eq!(properties.description.as_deref(), Some(description));
    assert_eq!(serde_json::to_value(&properties.provisioning_state).unwrap(), json!("Succeeded"));
    let system = resource.system_data.as_ref().unwrap();
    assert_eq!(system.created_by.as_deref(), Some("AzureSDK"));
    assert_eq!(serde_json::to_value(&system.created_by_type).unwrap(), json!("User"));
    assert_eq!(system.created_at.unwrap().year(), 2024);
}

#[tokio::test]
async fn service_group_extension_resources_get() {
    let resource = client().get_service_group_extension_resources_client().get(SCOPE, "resource", None).await.unwrap();
    assert_resource(&resource, "valid");
}

#[tokio::test]
async fn service_group_extension_resources_create_or_update() {
    let body = parse!({"properties": {"description": "valid"}});
    let resource = client()
        .get_service_group_extension_resources_client()
        .create_or_update(SCOPE, "resource", &body, None)
        .await
        .unwrap();
    assert_resource(&resource, "valid");
}

#[tokio::test]
async fn service_group_extension_resources_update() {
    let body = parse!({"properties": {"description": "valid2"}});
    let resource =
        client().get_service_group_extension_resources_client().update(SCOPE, "resource", &body, None).await.unwrap();
    assert_resource(&resource, "valid2");
}

#[tokio::test]
async fn service_group_extension_resources_delete() {
    let response =
        client().get_service_group_extension_resources_client().delete(SCOPE, "resource", None).await.unwrap();
    assert!(matches!(response, module::ServiceGroupExtensionResourcesClientDeleteResponse::NoContent), "{response:?}");
}

#[tokio::test]
async fn service_group_extension_resources_list_by_service_group() {
    let mut pager = client().get_service_group_extension_resources_client().list_by_service_group(SCOPE, None);
    let page = pager.next_page().await.unwrap().unwrap();
    assert_eq!(page.value.len(), 1);
    assert_resource(&page.value[0], "valid");
    assert!(pager.next_page().await.is_none());
}
