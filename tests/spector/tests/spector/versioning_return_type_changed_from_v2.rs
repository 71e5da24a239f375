//! `versioning/return-type-changed-from`, latest version (v2): a string body and result.

use crate::common::{client_options, endpoint};
use spector_clients::versioning_return_type_changed_from_v2::{
    VersioningReturnTypeChangedFromV2Client, VersioningReturnTypeChangedFromV2ClientOptions,
};

#[tokio::test]
async fn test() {
    let options =
        VersioningReturnTypeChangedFromV2ClientOptions { client_options: client_options(), ..Default::default() };
    let client = VersioningReturnTypeChangedFromV2Client::new(&endpoint(), Some(options)).unwrap();
    let output = client.test(&"test".to_owned(), None).await.unwrap();
    assert_eq!(output, "test");
}
