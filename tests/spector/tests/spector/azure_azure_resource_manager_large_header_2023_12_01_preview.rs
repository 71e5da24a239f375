//! `azure/resource-manager/large-header`: a long-running POST whose `Location` and
//! `Azure-AsyncOperation` headers are over 6 KB each.

use crate::bearer::{bearer_client_options, credential, https_endpoint};
use azure_core::http::poller::PollerOptions;
use spector_clients::azure_azure_resource_manager_large_header_2023_12_01_preview::{
    AzureAzureResourceManagerLargeHeader20231201PreviewClient as Client,
    AzureAzureResourceManagerLargeHeader20231201PreviewClientOptions as ClientOptions,
    LargeHeadersClientTwo6kOptions as Two6kOptions,
};

fn client() -> Client {
    let options = ClientOptions {
        client_options: bearer_client_options(),
        endpoint: Some(https_endpoint()),
        ..Default::default()
    };
    Client::new(credential(), Some(options)).unwrap()
}

#[tokio::test]
async fn large_headers_two6k() {
    let method_options =
        PollerOptions { frequency: azure_core::time::Duration::milliseconds(10), ..Default::default() };
    let options = Two6kOptions { method_options, ..Default::default() };
    let result = client()
        .get_large_headers_client()
        .two6k("00000000-0000-0000-0000-000000000000", "test-rg", "header1", Some(options))
        .await
        .unwrap();
    assert!(result.succeeded);
}
