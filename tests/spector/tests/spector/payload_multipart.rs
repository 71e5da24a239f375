//! `payload/multipart`: `multipart/form-data` bodies built with `runtime::Form`: text,
//! JSON and file parts, file names and media types, arrays of files, optional parts.

use crate::common::{client_options, endpoint};
use spector_clients::payload_multipart::{PayloadMultipartClient, PayloadMultipartClientOptions};
use spector_clients::runtime::Form;

fn client() -> PayloadMultipartClient {
    let options = PayloadMultipartClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    PayloadMultipartClient::new(Some(options)).unwrap()
}

/// An image of the Spector package, as the server compares them byte for byte.
fn asset(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../target/spector/harness/node_modules/@typespec/http-specs/assets/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn jpg() -> Vec<u8> {
    asset("image.jpg")
}

fn png() -> Vec<u8> {
    asset("image.png")
}

fn profile_image(form: Form) -> Form {
    form.file("profileImage", jpg(), Some("image.jpg"), None)
}

fn address() -> serde_json::Value {
    serde_json::json!({"city": "X"})
}

#[tokio::test]
async fn form_data_basic() {
    client().get_form_data_client().basic(&profile_image(Form::new().text("id", "123")), None).await.unwrap();
}

#[tokio::test]
async fn form_data_with_wire_name() {
    client().get_form_data_client().with_wire_name(&profile_image(Form::new().text("id", "123")), None).await.unwrap();
}

#[tokio::test]
async fn form_data_optional_parts() {
    client().get_form_data_client().optional_parts(&Form::new().text("id", "123"), None).await.unwrap();
    client().get_form_data_client().optional_parts(&profile_image(Form::new()), None).await.unwrap();
    client().get_form_data_client().optional_parts(&profile_image(Form::new().text("id", "123")), None).await.unwrap();
}

#[tokio::test]
async fn form_data_file_array_and_basic() {
    let form = profile_image(Form::new().text("id", "123").json("address", &address()).unwrap())
        .file("pictures", png(), Some("image.png"), None)
        .file("pictures", png(), Some("image.png"), None);
    client().get_form_data_client().file_array_and_basic(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_json_part() {
    let form = profile_image(Form::new().json("address", &address()).unwrap());
    client().get_form_data_client().json_part(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_binary_array_parts() {
    let form = Form::new()
        .text("id", "123")
        .file("pictures", png(), Some("image.png"), None)
        .file("pictures", png(), Some("image.png"), None);
    client().get_form_data_client().binary_array_parts(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_multi_binary_parts() {
    client().get_form_data_client().multi_binary_parts(&profile_image(Form::new()), None).await.unwrap();
    let both = profile_image(Form::new()).file("picture", png(), Some("image.png"), None);
    client().get_form_data_client().multi_binary_parts(&both, None).await.unwrap();
}

#[tokio::test]
async fn form_data_check_file_name_and_content_type() {
    let form = Form::new().text("id", "123").file("profileImage", jpg(), Some("hello.jpg"), Some("image/jpg"));
    client().get_form_data_client().check_file_name_and_content_type(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_anonymous_model() {
    client().get_form_data_client().anonymous_model(&profile_image(Form::new()), None).await.unwrap();
}

#[tokio::test]
async fn form_data_http_parts_content_type_image_jpeg_content_type() {
    let form = Form::new().file("profileImage", jpg(), Some("hello.jpg"), Some("image/jpg"));
    client().get_content_type_client().image_jpeg_content_type(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_http_parts_content_type_required_content_type() {
    client().get_content_type_client().required_content_type(&profile_image(Form::new()), None).await.unwrap();
}

#[tokio::test]
async fn form_data_http_parts_content_type_optional_content_type() {
    client().get_content_type_client().optional_content_type(&profile_image(Form::new()), None).await.unwrap();
}

#[tokio::test]
async fn form_data_http_parts_json_array_and_file_array() {
    let previous = serde_json::json!([{"city": "Y"}, {"city": "Z"}]);
    let form = profile_image(
        Form::new().text("id", "123").json("address", &address()).unwrap().json("previousAddresses", &previous).unwrap(),
    )
    .file("pictures", png(), Some("image.png"), None)
    .file("pictures", png(), Some("image.png"), None);
    client().get_http_parts_client().json_array_and_file_array(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_http_parts_non_string_float() {
    client().get_non_string_client().float(&Form::new().text("temperature", 0.5.to_string()), None).await.unwrap();
}

#[tokio::test]
async fn form_data_file_upload_file_specific_content_type() {
    let form = Form::new().file("file", png(), Some("image.png"), Some("image/png"));
    client().get_file_client().upload_file_specific_content_type(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_file_upload_file_required_filename() {
    let form = Form::new().file("file", png(), Some("image.png"), Some("image/png"));
    client().get_file_client().upload_file_required_filename(&form, None).await.unwrap();
}

#[tokio::test]
async fn form_data_file_upload_file_array() {
    let form = Form::new()
        .file("files", png(), Some("image.png"), Some("image/png"))
        .file("files", png(), Some("image.png"), Some("image/png"));
    client().get_file_client().upload_file_array(&form, None).await.unwrap();
}
