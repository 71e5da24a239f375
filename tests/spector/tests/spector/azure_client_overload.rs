//! `azure/client/overload`: two operations that C# overloads; here two methods.

use crate::common::{client_options, endpoint};
use spector_clients::azure_client_overload::{AzureClientOverloadClient as Client, AzureClientOverloadClientOptions as ClientOptions};

fn client() -> Client {
    Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap()
}

#[tokio::test]
async fn list() {
    let resources = client().list(None).await.unwrap();
    let seen: Vec<(&str, &str, &str)> =
        resources.iter().map(|r| (r.id.as_str(), r.name.as_str(), r.scope.as_str())).collect();
    assert_eq!(seen, [("1", "foo", "car"), ("2", "bar", "bike")]);
}

#[tokio::test]
async fn list_by_scope() {
    let resources = client().list_by_scope("car", None).await.unwrap();
    assert_eq!(resources.len(), 1);
    assert_eq!((resources[0].id.as_str(), resources[0].name.as_str(), resources[0].scope.as_str()), ("1", "foo", "car"));
}
