//! `azure/client-generator-core/api-version/*`: api-versions in the query, a header or the path.
//!
//! Only `api-version` in the query is recognized as the client's api-version from the Swagger
//! alone; the header (`x-ms-version`), path and `version` query parameters are marked as api
//! versions only by TypeSpec decorators, so they stay operation arguments.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_api_version_client_api_versions_2024_01_01 as client_api_versions;
use spector_clients::azure_azure_client_generator_core_api_version_header_2025_01_01 as header;
use spector_clients::azure_azure_client_generator_core_api_version_path_2025_01_01 as path;
use spector_clients::azure_azure_client_generator_core_api_version_query_2025_01_01 as query;

#[tokio::test]
async fn client_api_versions_send_api_version() {
    let options = client_api_versions::AzureAzureClientGeneratorCoreApiVersionClientApiVersions20240101ClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
        api_version: "2022-10-01".into(),
    };
    let client =
        client_api_versions::AzureAzureClientGeneratorCoreApiVersionClientApiVersions20240101Client::new(Some(options))
            .unwrap();
    client.send_api_version(None).await.unwrap();
}

#[tokio::test]
async fn header_api_version() {
    let options = header::AzureAzureClientGeneratorCoreApiVersionHeader20250101ClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
    };
    let client = header::AzureAzureClientGeneratorCoreApiVersionHeader20250101Client::new(Some(options)).unwrap();
    client.header_api_version("2025-01-01", None).await.unwrap();
}

#[tokio::test]
async fn path_api_version() {
    let options = path::AzureAzureClientGeneratorCoreApiVersionPath20250101ClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
    };
    let client = path::AzureAzureClientGeneratorCoreApiVersionPath20250101Client::new(Some(options)).unwrap();
    client.path_api_version("2025-01-01", None).await.unwrap();
}

#[tokio::test]
async fn query_api_version() {
    let options = query::AzureAzureClientGeneratorCoreApiVersionQuery20250101ClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
    };
    let client = query::AzureAzureClientGeneratorCoreApiVersionQuery20250101Client::new(Some(options)).unwrap();
    client.query_api_version("2025-01-01", None).await.unwrap();
}
