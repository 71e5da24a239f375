//! Clients of specs that authenticate with bearer tokens (every Azure Resource Manager spec
//! does) against the plain-HTTP mock server.
//!
//! azure_core's bearer policy refuses a URL that is not `https`, so these clients get an
//! `https://` endpoint, a fake credential, and a transport that sends each request over plain
//! HTTP and turns the server's own `http://` links in responses (the `Location` and
//! `Azure-AsyncOperation` headers, `nextLink` in bodies) into `https://` ones, as a real
//! HTTPS server would have written them. The generated client sees a normal HTTPS service.

use crate::common::endpoint;
use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::http::headers::{HeaderValue, Headers};
use azure_core::http::{AsyncRawResponse, ClientOptions, HttpClient, Request, RetryOptions, Transport, Url};
use std::sync::Arc;

/// The mock server's address as an `https://` URL.
pub fn https_endpoint() -> String {
    endpoint().replacen("http://", "https://", 1)
}

/// A credential that hands out a fixed token.
pub fn credential() -> Arc<dyn TokenCredential> {
    Arc::new(FakeCredential)
}

/// Client options: the plain-HTTP transport, no retries.
pub fn bearer_client_options() -> ClientOptions {
    let client = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client");
    let transport = PlainHttp { inner: Arc::new(client) };
    ClientOptions { transport: Some(Transport::new(Arc::new(transport))), retry: RetryOptions::none(), ..Default::default() }
}

#[derive(Debug)]
struct FakeCredential;

#[async_trait::async_trait]
impl TokenCredential for FakeCredential {
    async fn get_token(&self, _scopes: &[&str], _options: Option<TokenRequestOptions<'_>>) -> azure_core::Result<AccessToken> {
        let expires = azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::hours(1);
        Ok(AccessToken::new("spector-token", expires))
    }
}

/// Sends `https://<mock>` requests to `http://<mock>` and rewrites the links in responses back.
#[derive(Debug)]
struct PlainHttp {
    inner: Arc<dyn HttpClient>,
}

#[async_trait::async_trait]
impl HttpClient for PlainHttp {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let (http, https) = (endpoint(), https_endpoint());
        let mut request = request.clone();
        let url = request.url().as_str().replacen(&https, &http, 1);
        *request.url_mut() = Url::parse(&url).expect("mock URL");
        let (status, headers, body) = self.inner.execute_request(&request).await?.deconstruct();
        let body = body.collect().await?;
        let mut rewritten = Headers::new();
        for (name, value) in headers.iter() {
            rewritten.insert(name.clone(), HeaderValue::from(value.as_str().replace(&http, &https)));
        }
        let body = match std::str::from_utf8(&body) {
            Ok(text) if text.contains(&http) => bytes::Bytes::from(text.replace(&http, &https)),
            _ => body,
        };
        Ok(AsyncRawResponse::from_bytes(status, rewritten, body))
    }
}
