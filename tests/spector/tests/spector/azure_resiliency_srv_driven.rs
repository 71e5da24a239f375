//! `azure/resiliency/srv-driven`: the old client (old.tsp, `client:v1` in its base URL) calling
//! both service deployments with api-version v1, and the v2 client (main.tsp) calling the second
//! deployment with api-version v1 and v2; deployment and api-version are client parameters
//! that shape the base URL. The old client reaches the operation the service added later
//! through its pipeline (`send_request`).

use crate::common::{client_options, endpoint};
use azure_core::http::{Context, Method, Request, StatusCode};
use spector_clients::azure_resiliency_srv_driven_old_v1::{
    AzureResiliencySrvDrivenOldV1Client as OldClient,
    AzureResiliencySrvDrivenOldV1ClientFromOneOptionalOptions as OldFromOneOptional,
    AzureResiliencySrvDrivenOldV1ClientOptions as OldClientOptions,
};
use spector_clients::azure_resiliency_srv_driven_v2::{
    AzureResiliencySrvDrivenV2Client as Client, AzureResiliencySrvDrivenV2ClientFromNoneOptions as FromNone,
    AzureResiliencySrvDrivenV2ClientFromOneOptionalOptions as FromOneOptional,
    AzureResiliencySrvDrivenV2ClientFromOneRequiredOptions as FromOneRequired,
    AzureResiliencySrvDrivenV2ClientOptions as ClientOptions,
};

/// The client generated from old.tsp, calling deployment `service` with api-version v1.
fn old_client(service: &str) -> OldClient {
    let options = OldClientOptions { client_options: client_options() };
    let client = OldClient::new(&endpoint(), service, "v1", Some(options)).unwrap();
    assert!(client.endpoint().ends_with(&format!("/client:v1/service:{service}/api-version:v1")));
    client
}

fn client(api_version: &str) -> Client {
    let options = ClientOptions { client_options: client_options() };
    let client = Client::new(&endpoint(), "v2", api_version, Some(options)).unwrap();
    assert!(client.endpoint().ends_with(&format!("/service:v2/api-version:{api_version}")));
    client
}

#[tokio::test]
async fn break_the_glass() {
    let options = OldClientOptions { client_options: client_options() };
    let client = OldClient::new(&endpoint(), "v2", "v2", Some(options)).unwrap();
    let url = format!("{}/add-operation", client.endpoint()).parse().unwrap();
    let mut request = Request::new(url, Method::Delete);
    let response = client.send_request(&mut request, &Context::default()).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn add_operation() {
    client("v2").add_operation(None).await.unwrap();
}

#[tokio::test]
async fn add_optional_param_from_none() {
    for service in ["v1", "v2"] {
        old_client(service).from_none(None).await.unwrap();
    }
    client("v1").from_none(None).await.unwrap();
    let options = FromNone { new_parameter: Some("new".into()), ..Default::default() };
    client("v2").from_none(Some(options)).await.unwrap();
}

#[tokio::test]
async fn add_optional_param_from_one_optional() {
    for service in ["v1", "v2"] {
        let options = OldFromOneOptional { parameter: Some("optional".into()), ..Default::default() };
        old_client(service).from_one_optional(Some(options)).await.unwrap();
    }
    let options = FromOneOptional { parameter: Some("optional".into()), ..Default::default() };
    client("v1").from_one_optional(Some(options)).await.unwrap();
    let options =
        FromOneOptional { parameter: Some("optional".into()), new_parameter: Some("new".into()), ..Default::default() };
    client("v2").from_one_optional(Some(options)).await.unwrap();
}

#[tokio::test]
async fn add_optional_param_from_one_required() {
    for service in ["v1", "v2"] {
        old_client(service).from_one_required("required", None).await.unwrap();
    }
    client("v1").from_one_required("required", None).await.unwrap();
    let options = FromOneRequired { new_parameter: Some("new".into()), ..Default::default() };
    client("v2").from_one_required("required", Some(options)).await.unwrap();
}
