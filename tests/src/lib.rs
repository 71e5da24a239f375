//! Test-server harness for end-to-end tests of generated `azure_core` clients.
//!
//! * [`TestServer`] is an HTTPS (or plain HTTP) server on `127.0.0.1` with a
//!   per-process self-signed certificate; it answers every request with a
//!   [`Reply`] computed by a handler closure and records every
//!   [`RecordedRequest`].
//! * [`client_options`] returns `azure_core` [`ClientOptions`](azure_core::http::ClientOptions)
//!   whose transport trusts that certificate and whose retries are fast.
//! * [`FakeCredential`] is a `TokenCredential` returning a fixed token.
//!
//! ```no_run
//! use e2e::{client_options, FakeCredential, Reply, TestServer};
//!
//! # async fn example() {
//! let server = TestServer::start(|req| {
//!     assert_eq!(req.method, "GET");
//!     Reply::json(200, serde_json::json!({ "name": "widget" }))
//! });
//! let credential = FakeCredential::new();
//! let options = client_options();
//! // ... build a generated client with `server.url()`, `credential`, `options`,
//! // call it, then inspect `server.requests()` and `credential.scopes_requested()`.
//! # }
//! ```

#![warn(missing_docs)]

pub mod bench;
mod client;
mod credential;
mod reply;
mod server;
mod tls;

pub use client::{client_options, http_client, retry_options};
pub use credential::{FakeCredential, FAKE_TOKEN};
pub use reply::Reply;
pub use server::{RecordedRequest, TestServer};
pub use tls::ca_certificate_der;
