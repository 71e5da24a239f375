
// ---------------------------------------------------------------------------------------
// Long-running operations
// ---------------------------------------------------------------------------------------

/// Where a long-running operation's final result is read once it succeeded
/// (`final-state-via` in the spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalState {
    /// Not said: the original URL for PUT and PATCH, else the `Location` header, else the
    /// last status.
    Default,
    /// The status monitor at the `Operation-Location` header.
    OperationLocation,
    /// The status monitor at the `Azure-AsyncOperation` header.
    AzureAsyncOperation,
    /// The URL in the `Location` header.
    Location,
    /// The URL of the initial request.
    OriginalUri,
}

/// How a generated operation's long-running poller finds its result.
#[derive(Debug, Clone, Copy)]
pub struct LroSpec {
    /// Where the final result is read.
    pub final_state: FinalState,
    /// The status monitor's property holding the result (`result`), when it is there.
    pub result_property: Option<&'static str>,
    /// The operation ends with a result (else the poller's output is `()`).
    pub has_result: bool,
}

/// Adds the client's `api-version` to a polling or result URL that has none: services
/// return monitor URLs without it, and require it on every request.
fn with_api_version(mut url: Url, api_version: Option<&str>) -> Url {
    if let Some(version) = api_version {
        if !url.query_pairs().any(|(name, _)| name == "api-version") {
            url.query_pairs_mut().append_pair("api-version", version);
        }
    }
    url
}

/// The status of a long-running operation, as the service reported it on one poll: the
/// JSON body kept whole (the initial response, then each status monitor), its status read
/// from `status` or `properties.provisioningState`.
///
/// `T` is the operation's final result, what awaiting the [`azure_core::http::Poller`] gives.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(transparent)]
pub struct OperationStatus<T> {
    /// The body of the status response.
    pub body: serde_json::Value,
    #[serde(skip)]
    _result: std::marker::PhantomData<fn() -> T>,
}

impl<T> OperationStatus<T> {
    /// The status as the service wrote it, when the body has one.
    pub fn status_text(&self) -> Option<&str> {
        self.body
            .get("status")
            .or_else(|| self.body.pointer("/properties/provisioningState"))
            .and_then(serde_json::Value::as_str)
    }
}

impl<T> azure_core::http::poller::StatusMonitor for OperationStatus<T> {
    type Output = T;
    type Format = azure_core::http::JsonFormat;

    fn status(&self) -> azure_core::http::poller::PollerStatus {
        self.status_text().map(Into::into).unwrap_or_default()
    }
}

/// The poller a long-running operation returns: await it for the final result
/// (`.await?.into_model()?`), or use it as a stream of [`OperationStatus`] updates.
pub type Poller<T> = azure_core::http::Poller<OperationStatus<T>>;

/// Headers that carry the polling URL, in the order they are looked for.
const POLLING_HEADERS: [&str; 3] = ["operation-location", "azure-asyncoperation", "location"];

/// Starts a long-running operation: sends `request` on the first poll, then follows the
/// service's polling URL until the status is terminal, and fetches the final result as
/// `spec` says. Waits between polls as `retry-after` says, else `options.frequency`.
pub fn lro<T: Send + 'static>(
    pipeline: Pipeline,
    request: azure_core::Result<Request>,
    spec: LroSpec,
    api_version: Option<String>,
    options: azure_core::http::poller::PollerOptions<'_>,
) -> azure_core::Result<Poller<T>> {
    use azure_core::http::poller::{PollerContinuation, PollerResult, PollerState, PollerStatus};

    let request = request?;
    let original = request.url().clone();
    let method = request.method();
    let initial_location: Arc<std::sync::Mutex<Option<Url>>> = Arc::default();
    let options = options.into_owned();
    Ok(azure_core::http::Poller::new(
        move |state: PollerState, options: azure_core::http::poller::PollerOptions<'static>| {
            let pipeline = pipeline.clone();
            let mut request = request.clone();
            let original = original.clone();
            let initial_location = initial_location.clone();
            let api_version = api_version.clone();
            Box::pin(async move {
                let versioned = |url: Url| with_api_version(url, api_version.as_deref());
                let first = matches!(state, PollerState::Initial);
                if let PollerState::More(PollerContinuation::Links { next_link, .. }) = state {
                    request = Request::new(next_link, azure_core::http::Method::Get);
                    request.insert_header("accept", "application/json");
                }
                let response = send(&pipeline, &options.context, &mut request).await?;
                let status = response.status();
                if !status.is_success() {
                    return Err(http_error(response));
                }
                let (status, headers, body) = response.deconstruct();
                let body: Bytes = body.into();
                let polling = POLLING_HEADERS
                    .iter()
                    .find_map(|name| headers.get_optional_str(&(*name).into()))
                    .and_then(|link| original.join(link).ok())
                    .map(versioned);
                if first {
                    let location = headers
                        .get_optional_str(&"location".into())
                        .and_then(|l| original.join(l).ok())
                        .map(versioned);
                    *initial_location.lock().unwrap_or_else(|e| e.into_inner()) = location;
                }
                let json: serde_json::Value = if body.is_empty() {
                    serde_json::Value::Null
                } else {
                    serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null)
                };
                let monitor = OperationStatus::<T> { body: json.clone(), _result: std::marker::PhantomData };
                let current = match monitor.status_text() {
                    Some(text) => PollerStatus::from(text),
                    // No status: the first response waits only when it names a polling URL;
                    // a later one (a `Location` poll) is done unless it says 202.
                    None if first && polling.is_some() => PollerStatus::InProgress,
                    None if !first && status == StatusCode::Accepted => PollerStatus::InProgress,
                    None => PollerStatus::Succeeded,
                };
                let retry_after = azure_core::http::poller::get_retry_after(
                    &headers,
                    &[
                        "retry-after-ms".into(),
                        "x-ms-retry-after-ms".into(),
                        "retry-after".into(),
                    ],
                    &options,
                );
                let response: azure_core::http::Response<OperationStatus<T>> =
                    RawResponse::from_bytes(status, headers.clone(), body.clone()).into();
                match current {
                    PollerStatus::InProgress | PollerStatus::UnknownValue(_) => {
                        let next_link = match polling.or_else(|| (!first).then(|| request.url().clone())) {
                            Some(link) => link,
                            None => {
                                return Err(azure_core::Error::with_message(
                                    azure_core::error::ErrorKind::Other,
                                    "the long-running operation is in progress but the service gave no URL to poll",
                                ))
                            }
                        };
                        Ok(PollerResult::InProgress {
                            response,
                            retry_after,
                            continuation: PollerContinuation::Links { next_link, final_link: None },
                        })
                    }
                    PollerStatus::Succeeded => {
                        let location = initial_location.lock().unwrap_or_else(|e| e.into_inner()).clone();
                        let mut target = final_target(spec, method, original, location, json, status, headers, body);
                        if let Target::Get(url) = target {
                            target = Target::Get(versioned(url));
                        }
                        let context = options.context.clone();
                        Ok(PollerResult::Succeeded {
                            response,
                            target: Box::new(move || {
                                Box::pin(async move { fetch_final(pipeline, context, target).await })
                            }),
                        })
                    }
                    PollerStatus::Failed | PollerStatus::Canceled => {
                        let error = json.get("error").cloned().unwrap_or(serde_json::Value::Null);
                        let code = error.get("code").and_then(serde_json::Value::as_str).unwrap_or("");
                        let message = error.get("message").and_then(serde_json::Value::as_str).unwrap_or("");
                        Err(azure_core::Error::with_message(
                            azure_core::error::ErrorKind::Other,
                            format!(
                                "the long-running operation ended as {}: {code} {message}",
                                monitor.status_text().unwrap_or_default()
                            ),
                        ))
                    }
                }
            })
        },
        Some(options),
    ))
}

/// Where the final result of a succeeded long-running operation is.
enum Target {
    /// Fetched with a GET.
    Get(Url),
    /// Already at hand (the result property, the last status, or `null` for no result).
    Body(StatusCode, Headers, Bytes),
}

/// Decides where the final result is, from the spec and what the service said.
#[allow(clippy::too_many_arguments)]
fn final_target(
    spec: LroSpec,
    method: azure_core::http::Method,
    original: Url,
    location: Option<Url>,
    last: serde_json::Value,
    status: StatusCode,
    headers: Headers,
    body: Bytes,
) -> Target {
    use azure_core::http::Method;
    if !spec.has_result {
        return Target::Body(status, headers, Bytes::from_static(b"null"));
    }
    if let Some(property) = spec.result_property {
        if let Some(result) = last.get(property) {
            return Target::Body(status, headers, Bytes::from(result.to_string()));
        }
    }
    let put_like = matches!(method, Method::Put | Method::Patch);
    match spec.final_state {
        FinalState::OriginalUri => return Target::Get(original),
        FinalState::Location => {
            if let Some(location) = location {
                return Target::Get(location);
            }
        }
        FinalState::Default if put_like => return Target::Get(original),
        FinalState::Default => {
            if let Some(location) = location {
                return Target::Get(location);
            }
        }
        FinalState::OperationLocation | FinalState::AzureAsyncOperation => {}
    }
    let resource = last.get("resourceLocation").and_then(serde_json::Value::as_str);
    match resource.and_then(|link| original.join(link).ok()) {
        Some(url) => Target::Get(url),
        None => Target::Body(status, headers, body),
    }
}

/// Reads the final result of a long-running operation.
async fn fetch_final<T>(
    pipeline: Pipeline,
    context: Context<'static>,
    target: Target,
) -> azure_core::Result<azure_core::http::Response<T>> {
    match target {
        Target::Body(status, headers, body) => Ok(RawResponse::from_bytes(status, headers, body).into()),
        Target::Get(url) => {
            let mut request = Request::new(url, azure_core::http::Method::Get);
            request.insert_header("accept", "application/json");
            let response = send(&pipeline, &context, &mut request).await?;
            if !response.status().is_success() {
                return Err(http_error(response));
            }
            Ok(response.into())
        }
    }
}

/// An error status as azure_core reports it (status, error code, raw response).
fn http_error(response: RawResponse) -> azure_core::Error {
    let error_code = response
        .headers()
        .get_optional_string(&"x-ms-error-code".into())
        .or_else(|| body_error_code(response.body()));
    azure_core::error::ErrorKind::HttpResponse {
        status: response.status(),
        error_code,
        raw_response: Some(Box::new(response)),
    }
    .into_error()
}
