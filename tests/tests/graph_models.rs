//! Microsoft Graph models without a server (the `commsNotifications` webhook payload of the
//! cancelMediaProcessing page, open enums and unknown `@odata.type`s round-tripping), and
//! one `GraphClient` call whose success body cannot be decoded.

use e2e::{client_options, FakeCredential, Reply, TestServer};
use seed_clients::graph::{models, GraphClient, GraphClientOptions};
use seed_clients::runtime::Error;
use serde_json::{json, Value};

/// The page's "Notification - operation cancelled for recordResponse" payload, verbatim.
fn notification_payload() -> Value {
    json!({
        "@odata.type": "#microsoft.graph.commsNotifications",
        "value": [
            {
                "@odata.type": "#microsoft.graph.commsNotification",
                "changeType": "deleted",
                "resourceUrl": "/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5",
                "resourceData": {
                    "@odata.type": "#microsoft.graph.recordOperation",
                    "@odata.id": "/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5",
                    "@odata.etag": "W/\"54451\"",
                    "id": "0fe0623f-d628-42ed-b4bd-8ac290072cc5",
                    "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
                    "status": "failed",
                    "resultInfo": {
                        "@odata.type": "#microsoft.graph.resultInfo",
                        "code": 400,
                        "subcode": 8508,
                        "message": "Action failed, the operation was cancelled."
                    },
                    "recordingLocation": "",
                    "recordingAccessToken": "",
                    "completionReason": "operationCanceled"
                }
            }
        ]
    })
}

/// Checks the `resourceData` of the page's notification through `CommsOperation`.
fn assert_record_operation(operation: &models::CommsOperation) {
    let models::CommsOperation::RecordOperation(record) = operation else {
        panic!("expected the recordOperation variant, got {operation:?}")
    };
    assert_eq!(record.odata_type, "#microsoft.graph.recordOperation");
    assert_eq!(record.id.as_deref(), Some("0fe0623f-d628-42ed-b4bd-8ac290072cc5"));
    assert_eq!(record.client_context.as_deref(), Some("d45324c1-fcb5-430a-902c-f20af696537c"));
    assert_eq!(record.status, Some(models::OperationStatus::Failed));
    assert_eq!(record.completion_reason, Some(models::RecordCompletionReason::OperationCanceled));
    assert_eq!(record.recording_location.as_deref(), Some(""));
    assert_eq!(record.recording_access_token.as_deref(), Some(""));
    let result = record.result_info.as_ref().expect("resultInfo");
    assert_eq!(result.code, Some(400));
    assert_eq!(result.subcode, Some(8508));
    assert_eq!(result.message.as_deref(), Some("Action failed, the operation was cancelled."));
    assert_eq!(result.odata_type.as_deref(), Some("#microsoft.graph.resultInfo"));
}

#[tokio::test]
async fn notification_resource_data_is_a_record_operation_and_round_trips() {
    let payload = notification_payload();
    let resource_data = &payload["value"][0]["resourceData"];
    let operation: models::CommsOperation = serde_json::from_value(resource_data.clone()).expect("resourceData");
    assert_record_operation(&operation);

    // Undeclared annotations (`@odata.id`, `@odata.etag`) are kept too.
    assert_eq!(serde_json::to_value(&operation).expect("serialize"), *resource_data);
}

/// The page's whole notification payload through the generated `CommsNotifications`
/// model (a schema no operation returns: webhooks deliver it), back to equal JSON.
#[tokio::test]
async fn notification_payload_round_trips_through_comms_notifications() {
    let payload = notification_payload();
    let notifications: models::CommsNotifications = serde_json::from_value(payload.clone()).expect("notifications");
    let notification = &notifications.value.as_ref().expect("value")[0];
    assert_eq!(notification.change_type, Some(models::ChangeType::Deleted));
    assert_record_operation(notification.resource_data.as_ref().expect("resourceData"));
    assert_eq!(serde_json::to_value(&notifications).expect("serialize"), payload);
}

#[tokio::test]
async fn unknown_enum_values_on_a_known_odata_type_round_trip() {
    let input = json!({
        "@odata.type": "#microsoft.graph.recordOperation",
        "id": "op",
        "status": "someFutureValue",
        "completionReason": "someFutureReason"
    });
    let operation: models::CommsOperation = serde_json::from_value(input.clone()).expect("deserialize");
    let models::CommsOperation::RecordOperation(record) = &operation else {
        panic!("expected RecordOperation, got {operation:?}")
    };
    assert_eq!(record.status, Some(models::OperationStatus::UnknownValue("someFutureValue".into())));
    assert_eq!(record.completion_reason, Some(models::RecordCompletionReason::UnknownValue("someFutureReason".into())));
    assert_eq!(record.status.as_ref().unwrap().as_str(), "someFutureValue");
    assert_eq!(serde_json::to_value(&operation).expect("serialize"), input);

    // Known values are still the named variants, and serialize as sent.
    let known: models::OperationStatus = serde_json::from_value(json!("unknownFutureValue")).unwrap();
    assert_eq!(known, models::OperationStatus::UnknownFutureValue);
    assert_eq!(serde_json::to_value(&known).unwrap(), json!("unknownFutureValue"));
}

#[tokio::test]
async fn unknown_odata_type_round_trips_through_unknown() {
    let input = json!({
        "@odata.type": "#microsoft.graph.futureOperation",
        "@odata.id": "/communications/calls/c/operations/o",
        "id": "o",
        "status": "someFutureValue",
        "resultInfo": {"code": 200, "subcode": 0, "extra": [1, 2, {"nested": null}]},
        "futureProperty": {"a": true}
    });
    let operation: models::CommsOperation = serde_json::from_value(input.clone()).expect("deserialize");
    let models::CommsOperation::Unknown(raw) = &operation else { panic!("expected Unknown, got {operation:?}") };
    assert_eq!(raw, &input);
    assert_eq!(serde_json::to_value(&operation).expect("serialize"), input);
    // And through text, as a client would send it on.
    let text = serde_json::to_string(&operation).unwrap();
    assert_eq!(serde_json::from_str::<models::CommsOperation>(&text).unwrap(), operation);
}

fn client(server: &TestServer) -> GraphClient {
    let options =
        GraphClientOptions { client_options: client_options(), endpoint: Some(format!("{}/v1.0/", server.url())) };
    GraphClient::new(FakeCredential::new(), Some(options)).expect("client")
}

/// Asserts `cancel_media_processing` on a server answering 200 with `body` fails with `Error::Decode`.
async fn assert_cancel_decode_error(body: &'static [u8]) {
    let server = TestServer::start(move |_| Reply::bytes(200, "application/json", body.to_vec()));
    let error = client(&server).get_communications_client().call_cancel_media_processing("call", &Default::default(), None).await.expect_err("bad body");
    let Error::Decode(error) = error else { panic!("expected a decode error for {body:?}, got {error:?}") };
    assert_eq!(u16::from(error.status), 200);
    assert_eq!(&error.body[..], body);
    assert!(!error.message.is_empty());
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn cancel_media_processing_truncated_200_body_is_a_decode_error() {
    assert_cancel_decode_error(
        br##"{"@odata.type": "#microsoft.graph.cancelMediaProcessingOperation", "status": "comp"##,
    )
    .await;
}

#[tokio::test]
async fn cancel_media_processing_200_body_of_the_wrong_shape_is_a_decode_error() {
    // A known `@odata.type` whose members have the wrong types fails in the variant.
    assert_cancel_decode_error(
        br##"{"@odata.type": "#microsoft.graph.cancelMediaProcessingOperation", "resultInfo": {"code": "x"}}"##,
    )
    .await;
}

#[tokio::test]
async fn base_odata_type_deserializes_to_the_base_variant() {
    let input = json!({"@odata.type": "#microsoft.graph.commsOperation", "id": "o", "status": "running"});
    let operation: models::CommsOperation = serde_json::from_value(input.clone()).expect("deserialize");
    let models::CommsOperation::Base(base) = &operation else { panic!("expected Base, got {operation:?}") };
    assert_eq!(base.status, Some(models::OperationStatus::Running));
    assert_eq!(serde_json::to_value(&operation).expect("serialize"), input);
}

#[tokio::test]
async fn a_default_built_model_sends_no_empty_odata_type_and_a_variant_sends_its_own() {
    // A plain struct built with `Default` leaves the empty discriminator out…
    let entity = serde_json::to_value(models::Entity { id: Some("e1".into()), ..Default::default() }).unwrap();
    assert_eq!(entity, json!({"id": "e1"}));
    // …and a union variant built the same way is sent with its own `@odata.type`.
    let record = models::RecordOperation { client_context: Some("ctx".into()), ..Default::default() };
    let sent = serde_json::to_value(models::CommsOperation::RecordOperation(record)).unwrap();
    assert_eq!(sent, json!({"@odata.type": "#microsoft.graph.recordOperation", "clientContext": "ctx"}));
    // What the service sends still round-trips, tag included.
    let back: models::CommsOperation = serde_json::from_value(sent.clone()).unwrap();
    assert!(matches!(&back, models::CommsOperation::RecordOperation(r) if r.odata_type == "#microsoft.graph.recordOperation"));
    assert_eq!(serde_json::to_value(&back).unwrap(), sent);
}
