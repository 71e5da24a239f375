//! `encode/duration`: durations as ISO 8601 text, seconds and milliseconds (integer or float),
//! in headers, queries and JSON properties.
//!
//! The compiled OpenAPI 3 keeps the unit only for `float32` encodings (`type: number, format:
//! seconds|milliseconds`): those are `time::Duration`. ISO 8601 (`format: duration`) is
//! `time::Duration` too. `int32` and `float64` encodings compile to plain `int32` / `double`
//! (the unit is lost), so the client sends the number the caller gives.

use crate::common::{client_options, endpoint};
use spector_clients::encode_duration::{models, EncodeDurationClient, EncodeDurationClientOptions};
use time::Duration;

fn client() -> EncodeDurationClient {
    let options = EncodeDurationClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    EncodeDurationClient::new(Some(options)).unwrap()
}

// Headers.

#[tokio::test]
async fn header_default() {
    client().get_header_client().default(Duration::days(40), None).await.unwrap();
}

#[tokio::test]
async fn header_iso8601() {
    client().get_header_client().iso8601(Duration::days(40), None).await.unwrap();
}

#[tokio::test]
async fn header_iso8601_array() {
    client().get_header_client().iso8601_array(vec![Duration::days(40), Duration::days(50)], None).await.unwrap();
}

#[tokio::test]
async fn header_int32_seconds() {
    client().get_header_client().int32_seconds(36, None).await.unwrap();
}

#[tokio::test]
async fn header_int32_seconds_larger_unit() {
    client().get_header_client().int32_seconds_larger_unit(120, None).await.unwrap();
}

#[tokio::test]
async fn header_float_seconds() {
    client().get_header_client().float_seconds(Duration::milliseconds(35_625), None).await.unwrap();
}

#[tokio::test]
async fn header_float_seconds_larger_unit() {
    client().get_header_client().float_seconds_larger_unit(Duration::minutes(2) + Duration::seconds(30), None).await.unwrap();
}

#[tokio::test]
async fn header_float64_seconds() {
    client().get_header_client().float64_seconds(35.625, None).await.unwrap();
}

#[tokio::test]
async fn header_int32_milliseconds() {
    client().get_header_client().int32_milliseconds(36_000, None).await.unwrap();
}

#[tokio::test]
async fn header_int32_milliseconds_larger_unit() {
    client().get_header_client().int32_milliseconds_larger_unit(180_000, None).await.unwrap();
}

#[tokio::test]
async fn header_int32_milliseconds_array() {
    client().get_header_client().int32_milliseconds_array(vec![36_000, 47_000], None).await.unwrap();
}

#[tokio::test]
async fn header_float_milliseconds() {
    client().get_header_client().float_milliseconds(Duration::milliseconds(35_625), None).await.unwrap();
}

#[tokio::test]
async fn header_float_milliseconds_larger_unit() {
    client().get_header_client().float_milliseconds_larger_unit(Duration::seconds(210), None).await.unwrap();
}

#[tokio::test]
async fn header_float64_milliseconds() {
    client().get_header_client().float64_milliseconds(35_625.0, None).await.unwrap();
}

// Queries.

#[tokio::test]
async fn query_default() {
    client().get_query_client().default(Duration::days(40), None).await.unwrap();
}

#[tokio::test]
async fn query_iso8601() {
    client().get_query_client().iso8601(Duration::days(40), None).await.unwrap();
}

#[tokio::test]
async fn query_int32_seconds() {
    client().get_query_client().int32_seconds(36, None).await.unwrap();
}

#[tokio::test]
async fn query_int32_seconds_larger_unit() {
    client().get_query_client().int32_seconds_larger_unit(120, None).await.unwrap();
}

#[tokio::test]
async fn query_int32_seconds_array() {
    client().get_query_client().int32_seconds_array(vec![36, 47], None).await.unwrap();
}

#[tokio::test]
async fn query_float_seconds() {
    client().get_query_client().float_seconds(Duration::milliseconds(35_625), None).await.unwrap();
}

#[tokio::test]
async fn query_float_seconds_larger_unit() {
    client().get_query_client().float_seconds_larger_unit(Duration::seconds(150), None).await.unwrap();
}

#[tokio::test]
async fn query_float64_seconds() {
    client().get_query_client().float64_seconds(35.625, None).await.unwrap();
}

#[tokio::test]
async fn query_int32_milliseconds() {
    client().get_query_client().int32_milliseconds(36_000, None).await.unwrap();
}

#[tokio::test]
async fn query_int32_milliseconds_larger_unit() {
    client().get_query_client().int32_milliseconds_larger_unit(180_000, None).await.unwrap();
}

#[tokio::test]
async fn query_int32_milliseconds_array() {
    client().get_query_client().int32_milliseconds_array(vec![36_000, 47_000], None).await.unwrap();
}

#[tokio::test]
async fn query_float_milliseconds() {
    client().get_query_client().float_milliseconds(Duration::milliseconds(35_625), None).await.unwrap();
}

#[tokio::test]
async fn query_float_milliseconds_larger_unit() {
    client().get_query_client().float_milliseconds_larger_unit(Duration::minutes(3) + Duration::seconds(30), None).await.unwrap();
}

#[tokio::test]
async fn query_float64_milliseconds() {
    client().get_query_client().float64_milliseconds(35_625.0, None).await.unwrap();
}

// Lossy: the spec says `int32`, so the caller rounds (36.25 s → 36, 36.2505 s → 36250 ms).

#[tokio::test]
async fn lossy_int_seconds() {
    let duration = Duration::milliseconds(36_250);
    client().get_lossy_client().int_seconds(duration.whole_seconds() as i32, None).await.unwrap();
}

#[tokio::test]
async fn lossy_int_milliseconds() {
    let duration = Duration::microseconds(36_250_500);
    client().get_lossy_client().int_milliseconds(duration.whole_milliseconds() as i32, None).await.unwrap();
}

// JSON properties: the server echoes the body; the client reads it back.

#[tokio::test]
async fn property_default() {
    let body = models::DefaultDurationProperty { value: Duration::days(40), ..Default::default() };
    let output = client().get_property_client().default(&body, None).await.unwrap();
    assert_eq!(output.value, Duration::days(40));
}

#[tokio::test]
async fn property_iso8601() {
    let body = models::Iso8601DurationProperty { value: Duration::days(40), ..Default::default() };
    let output = client().get_property_client().iso8601(&body, None).await.unwrap();
    assert_eq!(output.value, Duration::days(40));
}

#[tokio::test]
async fn property_int32_seconds() {
    let body = models::Int32SecondsDurationProperty { value: 36, ..Default::default() };
    let output = client().get_property_client().int32_seconds(&body, None).await.unwrap();
    assert_eq!(output.value, 36);
}

#[tokio::test]
async fn property_int32_seconds_larger_unit() {
    let body = models::Int32SecondsLargerUnitDurationProperty { value: 120, ..Default::default() };
    let output = client().get_property_client().int32_seconds_larger_unit(&body, None).await.unwrap();
    assert_eq!(output.value, 120);
}

#[tokio::test]
async fn property_float_seconds() {
    let body = models::FloatSecondsDurationProperty { value: Duration::milliseconds(35_625), ..Default::default() };
    let output = client().get_property_client().float_seconds(&body, None).await.unwrap();
    assert_eq!(output.value, Duration::milliseconds(35_625));
}

#[tokio::test]
async fn property_float_seconds_larger_unit() {
    let body = models::FloatSecondsLargerUnitDurationProperty { value: Duration::seconds(150), ..Default::default() };
    let output = client().get_property_client().float_seconds_larger_unit(&body, None).await.unwrap();
    assert_eq!(output.value, Duration::seconds(150));
}

#[tokio::test]
async fn property_float64_seconds() {
    let body = models::Float64SecondsDurationProperty { value: 35.625, ..Default::default() };
    let output = client().get_property_client().float64_seconds(&body, None).await.unwrap();
    assert_eq!(output.value, 35.625);
}

#[tokio::test]
async fn property_float_seconds_array() {
    let body = models::FloatSecondsDurationArrayProperty { value: vec![35.625, 46.75], ..Default::default() };
    let output = client().get_property_client().float_seconds_array(&body, None).await.unwrap();
    assert_eq!(output.value, vec![35.625, 46.75]);
}

#[tokio::test]
async fn property_int32_milliseconds() {
    let body = models::Int32MillisecondsDurationProperty { value: 36_000, ..Default::default() };
    let output = client().get_property_client().int32_milliseconds(&body, None).await.unwrap();
    assert_eq!(output.value, 36_000);
}

#[tokio::test]
async fn property_int32_milliseconds_larger_unit() {
    let body = models::Int32MillisecondsLargerUnitDurationProperty { value: 180_000, ..Default::default() };
    let output = client().get_property_client().int32_milliseconds_larger_unit(&body, None).await.unwrap();
    assert_eq!(output.value, 180_000);
}

#[tokio::test]
async fn property_float_milliseconds() {
    let body = models::FloatMillisecondsDurationProperty { value: Duration::milliseconds(35_625), ..Default::default() };
    let output = client().get_property_client().float_milliseconds(&body, None).await.unwrap();
    assert_eq!(output.value, Duration::milliseconds(35_625));
}

#[tokio::test]
async fn property_float_milliseconds_larger_unit() {
    let body =
        models::FloatMillisecondsLargerUnitDurationProperty { value: Duration::seconds(210), ..Default::default() };
    let output = client().get_property_client().float_milliseconds_larger_unit(&body, None).await.unwrap();
    assert_eq!(output.value, Duration::seconds(210));
}

#[tokio::test]
async fn property_float64_milliseconds() {
    let body = models::Float64MillisecondsDurationProperty { value: 35_625.0, ..Default::default() };
    let output = client().get_property_client().float64_milliseconds(&body, None).await.unwrap();
    assert_eq!(output.value, 35_625.0);
}

#[tokio::test]
async fn property_float_milliseconds_array() {
    let body = models::FloatMillisecondsDurationArrayProperty { value: vec![35_625.0, 46_750.0], ..Default::default() };
    let output = client().get_property_client().float_milliseconds_array(&body, None).await.unwrap();
    assert_eq!(output.value, vec![35_625.0, 46_750.0]);
}
