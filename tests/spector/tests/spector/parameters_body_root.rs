//! `parameters/body-root`: a `@bodyRoot` nested in a wrapper is just the body on the wire.

use crate::common::{client_options, endpoint};
use spector_clients::parameters_body_root::{models, ParametersBodyRootClient, ParametersBodyRootClientOptions};

#[tokio::test]
async fn nested() {
    let options = ParametersBodyRootClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = ParametersBodyRootClient::new(Some(options)).unwrap();
    let body = models::BodyRootModel {
        category: Some("widget".into()),
        link_type: Some("hard".into()),
        was_successful: Some(true),
        ..Default::default()
    };
    client.nested(&body, None).await.unwrap();
}
