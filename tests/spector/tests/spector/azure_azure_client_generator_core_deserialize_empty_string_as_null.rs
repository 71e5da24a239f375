//! `azure/client-generator-core/deserialize-empty-string-as-null`: the service sends
//! `"sampleUrl": ""`. The Swagger only says `format: uri` (the decorator is not in it), so the
//! client keeps the empty string as it was sent.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_deserialize_empty_string_as_null::{
    AzureAzureClientGeneratorCoreDeserializeEmptyStringAsNullClient as Client,
    AzureAzureClientGeneratorCoreDeserializeEmptyStringAsNullClientOptions as ClientOptions,
};

#[tokio::test]
async fn get() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = Client::new(Some(options)).unwrap();
    let model = client.get(None).await.unwrap();
    assert_eq!(model.sample_url, "");
    assert!(model.additional_properties.is_empty());
}
