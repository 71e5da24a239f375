//! `type/enum/fixed`: a closed string enum; the service refuses a value it does not list.

use crate::common::{client_options, endpoint};
use spector_clients::runtime::Error;
use spector_clients::type_enum_fixed::{models::DaysOfWeekEnum, TypeEnumFixedClient, TypeEnumFixedClientOptions};

fn client() -> TypeEnumFixedClient {
    let options = TypeEnumFixedClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeEnumFixedClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn string_get_known_value() {
    assert_eq!(client().get_string_client().get_known_value(None).await.unwrap(), DaysOfWeekEnum::Monday);
}

#[tokio::test]
async fn string_put_known_value() {
    client().get_string_client().put_known_value(&DaysOfWeekEnum::Monday, None).await.unwrap();
}

#[tokio::test]
async fn string_put_unknown_value() {
    let error = client().get_string_client().put_unknown_value(&DaysOfWeekEnum::from("Weekend"), None).await.unwrap_err();
    match error {
        Error::Service(error) => assert_eq!(u16::from(error.status), 500),
        other => panic!("expected the service to refuse the value, got {other:?}"),
    }
}
