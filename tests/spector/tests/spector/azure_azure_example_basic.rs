//! `azure/example/basic`: an action with query, header and a body of nested models.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_example_basic_2022_12_01_preview::{
    models, AzureAzureExampleBasic20221201PreviewClient as Client,
    AzureAzureExampleBasic20221201PreviewClientOptions as ClientOptions,
};

#[tokio::test]
async fn basic() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()), ..Default::default() };
    let client = Client::new(Some(options)).unwrap();
    let body = models::ActionRequest {
        string_property: "text".into(),
        model_property: Some(models::Model {
            int32_property: Some(1),
            float32_property: Some(1.5),
            enum_property: Some(models::Enum::EnumValue1),
            ..Default::default()
        }),
        array_property: Some(vec!["item".into()]),
        record_property: Some([("record".to_owned(), "value".to_owned())].into()),
        ..Default::default()
    };
    let response = client.get_service_operation_group_client().basic("query", "header", &body, None).await.unwrap();
    assert_eq!(response.string_property, "text");
    assert!(response.model_property.is_none());
}
