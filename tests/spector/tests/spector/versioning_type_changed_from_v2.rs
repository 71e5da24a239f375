//! `versioning/type-changed-from`, latest version (v2): a query parameter and a property
//! whose types changed.

use crate::common::{client_options, endpoint};
use spector_clients::versioning_type_changed_from_v2::{
    models, VersioningTypeChangedFromV2Client, VersioningTypeChangedFromV2ClientOptions,
};

#[tokio::test]
async fn test() {
    let options = VersioningTypeChangedFromV2ClientOptions { client_options: client_options(), ..Default::default() };
    let client = VersioningTypeChangedFromV2Client::new(&endpoint(), Some(options)).unwrap();
    let body = models::TestModel { prop: "foo".into(), changed_prop: "bar".into(), ..Default::default() };
    let output = client.test("baz", &body, None).await.unwrap();
    assert_eq!(output, body);
}
