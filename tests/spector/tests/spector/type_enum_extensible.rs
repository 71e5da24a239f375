//! `type/enum/extensible`: an open string enum keeps values it does not list.

use crate::common::{client_options, endpoint};
use spector_clients::type_enum_extensible::{models::DaysOfWeekExtensibleEnum, TypeEnumExtensibleClient, TypeEnumExtensibleClientOptions};

fn client() -> TypeEnumExtensibleClient {
    let options = TypeEnumExtensibleClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeEnumExtensibleClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn string_get_known_value() {
    assert_eq!(client().get_string_client().get_known_value(None).await.unwrap(), DaysOfWeekExtensibleEnum::Monday);
}

#[tokio::test]
async fn string_put_known_value() {
    client().get_string_client().put_known_value(&DaysOfWeekExtensibleEnum::Monday, None).await.unwrap();
}

#[tokio::test]
async fn string_get_unknown_value() {
    let value = client().get_string_client().get_unknown_value(None).await.unwrap();
    assert_eq!(value, DaysOfWeekExtensibleEnum::UnknownValue("Weekend".to_owned()));
    assert_eq!(value.as_str(), "Weekend");
}

#[tokio::test]
async fn string_put_unknown_value() {
    client().get_string_client().put_unknown_value(&DaysOfWeekExtensibleEnum::from("Weekend"), None).await.unwrap();
}
