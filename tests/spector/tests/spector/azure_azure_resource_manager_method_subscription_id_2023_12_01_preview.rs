//! `azure/resource-manager/method-subscription-id`: `subscriptionId` as a method parameter
//! of subscription- and resource-group-scoped resources, and the provider's operations list.

use crate::bearer::{bearer_client_options, credential, https_endpoint};
use serde_json::json;
use spector_clients::azure_azure_resource_manager_method_subscription_id_2023_12_01_preview::{
    self as module, AzureAzureResourceManagerMethodSubscriptionId20231201PreviewClient as Client,
    AzureAzureResourceManagerMethodSubscriptionId20231201PreviewClientOptions as ClientOptions,
};

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
const PROVIDER: &str =
    "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Azure.ResourceManager.MethodSubscriptionId";

fn client() -> Client {
    let options = ClientOptions {
        client_options: bearer_client_options(),
        endpoint: Some(https_endpoint()),
        ..Default::default()
    };
    Client::new(credential(), Some(options)).unwrap()
}

/// Checks the parts every resource of these scenarios shares.
macro_rules! assert_resource {
    ($resource:expr, $id:expr, $name:expr, $type:expr) => {{
        let resource = &$resource;
        assert_eq!(resource.id.as_deref(), Some($id.as_str()));
        assert_eq!(resource.name.as_deref(), Some($name));
        assert_eq!(resource.r#type.as_deref(), Some($type));
        let properties = resource.properties.as_ref().unwrap();
        assert_eq!(serde_json::to_value(&properties.provisioning_state).unwrap(), json!("Succeeded"));
        let system = resource.system_data.as_ref().unwrap();
        assert_eq!(system.created_by.as_deref(), Some("AzureSDK"));
        properties
    }};
}

#[tokio::test]
async fn operations() {
    let mut pager = client().get_operations_client().list(None);
    let page = pager.next_page().await.unwrap().unwrap();
    let operation = &page.value[0];
    assert_eq!(operation.name.as_deref(), Some("Azure.ResourceManager.MethodSubscriptionId/services/read"));
    assert_eq!(operation.is_data_action, Some(false));
    let display = operation.display.as_ref().unwrap();
    assert_eq!(display.provider.as_deref(), Some("Azure.ResourceManager.MethodSubscriptionId"));
    assert_eq!(display.resource.as_deref(), Some("services"));
    assert_eq!(display.operation.as_deref(), Some("Lists services"));
    assert_eq!(display.description.as_deref(), Some("Lists registered services"));
    assert!(pager.next_page().await.is_none());
}

fn resource1_id() -> String {
    format!("{PROVIDER}/subscriptionResource1s/sub-resource-1")
}

#[tokio::test]
async fn two_subscription_resources_method_level_subscription_resource1_operations_get() {
    let resource = client()
        .get_subscription_resource1_operations_client()
        .get(SUBSCRIPTION, "sub-resource-1", None)
        .await
        .unwrap();
    let properties = assert_resource!(
        resource,
        resource1_id(),
        "sub-resource-1",
        "Azure.ResourceManager.MethodSubscriptionId/subscriptionResource1s"
    );
    assert_eq!(properties.description.as_deref(), Some("Valid subscription resource 1"));
}

#[tokio::test]
async fn two_subscription_resources_method_level_subscription_resource1_operations_put() {
    let body = parse!({"properties": {"description": "Valid subscription resource 1"}});
    let response = client()
        .get_subscription_resource1_operations_client()
        .put(SUBSCRIPTION, "sub-resource-1", &body, None)
        .await
        .unwrap();
    let module::SubscriptionResource1OperationsClientPutResponse::Ok(resource) = response else {
        panic!("expected 200, got {response:?}")
    };
    let properties = assert_resource!(
        resource,
        resource1_id(),
        "sub-resource-1",
        "Azure.ResourceManager.MethodSubscriptionId/subscriptionResource1s"
    );
    assert_eq!(properties.description.as_deref(), Some("Valid subscription resource 1"));
}

#[tokio::test]
async fn two_subscription_resources_method_level_subscription_resource1_operations_delete() {
    let response = client()
        .get_subscription_resource1_operations_client()
        .delete(SUBSCRIPTION, "sub-resource-1", None)
        .await
        .unwrap();
    assert!(matches!(response, module::SubscriptionResource1OperationsClientDeleteResponse::NoContent), "{response:?}");
}

fn resource2_id() -> String {
    format!("{PROVIDER}/subscriptionResource2s/sub-resource-2")
}

#[tokio::test]
async fn two_subscription_resources_method_level_subscription_resource2_operations_get() {
    let resource = client()
        .get_subscription_resource2_operations_client()
        .get(SUBSCRIPTION, "sub-resource-2", None)
        .await
        .unwrap();
    let properties = assert_resource!(
        resource,
        resource2_id(),
        "sub-resource-2",
        "Azure.ResourceManager.MethodSubscriptionId/subscriptionResource2s"
    );
    assert_eq!(properties.config_value.as_deref(), Some("test-config"));
}

#[tokio::test]
async fn two_subscription_resources_method_level_subscription_resource2_operations_put() {
    let body = parse!({"properties": {"configValue": "test-config"}});
    let response = client()
        .get_subscription_resource2_operations_client()
        .put(SUBSCRIPTION, "sub-resource-2", &body, None)
        .await
        .unwrap();
    let module::SubscriptionResource2OperationsClientPutResponse::Ok(resource) = response else {
        panic!("expected 200, got {response:?}")
    };
    let properties = assert_resource!(
        resource,
        resource2_id(),
        "sub-resource-2",
        "Azure.ResourceManager.MethodSubscriptionId/subscriptionResource2s"
    );
    assert_eq!(properties.config_value.as_deref(), Some("test-config"));
}

#[tokio::test]
async fn two_subscription_resources_method_level_subscription_resource2_operations_delete() {
    let response = client()
        .get_subscription_resource2_operations_client()
        .delete(SUBSCRIPTION, "sub-resource-2", None)
        .await
        .unwrap();
    assert!(matches!(response, module::SubscriptionResource2OperationsClientDeleteResponse::NoContent), "{response:?}");
}

fn subscription_resource_id() -> String {
    format!("{PROVIDER}/subscriptionResources/sub-resource")
}

#[tokio::test]
async fn mixed_subscription_placement_subscription_resource_operations_get() {
    let resource =
        client().get_subscription_resource_operations_client().get(SUBSCRIPTION, "sub-resource", None).await.unwrap();
    let properties = assert_resource!(
        resource,
        subscription_resource_id(),
        "sub-resource",
        "Azure.ResourceManager.MethodSubscriptionId/subscriptionResources"
    );
    assert_eq!(properties.subscription_setting.as_deref(), Some("test-sub-setting"));
}

#[tokio::test]
async fn mixed_subscription_placement_subscription_resource_operations_put() {
    let body = parse!({"properties": {"subscriptionSetting": "test-sub-setting"}});
    let response = client()
        .get_subscription_resource_operations_client()
        .put(SUBSCRIPTION, "sub-resource", &body, None)
        .await
        .unwrap();
    let module::SubscriptionResourceOperationsClientPutResponse::Ok(resource) = response else {
        panic!("expected 200, got {response:?}")
    };
    let properties = assert_resource!(
        resource,
        subscription_resource_id(),
        "sub-resource",
        "Azure.ResourceManager.MethodSubscriptionId/subscriptionResources"
    );
    assert_eq!(properties.subscription_setting.as_deref(), Some("test-sub-setting"));
}

#[tokio::test]
async fn mixed_subscription_placement_subscription_resource_operations_delete() {
    let response = client()
        .get_subscription_resource_operations_client()
        .delete(SUBSCRIPTION, "sub-resource", None)
        .await
        .unwrap();
    assert!(matches!(response, module::SubscriptionResourceOperationsClientDeleteResponse::NoContent), "{response:?}");
}

fn group_resource_id() -> String {
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.MethodSubscriptionId/resourceGroupResources/rg-resource".to_owned()
}

#[tokio::test]
async fn mixed_subscription_placement_resource_group_resource_operations_get() {
    let resource = client()
        .get_resource_group_resource_operations_client()
        .get(SUBSCRIPTION, "test-rg", "rg-resource", None)
        .await
        .unwrap();
    assert_eq!(resource.location, "eastus");
    let properties = assert_resource!(
        resource,
        group_resource_id(),
        "rg-resource",
        "Azure.ResourceManager.MethodSubscriptionId/resourceGroupResources"
    );
    assert_eq!(properties.resource_group_setting.as_deref(), Some("test-setting"));
}

#[tokio::test]
async fn mixed_subscription_placement_resource_group_resource_operations_put() {
    let body = parse!({"location": "eastus", "properties": {"resourceGroupSetting": "test-setting"}});
    let response = client()
        .get_resource_group_resource_operations_client()
        .put(SUBSCRIPTION, "test-rg", "rg-resource", &body, None)
        .await
        .unwrap();
    let module::ResourceGroupResourceOperationsClientPutResponse::Ok(resource) = response else {
        panic!("expected 200, got {response:?}")
    };
    assert_eq!(resource.location, "eastus");
    let properties = assert_resource!(
        resource,
        group_resource_id(),
        "rg-resource",
        "Azure.ResourceManager.MethodSubscriptionId/resourceGroupResources"
    );
    assert_eq!(properties.resource_group_setting.as_deref(), Some("test-setting"));
}

#[tokio::test]
async fn mixed_subscription_placement_resource_group_resource_operations_delete() {
    let response = client()
        .get_resource_group_resource_operations_client()
        .delete(SUBSCRIPTION, "test-rg", "rg-resource", None)
        .await
        .unwrap();
    assert!(matches!(response, module::ResourceGroupResourceOperationsClientDeleteResponse::NoContent), "{response:?}");
}
