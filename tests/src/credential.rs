//! [`FakeCredential`]: a `TokenCredential` that hands out a fixed token.

use azure_core::{
    credentials::{AccessToken, TokenCredential, TokenRequestOptions},
    time::{Duration, OffsetDateTime},
};
use std::sync::{Arc, Mutex};

/// The token a [`FakeCredential::new`] credential returns; servers see
/// `Authorization: Bearer test-token`.
pub const FAKE_TOKEN: &str = "test-token";

/// A [`TokenCredential`] returning a fixed token that expires an hour after
/// each request, and recording every scope it was asked for.
#[derive(Debug)]
pub struct FakeCredential {
    token: String,
    scopes: Mutex<Vec<String>>,
    calls: Mutex<usize>,
}

impl FakeCredential {
    /// A credential returning [`FAKE_TOKEN`].
    pub fn new() -> Arc<Self> {
        Self::with_token(FAKE_TOKEN)
    }

    /// A credential returning `token`.
    pub fn with_token(token: impl Into<String>) -> Arc<Self> {
        Arc::new(FakeCredential {
            token: token.into(),
            scopes: Mutex::new(Vec::new()),
            calls: Mutex::new(0),
        })
    }

    /// Every scope passed to `get_token` so far, in call order (duplicates kept).
    pub fn scopes_requested(&self) -> Vec<String> {
        self.scopes.lock().unwrap().clone()
    }

    /// How many times `get_token` was called.
    pub fn token_requests(&self) -> usize {
        *self.calls.lock().unwrap()
    }
}

#[async_trait::async_trait]
impl TokenCredential for FakeCredential {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        *self.calls.lock().unwrap() += 1;
        self.scopes
            .lock()
            .unwrap()
            .extend(scopes.iter().map(|s| s.to_string()));
        Ok(AccessToken::new(
            self.token.clone(),
            OffsetDateTime::now_utc() + Duration::hours(1),
        ))
    }
}
