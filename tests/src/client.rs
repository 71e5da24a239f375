//! `azure_core` client options wired to the test servers' certificate.

use azure_core::{
    http::{ClientOptions, ExponentialRetryOptions, HttpClient, RetryOptions, Transport},
    time::Duration,
};
use std::sync::Arc;

/// A fresh `reqwest`-based [`HttpClient`] that trusts only the test
/// certificate ([`ca_certificate_der`](crate::ca_certificate_der)), ignores
/// proxy environment variables, and does not follow redirects (as
/// `azure_core`'s own default client).
///
/// Make one per test: a `reqwest` client pools connections on the tokio
/// runtime that opened them, and every `#[tokio::test]` has its own runtime.
pub fn http_client() -> Arc<dyn HttpClient> {
    let certificate = reqwest::Certificate::from_der(crate::tls::ca_certificate_der())
        .expect("test certificate as reqwest certificate");
    let client = reqwest::Client::builder()
        .tls_certs_only([certificate])
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(std::time::Duration::from_secs(5))
        .read_timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("build test reqwest client");
    Arc::new(client)
}

/// Exponential retries with a 10 ms initial delay, at most 3 retries, and at
/// most 10 s in all. Note `azure_core` adds up to 255 ms of random jitter to
/// every retry delay, and honors a server's `Retry-After` when longer.
pub fn retry_options() -> RetryOptions {
    RetryOptions::exponential(ExponentialRetryOptions {
        initial_delay: Duration::milliseconds(10),
        max_retries: 3,
        max_total_elapsed: Duration::seconds(10),
        max_delay: Duration::seconds(1),
    })
}

/// [`ClientOptions`] for clients talking to a [`TestServer`](crate::TestServer):
/// transport from [`http_client`], retries from [`retry_options`], everything
/// else default. Call once per test (see [`http_client`]).
pub fn client_options() -> ClientOptions {
    ClientOptions {
        transport: Some(Transport::new(http_client())),
        retry: retry_options(),
        ..Default::default()
    }
}
