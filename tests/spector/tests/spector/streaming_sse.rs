//! `streaming/sse`: `text/event-stream` bodies read whole and split into events with
//! `runtime::SseEvent::parse_all` (event names, data, sticky ids, retry, reconnect).

use crate::common::{client_options, endpoint};
use azure_core::http::policies::{Policy, PolicyResult};
use azure_core::http::{Context, Request};
use spector_clients::runtime::SseEvent;
use spector_clients::streaming_sse::{models, StreamingSseClient, StreamingSseClientOptions};
use std::sync::Arc;

fn client() -> StreamingSseClient {
    let options = StreamingSseClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    StreamingSseClient::new(Some(options)).unwrap()
}

fn named(events: &[SseEvent]) -> Vec<(&str, &str)> {
    events.iter().map(|e| (e.event.as_str(), e.data.as_str())).collect()
}

#[tokio::test]
async fn unnamed_receive() {
    let events = SseEvent::parse_all(&client().get_unnamed_client().receive(None).await.unwrap());
    assert!(events.iter().all(|e| e.event == "message"));
    let infos: Vec<String> =
        events.iter().map(|e| serde_json::from_str::<models::Info>(&e.data).unwrap().desc).collect();
    assert_eq!(infos, ["one", "two", "three"]);
}

#[tokio::test]
async fn named_receive() {
    let events = SseEvent::parse_all(&client().get_named_client().receive(None).await.unwrap());
    assert_eq!(
        named(&events),
        [
            ("responseCreated", "{\"id\": \"resp_1\"}"),
            ("responseDelta", "{\"delta\": \"Hello\"}"),
            ("responseDelta", "{\"delta\": \" world\"}"),
            ("message", "[DONE]"),
        ]
    );
    let created: models::ResponseCreated = serde_json::from_str(&events[0].data).unwrap();
    assert_eq!(created.id, "resp_1");
}

#[tokio::test]
async fn retrieve_stream() {
    let request = models::RetrievalRequest { query: "what is typespec?".into(), ..Default::default() };
    let events = SseEvent::parse_all(&client().get_retrieve_client().stream(&request, None).await.unwrap());
    let names: Vec<&str> = events.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(names, ["partialResult", "partialResult", "finalResult", "message"]);
    let partial: models::PartialResult = serde_json::from_str(&events[1].data).unwrap();
    assert_eq!(partial.text, "partial two");
    let last: models::FinalResult = serde_json::from_str(&events[2].data).unwrap();
    assert_eq!(last.references, ["doc1", "doc2"]);
    assert_eq!(events[3].data, "[DONE]");
}

#[tokio::test]
async fn data_with_envelope() {
    let events = SseEvent::parse_all(&client().get_data_client().with_envelope(None).await.unwrap());
    assert_eq!(named(&events), [("withEnvelope", "hello")]);
}

#[tokio::test]
async fn data_without_envelope() {
    let events = SseEvent::parse_all(&client().get_data_client().without_envelope(None).await.unwrap());
    assert_eq!(events[0].event, "withoutEnvelope");
    let data: serde_json::Value = serde_json::from_str(&events[0].data).unwrap();
    assert_eq!(data, serde_json::json!({"metadata": {"source": "test"}, "contents": "world"}));
}

fn message(event: &SseEvent) -> String {
    serde_json::from_str::<models::ProtocolInfo>(&event.data).unwrap().message
}

#[tokio::test]
async fn protocol_id() {
    let events = SseEvent::parse_all(&client().get_protocol_client().id(None).await.unwrap());
    assert_eq!((events[0].id.as_deref(), message(&events[0]).as_str()), (Some("event-1"), "hello"));
}

#[tokio::test]
async fn protocol_invalid_id() {
    let events = SseEvent::parse_all(&client().get_protocol_client().invalid_id(None).await.unwrap());
    assert_eq!((events[0].id.as_deref(), message(&events[0]).as_str()), (None, "hello"));
}

#[tokio::test]
async fn protocol_retry() {
    let events = SseEvent::parse_all(&client().get_protocol_client().retry(None).await.unwrap());
    assert_eq!((events[0].retry, message(&events[0]).as_str()), (Some(1000), "hello"));
}

#[tokio::test]
async fn protocol_invalid_retry() {
    let events = SseEvent::parse_all(&client().get_protocol_client().invalid_retry(None).await.unwrap());
    assert_eq!((events[0].retry, message(&events[0]).as_str()), (None, "hello"));
}

/// Sends `Last-Event-ID` on every request, as a client resuming a stream does.
#[derive(Debug)]
struct LastEventId(String);

#[async_trait::async_trait]
impl Policy for LastEventId {
    async fn send(&self, ctx: &Context, request: &mut Request, next: &[Arc<dyn Policy>]) -> PolicyResult {
        request.insert_header("last-event-id", self.0.clone());
        next[0].send(ctx, request, &next[1..]).await
    }
}

#[tokio::test]
async fn protocol_reconnect() {
    let first = SseEvent::parse_all(&client().get_protocol_client().reconnect(None).await.unwrap());
    assert_eq!(message(&first[0]), "hello");
    let last_id = first.last().and_then(|e| e.id.clone()).unwrap();
    assert_eq!(last_id, "event-1");
    let mut client_options = client_options();
    client_options.per_call_policies.push(Arc::new(LastEventId(last_id)));
    let options = StreamingSseClientOptions { client_options, endpoint: Some(endpoint()) };
    let resumed = StreamingSseClient::new(Some(options)).unwrap();
    let second = SseEvent::parse_all(&resumed.get_protocol_client().reconnect(None).await.unwrap());
    assert_eq!((second[0].id.as_deref(), message(&second[0]).as_str()), (Some("event-2"), "world"));
}
