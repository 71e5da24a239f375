//! `azure/client/naming/enum-conflict`: two enums named `Status` in two namespaces become two
//! types; each operation echoes its model back.

use crate::common::{client_options, endpoint};
use spector_clients::azure_client_naming_enum_conflict::{
    models, AzureClientNamingEnumConflictClient as Client, AzureClientNamingEnumConflictClientOptions as ClientOptions,
};

fn client() -> Client {
    Client::new(Some(ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap()
}

#[tokio::test]
async fn first_operations_first() {
    let body = models::FirstModel {
        status: models::Status::Active,
        name: "test".into(),
        additional_properties: Default::default(),
    };
    let echoed = client().get_first_operations_client().first(&body, None).await.unwrap();
    assert_eq!(echoed.status, models::Status::Active);
    assert_eq!(echoed.name, "test");
}

#[tokio::test]
async fn second_operations_second() {
    let body = models::SecondModel {
        status: models::SecondNamespaceStatus::Running,
        description: "test description".into(),
        additional_properties: Default::default(),
    };
    let echoed = client().get_second_operations_client().second(&body, None).await.unwrap();
    assert_eq!(echoed.status, models::SecondNamespaceStatus::Running);
    assert_eq!(echoed.description, "test description");
}
