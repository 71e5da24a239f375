//! Microsoft Graph · cancelMediaProcessing and callRecording delta through the generated
//! `GraphClient`, against a local HTTPS server standing in for graph.microsoft.com.

use e2e::{client_options, FakeCredential, Reply, TestServer};
use seed_clients::graph::{models, GraphClient, GraphClientOptions, UsersClientOnlineMeetingsGetAllRecordingsDeltaOptions as DeltaOptions};
use seed_clients::runtime::DeltaLink;
use std::sync::{Arc, OnceLock};
use serde_json::json;

fn client(server: &TestServer) -> GraphClient {
    let options = GraphClientOptions { client_options: client_options(), endpoint: Some(format!("{}/v1.0/", server.url())) };
    GraphClient::new(FakeCredential::new(), Some(options)).expect("client")
}

#[tokio::test]
async fn cancel_media_processing_sends_the_body_and_reads_location_and_polymorphic_body() {
    let location = "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/operations/17e3b46c-f61d-4f4d-9635-c626ef18e6ad";
    let server = TestServer::start(move |_| {
        Reply::json(
            200,
            json!({
                "@odata.type": "#microsoft.graph.cancelMediaProcessingOperation",
                "status": "completed",
                "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
                "id": "0fe0623f-d628-42ed-b4bd-8ac290072cc5"
            }),
        )
        .header("Location", location)
    });
    let body = models::CommunicationsCallCancelMediaProcessingRequest {
        client_context: Some("clientContext-value".into()),
        ..Default::default()
    };
    let response = client(&server).get_communications_client().call_cancel_media_processing("57dab8b1-894c-409a-b240-bd8beae78896", &body, None).await.expect("cancel");
    assert_eq!(response.location.as_deref(), Some(location));
    let models::CommsOperation::CancelMediaProcessingOperation(operation) = response.body else {
        panic!("expected cancelMediaProcessingOperation, got {:?}", response.body)
    };
    assert_eq!(operation.status, Some(models::OperationStatus::Completed));
    assert_eq!(operation.client_context.as_deref(), Some("d45324c1-fcb5-430a-902c-f20af696537c"));

    let request = server.only_request();
    assert_eq!(request.method, "POST");
    assert_eq!(request.path_and_query, "/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/cancelMediaProcessing");
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.body_json(), json!({"clientContext": "clientContext-value"}));
    assert_eq!(request.header("authorization"), Some("Bearer test-token"));
}

#[tokio::test]
async fn unknown_odata_type_and_enum_values_still_deserialize() {
    let server = TestServer::start(|_| {
        Reply::json(200, json!({"@odata.type": "#microsoft.graph.futureOperation", "status": "paused", "id": "x"}))
    });
    let response = client(&server).get_communications_client().call_cancel_media_processing("c", &Default::default(), None).await.expect("cancel");
    let models::CommsOperation::Unknown(raw) = &response.body else { panic!("expected Unknown, got {:?}", response.body) };
    assert_eq!(raw["status"], "paused");
    assert_eq!(models::OperationStatus::from("paused"), models::OperationStatus::UnknownValue("paused".into()));
    assert_eq!(serde_json::to_value(&response.body).unwrap(), json!({"@odata.type": "#microsoft.graph.futureOperation", "status": "paused", "id": "x"}));
}

/// One page of the page's example: a callRecording with 7 fractional digits and nulls.
fn page(link_name: &str, link: &str) -> serde_json::Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(callRecording)",
        link_name: link,
        "@odata.count": 1,
        "value": [{
            "@odata.type": "#microsoft.graph.callRecording",
            "id": "VjIjIzExYzkxNjVmZi1hZTkyLTQ5YWYtODliNC00MTU1NTRhMzZhNTE=",
            "meetingId": "MSoxYzkxNjVmZi1hZTkyLTQ5YWYtODliNC00MTU1NTRhMzZhNTEqMCoqMTk6bWVldGluZ19PVEJsT1RjeE16QXROemMwWVMwMFl6QTFMVGhpWldFdFpUaGtNMlk0WkRKaFlUQTFAdGhyZWFkLnYy",
            "createdDateTime": "2023-12-02T06:59:34.7411768Z",
            "recordingContentUrl": "https://graph.microsoft.com/v1.0/users/8b081ef6-4792-4def-b2c9-c363a1bf41d5/onlineMeetings/x/recordings/y/content",
            "meetingOrganizer": {
                "application": null,
                "device": null,
                "user": {
                    "@odata.type": "#microsoft.graph.teamworkUserIdentity",
                    "id": "8b081ef6-4792-4def-b2c9-c363a1bf41d5",
                    "displayName": null,
                    "userIdentityType": "aadUser",
                    "tenantId": "a1d286db-6149-4b3d-95ad-23c9e1bf6853"
                }
            }
        }]
    })
}

#[tokio::test]
async fn delta_encodes_function_parameters_and_parses_a_page() {
    let server = TestServer::start(|_| Reply::json(200, page("@odata.nextLink", "https://graph.microsoft.com/v1.0/next?skipToken=abc")));
    let start = time::macros::datetime!(2023-12-01 00:00:00 UTC);
    let options = DeltaOptions { top: Some(10), ..Default::default() };
    let page = client(&server)
        .get_users_client()
        .online_meetings_get_all_recordings_delta("8b081ef6-4792-4def-b2c9-c363a1bf41d5", "O'Neil", start, Some(options))
        .next_page()
        .await
        .expect("a first page")
        .expect("page");
    assert_eq!(page.odata_next_link.as_deref(), Some("https://graph.microsoft.com/v1.0/next?skipToken=abc"));
    let recording = &page.value.expect("value")[0];
    assert_eq!(recording.created_date_time, Some(time::macros::datetime!(2023-12-02 06:59:34.7411768 UTC)));
    let organizer = recording.meeting_organizer.as_ref().expect("organizer");
    assert_eq!(organizer.application, None);
    let Some(models::Identity::TeamworkUserIdentity(user)) = &organizer.user else { panic!("{:?}", organizer.user) };
    assert_eq!(user.display_name, None);
    assert_eq!(user.user_identity_type, Some(models::TeamworkUserIdentityType::AadUser));

    let request = server.only_request();
    assert_eq!(
        request.path_and_query,
        "/v1.0/users/8b081ef6-4792-4def-b2c9-c363a1bf41d5/onlineMeetings/getAllRecordings(meetingOrganizerUserId='O''Neil',startDateTime=2023-12-01T00%3A00%3A00Z)/delta?%24top=10"
    );
}

fn recording_ids(page: &models::UsersOnlineMeetingsGetAllRecordingsDeltaResponse) -> Vec<String> {
    page.value.iter().flatten().filter_map(|r| r.id.clone()).collect()
}

/// The page's full round: three pages joined by next links, a delta link at the end,
/// and a later round resumed from the saved delta link that returns only the new recording.
#[tokio::test]
async fn delta_round_follows_next_links_and_resumes_from_the_saved_delta_link() {
    let base: Arc<OnceLock<String>> = Arc::new(OnceLock::new());
    let handler_base = base.clone();
    let server = TestServer::start(move |request| {
        let base = handler_base.get().expect("base url");
        let delta = format!("{base}/v1.0/users/u1/onlineMeetings/getAllRecordings(meetingOrganizerUserId='u1')/delta");
        let with_id = |link_name: &str, link: String, id: &str| {
            let mut body = page(link_name, &link);
            body["value"][0]["id"] = json!(id);
            Reply::json(200, body)
        };
        match request.query() {
            Some(q) if q.contains("skiptoken=s1") => with_id("@odata.nextLink", format!("{delta}?$skiptoken=s2"), "r2"),
            Some(q) if q.contains("skiptoken=s2") => with_id("@odata.deltaLink", format!("{delta}?$deltatoken=d1"), "r3"),
            Some(q) if q.contains("deltatoken=d1") => with_id("@odata.deltaLink", format!("{delta}?$deltatoken=d2"), "r4"),
            _ => with_id("@odata.nextLink", format!("{delta}?$skiptoken=s1"), "r1"),
        }
    });
    base.set(server.url()).expect("set once");
    let client = client(&server);
    let users = client.get_users_client();

    let mut pager = users.online_meetings_get_all_recordings_delta("u1", "u1", time::macros::datetime!(2023-12-01 00:00 UTC), None);
    let mut ids = Vec::new();
    while let Some(page) = pager.next_page().await {
        ids.extend(recording_ids(&page.expect("page")));
    }
    assert_eq!(ids, ["r1", "r2", "r3"]);
    let saved = serde_json::to_string(pager.delta_link().expect("delta link after the last page")).unwrap();
    assert!(saved.ends_with("delta?$deltatoken=d1\""), "{saved}");
    assert_eq!(server.request_count(), 3);

    // Later: resume from the stored link, get only what is new, and a new delta link.
    let restored: DeltaLink = serde_json::from_str(&saved).unwrap();
    let mut later = users.online_meetings_get_all_recordings_delta_from_link(restored.as_str(), None);
    let page = later.next_page().await.expect("a page").expect("page");
    assert_eq!(recording_ids(&page), ["r4"]);
    assert!(later.next_page().await.is_none());
    assert!(later.delta_link().expect("new delta link").as_str().ends_with("$deltatoken=d2"));

    let paths: Vec<String> = server.requests().iter().map(|r| r.path_and_query.clone()).collect();
    assert_eq!(paths[1], "/v1.0/users/u1/onlineMeetings/getAllRecordings(meetingOrganizerUserId='u1')/delta?$skiptoken=s1");
    assert_eq!(paths[3], "/v1.0/users/u1/onlineMeetings/getAllRecordings(meetingOrganizerUserId='u1')/delta?$deltatoken=d1");
}

/// `$skiptoken` and `$deltatoken` can also be given as options (as the page's query table says).
#[tokio::test]
async fn delta_sends_skip_and_delta_tokens_given_as_options() {
    let server = TestServer::start(|_| Reply::json(200, page("@odata.deltaLink", "https://graph.microsoft.com/v1.0/d")));
    let client = client(&server);
    let users = client.get_users_client();
    let start = time::macros::datetime!(2023-12-01 00:00 UTC);
    let options = DeltaOptions { skiptoken: Some("s 1".into()), top: Some(2), ..Default::default() };
    users.online_meetings_get_all_recordings_delta("u1", "u1", start, Some(options)).next_page().await.expect("page").expect("ok");
    let options = DeltaOptions { deltatoken: Some("d1".into()), ..Default::default() };
    let mut pager = users.online_meetings_get_all_recordings_delta("u1", "u1", start, Some(options));
    pager.next_page().await.expect("page").expect("ok");
    assert_eq!(pager.delta_link().map(|l| l.as_str()), Some("https://graph.microsoft.com/v1.0/d"));
    let queries: Vec<String> = server.requests().iter().map(|r| r.query().unwrap_or_default().to_owned()).collect();
    assert_eq!(queries, ["%24top=2&%24skiptoken=s+1", "%24deltatoken=d1"]);
}
