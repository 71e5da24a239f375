//! `azure/core/model`: the `EmbeddingVector` model as body and property.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_core_model_2022_12_01_preview::{
    models, AzureAzureCoreModel20221201PreviewClient as Client,
    AzureAzureCoreModel20221201PreviewClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn azure_core_embedding_vector_get() {
    assert_eq!(client().get_azure_core_embedding_vector_client().get(None).await.unwrap(), [0, 1, 2, 3, 4]);
}

#[tokio::test]
async fn azure_core_embedding_vector_put() {
    client().get_azure_core_embedding_vector_client().put(&vec![0, 1, 2, 3, 4], None).await.unwrap();
}

#[tokio::test]
async fn azure_core_embedding_vector_post() {
    let body = models::AzureEmbeddingModel { embedding: vec![0, 1, 2, 3, 4], ..Default::default() };
    let model = client().get_azure_core_embedding_vector_client().post(&body, None).await.unwrap();
    assert_eq!(model.embedding, [5, 6, 7, 8, 9]);
}
