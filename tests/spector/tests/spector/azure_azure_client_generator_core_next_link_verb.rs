//! `azure/client-generator-core/next-link-verb`: cannot pass from the Swagger (the next link
//! must be POSTed, which the Swagger cannot say). The first page (a POST) is read; the next
//! link is followed with GET and the service refuses it.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_next_link_verb::{
    AzureAzureClientGeneratorCoreNextLinkVerbClient as Client,
    AzureAzureClientGeneratorCoreNextLinkVerbClientOptions as ClientOptions,
};

#[tokio::test]
async fn list_items() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    let mut pager = client.list_items(None);
    let first = pager.next_page().await.unwrap().unwrap();
    let ids: Vec<&str> = first.items.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["test1"]);
    assert!(first.next_link.as_deref().unwrap().ends_with("/next-link-verb/items/page/2"));
    assert!(pager.next_page().await.unwrap().is_err());
}
