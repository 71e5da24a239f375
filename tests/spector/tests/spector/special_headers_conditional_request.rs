//! `special-headers/conditional-request`: `If-Match`, `If-None-Match`, `If-Modified-Since`,
//! `If-Unmodified-Since` as optional headers.

use crate::common::{client_options, endpoint};
use spector_clients::special_headers_conditional_request::{
    SpecialHeadersConditionalRequestClient as Client,
    SpecialHeadersConditionalRequestClientHeadIfModifiedSinceOptions as HeadIfModifiedSince,
    SpecialHeadersConditionalRequestClientOptions as Options,
    SpecialHeadersConditionalRequestClientPostIfMatchOptions as PostIfMatch,
    SpecialHeadersConditionalRequestClientPostIfNoneMatchOptions as PostIfNoneMatch,
    SpecialHeadersConditionalRequestClientPostIfUnmodifiedSinceOptions as PostIfUnmodifiedSince,
};

fn client() -> Client {
    Client::new(Some(Options { client_options: client_options(), endpoint: Some(endpoint()) })).unwrap()
}

/// Fri, 26 Aug 2022 14:38:00 GMT (sent as RFC 7231).
const DATE: time::OffsetDateTime = time::macros::datetime!(2022-08-26 14:38:00 UTC);

#[tokio::test]
async fn post_if_match() {
    let options = PostIfMatch { if_match: Some("\"valid\"".into()), ..Default::default() };
    client().post_if_match(Some(options)).await.unwrap();
}

#[tokio::test]
async fn post_if_none_match() {
    let options = PostIfNoneMatch { if_none_match: Some("\"invalid\"".into()), ..Default::default() };
    client().post_if_none_match(Some(options)).await.unwrap();
}

#[tokio::test]
async fn head_if_modified_since() {
    let options = HeadIfModifiedSince { if_modified_since: Some(DATE), ..Default::default() };
    client().head_if_modified_since(Some(options)).await.unwrap();
}

#[tokio::test]
async fn post_if_unmodified_since() {
    let options = PostIfUnmodifiedSince { if_unmodified_since: Some(DATE), ..Default::default() };
    client().post_if_unmodified_since(Some(options)).await.unwrap();
}
