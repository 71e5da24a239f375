//! `versioning/made-optional`, latest version (v2): a property that became optional.

use crate::common::{client_options, endpoint};
use spector_clients::versioning_made_optional_v2::{
    models, VersioningMadeOptionalV2Client, VersioningMadeOptionalV2ClientOptions,
};

#[tokio::test]
async fn test() {
    let options = VersioningMadeOptionalV2ClientOptions { client_options: client_options(), ..Default::default() };
    assert_eq!(options.version, "v2");
    let client = VersioningMadeOptionalV2Client::new(&endpoint(), Some(options)).unwrap();
    let body = models::TestModel { prop: "foo".into(), ..Default::default() };
    let output = client.test(&body, None).await.unwrap();
    assert_eq!(output.prop, "foo");
    assert_eq!(output.changed_prop, None);
}
