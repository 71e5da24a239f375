//! `server/path/multiple`: `{endpoint}/server/path/multiple/{apiVersion}`, the version a server
//! variable whose only value is the document's version.

use crate::common::{client_options, endpoint};
use spector_clients::server_path_multiple_v1_0::{ServerPathMultipleV10Client, ServerPathMultipleV10ClientOptions};

fn client() -> ServerPathMultipleV10Client {
    let options = ServerPathMultipleV10ClientOptions { client_options: client_options(), ..Default::default() };
    assert_eq!(options.api_version, "v1.0");
    let client = ServerPathMultipleV10Client::new(&endpoint(), Some(options)).unwrap();
    assert_eq!(client.endpoint(), format!("{}/server/path/multiple/v1.0", endpoint()));
    client
}

#[tokio::test]
async fn no_operation_params() {
    client().no_operation_params(None).await.unwrap();
}

#[tokio::test]
async fn with_operation_path_param() {
    client().with_operation_path_param("test", None).await.unwrap();
}
