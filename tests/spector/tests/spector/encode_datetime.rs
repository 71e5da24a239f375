//! `encode/datetime`: date-times as RFC 3339, RFC 7231 and Unix timestamps in queries, headers,
//! JSON properties and response headers. Every one is a `time::OffsetDateTime` in Rust.

use crate::common::{client_options, endpoint};
use spector_clients::encode_datetime::{models, EncodeDatetimeClient, EncodeDatetimeClientOptions};
use time::macros::datetime;
use time::OffsetDateTime;

fn client() -> EncodeDatetimeClient {
    let options = EncodeDatetimeClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    EncodeDatetimeClient::new(Some(options)).unwrap()
}

/// `2022-08-26T18:38:00.000Z`, the RFC 3339 value of the scenarios.
const RFC3339: OffsetDateTime = datetime!(2022-08-26 18:38:00 UTC);
/// `Fri, 26 Aug 2022 14:38:00 GMT`, the RFC 7231 value.
const RFC7231: OffsetDateTime = datetime!(2022-08-26 14:38:00 UTC);
/// `1686566864` and `1686734256`, the Unix timestamps.
const UNIX: OffsetDateTime = datetime!(2023-06-12 10:47:44 UTC);
const UNIX_2: OffsetDateTime = datetime!(2023-06-14 09:17:36 UTC);

#[test]
fn constants_match_the_scenarios() {
    assert_eq!(UNIX.unix_timestamp(), 1_686_566_864);
    assert_eq!(UNIX_2.unix_timestamp(), 1_686_734_256);
}

// Queries.

#[tokio::test]
async fn query_default() {
    client().get_query_client().default(RFC3339, None).await.unwrap();
}

#[tokio::test]
async fn query_rfc3339() {
    client().get_query_client().rfc3339(RFC3339, None).await.unwrap();
}

#[tokio::test]
async fn query_rfc7231() {
    client().get_query_client().rfc7231(RFC7231, None).await.unwrap();
}

#[tokio::test]
async fn query_unix_timestamp() {
    client().get_query_client().unix_timestamp(UNIX, None).await.unwrap();
}

#[tokio::test]
async fn query_unix_timestamp_array() {
    client().get_query_client().unix_timestamp_array(vec![UNIX, UNIX_2], None).await.unwrap();
}

// Request headers.

#[tokio::test]
async fn header_default() {
    client().get_header_client().default(RFC7231, None).await.unwrap();
}

#[tokio::test]
async fn header_rfc3339() {
    client().get_header_client().rfc3339(RFC3339, None).await.unwrap();
}

#[tokio::test]
async fn header_rfc7231() {
    client().get_header_client().rfc7231(RFC7231, None).await.unwrap();
}

#[tokio::test]
async fn header_unix_timestamp() {
    client().get_header_client().unix_timestamp(UNIX, None).await.unwrap();
}

#[tokio::test]
async fn header_unix_timestamp_array() {
    client().get_header_client().unix_timestamp_array(vec![UNIX, UNIX_2], None).await.unwrap();
}

// JSON properties: the server echoes the body; the client reads it back.

#[tokio::test]
async fn property_default() {
    let body = models::DefaultDatetimeProperty { value: RFC3339, additional_properties: Default::default() };
    let output = client().get_property_client().default(&body, None).await.unwrap();
    assert_eq!(output.value, RFC3339);
}

#[tokio::test]
async fn property_rfc3339() {
    let body = models::Rfc3339DatetimeProperty { value: RFC3339, additional_properties: Default::default() };
    let output = client().get_property_client().rfc3339(&body, None).await.unwrap();
    assert_eq!(output.value, RFC3339);
}

#[tokio::test]
async fn property_rfc7231() {
    let body = models::Rfc7231DatetimeProperty { value: RFC7231, additional_properties: Default::default() };
    let output = client().get_property_client().rfc7231(&body, None).await.unwrap();
    assert_eq!(output.value, RFC7231);
}

#[tokio::test]
async fn property_unix_timestamp() {
    let body = models::UnixTimestampDatetimeProperty { value: UNIX, additional_properties: Default::default() };
    let output = client().get_property_client().unix_timestamp(&body, None).await.unwrap();
    assert_eq!(output.value, UNIX);
}

#[tokio::test]
async fn property_unix_timestamp_array() {
    let body = models::UnixTimestampArrayDatetimeProperty { value: vec![UNIX, UNIX_2], ..Default::default() };
    let output = client().get_property_client().unix_timestamp_array(&body, None).await.unwrap();
    assert_eq!(output.value, vec![UNIX, UNIX_2]);
}

// Response headers, parsed by the client.

#[tokio::test]
async fn response_header_default() {
    let output = client().get_response_header_client().default(None).await.unwrap();
    assert_eq!(output.value, Some(RFC7231));
}

#[tokio::test]
async fn response_header_rfc3339() {
    let output = client().get_response_header_client().rfc3339(None).await.unwrap();
    assert_eq!(output.value, Some(RFC3339));
}

#[tokio::test]
async fn response_header_rfc7231() {
    let output = client().get_response_header_client().rfc7231(None).await.unwrap();
    assert_eq!(output.value, Some(RFC7231));
}

#[tokio::test]
async fn response_header_unix_timestamp() {
    let output = client().get_response_header_client().unix_timestamp(None).await.unwrap();
    assert_eq!(output.value, Some(UNIX));
}
