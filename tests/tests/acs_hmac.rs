//! ACS access-key (HMAC-SHA256) request signing: `runtime::AcsHmacPolicy` in the real
//! `azure_core` pipeline, against the HTTPS test server.
//!
//! Every expected signature is recomputed here, independently of the policy, from what the
//! server received (its `x-ms-date`, `host`, request line and body) with the `hmac`, `sha2`
//! and `base64` crates.

use azure_core::{
    credentials::Secret,
    http::{
        headers::Headers,
        policies::{Policy, PolicyResult},
        AsyncRawResponse, Body, ClientOptions, Context, Method, Pipeline, Request, StatusCode,
        Url,
    },
    Bytes,
};
use base64::{engine::general_purpose::STANDARD, Engine as _};
use e2e::{client_options, RecordedRequest, Reply, TestServer};
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc, Mutex,
};
use time::{format_description::well_known::Rfc2822, OffsetDateTime};

/// The base64 access key used throughout: base64("secret-key-bytes").
fn access_key() -> String {
    STANDARD.encode(b"secret-key-bytes")
}

const SIGNED_HEADERS: &str = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=";

fn pipeline(options: ClientOptions) -> Pipeline {
    seed_clients::runtime::pipeline(
        options,
        Some(Arc::new(seed_clients::runtime::AcsHmacPolicy::new(Secret::new(access_key())))),
    )
}

fn url(server: &TestServer, path_and_query: &str) -> Url {
    Url::parse(&format!("{}{path_and_query}", server.url())).unwrap()
}

/// base64(HMAC-SHA256(key = base64-decode(access key), message)), with the `hmac` crate.
fn expected_signature(access_key: &str, message: &str) -> String {
    let key = STANDARD.decode(access_key).expect("access key is base64");
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("HMAC takes any key length");
    mac.update(message.as_bytes());
    STANDARD.encode(mac.finalize().into_bytes())
}

/// base64(SHA-256(body)), with the `sha2` crate.
fn expected_content_hash(body: &[u8]) -> String {
    STANDARD.encode(Sha256::digest(body))
}

/// Parses `x-ms-date` as an RFC 1123 date (`Thu, 01 Jan 2026 00:00:00 GMT`: fixed width, GMT).
fn parse_rfc1123(date: &str) -> OffsetDateTime {
    assert_eq!(date.len(), 29, "not an RFC 1123 date: {date:?}");
    assert!(date.ends_with(" GMT"), "not an RFC 1123 date: {date:?}");
    OffsetDateTime::parse(date, &Rfc2822).unwrap_or_else(|e| panic!("x-ms-date {date:?}: {e}"))
}

/// Checks the signing headers of one recorded request against an independent computation, and
/// returns its `x-ms-date`.
fn assert_signed(request: &RecordedRequest) -> String {
    let date = request.header("x-ms-date").expect("x-ms-date").to_owned();
    let parsed = parse_rfc1123(&date);
    let skew = (OffsetDateTime::now_utc() - parsed).abs();
    assert!(skew < time::Duration::minutes(2), "x-ms-date {date} is not now");

    let content_hash = expected_content_hash(&request.body);
    assert_eq!(request.header("x-ms-content-sha256"), Some(content_hash.as_str()));

    let host = request.header("host").expect("host header");
    let message = format!(
        "{}\n{}\n{date};{host};{content_hash}",
        request.method, request.path_and_query
    );
    let authorization = format!("{SIGNED_HEADERS}{}", expected_signature(&access_key(), &message));
    assert_eq!(request.header("authorization"), Some(authorization.as_str()), "signed {message:?}");
    assert_eq!(request.header_all("authorization").len(), 1);
    date
}

/// Guards the library choice: `azure_core::hmac::hmac_sha256` (feature `hmac_rust`) agrees with
/// the `hmac` crate on a fixed vector, and so does `AcsHmacPolicy`'s format.
#[test]
fn fixed_vector_matches_azure_core_hmac() {
    let message = "GET\n/a?b=c\nThu, 01 Jan 2026 00:00:00 GMT;example.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    let key = access_key();
    assert_eq!(key, "c2VjcmV0LWtleS1ieXRlcw==");
    assert_eq!(expected_content_hash(b""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    let independent = expected_signature(&key, message);
    let azure = azure_core::hmac::hmac_sha256(message, &Secret::new(key)).expect("sign");
    assert_eq!(azure, independent);
    assert_eq!(STANDARD.decode(&azure).unwrap().len(), 32);
}

#[tokio::test]
async fn get_with_query_is_signed() {
    let server = TestServer::start(|_| Reply::json(200, json!({ "ok": true })));
    let pipeline = pipeline(client_options());
    // Percent-encoding must be signed exactly as sent, not decoded.
    let path_and_query = "/chat/threads/19%3Aabc%40thread.v2/messages?api-version=2024-03-07&maxPageSize=5&filter=a%2Fb";
    let mut request = Request::new(url(&server, path_and_query), Method::Get);
    let response = pipeline.send(&Context::new(), &mut request, None).await.expect("send");
    assert_eq!(response.status(), StatusCode::Ok);

    let recorded = server.only_request();
    assert_eq!(recorded.path_and_query, path_and_query);
    assert_eq!(recorded.header("host"), Some(server.host_port().as_str()), "non-default port is kept");
    assert!(recorded.body.is_empty());
    assert_eq!(recorded.header("x-ms-content-sha256"), Some("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
    assert_signed(&recorded);
}

#[tokio::test]
async fn post_with_json_body_is_signed() {
    let server = TestServer::start(|_| Reply::json(201, json!({ "id": "m1" })));
    let pipeline = pipeline(client_options());
    let body = serde_json::to_vec(&json!({ "content": { "message": "héllo" }, "type": "text" })).unwrap();
    let mut request = Request::new(url(&server, "/chat/threads/t1/messages?api-version=2024-03-07"), Method::Post);
    request.insert_header("content-type", "application/json");
    request.set_body(Bytes::from(body.clone()));
    let response = pipeline.send(&Context::new(), &mut request, None).await.expect("send");
    assert_eq!(response.status(), StatusCode::Created);

    let recorded = server.only_request();
    assert_eq!(recorded.method, "POST");
    assert_eq!(recorded.body, body);
    assert_eq!(recorded.header("x-ms-content-sha256"), Some(expected_content_hash(&body).as_str()));
    assert_signed(&recorded);
}

#[tokio::test]
async fn path_without_query_is_signed() {
    let server = TestServer::start(|_| Reply::status(204));
    let pipeline = pipeline(client_options());
    let mut request = Request::new(url(&server, "/identities/u1"), Method::Delete);
    pipeline.send(&Context::new(), &mut request, None).await.expect("send");
    let recorded = server.only_request();
    assert_eq!(recorded.path_and_query, "/identities/u1");
    assert_signed(&recorded);
}

/// A 503 with `Retry-After: 0`, then 200: both tries carry a valid signature.
#[tokio::test]
async fn retried_request_is_signed_on_each_try() {
    let calls = Arc::new(AtomicUsize::new(0));
    let server_calls = calls.clone();
    let server = TestServer::start(move |_| {
        if server_calls.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::status(503).header("Retry-After", "0")
        } else {
            Reply::json(200, json!({ "attempt": 2 }))
        }
    });
    let pipeline = pipeline(client_options());
    let mut request = Request::new(url(&server, "/flaky?api-version=1"), Method::Post);
    request.set_body(Bytes::from_static(b"{\"a\":1}"));
    let response = pipeline.send(&Context::new(), &mut request, None).await.expect("send");
    assert_eq!(response.status(), StatusCode::Ok);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for recorded in &requests {
        assert_eq!(recorded.body, b"{\"a\":1}");
        assert_signed(recorded);
    }
}

/// The signature is made per try, not per call: a retry after a wait of at least a second has
/// a later `x-ms-date`, and a signature that matches it.
#[tokio::test]
async fn retry_is_re_signed_with_a_fresh_date() {
    let calls = Arc::new(AtomicUsize::new(0));
    let server_calls = calls.clone();
    let server = TestServer::start(move |_| {
        if server_calls.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::status(503).header("Retry-After", "1")
        } else {
            Reply::status(200)
        }
    });
    let pipeline = pipeline(client_options());
    let mut request = Request::new(url(&server, "/flaky"), Method::Get);
    let response = pipeline.send(&Context::new(), &mut request, None).await.expect("send");
    assert_eq!(response.status(), StatusCode::Ok);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let first = parse_rfc1123(&assert_signed(&requests[0]));
    let second = parse_rfc1123(&assert_signed(&requests[1]));
    assert!(second > first, "retry kept the first try's date: {first} then {second}");
    assert_ne!(requests[0].header("authorization"), requests[1].header("authorization"));
}

/// A streamed body cannot be hashed up front: the request fails with a clear error and is
/// never sent.
#[tokio::test]
async fn streamed_body_is_refused() {
    let server = TestServer::start(|_| Reply::status(200));
    let pipeline = pipeline(client_options());
    let mut request = Request::new(url(&server, "/upload"), Method::Put);
    request.set_body(Body::from(azure_core::stream::BytesStream::new(Bytes::from_static(b"data"))));
    let error = pipeline.send(&Context::new(), &mut request, None).await.expect_err("streamed body");
    // The retry policy wraps it ("non-transport error ... not retried"); the policy's own
    // message is in the source chain.
    let mut messages = vec![error.to_string()];
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        messages.push(cause.to_string());
        source = cause.source();
    }
    assert!(
        messages.iter().any(|m| m.contains("cannot sign a request with a streamed body")),
        "{messages:?}"
    );
    assert_eq!(server.request_count(), 0);
}

/// A key that is not base64 is an error, not a panic, and nothing is sent.
#[tokio::test]
async fn invalid_key_is_an_error() {
    let server = TestServer::start(|_| Reply::status(200));
    let pipeline = seed_clients::runtime::pipeline(
        client_options(),
        Some(Arc::new(seed_clients::runtime::AcsHmacPolicy::new(Secret::new("not base64!")))),
    );
    let mut request = Request::new(url(&server, "/x"), Method::Get);
    pipeline.send(&Context::new(), &mut request, None).await.expect_err("bad key");
    assert_eq!(server.request_count(), 0);
}

/// Stands in for the transport (it runs after the auth policy): keeps each request it is
/// given and answers 200.
#[derive(Debug, Default)]
struct Capture(Mutex<Vec<(Method, Url, Headers)>>);

#[async_trait::async_trait]
impl Policy for Capture {
    async fn send(&self, _ctx: &Context, request: &mut Request, _next: &[Arc<dyn Policy>]) -> PolicyResult {
        let headers: Headers = request.headers().clone();
        self.0.lock().unwrap().push((request.method(), request.url().clone(), headers));
        Ok(AsyncRawResponse::from_bytes(StatusCode::Ok, Headers::new(), Bytes::new()))
    }
}

/// The signed host is the URL's host, plus the port only when it is not the scheme's default.
#[tokio::test]
async fn host_has_port_only_when_not_default() {
    let cases = [
        ("https://example.com/a?b=c", "example.com", "/a?b=c"),
        ("https://example.com:443/a", "example.com", "/a"),
        ("https://example.com:8443/a?b=c&d=%2F", "example.com:8443", "/a?b=c&d=%2F"),
        ("https://acs.communication.azure.com/", "acs.communication.azure.com", "/"),
    ];
    for (address, host, path_and_query) in cases {
        let capture = Arc::new(Capture::default());
        let options = ClientOptions { per_try_policies: vec![capture.clone()], ..client_options() };
        let mut request = Request::new(Url::parse(address).unwrap(), Method::Get);
        pipeline(options).send(&Context::new(), &mut request, None).await.expect("send");

        let captured = capture.0.lock().unwrap();
        let (method, _, headers) = &captured[0];
        let get = |name: &'static str| headers.get_optional_string(&name.into()).unwrap_or_else(|| panic!("{name} missing"));
        let date = get("x-ms-date");
        parse_rfc1123(&date);
        let content_hash = expected_content_hash(b"");
        assert_eq!(get("x-ms-content-sha256"), content_hash);
        let message = format!("{}\n{path_and_query}\n{date};{host};{content_hash}", method.as_str());
        assert_eq!(
            get("authorization"),
            format!("{SIGNED_HEADERS}{}", expected_signature(&access_key(), &message)),
            "{address}"
        );
    }
}

#[test]
fn policy_is_debug_and_clone_without_leaking_the_key() {
    let policy = seed_clients::runtime::AcsHmacPolicy::new(Secret::new(access_key()));
    let copy = policy.clone();
    let text = format!("{copy:?}");
    assert!(!text.contains(&access_key()), "{text}");
}

/// The generated client end to end: `MessagesClient::with_access_key` signs Get Media.
#[tokio::test]
async fn messages_client_with_access_key_signs_get_media() {
    use seed_clients::acs_messages::{MessagesClient, MessagesClientOptions};
    let server = TestServer::start(|_| Reply::bytes(200, "application/octet-stream", b"media".to_vec()));
    let options = MessagesClientOptions { client_options: client_options(), ..Default::default() };
    let client = MessagesClient::with_access_key(&server.url(), Secret::new(access_key()), Some(options)).expect("client");
    let response = client.get_stream_client().get_media("d19e68ec-bdd6-4a50-8dfb-cbb1642df6ab", None).await.expect("media");
    drop(response);
    let request = server.only_request();
    assert_eq!(request.path_and_query, "/messages/streams/d19e68ec-bdd6-4a50-8dfb-cbb1642df6ab?api-version=2024-08-30");
    assert_signed(&request);
}
