//! `azure/versioning/previewVersion`: one client per api-version file; the preview one has the
//! preview-only operation and field.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_versioning_preview_version_2024_06_01 as stable;
use spector_clients::azure_azure_versioning_preview_version_2024_12_01_preview as preview;

fn preview_client() -> preview::AzureAzureVersioningPreviewVersion20241201PreviewClient {
    let options = preview::AzureAzureVersioningPreviewVersion20241201PreviewClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
        ..Default::default()
    };
    preview::AzureAzureVersioningPreviewVersion20241201PreviewClient::new(Some(options)).unwrap()
}

#[tokio::test]
async fn get_widget() {
    let widget = preview_client().get_widget("widget-123", None).await.unwrap();
    assert_eq!((widget.id.as_str(), widget.name.as_str()), ("widget-123", "Sample Widget"));
    assert_eq!(widget.color.as_deref(), Some("blue"));
}

#[tokio::test]
async fn list_widgets() {
    let options = stable::AzureAzureVersioningPreviewVersion20240601ClientOptions {
        client_options: client_options(),
        endpoint: Some(endpoint()),
        ..Default::default()
    };
    assert_eq!(options.api_version, "2024-06-01");
    let client = stable::AzureAzureVersioningPreviewVersion20240601Client::new(Some(options)).unwrap();
    let list_options = stable::AzureAzureVersioningPreviewVersion20240601ClientListWidgetsOptions {
        name: Some("test".into()),
        ..Default::default()
    };
    let list = client.list_widgets(Some(list_options)).await.unwrap();
    assert_eq!(list.widgets.len(), 1);
    assert_eq!((list.widgets[0].id.as_str(), list.widgets[0].name.as_str()), ("widget-1", "test"));
}

#[tokio::test]
async fn update_widget_color() {
    let body = preview::models::UpdateWidgetColorRequest { color: Some("red".into()), ..Default::default() };
    let widget = preview_client().update_widget_color("widget-123", &body, None).await.unwrap();
    assert_eq!((widget.id.as_str(), widget.name.as_str()), ("widget-123", "Sample Widget"));
    assert_eq!(widget.color.as_deref(), Some("red"));
}
