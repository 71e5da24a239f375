//! `server/versions/not-versioned`: api-version in the path, in the query, or absent, with no
//! version of its own (the caller gives `v1.0`).

use crate::common::{client_options, endpoint};
use spector_clients::server_versions_not_versioned::{
    ServerVersionsNotVersionedClient, ServerVersionsNotVersionedClientOptions,
};

fn client() -> ServerVersionsNotVersionedClient {
    let options = ServerVersionsNotVersionedClientOptions { client_options: client_options(), api_version: "v1.0".into() };
    ServerVersionsNotVersionedClient::new(&endpoint(), Some(options)).unwrap()
}

#[tokio::test]
async fn without_api_version() {
    client().without_api_version(None).await.unwrap();
}

#[tokio::test]
async fn with_query_api_version() {
    client().with_query_api_version(None).await.unwrap();
}

#[tokio::test]
async fn with_path_api_version() {
    client().with_path_api_version("v1.0", None).await.unwrap();
}
