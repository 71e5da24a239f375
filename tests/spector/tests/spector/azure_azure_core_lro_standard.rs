//! `azure/core/lro/standard`: Azure.Core long-running resource operations polled through
//! `Operation-Location`.

use crate::common::{client_options, endpoint};
use azure_core::http::poller::PollerOptions;
use spector_clients::azure_azure_core_lro_standard_2022_12_01_preview::{
    models, AzureAzureCoreLroStandard20221201PreviewClient as Client,
    AzureAzureCoreLroStandard20221201PreviewClientCreateOrReplaceOptions as CreateOrReplaceOptions,
    AzureAzureCoreLroStandard20221201PreviewClientDeleteOptions as DeleteOptions,
    AzureAzureCoreLroStandard20221201PreviewClientExportOptions as ExportOptions,
    AzureAzureCoreLroStandard20221201PreviewClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()), ..Default::default() };
    Client::new(Some(options)).unwrap()
}

/// Poll every second (the minimum), the mock server sends no `retry-after`.
fn fast() -> PollerOptions<'static> {
    PollerOptions { frequency: azure_core::time::Duration::seconds(1), ..Default::default() }
}

#[tokio::test]
async fn create_or_replace() {
    let body = models::User { role: "contributor".into(), ..Default::default() };
    let options = CreateOrReplaceOptions { method_options: fast(), ..Default::default() };
    let user: models::User = client().create_or_replace("madge", &body, Some(options)).await.unwrap();
    assert_eq!(user.name.as_deref(), Some("madge"));
    assert_eq!(user.role, "contributor");
}

#[tokio::test]
async fn delete() {
    let options = DeleteOptions { method_options: fast(), ..Default::default() };
    // The poller follows `Operation-Location` (one InProgress poll) until Succeeded; the
    // operation has no result, so success is `Ok(())`.
    let () = client().delete("madge", Some(options)).await.unwrap();
}

#[tokio::test]
async fn export() {
    let options = ExportOptions { method_options: fast(), ..Default::default() };
    let exported: models::ExportedUser = client().export("madge", "json", Some(options)).await.unwrap();
    assert_eq!(exported.name, "madge");
    assert_eq!(exported.resource_uri, "/users/madge");
}
