//! `authentication/union`: either an API key or an OAuth2 token.

use crate::common::{client_options, endpoint};
use crate::credential::ScopeCredential;
use azure_core::credentials::Secret;
use spector_clients::authentication_union::{AuthenticationUnionClient, AuthenticationUnionClientOptions};

fn options() -> Option<AuthenticationUnionClientOptions> {
    Some(AuthenticationUnionClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })
}

#[tokio::test]
async fn valid_key() {
    let client = AuthenticationUnionClient::new(Secret::new("valid-key"), options()).unwrap();
    client.valid_key(None).await.unwrap();
}

#[tokio::test]
async fn valid_token() {
    let credential = ScopeCredential::new();
    let client = AuthenticationUnionClient::with_token_credential(credential.clone(), options()).unwrap();
    client.valid_token(None).await.unwrap();
    assert_eq!(credential.requests(), vec![vec!["https://security.microsoft.com/.default".to_owned()]]);
}
