//! `parameters/body-optionality`: required bodies, and an optional body sent or left out
//! (no `Content-Type` then).

use crate::common::{client_options, endpoint};
use spector_clients::parameters_body_optionality::{
    models, OptionalExplicitClientOmitOptions, OptionalExplicitClientSetOptions, ParametersBodyOptionalityClient,
    ParametersBodyOptionalityClientOptions,
};

fn client() -> ParametersBodyOptionalityClient {
    let options = ParametersBodyOptionalityClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    ParametersBodyOptionalityClient::new(Some(options)).unwrap()
}

fn foo() -> models::BodyModel {
    models::BodyModel { name: "foo".into(), ..Default::default() }
}

#[tokio::test]
async fn required_explicit() {
    client().required_explicit(&foo(), None).await.unwrap();
}

#[tokio::test]
async fn required_implicit() {
    client().required_implicit(&foo(), None).await.unwrap();
}

#[tokio::test]
async fn optional_explicit() {
    let set = OptionalExplicitClientSetOptions { body: Some(foo()), ..Default::default() };
    client().get_optional_explicit_client().set(Some(set)).await.unwrap();
    let omit = OptionalExplicitClientOmitOptions::default();
    assert!(omit.body.is_none());
    client().get_optional_explicit_client().omit(Some(omit)).await.unwrap();
}
