//! `azure/core/basic`: Azure.Core resource operations (create, update, get, list, delete, actions).

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_core_basic_2022_12_01_preview::{
    models, AzureAzureCoreBasic20221201PreviewClient as Client, AzureAzureCoreBasic20221201PreviewClientListOptions,
    AzureAzureCoreBasic20221201PreviewClientOptions as ClientOptions, AzureAzureCoreBasic20221201PreviewClientCreateOrReplaceResponse as CreateOrReplaceResponse,
    AzureAzureCoreBasic20221201PreviewClientCreateOrUpdateResponse as CreateOrUpdateResponse,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()), ..Default::default() };
    Client::new(Some(options)).unwrap()
}

const ETAG: &str = "11bdc430-65e8-45ad-81d9-8ffa60d55b59";

fn madge(user: &models::User) {
    assert_eq!(user.id, Some(1));
    assert_eq!(user.name, "Madge");
    assert_eq!(user.etag.as_deref(), Some(ETAG));
}

#[tokio::test]
async fn create_or_replace() {
    let body = models::User { name: "Madge".into(), ..Default::default() };
    match client().create_or_replace(1, &body, None).await.unwrap() {
        CreateOrReplaceResponse::Ok(user) => madge(&user),
        other => panic!("expected 200, got {other:?}"),
    }
}

#[tokio::test]
async fn create_or_update() {
    let body = models::UserCreateOrUpdate { name: Some("Madge".into()), ..Default::default() };
    match client().create_or_update(1, &body, None).await.unwrap() {
        CreateOrUpdateResponse::Ok(user) => madge(&user),
        other => panic!("expected 200, got {other:?}"),
    }
}

#[tokio::test]
async fn get() {
    madge(&client().get(1, None).await.unwrap());
}

#[tokio::test]
async fn list() {
    let options = AzureAzureCoreBasic20221201PreviewClientListOptions {
        top: Some(5),
        skip: Some(10),
        orderby: Some(vec!["id".into()]),
        filter: Some("id lt 10".into()),
        select: Some(vec!["id".into(), "orders".into(), "etag".into()]),
        expand: Some(vec!["orders".into()]),
        ..Default::default()
    };
    let mut pager = client().list(Some(options));
    let page = pager.next_page().await.unwrap().unwrap();
    assert!(pager.next_page().await.is_none());
    let names: Vec<&str> = page.value.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["Madge", "John"]);
    let orders = page.value[1].orders.as_ref().unwrap();
    assert_eq!((orders[0].id, orders[0].user_id, orders[0].detail.as_str()), (Some(2), 2, "a TV"));
    assert_eq!(page.value[1].etag.as_deref(), Some("11bdc430-65e8-45ad-81d9-8ffa60d55b5a"));
}

#[tokio::test]
async fn delete() {
    client().delete(1, None).await.unwrap();
}

#[tokio::test]
async fn export() {
    madge(&client().export(1, "json", None).await.unwrap());
}

#[tokio::test]
async fn export_all_users() {
    let list = client().export_all_users("json", None).await.unwrap();
    assert_eq!(list.users.len(), 2);
    madge(&list.users[0]);
    assert_eq!((list.users[1].id, list.users[1].name.as_str()), (Some(2), "John"));
}
