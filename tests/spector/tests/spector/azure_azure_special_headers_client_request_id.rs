//! `azure/special-headers/client-request-id`: `x-ms-client-request-id` comes from azure_core's
//! pipeline (a fresh id, or the one put in the call's context), not from a parameter.

use crate::common::{client_options, endpoint};
use azure_core::http::request::options::ClientRequestId;
use spector_clients::azure_azure_special_headers_client_request_id::{
    AzureAzureSpecialHeadersClientRequestIdClient as Client,
    AzureAzureSpecialHeadersClientRequestIdClientGetOptions as GetOptions,
    AzureAzureSpecialHeadersClientRequestIdClientOptions as ClientOptions,
};

#[tokio::test]
async fn xms_client_request_id() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    // Without an id, azure_core makes one; with one in the context, that one is sent.
    client.get(None).await.unwrap();
    let mut options = GetOptions::default();
    options.method_options.context.insert(ClientRequestId::new("9c7a8f2e-2b0a-4d3e-8f5b-6a1c2d3e4f50".to_owned()));
    client.get(Some(options)).await.unwrap();
}
