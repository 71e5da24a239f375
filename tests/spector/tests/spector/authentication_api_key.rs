//! `authentication/api-key`: a key in the `x-ms-api-key` header.

use crate::common::{client_options, endpoint};
use azure_core::credentials::Secret;
use spector_clients::authentication_api_key::{AuthenticationApiKeyClient, AuthenticationApiKeyClientOptions};
use spector_clients::runtime::Error;

fn client(key: &str) -> AuthenticationApiKeyClient {
    let options = AuthenticationApiKeyClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    AuthenticationApiKeyClient::new(Secret::new(key.to_owned()), Some(options)).unwrap()
}

#[tokio::test]
async fn valid() {
    client("valid-key").valid(None).await.unwrap();
}

#[tokio::test]
async fn invalid() {
    match client("invalid-key").invalid(None).await {
        Err(Error::Service(error)) => {
            assert_eq!(u16::from(error.status), 403);
            assert_eq!(error.error.expect("decoded error body").error, "invalid-api-key");
        }
        other => panic!("expected a 403 service error, got {other:?}"),
    }
}
