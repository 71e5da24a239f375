//! `encode/boolean`: booleans sent as strings in any case (`"TRUE"`, `"FaLsE"`).
//!
//! The compiled OpenAPI 3 says only `type: string` (the boolean is lost), so the value is a
//! `String` in Rust: the caller writes and reads the text.

use crate::common::{client_options, endpoint};
use spector_clients::encode_boolean::{models, EncodeBooleanClient, EncodeBooleanClientOptions};

fn client() -> EncodeBooleanClient {
    let options = EncodeBooleanClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    EncodeBooleanClient::new(Some(options)).unwrap()
}

fn body(value: bool) -> models::BoolAsStringProperty {
    models::BoolAsStringProperty { value: value.to_string(), ..Default::default() }
}

#[tokio::test]
async fn property_true_lower() {
    let output = client().get_property_client().true_lower(&body(true), None).await.unwrap();
    assert_eq!(output.value, "true");
}

#[tokio::test]
async fn property_false_lower() {
    let output = client().get_property_client().false_lower(&body(false), None).await.unwrap();
    assert_eq!(output.value, "false");
}

#[tokio::test]
async fn property_true_upper() {
    let output = client().get_property_client().true_upper(&body(true), None).await.unwrap();
    assert_eq!(output.value, "TRUE");
    assert!(output.value.eq_ignore_ascii_case("true"));
}

#[tokio::test]
async fn property_false_mixed() {
    let output = client().get_property_client().false_mixed(&body(false), None).await.unwrap();
    assert_eq!(output.value, "FaLsE");
    assert!(output.value.eq_ignore_ascii_case("false"));
}
