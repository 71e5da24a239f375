//! `parameters/collection-format`: arrays in the query (csv, ssv, pipes, multi) and in a header.

use crate::common::{client_options, endpoint};
use spector_clients::parameters_collection_format::{
    ParametersCollectionFormatClient, ParametersCollectionFormatClientOptions,
};

fn client() -> ParametersCollectionFormatClient {
    let options = ParametersCollectionFormatClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    ParametersCollectionFormatClient::new(Some(options)).unwrap()
}

fn colors() -> Vec<String> {
    ["blue", "red", "green"].map(String::from).to_vec()
}

#[tokio::test]
async fn query_multi() {
    client().query_multi(colors(), None).await.unwrap();
}

#[tokio::test]
async fn query_csv() {
    client().query_csv(colors(), None).await.unwrap();
}

#[tokio::test]
async fn query_ssv() {
    client().query_ssv(colors(), None).await.unwrap();
}

#[tokio::test]
async fn query_pipes() {
    client().query_pipes(colors(), None).await.unwrap();
}

#[tokio::test]
async fn header_csv() {
    client().header_csv(colors(), None).await.unwrap();
}
