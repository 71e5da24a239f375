//! `versioning/removed`, latest version (v2).

use crate::common::{client_options, endpoint};
use spector_clients::versioning_removed_v2::{models, VersioningRemovedV2Client, VersioningRemovedV2ClientOptions};

#[tokio::test]
async fn model_v3_v2() {
    let options = VersioningRemovedV2ClientOptions { client_options: client_options(), ..Default::default() };
    assert_eq!(options.version, "v2");
    let client = VersioningRemovedV2Client::new(&endpoint(), Some(options)).unwrap();
    let body = models::ModelV3 {
        id: "123".into(),
        enum_prop: models::EnumV3::EnumMemberV1,
        additional_properties: Default::default(),
    };
    let output = client.model_v3(&body, None).await.unwrap();
    assert_eq!(output.id, "123");
    assert_eq!(output.enum_prop, models::EnumV3::EnumMemberV1);
}

#[tokio::test]
async fn v2() {
    let options = VersioningRemovedV2ClientOptions { client_options: client_options(), ..Default::default() };
    let client = VersioningRemovedV2Client::new(&endpoint(), Some(options)).unwrap();
    let body = models::ModelV2 {
        prop: "foo".into(),
        enum_prop: models::EnumV2::EnumMemberV2,
        union_prop: models::UnionV2::String("bar".into()),
        additional_properties: Default::default(),
    };
    let output = client.v2(&body, None).await.unwrap();
    assert_eq!(output, body);
    assert_eq!(output.enum_prop.as_str(), "enumMemberV2");
}
