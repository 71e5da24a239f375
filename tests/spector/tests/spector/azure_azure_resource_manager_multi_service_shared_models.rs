//! `azure/resource-manager/multi-service-shared-models`: two ARM services (Compute and
//! Storage) that share a metadata model, each at its own api-version.

use crate::bearer::{bearer_client_options, credential, https_endpoint};
use serde_json::json;
use spector_clients::azure_azure_resource_manager_multi_service_shared_models_azure_resource_manager_multi_service_shared_models_compute_2025_05_01 as compute;
use spector_clients::azure_azure_resource_manager_multi_service_shared_models_azure_resource_manager_multi_service_shared_models_storage_2025_02_01 as storage;

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
const GROUP: &str = "test-rg";

fn compute() -> compute::AzureAzureResourceManagerMultiServiceSharedModelsAzureResourceManagerMultiServiceSharedModelsCompute20250501Client{
    let options = compute::AzureAzureResourceManagerMultiServiceSharedModelsAzureResourceManagerMultiServiceSharedModelsCompute20250501ClientOptions {
        client_options: bearer_client_options(),
        endpoint: Some(https_endpoint()),
        ..Default::default()
    };
    compute::AzureAzureResourceManagerMultiServiceSharedModelsAzureResourceManagerMultiServiceSharedModelsCompute20250501Client::new(credential(), Some(options)).unwrap()
}

fn storage() -> storage::AzureAzureResourceManagerMultiServiceSharedModelsAzureResourceManagerMultiServiceSharedModelsStorage20250201Client{
    let options = storage::AzureAzureResourceManagerMultiServiceSharedModelsAzureResourceManagerMultiServiceSharedModelsStorage20250201ClientOptions {
        client_options: bearer_client_options(),
        endpoint: Some(https_endpoint()),
        ..Default::default()
    };
    storage::AzureAzureResourceManagerMultiServiceSharedModelsAzureResourceManagerMultiServiceSharedModelsStorage20250201Client::new(credential(), Some(options)).unwrap()
}

fn assert_vm(vm: &compute::models::VirtualMachine) {
    assert_eq!(vm.name.as_deref(), Some("vm-shared1"));
    assert_eq!(vm.r#type.as_deref(), Some("Microsoft.Compute/virtualMachinesShared"));
    assert_eq!(vm.location, "eastus");
    let properties = vm.properties.as_ref().unwrap();
    assert_eq!(serde_json::to_value(&properties.provisioning_state).unwrap(), json!("Succeeded"));
    let metadata = properties.metadata.as_ref().unwrap();
    assert_eq!(metadata.created_by.as_deref(), Some("user@example.com"));
    assert_eq!(metadata.created_at.unwrap(), time::macros::datetime!(2025-01-01 00:00:00 UTC));
    assert_eq!(metadata.tags.as_ref().unwrap()["environment"], "production");
}

fn assert_account(account: &storage::models::StorageAccount) {
    assert_eq!(account.name.as_deref(), Some("account1"));
    assert_eq!(account.r#type.as_deref(), Some("Microsoft.Storage/storageAccounts"));
    assert_eq!(account.location, "westus");
    let properties = account.properties.as_ref().unwrap();
    assert_eq!(serde_json::to_value(&properties.provisioning_state).unwrap(), json!("Succeeded"));
    let metadata = properties.metadata.as_ref().unwrap();
    assert_eq!(metadata.created_by.as_deref(), Some("admin@example.com"));
    assert_eq!(metadata.created_at.unwrap(), time::macros::datetime!(2025-01-02 00:00:00 UTC));
    assert_eq!(metadata.tags.as_ref().unwrap()["department"], "engineering");
}

#[tokio::test]
async fn compute_virtual_machines_get() {
    let vm = compute().get_virtual_machines_client().get(SUBSCRIPTION, GROUP, "vm-shared1", None).await.unwrap();
    assert_vm(&vm);
}

#[tokio::test]
async fn compute_virtual_machines_create_or_update() {
    let body = serde_json::from_value(json!({
        "location": "eastus",
        "properties": {"metadata": {"createdBy": "user@example.com", "tags": {"environment": "production"}}}
    }))
    .unwrap();
    let vm = compute()
        .get_virtual_machines_client()
        .create_or_update(SUBSCRIPTION, GROUP, "vm-shared1", &body, None)
        .await
        .unwrap();
    assert_vm(&vm);
}

#[tokio::test]
async fn storage_storage_accounts_get() {
    let account = storage().get_storage_accounts_client().get(SUBSCRIPTION, GROUP, "account1", None).await.unwrap();
    assert_account(&account);
}

#[tokio::test]
async fn storage_storage_accounts_create_or_update() {
    let body = serde_json::from_value(json!({
        "location": "westus",
        "properties": {"metadata": {"createdBy": "admin@example.com", "tags": {"department": "engineering"}}}
    }))
    .unwrap();
    let account = storage()
        .get_storage_accounts_client()
        .create_or_update(SUBSCRIPTION, GROUP, "account1", &body, None)
        .await
        .unwrap();
    assert_account(&account);
}
