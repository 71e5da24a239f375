//! `azure/special-headers/conditional-request`: If-Match / If-None-Match, standard and custom names.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_special_headers_conditional_request::{
    AzureAzureSpecialHeadersConditionalRequestClient as Client,
    AzureAzureSpecialHeadersConditionalRequestClientOptions as ClientOptions,
    AzureAzureSpecialHeadersConditionalRequestClientPostCustomIfMatchOptions as CustomIfMatch,
    AzureAzureSpecialHeadersConditionalRequestClientPostCustomIfNoneMatchOptions as CustomIfNoneMatch,
    AzureAzureSpecialHeadersConditionalRequestClientPostIfMatchOptions as IfMatch,
    AzureAzureSpecialHeadersConditionalRequestClientPostIfNoneMatchOptions as IfNoneMatch,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn post_if_match() {
    let options = IfMatch { if_match: Some("\"valid\"".into()), ..Default::default() };
    client().post_if_match(Some(options)).await.unwrap();
}

#[tokio::test]
async fn post_if_none_match() {
    let options = IfNoneMatch { if_none_match: Some("\"invalid\"".into()), ..Default::default() };
    client().post_if_none_match(Some(options)).await.unwrap();
}

#[tokio::test]
async fn post_custom_if_match() {
    let options = CustomIfMatch { if_match: Some("\"valid\"".into()), ..Default::default() };
    client().post_custom_if_match(Some(options)).await.unwrap();
}

#[tokio::test]
async fn post_custom_if_none_match() {
    let options = CustomIfNoneMatch { if_none_match: Some("\"invalid\"".into()), ..Default::default() };
    client().post_custom_if_none_match(Some(options)).await.unwrap();
}
