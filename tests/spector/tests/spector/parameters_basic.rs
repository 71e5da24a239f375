//! `parameters/basic`: explicit and implicit (spread) JSON bodies.

use crate::common::{client_options, endpoint};
use spector_clients::parameters_basic::{models, ParametersBasicClient, ParametersBasicClientOptions};

fn client() -> ParametersBasicClient {
    let options = ParametersBasicClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    ParametersBasicClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn explicit_body_simple() {
    let user = models::User { name: "foo".into(), ..Default::default() };
    client().get_explicit_body_client().simple(&user, None).await.unwrap();
}

#[tokio::test]
async fn implicit_body_simple() {
    let body = models::ImplicitBodySimpleRequest { name: "foo".into(), ..Default::default() };
    client().get_implicit_body_client().simple(&body, None).await.unwrap();
}
