//! `azure/service/multiple-services`: two services in one spec, one module per service and
//! api-version file; each client sends its own service's latest api-version by default.

use crate::common::{client_options, endpoint};
use spector_clients::azure_service_multiple_services_av2 as a;
use spector_clients::azure_service_multiple_services_bv2 as b;

fn client_a() -> a::AzureServiceMultipleServicesAv2Client {
    let options = a::AzureServiceMultipleServicesAv2ClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
        ..Default::default()
    };
    assert_eq!(options.api_version, "av2");
    a::AzureServiceMultipleServicesAv2Client::new(Some(options)).unwrap()
}

fn client_b() -> b::AzureServiceMultipleServicesBv2Client {
    let options = b::AzureServiceMultipleServicesBv2ClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
        ..Default::default()
    };
    assert_eq!(options.api_version, "bv2");
    b::AzureServiceMultipleServicesBv2Client::new(Some(options)).unwrap()
}

#[tokio::test]
async fn service_a_operations_op_a() {
    client_a().get_operations_client().op_a(None).await.unwrap();
}

#[tokio::test]
async fn service_a_sub_namespace_sub_op_a() {
    client_a().get_sub_namespace_client().sub_op_a(None).await.unwrap();
}

#[tokio::test]
async fn service_b_operations_op_b() {
    client_b().get_operations_client().op_b(None).await.unwrap();
}

#[tokio::test]
async fn service_b_sub_namespace_sub_op_b() {
    client_b().get_sub_namespace_client().sub_op_b(None).await.unwrap();
}
