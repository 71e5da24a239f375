//! `azure/service/multi-service`: two services, one module per service and api-version file;
//! each client sends its own service's api-version.

use crate::common::{client_options, endpoint};
use spector_clients::azure_service_multi_service_av2 as a;
use spector_clients::azure_service_multi_service_bv2 as b;

#[tokio::test]
async fn service_a_foo_test() {
    let options =
        a::AzureServiceMultiServiceAv2ClientOptions { client_options: client_options(), endpoint: Some(endpoint()), ..Default::default() };
    assert_eq!(options.api_version, "av2");
    a::AzureServiceMultiServiceAv2Client::new(Some(options)).unwrap().get_foo_client().test(None).await.unwrap();
}

#[tokio::test]
async fn service_b_bar_test() {
    let options =
        b::AzureServiceMultiServiceBv2ClientOptions { client_options: client_options(), endpoint: Some(endpoint()), ..Default::default() };
    assert_eq!(options.api_version, "bv2");
    b::AzureServiceMultiServiceBv2Client::new(Some(options)).unwrap().get_bar_client().test(None).await.unwrap();
}
