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
    client().get_query_client().multi(colors(), None).await.unwrap();
}

#[tokio::test]
async fn query_csv() {
    client().get_query_client().csv(colors(), None).await.unwrap();
}

#[tokio::test]
async fn query_ssv() {
    client().get_query_client().ssv(colors(), None).await.unwrap();
}

#[tokio::test]
async fn query_pipes() {
    client().get_query_client().pipes(colors(), None).await.unwrap();
}

#[tokio::test]
async fn header_csv() {
    client().get_header_client().csv(colors(), None).await.unwrap();
}
