//! `parameters/query`: a constant query parameter and one named `$filter`.

use crate::common::{client_options, endpoint};
use spector_clients::parameters_query::{ParametersQueryClient, ParametersQueryClientOptions};

fn client() -> ParametersQueryClient {
    let options = ParametersQueryClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    ParametersQueryClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn constant_post() {
    client().get_constant_client().post(None).await.unwrap();
}

#[tokio::test]
async fn special_char_dollar_sign() {
    client().get_special_char_client().dollar_sign("status eq 'active'", None).await.unwrap();
}
