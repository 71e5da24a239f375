//! `type/model/empty`: empty models as input, output and round trip.

use crate::common::{client_options, endpoint};
use spector_clients::type_model_empty::{models, TypeModelEmptyClient, TypeModelEmptyClientOptions};

fn client() -> TypeModelEmptyClient {
    let options = TypeModelEmptyClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeModelEmptyClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn put_empty() {
    client().put_empty(&models::EmptyInput::default(), None).await.unwrap();
}

#[tokio::test]
async fn get_empty() {
    let output = client().get_empty(None).await.unwrap();
    assert_eq!(serde_json::to_value(&output).unwrap(), serde_json::json!({}));
}

#[tokio::test]
async fn post_round_trip_empty() {
    let output = client().post_round_trip_empty(&models::EmptyInputOutput::default(), None).await.unwrap();
    assert_eq!(serde_json::to_value(&output).unwrap(), serde_json::json!({}));
}
