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
    let thread = client(&server).get_chat_thread(THREAD_ID, None).await.expect("thread");

    assert_eq!(thread.id, THREAD_ID);
    assert_eq!(thread.topic, "Lunch");
    assert_eq!(thread.created_on, time::macros::datetime!(2020-06-06 05:55:41.646 UTC));
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
    let error = client(&server).get_chat_thread(THREAD_ID, None).await.expect_err("403");
    let Error::Service(error) = error else { panic!("expected a service error, got {error:?}") };
    assert_eq!(u16::from(error.status), 403);
    assert_eq!(error.error_code.as_deref(), Some("Forbidden"));
    let model: models::Error = error.error.expect("decoded error body");
    assert_eq!(model.message.as_deref(), Some("User is not allowed to perform specified action."));
}
