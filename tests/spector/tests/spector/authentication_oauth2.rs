//! `authentication/oauth2`: bearer tokens for the spec's scope, over plain HTTP to the
//! loopback mock server (which `runtime::BearerTokenPolicy` allows).

use crate::common::{client_options, endpoint};
use crate::credential::ScopeCredential;
use spector_clients::authentication_oauth2::{AuthenticationOauth2Client, AuthenticationOauth2ClientOptions};
use spector_clients::runtime::Error;

const SCOPE: &str = "https://security.microsoft.com/.default";

#[tokio::test]
async fn valid() {
    let credential = ScopeCredential::new();
    let options = AuthenticationOauth2ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = AuthenticationOauth2Client::new(credential.clone(), Some(options)).unwrap();
    client.valid(None).await.unwrap();
    assert_eq!(credential.requests(), vec![vec![SCOPE.to_owned()]]);
}

#[tokio::test]
async fn invalid() {
    let credential = ScopeCredential::new();
    let options = AuthenticationOauth2ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = AuthenticationOauth2Client::new(credential.clone(), Some(options)).unwrap();
    match client.invalid(None).await {
        Err(Error::Service(error)) => {
            assert_eq!(u16::from(error.status), 403);
            assert_eq!(error.error.expect("decoded error body").error, "invalid-grant");
        }
        other => panic!("expected a 403 service error, got {other:?}"),
    }
    assert_eq!(credential.requests(), vec![vec![SCOPE.to_owned()]]);
}

/// The loopback exception is only for loopback: a bearer token is never sent in clear text
/// to another host.
#[tokio::test]
async fn refuses_plain_http_to_other_hosts() {
    let credential = ScopeCredential::new();
    let options = AuthenticationOauth2ClientOptions {
        client_options: client_options(),
        endpoint: Some("http://example.invalid".to_owned()),
    };
    let client = AuthenticationOauth2Client::new(credential.clone(), Some(options)).unwrap();
    match client.valid(None).await {
        Err(Error::Transport(error)) => assert!(error.to_string().contains("non-TLS"), "{error}"),
        other => panic!("expected the policy to refuse, got {other:?}"),
    }
    assert!(credential.requests().is_empty());
}
