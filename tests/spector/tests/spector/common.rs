//! What every scenario test needs: the server's address and client options for it.

use azure_core::http::{ClientOptions, RetryOptions, Transport};
use std::sync::Arc;

/// The mock server, e.g. `http://127.0.0.1:41234`, from `SPECTOR_ENDPOINT`.
pub fn endpoint() -> String {
    std::env::var("SPECTOR_ENDPOINT")
        .expect("SPECTOR_ENDPOINT is not set: run these tests with `cargo xtask spector`")
}

/// Client options for the mock server: a fresh HTTP client (every `#[tokio::test]` has its own
/// runtime, and a pooled connection must not outlive the runtime that opened it), no retries
/// (a scenario answers once), no redirects followed.
pub fn client_options() -> ClientOptions {
    let client = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client");
    ClientOptions { transport: Some(Transport::new(Arc::new(client))), retry: RetryOptions::none(), ..Default::default() }
}

/// A model (or any deserializable value) from its JSON form, written as `json!` takes it.
macro_rules! parse {
    ($($json:tt)+) => {
        serde_json::from_value(serde_json::json!($($json)+)).unwrap()
    };
}
