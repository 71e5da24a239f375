//! ACS Chat · Get Chat Thread through the generated `ChatClient`, against a local HTTPS server.

use e2e::{client_options, Reply, TestServer};
use seed_clients::acs_chat::{models, ChatClient, ChatClientOptions};
use seed_clients::runtime::Error;
use serde_json::json;

const THREAD_ID: &str = "19:uni01_zbnh3nt2dfuffezc3sox7dog7wfhk6y5qe2rwlnfhlhdzirihdpq@thread.v2";

/// The page's example response.
fn example_thread() -> serde_json::Value {
    json!({
        "id": THREAD_ID,
        "topic": "Lunch",
        "createdOn": "2020-06-06T05:55:41.6460000Z",
        "createdBy": "8:acs:8540c0de-899f-5cce-acb5-3ec493af3800_0e59221d-0c1d-46ae-9544-c963ce56c10b",
        "members": [
            {"id": "8:acs:8540c0de-899f-5cce-acb5-3ec493af3800_0e59221d-0c1d-46ae-9544-c963ce56c10a", "shareHistoryTime": "2020-06-06T05:55:41Z"},
            {"id": "8:acs:8540c0de-899f-5cce-acb5-3ec493af3800_0e59221d-0c1d-46ae-9544-c963ce56c10b", "shareHistoryTime": "2020-06-06T05:55:41Z"}
        ]
    })
}

fn client(server: &TestServer) -> ChatClient {
    let key = azure_core::credentials::Secret::new("Bearer acs-user-token");
    let options = ChatClientOptions { client_options: client_options(), ..Default::default() };
    ChatClient::new(&server.url(), key, Some(options)).expect("client")
}

#[tokio::test]
async fn get_chat_thread_parses_the_page_example() {
    let server = TestServer::start(|_| Reply::json(200, example_thread()));
    let thread = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect("thread");

    assert_eq!(thread.id.as_deref(), Some(THREAD_ID));
    assert_eq!(thread.topic, "Lunch");
    assert_eq!(thread.created_on, Some(time::macros::datetime!(2020-06-06 05:55:41.646 UTC)));
    let members = thread.members.expect("members");
    assert_eq!(members.len(), 2);
    assert_eq!(members[0].share_history_time, Some(time::macros::datetime!(2020-06-06 05:55:41 UTC)));
    assert_eq!(members[0].display_name, None);

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.path_and_query,
        "/chat/threads/19%3Auni01_zbnh3nt2dfuffezc3sox7dog7wfhk6y5qe2rwlnfhlhdzirihdpq%40thread.v2?api-version=2020-09-21-preview2"
    );
    assert_eq!(request.header("authorization"), Some("Bearer acs-user-token"));
}

#[tokio::test]
async fn error_statuses_carry_the_spec_error_model() {
    let server = TestServer::start(|_| {
        Reply::json(403, json!({"code": "Forbidden", "message": "User is not allowed to perform specified action."}))
    });
    let error = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect_err("403");
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 403);
    assert_eq!(error.error_code.as_deref(), Some("Forbidden"));
    let model: models::Error = error.error.expect("decoded error body");
    assert_eq!(model.message.as_deref(), Some("User is not allowed to perform specified action."));
}

/// The page's example error bodies, by status.
fn example_error(status: u16) -> serde_json::Value {
    match status {
        401 => json!({"code": "Unauthorized", "message": "Request is not authorized."}),
        403 => json!({"code": "Forbidden", "message": "User is not allowed to perform specified action."}),
        429 => json!({"code": "TooManyRequests", "message": "Rate limit exceeded."}),
        503 => {
            json!({"code": "ServiceUnavailable", "message": "The server is currently unable to handle the request."})
        }
        other => panic!("no example error for {other}"),
    }
}

/// Requests a client from [`client`] makes for one call whose every answer is retryable:
/// the first try plus `max_retries` of `e2e::retry_options()` (tests/src/client.rs: 3).
const TRIES_WITH_RETRIES: usize = 1 + 3;

/// Asserts `error` is `Error::Service` with `status` and the page's typed error body.
fn assert_typed_service_error(error: Error<models::Error>, status: u16) {
    let Error::Service(error) = error else { panic!("expected a service error for {status}, got {error:?}") };
    assert_eq!(u16::from(error.status), status);
    let expected = example_error(status);
    assert_eq!(error.error_code.as_deref(), expected["code"].as_str(), "error code of {status}");
    let model: models::Error = error.error.unwrap_or_else(|| panic!("typed error body for {status}: {:?}", error.body));
    assert_eq!(model.code.as_deref(), expected["code"].as_str());
    assert_eq!(model.message.as_deref(), expected["message"].as_str());
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&error.body).unwrap(), expected, "raw body kept");
}

#[tokio::test]
async fn path_parameter_with_reserved_characters_never_changes_the_route() {
    // (value, its single encoded segment): `/ ? # %` and dot segments are all inert.
    let cases = [
        ("a/b", "a%2Fb"),
        ("../../admin", "..%2F..%2Fadmin"),
        ("x/../y", "x%2F..%2Fy"),
        ("./x", ".%2Fx"),
        ("a?api-version=evil&b=c", "a%3Fapi-version%3Devil%26b%3Dc"),
        ("a#fragment", "a%23fragment"),
        ("100%", "100%25"),
        ("%2e%2e", "%252e%252e"),
        ("..%2F..", "..%252F.."),
        ("...", "..."),
        ("a b\\c", "a%20b%5Cc"),
    ];
    let server = TestServer::start(|_| Reply::json(200, example_thread()));
    let client = client(&server);
    for (value, _) in cases {
        client.get_chat_thread_client().get_chat_thread(value, None).await.unwrap_or_else(|e| panic!("{value:?}: {e:?}"));
    }
    let requests = server.requests();
    assert_eq!(requests.len(), cases.len());
    for ((value, encoded), request) in cases.iter().zip(&requests) {
        assert_eq!(request.path(), format!("/chat/threads/{encoded}"), "path of {value:?}");
        let segment = request.path().strip_prefix("/chat/threads/").unwrap();
        assert!(!segment.contains(['/', '?', '#']), "{value:?} split the segment: {segment}");
        assert_eq!(request.query(), Some("api-version=2020-09-21-preview2"), "query of {value:?}");
    }
}

#[tokio::test]
async fn dot_segment_thread_ids_are_refused_before_any_request() {
    let server = TestServer::start(|_| Reply::json(200, example_thread()));
    let client = client(&server);
    for value in [".", "..", ""] {
        let error = client.get_chat_thread_client().get_chat_thread(value, None).await.expect_err(value);
        assert!(matches!(error, Error::Transport(_)), "{value:?}: expected a transport error, got {error:?}");
        assert!(error.to_string().contains("not allowed as a path parameter value"), "{value:?}: {error}");
    }
    assert_eq!(server.request_count(), 0);
}

#[tokio::test]
async fn status_401_is_a_typed_service_error_and_not_retried() {
    let server = TestServer::start(|_| Reply::json(401, example_error(401)));
    let error = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect_err("401");
    assert_typed_service_error(error, 401);
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn status_403_is_a_typed_service_error_and_not_retried() {
    let server = TestServer::start(|_| Reply::json(403, example_error(403)));
    let error = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect_err("403");
    assert_typed_service_error(error, 403);
    assert_eq!(server.request_count(), 1);
}

/// A server answering `status` (with `Retry-After: 0`) to the first `failures` requests,
/// then the example thread.
fn flaky_server(status: u16, failures: usize) -> TestServer {
    let count = std::sync::atomic::AtomicUsize::new(0);
    TestServer::start(move |_| {
        if count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < failures {
            Reply::json(status, example_error(status)).header("Retry-After", "0")
        } else {
            Reply::json(200, example_thread())
        }
    })
}

#[tokio::test]
async fn status_503_with_retry_after_is_retried_then_succeeds() {
    let server = flaky_server(503, 1);
    let thread = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect("retried to 200");
    assert_eq!(thread.topic, "Lunch");
    assert_eq!(server.request_count(), 2);
    assert!(server.requests().iter().all(|r| r.header("authorization") == Some("Bearer acs-user-token")));
}

#[tokio::test]
async fn status_429_with_retry_after_is_retried_then_succeeds() {
    let server = flaky_server(429, 1);
    let thread = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect("retried to 200");
    assert_eq!(thread.topic, "Lunch");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn status_429_retry_after_seconds_delays_the_retry() {
    let count = std::sync::atomic::AtomicUsize::new(0);
    let server = TestServer::start(move |_| {
        if count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            Reply::json(429, example_error(429)).header("Retry-After", "1")
        } else {
            Reply::json(200, example_thread())
        }
    });
    let started = std::time::Instant::now();
    client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect("retried to 200");
    let elapsed = started.elapsed();
    assert_eq!(server.request_count(), 2);
    // The policy's own delay is at most 10 ms + 255 ms jitter: only Retry-After explains ≥ 1 s.
    assert!(elapsed >= std::time::Duration::from_secs(1), "retried after {elapsed:?}, before Retry-After: 1");
    assert!(elapsed < std::time::Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn persistent_503_surfaces_a_typed_service_error_after_the_retry_budget() {
    let server = flaky_server(503, usize::MAX);
    let error = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect_err("503");
    assert_typed_service_error(error, 503);
    assert_eq!(server.request_count(), TRIES_WITH_RETRIES);
}

#[tokio::test]
async fn persistent_429_surfaces_a_typed_service_error_after_the_retry_budget() {
    let server = flaky_server(429, usize::MAX);
    let error = client(&server).get_chat_thread_client().get_chat_thread(THREAD_ID, None).await.expect_err("429");
    assert_typed_service_error(error, 429);
    assert_eq!(server.request_count(), TRIES_WITH_RETRIES);
}

/// Models read and write JSON objects through `runtime::json_object!`: what serde's derive
/// did, field by field (required, optional, encoded, undeclared), without its buffering.
#[test]
fn models_read_fields_as_declared() {
    use seed_clients::acs_chat::models::ChatThread;
    let thread: ChatThread = serde_json::from_str(
        r#"{"id": "19:x", "topic": "old", "createdOn": "2020-10-10T10:10:10Z", "createdBy": null,
            "@odata.etag": "W/1", "topic": "new"}"#,
    )
    .expect("decodes");
    assert_eq!(thread.id.as_deref(), Some("19:x"));
    // Of a repeated key, the last value counts.
    assert_eq!(thread.topic, "new");
    assert_eq!(thread.created_on.map(|t| t.unix_timestamp()), Some(1_602_324_610));
    assert_eq!(thread.created_by, None);
    assert_eq!(thread.members, None);
    // Undeclared properties are kept, and written back.
    assert_eq!(thread.additional_properties.get("@odata.etag"), Some(&serde_json::json!("W/1")));
    // Written in declaration order under their wire names, `None` left out, the undeclared last.
    let written = serde_json::to_string(&thread).expect("encodes");
    assert_eq!(written, r#"{"id":"19:x","topic":"new","createdOn":"2020-10-10T10:10:10Z","@odata.etag":"W/1"}"#);

    let missing = serde_json::from_str::<ChatThread>(r#"{"id": "19:x"}"#).expect_err("topic is required");
    assert!(missing.to_string().contains("missing field `topic`"), "{missing}");
    let wrong = serde_json::from_str::<ChatThread>(r#"{"topic": 5}"#).expect_err("topic is text");
    assert!(wrong.to_string().contains("invalid type: integer `5`"), "{wrong}");
    let bad_date = serde_json::from_str::<ChatThread>(r#"{"topic": "t", "createdOn": "yesterday"}"#);
    assert!(bad_date.is_err(), "{bad_date:?}");
    let not_object = serde_json::from_str::<ChatThread>("[1]").expect_err("an array is not a thread");
    assert!(not_object.to_string().contains("a ChatThread object"), "{not_object}");
}
