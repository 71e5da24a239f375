//! `documentation`: operations and models whose docs use Markdown lists and emphasis (the
//! generated crate must stay rustdoc-clean); on the wire, plain calls.

use crate::common::{client_options, endpoint};
use spector_clients::documentation::{models, DocumentationClient, DocumentationClientOptions};

fn client() -> DocumentationClient {
    let options = DocumentationClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    DocumentationClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn lists_bullet_points_op() {
    client().get_lists_client().bullet_points_op(None).await.unwrap();
}

#[tokio::test]
async fn lists_bullet_points_model() {
    let body = models::ListsBulletPointsModelRequest {
        input: models::BulletPointsModel { prop: models::BulletPointsEnum::Simple, additional_properties: Default::default() },
        additional_properties: Default::default(),
    };
    assert_eq!(serde_json::to_value(&body).unwrap(), serde_json::json!({"input": {"prop": "Simple"}}));
    client().get_lists_client().bullet_points_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn lists_numbered() {
    client().get_lists_client().numbered(None).await.unwrap();
}

#[tokio::test]
async fn text_formatting_bold_text() {
    client().get_text_formatting_client().bold_text(None).await.unwrap();
}

#[tokio::test]
async fn text_formatting_italic_text() {
    client().get_text_formatting_client().italic_text(None).await.unwrap();
}

#[tokio::test]
async fn text_formatting_combined_formatting() {
    client().get_text_formatting_client().combined_formatting(None).await.unwrap();
}
