//! `versioning/added`, latest version (v2): the `{version}` of the base URL defaults to the
//! document's version.

use crate::common::{client_options, endpoint};
use spector_clients::versioning_added_v2::{models, VersioningAddedV2Client, VersioningAddedV2ClientOptions};

fn client() -> VersioningAddedV2Client {
    let options = VersioningAddedV2ClientOptions { client_options: client_options(), ..Default::default() };
    assert_eq!(options.version, "v2");
    VersioningAddedV2Client::new(&endpoint(), Some(options)).unwrap()
}

#[tokio::test]
async fn v1() {
    let body = models::ModelV1 {
        prop: "foo".into(),
        enum_prop: models::EnumV1::EnumMemberV2,
        union_prop: models::UnionV1::V2Scalar(10),
        additional_properties: Default::default(),
    };
    let output = client().v1("bar", &body, None).await.unwrap();
    assert_eq!(output, body);
}

fn model_v2() -> models::ModelV2 {
    models::ModelV2 {
        prop: "foo".into(),
        enum_prop: models::EnumV2::EnumMember,
        union_prop: models::UnionV2::String("bar".into()),
        additional_properties: Default::default(),
    }
}

#[tokio::test]
async fn v2() {
    let output = client().v2(&model_v2(), None).await.unwrap();
    assert_eq!(output, model_v2());
    assert_eq!(output.enum_prop.as_str(), "enumMember");
}

#[tokio::test]
async fn interface_v2() {
    let output = client().get_interface_v2_client().v2_in_interface(&model_v2(), None).await.unwrap();
    assert_eq!(output, model_v2());
    assert!(matches!(&output.union_prop, models::UnionV2::String(text) if text == "bar"));
}
