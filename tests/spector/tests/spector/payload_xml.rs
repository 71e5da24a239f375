//! `payload/xml`: models as XML bodies: renamed elements, attributes, wrapped and unwrapped
//! arrays, namespaces, text content, dictionaries, dates and an XML error body.

use crate::common::{client_options, endpoint};
use spector_clients::payload_xml::{models, PayloadXmlClient, PayloadXmlClientOptions};
use spector_clients::runtime::Error;
use std::collections::BTreeMap;

fn client() -> PayloadXmlClient {
    let options = PayloadXmlClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    PayloadXmlClient::new(Some(options)).unwrap()
}

fn simple(name: &str, age: i32) -> models::SimpleModel {
    models::SimpleModel { name: name.into(), age, ..Default::default() }
}

fn two_simple() -> Vec<models::SimpleModel> {
    vec![simple("foo", 123), simple("bar", 456)]
}

fn names(items: &[models::SimpleModel]) -> Vec<(&str, i32)> {
    items.iter().map(|m| (m.name.as_str(), m.age)).collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn simple_model_value_get() {
    let model = client().get_simple_model_value_client().get(None).await.unwrap();
    assert_eq!((model.name.as_str(), model.age), ("foo", 123));
}

#[tokio::test]
async fn simple_model_value_put() {
    client().get_simple_model_value_client().put(&simple("foo", 123), None).await.unwrap();
}

fn renamed_property() -> models::ModelWithRenamedProperty {
    models::ModelWithRenamedProperty { title: "foo".into(), author: "bar".into(), ..Default::default() }
}

#[tokio::test]
async fn model_with_renamed_property_value_get() {
    let model = client().get_model_with_renamed_property_value_client().get(None).await.unwrap();
    assert_eq!((model.title.as_str(), model.author.as_str()), ("foo", "bar"));
}

#[tokio::test]
async fn model_with_renamed_property_value_put() {
    client().get_model_with_renamed_property_value_client().put(&renamed_property(), None).await.unwrap();
}

#[tokio::test]
async fn model_with_renamed_fields_value_get() {
    let model = client().get_model_with_renamed_fields_value_client().get(None).await.unwrap();
    assert_eq!((model.input_data.name.as_str(), model.input_data.age), ("foo", 123));
    assert_eq!((model.output_data.name.as_str(), model.output_data.age), ("bar", 456));
}

#[tokio::test]
async fn model_with_renamed_fields_value_put() {
    let model = models::ModelWithRenamedFields {
        input_data: simple("foo", 123),
        output_data: simple("bar", 456),
        additional_properties: BTreeMap::new(),
    };
    client().get_model_with_renamed_fields_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_nested_model_value_get() {
    let model = client().get_model_with_nested_model_value_client().get(None).await.unwrap();
    assert_eq!((model.nested.name.as_str(), model.nested.age), ("foo", 123));
}

#[tokio::test]
async fn model_with_nested_model_value_put() {
    let model = models::ModelWithNestedModel { nested: simple("foo", 123), additional_properties: BTreeMap::new() };
    client().get_model_with_nested_model_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_renamed_nested_model_value_get() {
    let model = client().get_model_with_renamed_nested_model_value_client().get(None).await.unwrap();
    assert_eq!(model.author.name, "foo");
}

#[tokio::test]
async fn model_with_renamed_nested_model_value_put() {
    let model = models::ModelWithRenamedNestedModel {
        author: models::Author { name: "foo".into(), ..Default::default() },
        additional_properties: BTreeMap::new(),
    };
    client().get_model_with_renamed_nested_model_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_simple_arrays_value_get() {
    let model = client().get_model_with_simple_arrays_value_client().get(None).await.unwrap();
    assert_eq!(model.colors, strings(&["red", "green", "blue"]));
    assert_eq!(model.counts, vec![1, 2]);
}

#[tokio::test]
async fn model_with_simple_arrays_value_put() {
    let model = models::ModelWithSimpleArrays {
        colors: strings(&["red", "green", "blue"]),
        counts: vec![1, 2],
        ..Default::default()
    };
    client().get_model_with_simple_arrays_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_unwrapped_array_value_get() {
    let model = client().get_model_with_unwrapped_array_value_client().get(None).await.unwrap();
    assert_eq!(model.colors, strings(&["red", "green", "blue"]));
    assert_eq!(model.counts, vec![1, 2]);
}

#[tokio::test]
async fn model_with_unwrapped_array_value_put() {
    let model = models::ModelWithUnwrappedArray {
        colors: strings(&["red", "green", "blue"]),
        counts: vec![1, 2],
        ..Default::default()
    };
    client().get_model_with_unwrapped_array_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_renamed_arrays_value_get() {
    let model = client().get_model_with_renamed_arrays_value_client().get(None).await.unwrap();
    assert_eq!(model.colors, strings(&["red", "green", "blue"]));
    assert_eq!(model.counts, vec![1, 2]);
}

#[tokio::test]
async fn model_with_renamed_arrays_value_put() {
    let model = models::ModelWithRenamedArrays {
        colors: strings(&["red", "green", "blue"]),
        counts: vec![1, 2],
        ..Default::default()
    };
    client().get_model_with_renamed_arrays_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_wrapped_primitive_custom_item_names_value_get() {
    let model = client().get_model_with_wrapped_primitive_custom_item_names_value_client().get(None).await.unwrap();
    assert_eq!(model.tags, strings(&["fiction", "classic"]));
}

#[tokio::test]
async fn model_with_wrapped_primitive_custom_item_names_value_put() {
    let model = models::ModelWithWrappedPrimitiveCustomItemNames { tags: strings(&["fiction", "classic"]), ..Default::default() };
    client().get_model_with_wrapped_primitive_custom_item_names_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_array_of_model_value_get() {
    let model = client().get_model_with_array_of_model_value_client().get(None).await.unwrap();
    assert_eq!(names(&model.items), vec![("foo", 123), ("bar", 456)]);
}

#[tokio::test]
async fn model_with_array_of_model_value_put() {
    let model = models::ModelWithArrayOfModel { items: two_simple(), ..Default::default() };
    client().get_model_with_array_of_model_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_unwrapped_model_array_value_get() {
    let model = client().get_model_with_unwrapped_model_array_value_client().get(None).await.unwrap();
    assert_eq!(names(&model.items), vec![("foo", 123), ("bar", 456)]);
}

#[tokio::test]
async fn model_with_unwrapped_model_array_value_put() {
    let model = models::ModelWithUnwrappedModelArray { items: two_simple(), ..Default::default() };
    client().get_model_with_unwrapped_model_array_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_renamed_wrapped_model_array_value_get() {
    let model = client().get_model_with_renamed_wrapped_model_array_value_client().get(None).await.unwrap();
    assert_eq!(names(&model.items), vec![("foo", 123), ("bar", 456)]);
}

#[tokio::test]
async fn model_with_renamed_wrapped_model_array_value_put() {
    let model = models::ModelWithRenamedWrappedModelArray { items: two_simple(), ..Default::default() };
    client().get_model_with_renamed_wrapped_model_array_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_renamed_unwrapped_model_array_value_get() {
    let model = client().get_model_with_renamed_unwrapped_model_array_value_client().get(None).await.unwrap();
    assert_eq!(names(&model.items), vec![("foo", 123), ("bar", 456)]);
}

#[tokio::test]
async fn model_with_renamed_unwrapped_model_array_value_put() {
    let model = models::ModelWithRenamedUnwrappedModelArray { items: two_simple(), ..Default::default() };
    client().get_model_with_renamed_unwrapped_model_array_value_client().put(&model, None).await.unwrap();
}

fn books() -> Vec<models::Book> {
    ["The Great Gatsby", "Les Miserables"]
        .iter()
        .map(|title| models::Book { title: title.to_string(), ..Default::default() })
        .collect()
}

#[tokio::test]
async fn model_with_renamed_wrapped_and_item_model_array_value_get() {
    let model = client().get_model_with_renamed_wrapped_and_item_model_array_value_client().get(None).await.unwrap();
    assert_eq!(model.books, books());
}

#[tokio::test]
async fn model_with_renamed_wrapped_and_item_model_array_value_put() {
    let model = models::ModelWithRenamedWrappedAndItemModelArray { books: books(), ..Default::default() };
    client().get_model_with_renamed_wrapped_and_item_model_array_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_attributes_value_get() {
    let model = client().get_model_with_attributes_value_client().get(None).await.unwrap();
    assert_eq!((model.id1, model.id2.as_str(), model.enabled), (123, "foo", true));
}

#[tokio::test]
async fn model_with_attributes_value_put() {
    let model = models::ModelWithAttributes { id1: 123, id2: "foo".into(), enabled: true, ..Default::default() };
    client().get_model_with_attributes_value_client().put(&model, None).await.unwrap();
}

fn gatsby_attribute() -> models::ModelWithRenamedAttribute {
    models::ModelWithRenamedAttribute {
        id: 123,
        title: "The Great Gatsby".into(),
        author: "F. Scott Fitzgerald".into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn model_with_renamed_attribute_value_get() {
    let model = client().get_model_with_renamed_attribute_value_client().get(None).await.unwrap();
    assert_eq!(model, gatsby_attribute());
}

#[tokio::test]
async fn model_with_renamed_attribute_value_put() {
    client().get_model_with_renamed_attribute_value_client().put(&gatsby_attribute(), None).await.unwrap();
}

#[tokio::test]
async fn model_with_namespace_value_get() {
    let model = client().get_model_with_namespace_value_client().get(None).await.unwrap();
    assert_eq!((model.id, model.title.as_str()), (123, "The Great Gatsby"));
}

#[tokio::test]
async fn model_with_namespace_value_put() {
    let model = models::ModelWithNamespace { id: 123, title: "The Great Gatsby".into(), ..Default::default() };
    client().get_model_with_namespace_value_client().put(&model, None).await.unwrap();
}

fn namespaced() -> models::ModelWithNamespaceOnProperties {
    models::ModelWithNamespaceOnProperties {
        id: 123,
        title: "The Great Gatsby".into(),
        author: "F. Scott Fitzgerald".into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn model_with_namespace_on_properties_value_get() {
    let model = client().get_model_with_namespace_on_properties_value_client().get(None).await.unwrap();
    assert_eq!(model, namespaced());
}

#[tokio::test]
async fn model_with_namespace_on_properties_value_put() {
    client().get_model_with_namespace_on_properties_value_client().put(&namespaced(), None).await.unwrap();
}

#[tokio::test]
async fn model_with_text_value_get() {
    let model = client().get_model_with_text_value_client().get(None).await.unwrap();
    assert_eq!((model.language.as_str(), model.content.as_str()), ("foo", "This is some text."));
}

#[tokio::test]
async fn model_with_text_value_put() {
    let model = models::ModelWithText { language: "foo".into(), content: "This is some text.".into(), ..Default::default() };
    client().get_model_with_text_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_optional_field_value_get() {
    let model = client().get_model_with_optional_field_value_client().get(None).await.unwrap();
    assert_eq!((model.item.as_str(), model.value), ("widget", None));
}

#[tokio::test]
async fn model_with_optional_field_value_put() {
    let model = models::ModelWithOptionalField { item: "widget".into(), value: None, ..Default::default() };
    client().get_model_with_optional_field_value_client().put(&model, None).await.unwrap();
}

#[tokio::test]
async fn model_with_empty_array_value_get() {
    let model = client().get_model_with_empty_array_value_client().get(None).await.unwrap();
    assert!(model.items.is_empty());
}

#[tokio::test]
async fn model_with_empty_array_value_put() {
    client().get_model_with_empty_array_value_client().put(&models::ModelWithEmptyArray::default(), None).await.unwrap();
}

fn metadata() -> BTreeMap<String, String> {
    [("Color", "blue"), ("Count", "123"), ("Enabled", "false")].iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[tokio::test]
async fn model_with_dictionary_value_get() {
    let model = client().get_model_with_dictionary_value_client().get(None).await.unwrap();
    assert_eq!(model.metadata, metadata());
}

#[tokio::test]
async fn model_with_dictionary_value_put() {
    let model = models::ModelWithDictionary { metadata: metadata(), ..Default::default() };
    client().get_model_with_dictionary_value_client().put(&model, None).await.unwrap();
}

fn encoded_names() -> models::ModelWithEncodedNames {
    models::ModelWithEncodedNames {
        model_data: simple("foo", 123),
        colors: strings(&["red", "green", "blue"]),
        additional_properties: BTreeMap::new(),
    }
}

#[tokio::test]
async fn model_with_encoded_names_value_get() {
    let model = client().get_model_with_encoded_names_value_client().get(None).await.unwrap();
    assert_eq!(model, encoded_names());
}

#[tokio::test]
async fn model_with_encoded_names_value_put() {
    client().get_model_with_encoded_names_value_client().put(&encoded_names(), None).await.unwrap();
}

#[tokio::test]
async fn model_with_enum_value_get() {
    let model = client().get_model_with_enum_value_client().get(None).await.unwrap();
    assert_eq!(model.status, models::Status::Success);
}

#[tokio::test]
async fn model_with_enum_value_put() {
    let model = models::ModelWithEnum { status: models::Status::Success, additional_properties: BTreeMap::new() };
    client().get_model_with_enum_value_client().put(&model, None).await.unwrap();
}

fn datetimes() -> models::ModelWithDatetime {
    models::ModelWithDatetime {
        rfc3339: time::macros::datetime!(2022-08-26 18:38:00 UTC),
        rfc7231: time::macros::datetime!(2022-08-26 14:38:00 UTC),
        additional_properties: BTreeMap::new(),
    }
}

#[tokio::test]
async fn model_with_datetime_value_get() {
    let model = client().get_model_with_datetime_value_client().get(None).await.unwrap();
    assert_eq!(model, datetimes());
}

#[tokio::test]
async fn model_with_datetime_value_put() {
    client().get_model_with_datetime_value_client().put(&datetimes(), None).await.unwrap();
}

#[tokio::test]
async fn xml_error_value_get() {
    match client().get_xml_error_value_client().get(None).await {
        Err(Error::Service(error)) => {
            assert_eq!(u16::from(error.status), 400);
            let body = error.error.expect("the XML error body is decoded");
            assert_eq!((body.message.as_str(), body.code), ("Something went wrong", 400));
        }
        other => panic!("expected a 400 with an XML error body, got {other:?}"),
    }
}
