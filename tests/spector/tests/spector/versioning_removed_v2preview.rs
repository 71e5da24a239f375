//! `versioning/removed`, version v2preview: `modelV3` without `enumProp`.

use crate::common::{client_options, endpoint};
use spector_clients::versioning_removed_v2preview::{
    models, VersioningRemovedV2previewClient, VersioningRemovedV2previewClientOptions,
};

#[tokio::test]
async fn model_v3_v2preview() {
    let options = VersioningRemovedV2previewClientOptions { client_options: client_options(), ..Default::default() };
    assert_eq!(options.version, "v2preview");
    let client = VersioningRemovedV2previewClient::new(&endpoint(), Some(options)).unwrap();
    let body = models::ModelV3 { id: "123".into(), ..Default::default() };
    let output = client.model_v3(&body, None).await.unwrap();
    assert_eq!(output.id, "123");
    assert!(output.additional_properties.is_empty());
}
