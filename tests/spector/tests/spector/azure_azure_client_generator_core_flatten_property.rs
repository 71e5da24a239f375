//! `azure/client-generator-core/flatten-property`: `@flattenProperty` only flattens the SDK
//! surface; on the wire the nested `properties` objects stay.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_flatten_property::{
    models, AzureAzureClientGeneratorCoreFlattenPropertyClient as Client,
    AzureAzureClientGeneratorCoreFlattenPropertyClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn put_flatten_model() {
    let body = models::FlattenModel {
        name: "foo".to_owned(),
        properties: models::ChildModel { description: "bar".to_owned(), age: 10, ..Default::default() },
        additional_properties: Default::default(),
    };
    let output = client().put_flatten_model(&body, None).await.unwrap();
    assert_eq!(output.name, "test");
    assert_eq!(output.properties.description, "test");
    assert_eq!(output.properties.age, 1);
}

#[tokio::test]
async fn put_nested_flatten_model() {
    let body = models::NestedFlattenModel {
        name: "foo".to_owned(),
        properties: models::ChildFlattenModel {
            summary: "bar".to_owned(),
            properties: models::ChildModel { description: "test".to_owned(), age: 10, ..Default::default() },
            additional_properties: Default::default(),
        },
        additional_properties: Default::default(),
    };
    let output = client().put_nested_flatten_model(&body, None).await.unwrap();
    assert_eq!(output.name, "test");
    assert_eq!(output.properties.summary, "test");
    assert_eq!(output.properties.properties.description, "foo");
    assert_eq!(output.properties.properties.age, 1);
}

#[tokio::test]
async fn put_flatten_unknown_model() {
    let body = models::FlattenUnknownModel { name: "foo".to_owned(), ..Default::default() };
    let output = client().put_flatten_unknown_model(&body, None).await.unwrap();
    assert_eq!(output.name, "test");
    assert_eq!(output.properties, Some(serde_json::json!({ "key1": "value1", "key2": "value2" })));
}

#[tokio::test]
async fn put_flatten_read_only_model() {
    // `properties` is read-only: the request carries the name only.
    let body = models::Solution { name: "foo".to_owned(), ..Default::default() };
    let output = client().put_flatten_read_only_model(&body, None).await.unwrap();
    assert_eq!(output.name, "foo");
    let properties = output.properties.unwrap();
    assert_eq!(properties.solution_id.as_deref(), Some("solution1"));
    assert_eq!(properties.title.as_deref(), Some("Solution Title"));
    assert_eq!(properties.content.as_deref(), Some("Solution Content"));
}
