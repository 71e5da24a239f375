//! `response/body-or-no-content`: 200 with a body and 204 without, both successes with headers.

use crate::common::{client_options, endpoint};
use spector_clients::response_body_or_no_content::{
    ResponseBodyOrNoContentClient, ResponseBodyOrNoContentClientGetBodyResponse as GetBodyResponse,
    ResponseBodyOrNoContentClientGetNoContentResponse as GetNoContentResponse, ResponseBodyOrNoContentClientOptions,
};

fn client() -> ResponseBodyOrNoContentClient {
    let options = ResponseBodyOrNoContentClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    ResponseBodyOrNoContentClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn get_body() {
    match client().get_body(None).await.unwrap() {
        GetBodyResponse::Ok { body, x_ms_request_id } => {
            assert_eq!(body.content, "hello");
            assert_eq!(x_ms_request_id.as_deref(), Some("body-request"));
        }
        other => panic!("expected 200 with a body, got {other:?}"),
    }
}

#[tokio::test]
async fn get_no_content() {
    match client().get_no_content(None).await.unwrap() {
        GetNoContentResponse::NoContent { x_ms_request_id } => {
            assert_eq!(x_ms_request_id.as_deref(), Some("no-content-request"));
        }
        other => panic!("expected 204, got {other:?}"),
    }
}
