//! `special-headers/repeatability`: the client fills in `Repeatability-Request-ID` (a UUID)
//! and `Repeatability-First-Sent` (an HTTP date) itself, and reads `Repeatability-Result`.

use crate::common::{client_options, endpoint};
use spector_clients::special_headers_repeatability::{
    models, SpecialHeadersRepeatabilityClient, SpecialHeadersRepeatabilityClientOptions,
};

#[tokio::test]
async fn immediate_success() {
    let options = SpecialHeadersRepeatabilityClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    let client = SpecialHeadersRepeatabilityClient::new(Some(options)).unwrap();
    let response = client.immediate_success(None).await.unwrap();
    assert_eq!(
        response.repeatability_result,
        Some(models::ImmediateSuccessResponseRepeatabilityResult::Accepted)
    );
}
