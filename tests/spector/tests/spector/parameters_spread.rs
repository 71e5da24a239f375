//! `parameters/spread`: spread models and aliases, with path and header parameters next to
//! the body.

use crate::common::{client_options, endpoint};
use spector_clients::parameters_spread::{models, ParametersSpreadClient, ParametersSpreadClientOptions};

fn client() -> ParametersSpreadClient {
    let options = ParametersSpreadClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    ParametersSpreadClient::new(Some(options)).unwrap()
}

fn foo() -> models::BodyParameter {
    models::BodyParameter { name: "foo".into(), ..Default::default() }
}

#[tokio::test]
async fn model_spread_as_request_body() {
    client().get_model_client().spread_as_request_body(&foo(), None).await.unwrap();
}

#[tokio::test]
async fn model_spread_composite_request_only_with_body() {
    client().get_model_client().spread_composite_request_only_with_body(&foo(), None).await.unwrap();
}

#[tokio::test]
async fn model_spread_composite_request_without_body() {
    client().get_model_client().spread_composite_request_without_body("foo", "bar", None).await.unwrap();
}

#[tokio::test]
async fn model_spread_composite_request() {
    client().get_model_client().spread_composite_request("foo", "bar", &foo(), None).await.unwrap();
}

#[tokio::test]
async fn model_spread_composite_request_mix() {
    let body = models::CompositeRequestMix { prop: "foo".into(), ..Default::default() };
    client().get_model_client().spread_composite_request_mix("foo", "bar", &body, None).await.unwrap();
}

#[tokio::test]
async fn alias_spread_as_request_body() {
    let body = models::AliasSpreadAsRequestBodyRequest { name: "foo".into(), ..Default::default() };
    client().get_alias_client().spread_as_request_body(&body, None).await.unwrap();
}

#[tokio::test]
async fn alias_spread_as_request_parameter() {
    let body = models::AliasSpreadAsRequestParameterRequest { name: "foo".into(), ..Default::default() };
    client().get_alias_client().spread_as_request_parameter("1", "bar", &body, None).await.unwrap();
}

#[tokio::test]
async fn alias_spread_with_multiple_parameters() {
    let body = models::AliasSpreadWithMultipleParametersRequest {
        required_string: "foo".into(),
        optional_int: Some(1),
        required_int_list: vec![1, 2],
        optional_string_list: Some(vec!["foo".into(), "bar".into()]),
        ..Default::default()
    };
    client().get_alias_client().spread_with_multiple_parameters("1", "bar", &body, None).await.unwrap();
}

#[tokio::test]
async fn alias_spread_parameter_with_inner_model() {
    let body = models::InnerModel { name: "foo".into(), ..Default::default() };
    client().get_alias_client().spread_parameter_with_inner_model("1", "bar", &body, None).await.unwrap();
}

#[tokio::test]
async fn alias_spread_parameter_with_inner_alias() {
    let body = models::AliasSpreadParameterWithInnerAliasRequest { name: "foo".into(), age: 1, ..Default::default() };
    client().get_alias_client().spread_parameter_with_inner_alias("1", "bar", &body, None).await.unwrap();
}
