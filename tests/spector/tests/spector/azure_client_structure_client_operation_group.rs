//! `azure/client/structure/client-operation-group`: two clients, each with operation groups. The `@client` and `@operationGroup`
//! customizations live in `client.tsp`, which OpenAPI does not carry: every structure folder
//! compiles to the same spec, so the generated client has the service's own shape (root
//! operations, `Foo`/`Bar`/`Qux` groups) and the `{client}` host parameter picks the scenario.

use crate::common::{client_options, endpoint};
use spector_clients::azure_client_structure_client_operation_group::{
    AzureClientStructureClientOperationGroupClient as Client,
    AzureClientStructureClientOperationGroupClientOptions as ClientOptions,
};

fn client() -> Client {
    let client =
        Client::new(&endpoint(), "client-operation-group", Some(ClientOptions { client_options: client_options() }))
            .unwrap();
    assert_eq!(client.endpoint(), format!("{}/client/structure/client-operation-group", endpoint()));
    client
}

#[tokio::test]
async fn client_operation_group() {
    let client = client();
    let () = client.one(None).await.unwrap();
    let () = client.two(None).await.unwrap();
    let () = client.get_foo_client().three(None).await.unwrap();
    let () = client.get_foo_client().four(None).await.unwrap();
}

#[tokio::test]
async fn another_client_operation_group() {
    let client = client();
    let () = client.get_bar_client().five(None).await.unwrap();
    let () = client.get_bar_client().six(None).await.unwrap();
}
