//! `type/model/usage`: models used as input only, output only, and both.

use crate::common::{client_options, endpoint};
use spector_clients::type_model_usage::{models, TypeModelUsageClient, TypeModelUsageClientOptions};

fn client() -> TypeModelUsageClient {
    let options = TypeModelUsageClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelUsageClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn input() {
    let body = models::InputRecord { required_prop: "example-value".to_owned(), ..Default::default() };
    client().input(&body, None).await.unwrap();
}

#[tokio::test]
async fn output() {
    let output = client().output(None).await.unwrap();
    assert_eq!(output.required_prop, "example-value");
    assert!(output.additional_properties.is_empty());
}

#[tokio::test]
async fn input_and_output() {
    let body = models::InputOutputRecord { required_prop: "example-value".to_owned(), ..Default::default() };
    let output = client().input_and_output(&body, None).await.unwrap();
    assert_eq!(output, body);
}
