//! `server/endpoint/not-defined`: no `servers`, so the caller gives the endpoint.

use crate::common::{client_options, endpoint};
use spector_clients::server_endpoint_not_defined::{ServerEndpointNotDefinedClient, ServerEndpointNotDefinedClientOptions};

#[tokio::test]
async fn valid() {
    let options = ServerEndpointNotDefinedClientOptions { client_options: client_options() };
    let client = ServerEndpointNotDefinedClient::new(&endpoint(), Some(options)).unwrap();
    assert_eq!(client.endpoint(), endpoint());
    client.valid(None).await.unwrap();
}
