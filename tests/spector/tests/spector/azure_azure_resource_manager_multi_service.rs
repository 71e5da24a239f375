//! `azure/resource-manager/multi-service`: two ARM services (Compute and ComputeDisk), each
//! at its own api-version, from one package. One module per service version; the scenarios
//! use the latest of each.

use crate::bearer::{bearer_client_options, credential, https_endpoint};
use serde_json::json;
use spector_clients::azure_azure_resource_manager_multi_service_azure_resource_manager_multi_service_compute_2025_04_01 as compute;
use spector_clients::azure_azure_resource_manager_multi_service_azure_resource_manager_multi_service_compute_disk_2025_01_02 as disk;

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
const GROUP: &str = "test-rg";

fn compute() -> compute::AzureAzureResourceManagerMultiServiceAzureResourceManagerMultiServiceCompute20250401Client {
    let options =
        compute::AzureAzureResourceManagerMultiServiceAzureResourceManagerMultiServiceCompute20250401ClientOptions {
            client_options: bearer_client_options(),
            endpoint: Some(https_endpoint()),
            ..Default::default()
        };
    assert_eq!(options.api_version, "2025-04-01");
    compute::AzureAzureResourceManagerMultiServiceAzureResourceManagerMultiServiceCompute20250401Client::new(
        credential(),
        Some(options),
    )
    .unwrap()
}

fn disk() -> disk::AzureAzureResourceManagerMultiServiceAzureResourceManagerMultiServiceComputeDisk20250102Client {
    let options =
        disk::AzureAzureResourceManagerMultiServiceAzureResourceManagerMultiServiceComputeDisk20250102ClientOptions {
            client_options: bearer_client_options(),
            endpoint: Some(https_endpoint()),
            ..Default::default()
        };
    assert_eq!(options.api_version, "2025-01-02");
    disk::AzureAzureResourceManagerMultiServiceAzureResourceManagerMultiServiceComputeDisk20250102Client::new(
        credential(),
        Some(options),
    )
    .unwrap()
}

fn assert_vm(vm: &compute::models::VirtualMachine) {
    assert_eq!(vm.id.as_deref(), Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/virtualMachines/vm1"));
    assert_eq!(vm.name.as_deref(), Some("vm1"));
    assert_eq!(vm.r#type.as_deref(), Some("Microsoft.Compute/virtualMachines"));
    assert_eq!(vm.location, "eastus");
    let state = &vm.properties.as_ref().unwrap().provisioning_state;
    assert_eq!(serde_json::to_value(state).unwrap(), json!("Succeeded"));
}

fn assert_disk(disk: &disk::models::Disk) {
    assert_eq!(disk.id.as_deref(), Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/disks/disk1"));
    assert_eq!(disk.name.as_deref(), Some("disk1"));
    assert_eq!(disk.r#type.as_deref(), Some("Microsoft.Compute/disks"));
    assert_eq!(disk.location, "eastus");
    let state = &disk.properties.as_ref().unwrap().provisioning_state;
    assert_eq!(serde_json::to_value(state).unwrap(), json!("Succeeded"));
}

#[tokio::test]
async fn compute_virtual_machines_get() {
    let vm = compute().get_virtual_machines_client().get(SUBSCRIPTION, GROUP, "vm1", None).await.unwrap();
    assert_vm(&vm);
}

#[tokio::test]
async fn compute_virtual_machines_create_or_update() {
    let body = serde_json::from_value(json!({"location": "eastus", "properties": {}})).unwrap();
    let vm = compute()
        .get_virtual_machines_client()
        .create_or_update(SUBSCRIPTION, GROUP, "vm1", &body, None)
        .await
        .unwrap();
    assert_vm(&vm);
}

#[tokio::test]
async fn compute_disk_disks_get() {
    let disk = disk().get_disks_client().get(SUBSCRIPTION, GROUP, "disk1", None).await.unwrap();
    assert_disk(&disk);
}

#[tokio::test]
async fn compute_disk_disks_create_or_update() {
    let body = serde_json::from_value(json!({"location": "eastus", "properties": {}})).unwrap();
    let disk = disk().get_disks_client().create_or_update(SUBSCRIPTION, GROUP, "disk1", &body, None).await.unwrap();
    assert_disk(&disk);
}
