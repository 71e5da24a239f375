//! `azure/client-generator-core/override`: `@override` reshapes the SDK method signatures
//! (order, grouping, required-ness); the wire requests are the declared ones.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_override::{
    AzureAzureClientGeneratorCoreOverrideClient as Client,
    AzureAzureClientGeneratorCoreOverrideClientOptions as ClientOptions,
    RemoveOptionalParameterClientRemoveOptionalOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn reorder_parameters_reorder() {
    // The route is /reorder/{param2}/{param1}; the Swagger keeps that order for the arguments.
    client().get_reorder_parameters_client().reorder("param2", "param1", None).await.unwrap();
}

#[tokio::test]
async fn group_parameters_group() {
    client().get_group_parameters_client().group("param1", "param2", None).await.unwrap();
}

#[tokio::test]
async fn require_optional_parameter_require_optional() {
    client().get_require_optional_parameter_client().require_optional("param1", "param2", None).await.unwrap();
}

#[tokio::test]
async fn remove_optional_parameter_remove_optional() {
    let options =
        RemoveOptionalParameterClientRemoveOptionalOptions { param2: Some("param2".to_owned()), ..Default::default() };
    client().get_remove_optional_parameter_client().remove_optional("param1", Some(options)).await.unwrap();
}
