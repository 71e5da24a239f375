//! Self-test of the e2e harness against the real `azure_core` pipeline
//! (no generated code).

use azure_core::http::{
    headers::HeaderName, policies::auth::BearerTokenAuthorizationPolicy, Context, Method, Pipeline,
    Request, StatusCode, Url,
};
use bytes::Bytes;
use e2e::{client_options, FakeCredential, RecordedRequest, Reply, TestServer};
use futures::StreamExt;
use serde_json::json;
use std::{
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

const SCOPE: &str = "https://x/.default";

fn bearer_pipeline(credential: Arc<FakeCredential>) -> Pipeline {
    Pipeline::new(
        Some("e2e"),
        Some("0.1"),
        client_options(),
        vec![],
        vec![Arc::new(BearerTokenAuthorizationPolicy::new(
            credential,
            [SCOPE],
        ))],
        None,
    )
}

fn plain_pipeline() -> Pipeline {
    Pipeline::new(
        Some("e2e"),
        Some("0.1"),
        client_options(),
        vec![],
        vec![],
        None,
    )
}

fn url(server: &TestServer, path_and_query: &str) -> Url {
    Url::parse(&format!("{}{path_and_query}", server.url())).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn https_get_with_bearer_token_and_json_body() {
    let server = TestServer::start(|req| {
        Reply::json(200, json!({ "method": req.method, "ok": true }))
            .header("x-ms-request-id", "r1")
    });
    assert!(server.url().starts_with("https://127.0.0.1:"));
    assert_eq!(server.url(), format!("https://{}", server.host_port()));

    let credential = FakeCredential::new();
    let pipeline = bearer_pipeline(credential.clone());
    let mut request = Request::new(url(&server, "/items?api-version=1"), Method::Get);
    let response = pipeline
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::Ok);
    assert_eq!(
        response
            .headers()
            .get_optional_str(&HeaderName::from_static("x-ms-request-id")),
        Some("r1")
    );
    let body: serde_json::Value = response.body().json().unwrap();
    assert_eq!(body, json!({ "method": "GET", "ok": true }));

    let recorded = server.only_request();
    assert_eq!(recorded.method, "GET");
    assert_eq!(recorded.path_and_query, "/items?api-version=1");
    assert_eq!(recorded.path(), "/items");
    assert_eq!(recorded.query(), Some("api-version=1"));
    assert_eq!(recorded.header("Authorization"), Some("Bearer test-token"));
    assert_eq!(recorded.header("authorization"), Some("Bearer test-token"));
    assert!(recorded.header("user-agent").unwrap().contains("e2e"));
    assert_eq!(credential.scopes_requested(), vec![SCOPE.to_string()]);
}

#[tokio::test]
async fn post_body_is_recorded() {
    let server = TestServer::start(|_| Reply::status(204));
    let mut request = Request::new(url(&server, "/things"), Method::Post);
    request.insert_header("content-type", "application/json");
    request.set_body(br#"{"name":"n","size":3}"#.to_vec());
    let response = plain_pipeline()
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);

    let recorded: RecordedRequest = server.only_request();
    assert_eq!(recorded.method, "POST");
    assert_eq!(recorded.header("Content-Type"), Some("application/json"));
    assert_eq!(recorded.body_json(), json!({ "name": "n", "size": 3 }));
}

#[tokio::test(flavor = "current_thread")]
async fn retries_503_then_200() {
    let calls = Arc::new(AtomicUsize::new(0));
    let server_calls = calls.clone();
    let server = TestServer::start(move |_| {
        if server_calls.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::status(503).header("Retry-After", "0")
        } else {
            Reply::json(200, json!({ "attempt": 2 }))
        }
    });
    let pipeline = bearer_pipeline(FakeCredential::new());
    let started = Instant::now();
    let mut request = Request::new(url(&server, "/flaky"), Method::Get);
    let response = pipeline
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
    assert_eq!(
        response.body().json::<serde_json::Value>().unwrap(),
        json!({ "attempt": 2 })
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests
        .iter()
        .all(|r| r.header("authorization") == Some("Bearer test-token")));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streams_8_mib_without_buffering() {
    const TOTAL: u64 = 8 * 1024 * 1024 + 123; // not a multiple of the chunk
    let server = TestServer::start(|_| {
        Reply::stream(
            200,
            "application/octet-stream",
            TOTAL,
            Bytes::from(vec![7u8; 64 * 1024]),
        )
    });
    let pipeline = bearer_pipeline(FakeCredential::new());
    let mut request = Request::new(url(&server, "/blob"), Method::Get);
    let response = pipeline
        .stream(&Context::new(), &mut request, None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
    assert_eq!(
        response
            .headers()
            .get_optional_str(&HeaderName::from_static("content-length")),
        Some(TOTAL.to_string().as_str())
    );
    let mut body = response.into_body();
    let mut received = 0u64;
    while let Some(chunk) = body.next().await {
        let chunk = chunk.unwrap();
        assert!(chunk.iter().all(|&b| b == 7));
        received += chunk.len() as u64;
    }
    assert_eq!(received, TOTAL);
}

#[tokio::test]
async fn path_and_query_keep_percent_encoding() {
    let server = TestServer::start(|_| Reply::status(200));
    let pipeline = bearer_pipeline(FakeCredential::new());
    for path in ["/a%3Ab%40c", "/x%2Fy/z%20w?q=%2F%26&e=a%3Db"] {
        let mut request = Request::new(url(&server, path), Method::Get);
        pipeline
            .send(&Context::new(), &mut request, None)
            .await
            .unwrap();
    }
    let recorded: Vec<String> = server
        .requests()
        .into_iter()
        .map(|r| r.path_and_query)
        .collect();
    assert_eq!(recorded, ["/a%3Ab%40c", "/x%2Fy/z%20w?q=%2F%26&e=a%3Db"]);
}

#[tokio::test]
async fn plain_http_server_and_bearer_policy_needs_https() {
    let server = TestServer::start_http(|_| Reply::text(200, "hello"));
    assert!(server.url().starts_with("http://127.0.0.1:"));

    let mut request = Request::new(url(&server, "/hi"), Method::Get);
    let response = plain_pipeline()
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap();
    assert_eq!(response.into_body().into_string().unwrap(), "hello");

    // This is why the harness serves HTTPS by default.
    let mut request = Request::new(url(&server, "/hi"), Method::Get);
    let err = bearer_pipeline(FakeCredential::new())
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap_err();
    let mut chain = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(e) = source {
        chain.push_str(&format!(": {e}"));
        source = e.source();
    }
    assert!(chain.contains("non-TLS"), "{chain}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn head_reply_announces_length_without_body() {
    let server = TestServer::start(|req| {
        assert_eq!(req.method, "HEAD");
        Reply::status(200)
            .header("content-length", "1073741824")
            .header("etag", "\"e1\"")
    });
    let mut request = Request::new(url(&server, "/blob"), Method::Head);
    let response = plain_pipeline()
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
    let length = HeaderName::from_static("content-length");
    assert_eq!(
        response.headers().get_optional_str(&length),
        Some("1073741824")
    );
    assert!(response.into_body().into_string().unwrap().is_empty());
}

#[tokio::test]
async fn handler_panic_becomes_500_and_delay_is_honored() {
    let server = TestServer::start(|req| {
        if req.path() == "/boom" {
            panic!("kaboom");
        }
        Reply::status(200).delay(Duration::from_millis(100))
    });
    let mut request = Request::new(url(&server, "/slow"), Method::Get);
    let started = Instant::now();
    plain_pipeline()
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(100));

    let options = azure_core::http::ClientOptions {
        retry: azure_core::http::RetryOptions::none(),
        ..client_options()
    };
    let pipeline = Pipeline::new(Some("e2e"), Some("0.1"), options, vec![], vec![], None);
    let mut request = Request::new(url(&server, "/boom"), Method::Get);
    let err = pipeline
        .send(&Context::new(), &mut request, None)
        .await
        .unwrap_err();
    assert_eq!(err.http_status(), Some(StatusCode::InternalServerError));
    assert_eq!(server.request_count(), 2);
}

#[test]
fn servers_are_independent_and_stop_on_drop() {
    let a = TestServer::start(|_| Reply::status(200));
    let b = TestServer::start_http(|_| Reply::status(200));
    assert_ne!(a.port(), b.port());
    let port = a.port();
    std::net::TcpStream::connect(("127.0.0.1", port)).expect("server is listening");
    drop(a);
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err());
    assert!(b.requests().is_empty());
}
