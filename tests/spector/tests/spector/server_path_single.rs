//! `server/path/single`: a server URL that is one `{endpoint}` variable.

use crate::common::{client_options, endpoint};
use spector_clients::server_path_single::{ServerPathSingleClient, ServerPathSingleClientOptions};

#[tokio::test]
async fn my_op() {
    let options = ServerPathSingleClientOptions { client_options: client_options() };
    let client = ServerPathSingleClient::new(&endpoint(), Some(options)).unwrap();
    assert_eq!(client.endpoint(), endpoint());
    client.my_op(None).await.unwrap();
}
