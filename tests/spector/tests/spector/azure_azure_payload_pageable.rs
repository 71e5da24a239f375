//! `azure/payload/pageable`: next links that carry the skip token and page size.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_payload_pageable::{
    AzureAzurePayloadPageableClient as Client, AzureAzurePayloadPageableClientListOptions as ListOptions,
    AzureAzurePayloadPageableClientOptions as ClientOptions,
};

#[tokio::test]
async fn list() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    let mut pager = client.list(Some(ListOptions { maxpagesize: Some(3), ..Default::default() }));
    let mut pages = Vec::new();
    while let Some(page) = pager.next_page().await {
        pages.push(page.unwrap().value.into_iter().map(|u| u.name).collect::<Vec<_>>());
    }
    assert_eq!(pages, [vec!["user5", "user6", "user7"], vec!["user8"]]);
}
