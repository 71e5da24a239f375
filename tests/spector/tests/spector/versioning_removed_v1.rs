//! `versioning/removed`, version v1: `modelV3` with the v1 model.

use crate::common::{client_options, endpoint};
use spector_clients::versioning_removed_v1::{models, VersioningRemovedV1Client, VersioningRemovedV1ClientOptions};

#[tokio::test]
async fn model_v3() {
    let options = VersioningRemovedV1ClientOptions { client_options: client_options(), ..Default::default() };
    assert_eq!(options.version, "v1");
    let client = VersioningRemovedV1Client::new(&endpoint(), Some(options)).unwrap();
    let body = models::ModelV3 {
        id: "123".into(),
        enum_prop: models::EnumV3::EnumMemberV1,
        additional_properties: Default::default(),
    };
    let output = client.model_v3(&body, None).await.unwrap();
    assert_eq!(output.id, "123");
    assert_eq!(output.enum_prop, models::EnumV3::EnumMemberV1);
}
