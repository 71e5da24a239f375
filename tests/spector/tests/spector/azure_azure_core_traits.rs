//! `azure/core/traits`: conditional request headers, client request id, repeatable actions.

use crate::common::{client_options, endpoint};
use azure_core::http::request::options::ClientRequestId;
use spector_clients::azure_azure_core_traits_2022_12_01_preview::{
    models, AzureAzureCoreTraits20221201PreviewClient as Client,
    AzureAzureCoreTraits20221201PreviewClientOptions as ClientOptions,
    AzureAzureCoreTraits20221201PreviewClientRepeatableActionOptions as RepeatableActionOptions,
    AzureAzureCoreTraits20221201PreviewClientSmokeTestOptions as SmokeTestOptions,
};
use time::macros::datetime;

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()), ..Default::default() };
    Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn smoke_test() {
    let mut options = SmokeTestOptions {
        if_match: Some("\"valid\"".into()),
        if_none_match: Some("\"invalid\"".into()),
        if_unmodified_since: Some(datetime!(2022-08-26 14:38:00 UTC)),
        if_modified_since: Some(datetime!(2021-08-26 14:38:00 UTC)),
        ..Default::default()
    };
    // The request id is azure_core's (its pipeline sets the header); this one is chosen here
    // to check that the service echoes it.
    let request_id = "86aede1f-96fa-4e7f-b1e1-bf8a947cb804";
    options.method_options.context.insert(ClientRequestId::new(request_id.to_owned()));
    let response = client().smoke_test(1, "123", Some(options)).await.unwrap();
    assert_eq!((response.body.id, response.body.name.as_deref()), (Some(1), Some("Madge")));
    assert_eq!(response.bar.as_deref(), Some("456"));
    assert_eq!(response.e_tag.as_deref(), Some("11bdc430-65e8-45ad-81d9-8ffa60d55b59"));
    assert_eq!(response.x_ms_client_request_id.as_deref(), Some(request_id));
}

#[tokio::test]
async fn repeatable_action() {
    let body = models::UserActionParam { user_action_value: "test".into(), ..Default::default() };
    let options = RepeatableActionOptions {
        repeatability_request_id: Some("86aede1f-96fa-4e7f-b1e1-bf8a947cb804".into()),
        repeatability_first_sent: Some(datetime!(2022-08-26 14:38:00 UTC)),
        ..Default::default()
    };
    let response = client().repeatable_action(1, &body, Some(options)).await.unwrap();
    assert_eq!(response.body.user_action_result, "test");
    assert_eq!(response.repeatability_result, Some(models::RepeatabilityResult::Accepted));
}
