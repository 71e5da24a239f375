//! `azure/resource-manager/common-properties`: ARM resource identifiers, managed identities,
//! and ARM error responses (predefined `ErrorResponse` and a user-defined `CloudError`).

use crate::bearer::{bearer_client_options, credential, https_endpoint};
use serde_json::json;
use spector_clients::azure_azure_resource_manager_common_properties_2023_12_01_preview::{
    self as module, models, AzureAzureResourceManagerCommonProperties20231201PreviewClient as Client,
    AzureAzureResourceManagerCommonProperties20231201PreviewClientOptions as ClientOptions,
};
use spector_clients::runtime::Error;

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
const GROUP: &str = "test-rg";
const ZERO_UUID: &str = "00000000-0000-0000-0000-000000000000";
const USER_IDENTITY: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1";
const VNET: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Network/virtualNetworks/myVnet";
const VM: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/virtualMachines/myVm";
const GROUP_SCOPED: &str = "/providers/Microsoft.Management/serviceGroups/test-sg/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-0000-0000-000000000000";

fn client() -> Client {
    let options = ClientOptions {
        client_options: bearer_client_options(),
        endpoint: Some(https_endpoint()),
        ..Default::default()
    };
    Client::new(credential(), Some(options)).unwrap()
}

fn assert_arm_ids(resource: &models::ArmResourceIdentifierResource) {
    assert_eq!(resource.name.as_deref(), Some("armId"));
    assert_eq!(resource.location, "eastus");
    assert_eq!(
        resource.r#type.as_deref(),
        Some("Azure.ResourceManager.CommonProperties/armResourceIdentifierResources")
    );
    let properties = resource.properties.as_ref().unwrap();
    assert_eq!(serde_json::to_value(&properties.provisioning_state).unwrap(), json!("Succeeded"));
    assert_eq!(properties.simple_arm_id, VNET);
    assert_eq!(properties.arm_id_with_type, VNET);
    assert_eq!(properties.arm_id_with_type_and_scope, VNET);
    assert_eq!(properties.arm_id_with_all_scopes, VM);
    assert_eq!(properties.arm_id_with_group_scope, GROUP_SCOPED);
}

#[tokio::test]
async fn arm_resource_identifiers_get() {
    let resource =
        client().get_arm_resource_identifiers_client().get(SUBSCRIPTION, GROUP, "armId", None).await.unwrap();
    assert_arm_ids(&resource);
}

#[tokio::test]
async fn arm_resource_identifiers_create_or_replace() {
    let body = parse!({
        "location": "eastus",
        "properties": {
            "simpleArmId": VNET,
            "armIdWithType": VNET,
            "armIdWithTypeAndScope": VNET,
            "armIdWithAllScopes": VM,
            "armIdWithGroupScope": GROUP_SCOPED,
        }
    });
    let response = client()
        .get_arm_resource_identifiers_client()
        .create_or_replace(SUBSCRIPTION, GROUP, "armId", &body, None)
        .await
        .unwrap();
    let module::ArmResourceIdentifiersClientCreateOrReplaceResponse::Ok(resource) = response else {
        panic!("expected 200, got {response:?}")
    };
    assert_arm_ids(&resource);
}

fn assert_identity_resource(resource: &models::ManagedIdentityTrackedResource, identity_type: &str) {
    assert_eq!(resource.location, "eastus");
    assert_eq!(resource.tags.as_ref().unwrap()["tagKey1"], "tagValue1");
    assert_eq!(resource.properties.as_ref().unwrap().provisioning_state.as_deref(), Some("Succeeded"));
    let identity = resource.identity.as_ref().unwrap();
    assert_eq!(serde_json::to_value(&identity.r#type).unwrap(), json!(identity_type));
    assert_eq!(identity.principal_id.as_deref(), Some(ZERO_UUID));
    assert_eq!(identity.tenant_id.as_deref(), Some(ZERO_UUID));
}

#[tokio::test]
async fn managed_identity_get() {
    let resource = client().get_managed_identity_client().get(SUBSCRIPTION, GROUP, "identity", None).await.unwrap();
    assert_identity_resource(&resource, "SystemAssigned");
}

#[tokio::test]
async fn managed_identity_create_with_system_assigned() {
    let body = parse!({
        "location": "eastus",
        "tags": {"tagKey1": "tagValue1"},
        "properties": {},
        "identity": {"type": "SystemAssigned"}
    });
    let response = client()
        .get_managed_identity_client()
        .create_with_system_assigned(SUBSCRIPTION, GROUP, "identity", &body, None)
        .await
        .unwrap();
    let module::ManagedIdentityClientCreateWithSystemAssignedResponse::Ok(resource) = response else {
        panic!("expected 200, got {response:?}")
    };
    assert_identity_resource(&resource, "SystemAssigned");
}

#[tokio::test]
async fn managed_identity_update_with_user_assigned_and_system_assigned() {
    let body = parse!({
        "identity": {"type": "SystemAssigned,UserAssigned", "userAssignedIdentities": {USER_IDENTITY: {}}}
    });
    let resource = client()
        .get_managed_identity_client()
        .update_with_user_assigned_and_system_assigned(SUBSCRIPTION, GROUP, "identity", &body, None)
        .await
        .unwrap();
    assert_identity_resource(&resource, "SystemAssigned,UserAssigned");
    let identities = resource.identity.as_ref().unwrap().user_assigned_identities.as_ref().unwrap();
    let user = &identities[USER_IDENTITY];
    assert_eq!(user.principal_id.as_deref(), Some(ZERO_UUID));
    assert_eq!(user.client_id.as_deref(), Some(ZERO_UUID));
}

#[tokio::test]
async fn error_get_for_predefined_error() {
    let error = client()
        .get_error_client()
        .get_for_predefined_error(SUBSCRIPTION, GROUP, "confidential", None)
        .await
        .unwrap_err();
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 404);
    assert_eq!(error.error_code.as_deref(), Some("ResourceNotFound"));
    let detail = error.error.unwrap().error.unwrap();
    assert_eq!(detail.code.as_deref(), Some("ResourceNotFound"));
    assert_eq!(
        detail.message.as_deref(),
        Some("The Resource 'Azure.ResourceManager.CommonProperties/confidentialResources/confidential' under resource group 'test-rg' was not found.")
    );
}

#[tokio::test]
async fn error_create_for_user_defined_error() {
    let body = parse!({"location": "eastus", "properties": {"username": "00"}});
    let error = client()
        .get_error_client()
        .create_for_user_defined_error(SUBSCRIPTION, GROUP, "confidential", &body, None)
        .await
        .unwrap_err();
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 400);
    assert_eq!(error.error_code.as_deref(), Some("BadRequest"));
    let detail = error.error.unwrap().error.unwrap();
    assert_eq!(detail.code.as_deref(), Some("BadRequest"));
    assert_eq!(detail.message.as_deref(), Some("Username should not contain only numbers."));
    assert_eq!(detail.innererror.unwrap().exceptiontype.as_deref(), Some("general"));
}
