//! `parameters/path`: a path parameter. (`optional`, `/optional{/name}`, is in
//! EXPECTED_FAILURES: both emitters drop the `/` of the expansion.)

use crate::common::{client_options, endpoint};
use spector_clients::parameters_path::{ParametersPathClient, ParametersPathClientOptions};

#[tokio::test]
async fn normal() {
    let options = ParametersPathClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = ParametersPathClient::new(Some(options)).unwrap();
    client.normal("foo", None).await.unwrap();
}
