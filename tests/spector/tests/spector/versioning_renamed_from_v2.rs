//! `versioning/renamed-from`, latest version (v2): renamed operation, interface, model,
//! property, enum member and query parameter.

use crate::common::{client_options, endpoint};
use spector_clients::versioning_renamed_from_v2::{
    models, VersioningRenamedFromV2Client, VersioningRenamedFromV2ClientOptions,
};

fn client() -> VersioningRenamedFromV2Client {
    let options = VersioningRenamedFromV2ClientOptions { client_options: client_options(), ..Default::default() };
    assert_eq!(options.version, "v2");
    VersioningRenamedFromV2Client::new(&endpoint(), Some(options)).unwrap()
}

fn model() -> models::NewModel {
    models::NewModel {
        new_prop: "foo".into(),
        enum_prop: models::NewEnum::NewEnumMember,
        union_prop: models::NewUnion::NewScalar(10),
        additional_properties: Default::default(),
    }
}

#[tokio::test]
async fn new_op() {
    let output = client().new_op("bar", &model(), None).await.unwrap();
    assert_eq!(output, model());
}

#[tokio::test]
async fn new_interface() {
    let output = client().get_new_interface_client().new_op_in_new_interface(&model(), None).await.unwrap();
    assert_eq!(output, model());
}
