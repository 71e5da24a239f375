//! [`ScopeCredential`]: a token credential for the OAuth2 scenarios, whose mock server expects
//! `Authorization: Bearer <the scope>`, so the token shows which scopes the client asked for.

use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::time::{Duration, OffsetDateTime};
use std::sync::{Arc, Mutex};

/// Hands out the requested scopes (space-separated) as the token, and records each request.
#[derive(Debug, Default)]
pub struct ScopeCredential {
    requests: Mutex<Vec<Vec<String>>>,
}

impl ScopeCredential {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// The scopes of every `get_token` call so far.
    pub fn requests(&self) -> Vec<Vec<String>> {
        self.requests.lock().unwrap().clone()
    }
}

#[async_trait::async_trait]
impl TokenCredential for ScopeCredential {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        let scopes: Vec<String> = scopes.iter().map(|s| s.to_string()).collect();
        self.requests.lock().unwrap().push(scopes.clone());
        Ok(AccessToken::new(scopes.join(" "), OffsetDateTime::now_utc() + Duration::hours(1)))
    }
}
