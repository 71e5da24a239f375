//! `azure/client/structure/default`: everything as TypeSpec declares it. The `@client` and `@operationGroup`
//! customizations live in `client.tsp`, which OpenAPI does not carry: every structure folder
//! compiles to the same spec, so the generated client has the service's own shape (root
//! operations, `Foo`/`Bar`/`Qux` groups) and the `{client}` host parameter picks the scenario.

use crate::common::{client_options, endpoint};
use spector_clients::azure_client_structure_default::{
    AzureClientStructureDefaultClient as Client, AzureClientStructureDefaultClientOptions as ClientOptions,
};

fn client() -> Client {
    let client = Client::new(&endpoint(), "default", Some(ClientOptions { client_options: client_options() })).unwrap();
    assert_eq!(client.endpoint(), format!("{}/client/structure/default", endpoint()));
    client
}

#[tokio::test]
async fn service() {
    let client = client();
    let () = client.one(None).await.unwrap();
    let () = client.two(None).await.unwrap();
    let () = client.get_foo_client().three(None).await.unwrap();
    let () = client.get_foo_client().four(None).await.unwrap();
    let () = client.get_bar_client().five(None).await.unwrap();
    let () = client.get_bar_client().six(None).await.unwrap();
    let () = client.get_foo_client().seven(None).await.unwrap();
    let () = client.get_qux_client().eight(None).await.unwrap();
    let () = client.get_bar_client().nine(None).await.unwrap();
}
