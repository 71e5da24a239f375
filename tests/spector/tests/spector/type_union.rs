//! `type/union`: unions without a discriminator (strings, extensible strings, numbers, models,
//! enums, string-or-array, mixed literals and mixed types), each read back and sent.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::type_union::{models, TypeUnionClient, TypeUnionClientOptions};

fn client() -> TypeUnionClient {
    let options = TypeUnionClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    TypeUnionClient::new(Some(options)).unwrap()
}

fn cat() -> models::Cat {
    models::Cat { name: "test".to_owned(), ..Default::default() }
}

#[tokio::test]
async fn strings_only_get() {
    assert_eq!(client().get_strings_only_client().get(None).await.unwrap().prop, models::StringsOnlyGetResponseProp::B);
}

#[tokio::test]
async fn strings_only_send() {
    let body = models::StringsOnlySendRequest { prop: models::StringsOnlySendRequestProp::B, additional_properties: Default::default() };
    client().get_strings_only_client().send(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_extensible_get() {
    let prop = client().get_string_extensible_client().get(None).await.unwrap().prop;
    assert_eq!(prop, models::StringExtensibleGetResponseProp::UnknownValue("custom".to_owned()));
}

#[tokio::test]
async fn string_extensible_send() {
    let body = models::StringExtensibleSendRequest {
        prop: models::StringExtensibleSendRequestProp::from("custom"),
        additional_properties: Default::default(),
    };
    client().get_string_extensible_client().send(&body, None).await.unwrap();
}

#[tokio::test]
async fn string_extensible_named_get() {
    let prop = client().get_string_extensible_named_client().get(None).await.unwrap().prop;
    assert_eq!(prop.as_str(), "custom");
    assert_eq!(prop, models::StringExtensibleNamedUnion::UnknownValue("custom".to_owned()));
}

#[tokio::test]
async fn string_extensible_named_send() {
    let body = models::StringExtensibleNamedSendRequest {
        prop: models::StringExtensibleNamedUnion::from("custom"),
        additional_properties: Default::default(),
    };
    client().get_string_extensible_named_client().send(&body, None).await.unwrap();
}

#[tokio::test]
async fn ints_only_get() {
    assert_eq!(client().get_ints_only_client().get(None).await.unwrap().prop, 2.0);
}

#[tokio::test]
async fn ints_only_send() {
    let body = models::IntsOnlySendRequest { prop: 2.0, additional_properties: Default::default() };
    client().get_ints_only_client().send(&body, None).await.unwrap();
}

#[tokio::test]
async fn floats_only_get() {
    assert_eq!(client().get_floats_only_client().get(None).await.unwrap().prop, 2.2);
}

#[tokio::test]
async fn floats_only_send() {
    let body = models::FloatsOnlySendRequest { prop: 2.2, additional_properties: Default::default() };
    client().get_floats_only_client().send(&body, None).await.unwrap();
}

#[tokio::test]
async fn models_only_get() {
    assert_eq!(client().get_models_only_client().get(None).await.unwrap().prop, models::ModelsOnlyGetResponseProp::Cat(cat()));
}

#[tokio::test]
async fn models_only_send() {
    let body =
        models::ModelsOnlySendRequest { prop: models::ModelsOnlySendRequestProp::Cat(cat()), additional_properties: Default::default() };
    client().get_models_only_client().send(&body, None).await.unwrap();
}

fn enums() -> models::EnumsOnlyCases {
    models::EnumsOnlyCases { lr: models::EnumsOnlyCasesLr::Right, ud: models::Ud::Up, additional_properties: Default::default() }
}

#[tokio::test]
async fn enums_only_get() {
    assert_eq!(client().get_enums_only_client().get(None).await.unwrap().prop, enums());
}

#[tokio::test]
async fn enums_only_send() {
    let body = models::EnumsOnlySendRequest { prop: enums(), additional_properties: Default::default() };
    client().get_enums_only_client().send(&body, None).await.unwrap();
}

fn string_and_array() -> models::StringAndArrayCases {
    models::StringAndArrayCases {
        string: models::StringAndArrayCasesString::String("test".to_owned()),
        array: models::StringAndArrayCasesArray::StringList(vec!["test1".to_owned(), "test2".to_owned()]),
        additional_properties: Default::default(),
    }
}

#[tokio::test]
async fn string_and_array_get() {
    assert_eq!(client().get_string_and_array_client().get(None).await.unwrap().prop, string_and_array());
}

#[tokio::test]
async fn string_and_array_send() {
    let body = models::StringAndArraySendRequest { prop: string_and_array(), additional_properties: Default::default() };
    client().get_string_and_array_client().send(&body, None).await.unwrap();
}

fn mixed_literals() -> models::MixedLiteralsCases {
    models::MixedLiteralsCases {
        string_literal: models::MixedLiteralsCasesStringLiteral::String(models::MixedLiteralsCasesStringLiteralString::A),
        int_literal: models::MixedLiteralsCasesIntLiteral::Number(2.0),
        float_literal: models::MixedLiteralsCasesFloatLiteral::Number(3.3),
        boolean_literal: models::MixedLiteralsCasesBooleanLiteral::Bool(true),
        additional_properties: Default::default(),
    }
}

#[tokio::test]
async fn mixed_literals_get() {
    assert_eq!(client().get_mixed_literals_client().get(None).await.unwrap().prop, mixed_literals());
}

#[tokio::test]
async fn mixed_literals_send() {
    let body = models::MixedLiteralsSendRequest { prop: mixed_literals(), additional_properties: Default::default() };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"prop": {"stringLiteral": "a", "intLiteral": 2.0, "floatLiteral": 3.3, "booleanLiteral": true}})
    );
    client().get_mixed_literals_client().send(&body, None).await.unwrap();
}

fn mixed_types() -> models::MixedTypesCases {
    models::MixedTypesCases {
        model: models::MixedTypesCasesModel::Cat(cat()),
        literal: models::MixedTypesCasesLiteral::String(models::MixedTypesCasesLiteralString::A),
        int: models::MixedTypesCasesInt::I32(2),
        boolean: models::MixedTypesCasesBoolean::Bool(true),
        array: vec![
            models::MixedTypesCasesArrayItem::Cat(cat()),
            models::MixedTypesCasesArrayItem::String(models::MixedTypesCasesArrayItemString::A),
            models::MixedTypesCasesArrayItem::I32(2),
            models::MixedTypesCasesArrayItem::Bool(true),
        ],
        additional_properties: Default::default(),
    }
}

#[tokio::test]
async fn mixed_types_get() {
    assert_eq!(client().get_mixed_types_client().get(None).await.unwrap().prop, mixed_types());
}

#[tokio::test]
async fn mixed_types_send() {
    let body = models::MixedTypesSendRequest { prop: mixed_types(), additional_properties: Default::default() };
    client().get_mixed_types_client().send(&body, None).await.unwrap();
}
