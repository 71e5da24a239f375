//! `authentication/noauth/union`: anonymous requests or an OAuth2 token (`security: [{}, …]`).

use crate::common::{client_options, endpoint};
use crate::credential::ScopeCredential;
use spector_clients::authentication_noauth_union::{
    AuthenticationNoauthUnionClient, AuthenticationNoauthUnionClientOptions,
};

fn options() -> Option<AuthenticationNoauthUnionClientOptions> {
    Some(AuthenticationNoauthUnionClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })
}

#[tokio::test]
async fn valid_no_auth() {
    let client = AuthenticationNoauthUnionClient::with_no_credential(options()).unwrap();
    client.valid_no_auth(None).await.unwrap();
}

#[tokio::test]
async fn valid_token() {
    let credential = ScopeCredential::new();
    let client = AuthenticationNoauthUnionClient::new(credential.clone(), options()).unwrap();
    client.valid_token(None).await.unwrap();
    assert_eq!(credential.requests(), vec![vec!["https://security.microsoft.com/.default".to_owned()]]);
}
