//! `streaming/jsonl`: a JSON Lines body sent as bytes and received as a stream.

use crate::common::{client_options, endpoint};
use futures::StreamExt;
use spector_clients::streaming_jsonl::{StreamingJsonlClient, StreamingJsonlClientOptions};

fn client() -> StreamingJsonlClient {
    let options = StreamingJsonlClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    StreamingJsonlClient::new(Some(options)).unwrap()
}

const LINES: &str = "{\"desc\": \"one\"}\n{\"desc\": \"two\"}\n{\"desc\": \"three\"}";

#[tokio::test]
async fn basic_send() {
    client().get_basic_client().send(&azure_core::Bytes::from_static(LINES.as_bytes()), None).await.unwrap();
}

#[tokio::test]
async fn basic_receive() {
    let mut stream = client().get_basic_client().receive(None).await.unwrap();
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        body.extend_from_slice(&chunk.unwrap());
    }
    let lines: Vec<serde_json::Value> = std::str::from_utf8(&body)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let descs: Vec<&str> = lines.iter().map(|l| l["desc"].as_str().unwrap()).collect();
    assert_eq!(descs, ["one", "two", "three"]);
}
