//! `azure/core/lro/rpc`: a long-running RPC whose result is in its status monitor.

use crate::common::{client_options, endpoint};
use azure_core::http::poller::PollerOptions;
use spector_clients::azure_azure_core_lro_rpc_2022_12_01_preview::{
    models, AzureAzureCoreLroRpc20221201PreviewClient as Client,
    AzureAzureCoreLroRpc20221201PreviewClientLongRunningRpcOptions as RpcOptions,
    AzureAzureCoreLroRpc20221201PreviewClientOptions as ClientOptions,
};

#[tokio::test]
async fn long_running_rpc() {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()), ..Default::default() };
    let client = Client::new(Some(options)).unwrap();
    let body = models::GenerationOptions { prompt: "text".into(), ..Default::default() };
    let frequency = azure_core::time::Duration::seconds(1);
    let options = RpcOptions { method_options: PollerOptions { frequency, ..Default::default() }, ..Default::default() };
    let result: models::GenerationResult = client.long_running_rpc(&body, Some(options)).await.unwrap();
    assert_eq!(result.data, "text data");
}
