//! `server/versions/versioned`, latest version (2022-12-01-preview): api-version defaults to
//! the document's version, and an older one can be set on the client.

use crate::common::{client_options, endpoint};
use spector_clients::server_versions_versioned_2022_12_01_preview::{
    ServerVersionsVersioned20221201PreviewClient as Client,
    ServerVersionsVersioned20221201PreviewClientOptions as Options,
};

fn client(api_version: Option<&str>) -> Client {
    let mut options = Options { client_options: client_options(), ..Default::default() };
    assert_eq!(options.api_version, "2022-12-01-preview");
    if let Some(version) = api_version {
        options.api_version = version.to_owned();
    }
    Client::new(&endpoint(), Some(options)).unwrap()
}

#[tokio::test]
async fn without_api_version() {
    client(None).without_api_version(None).await.unwrap();
}

#[tokio::test]
async fn with_query_api_version() {
    client(None).with_query_api_version(None).await.unwrap();
}

#[tokio::test]
async fn with_path_api_version() {
    client(None).with_path_api_version("2022-12-01-preview", None).await.unwrap();
}

#[tokio::test]
async fn with_query_old_api_version() {
    client(Some("2021-01-01-preview")).with_query_old_api_version(None).await.unwrap();
}
