
// ---------------------------------------------------------------------------------------
// Long-running operations (Azure's LRO conventions).
// ---------------------------------------------------------------------------------------

/// Where a long-running operation's result is read once its status monitor says it succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalState {
    /// A GET of the operation's own URL (the Azure default for PUT and PATCH).
    OriginalUri,
    /// A GET of the `Location` header of the first response (the Azure default for POST
    /// and DELETE); the last status monitor when there is none.
    Location,
    /// The last body of the status monitor itself (`Azure-AsyncOperation`,
    /// `Operation-Location`).
    StatusMonitor,
}

/// How a poller turns the final response body into the operation's result.
pub type Decode<T, E> = fn(StatusCode, &Bytes) -> Result<T, Error<E>>;

/// Decodes nothing: the result of an operation that returns no body.
pub fn no_body<E>(_status: StatusCode, _body: &Bytes) -> Result<(), Error<E>> {
    Ok(())
}

/// A long-running operation: awaiting it sends the first request, then follows the
/// service's status monitor (`Azure-AsyncOperation` or `Operation-Location`), its `Location`
/// or the resource's `provisioningState` until the operation ends, and returns the final
/// result (the resource, the action's result, or `()`).
///
/// Between polls it waits as long as the service's `Retry-After` says, else the interval of
/// the operation's [`PollerOptions`](azure_core::http::poller::PollerOptions) (`frequency`,
/// 30 seconds unless set).
/// A follow-up URL that lacks the first request's `api-version` gets it, as Azure expects.
/// An operation that ends `Failed` or `Canceled` is an [`Error::Service`] built from the
/// response that said so (its body carries the service's `error`).
#[must_use = "a poller does nothing until it is awaited"]
pub struct Poller<T, E = serde_json::Value> {
    pipeline: Pipeline,
    context: Context<'static>,
    first: azure_core::Result<Request>,
    final_state: FinalState,
    decode: Decode<T, E>,
    /// The result is a body to fetch (not `()`), so a final GET may be needed.
    has_result: bool,
    /// The status monitor property that holds the result (Azure.Core's `result`).
    result_property: Option<&'static str>,
    interval: azure_core::time::Duration,
}

impl<T, E> fmt::Debug for Poller<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Poller")
            .field("final_state", &self.final_state)
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

/// What the first response says about how to follow the operation.
enum Monitor {
    /// Poll a status monitor whose body has `status`.
    Status(Url),
    /// Poll a URL that answers 202 until the operation is done, then the result.
    Location(Url),
    /// Poll the resource itself until `properties.provisioningState` is terminal.
    Resource,
    /// Nothing to poll: the first response is the result.
    Done,
}

impl<T: DeserializeOwned + Send + 'static, E: DeserializeOwned + Send + 'static> Poller<T, E> {
    /// A poller that starts with `first`, the operation's request. `has_result` is false
    /// when `decode` is [`no_body`].
    pub fn new(
        pipeline: Pipeline,
        options: azure_core::http::poller::PollerOptions<'_>,
        first: azure_core::Result<Request>,
        final_state: FinalState,
        decode: Decode<T, E>,
        has_result: bool,
    ) -> Self {
        Poller {
            pipeline,
            context: options.context.into_owned(),
            first,
            final_state,
            decode,
            has_result,
            result_property: None,
            interval: options.frequency,
        }
    }

    /// Reads the result from this property of the status monitor's last body (Azure.Core's
    /// `result`) when it is not fetched from a URL.
    pub fn result_in(mut self, property: &'static str) -> Self {
        self.result_property = Some(property);
        self
    }

    /// Runs the operation to its end and returns its result.
    pub async fn wait(mut self) -> Result<T, Error<E>> {
        let spent = azure_core::Error::with_message(azure_core::error::ErrorKind::Other, "the poller already ran");
        let mut request = std::mem::replace(&mut self.first, Err(spent)).map_err(Error::Transport)?;
        let api_version = request
            .url()
            .query_pairs()
            .find(|(name, _)| name == "api-version")
            .map(|(_, value)| value.into_owned());
        let original = request.url().clone();
        let method = request.method();
        let response = send(&self.pipeline, &self.context, &mut request).await?;
        if !response.status().is_success() {
            return Err(service_error(response));
        }
        let links = Links::new(response.headers(), &original, api_version.as_deref());
        let monitor = links.monitor(response.status(), method, response.body().as_ref());
        let mut retry_after = retry_after(response.headers());
        let mut last = response;
        let mut from_monitor = false;
        match monitor {
            Monitor::Done => {}
            Monitor::Status(url) => {
                loop {
                    self.sleep(retry_after).await;
                    last = self.get(&url).await?;
                    retry_after = retry_after_or(last.headers(), retry_after);
                    match body_status(last.body().as_ref(), "/status").as_deref().map(terminal) {
                        Some(Some(true)) => break,
                        Some(Some(false)) => return Err(service_error(last)),
                        _ => {}
                    }
                }
                from_monitor = true;
                if self.has_result {
                    let target = match (self.final_state, &links.location) {
                        (FinalState::OriginalUri, _) => Some(original.clone()),
                        (FinalState::Location, Some(location)) => Some(location.clone()),
                        _ => None,
                    };
                    if let Some(target) = target {
                        last = self.get(&target).await?;
                        from_monitor = false;
                    }
                }
            }
            Monitor::Location(url) => loop {
                self.sleep(retry_after).await;
                last = self.get(&url).await?;
                retry_after = retry_after_or(last.headers(), retry_after);
                if u16::from(last.status()) != 202 {
                    break;
                }
            },
            Monitor::Resource => loop {
                self.sleep(retry_after).await;
                last = self.get(&original).await?;
                retry_after = retry_after_or(last.headers(), retry_after);
                match body_status(last.body().as_ref(), "/properties/provisioningState").as_deref().map(terminal) {
                    Some(Some(true)) | None => break,
                    Some(Some(false)) => return Err(service_error(last)),
                    Some(None) => {}
                }
            },
        }
        let (status, _headers, body) = last.deconstruct();
        let mut body: Bytes = body.into();
        if let (Some(property), true) = (self.result_property, from_monitor) {
            let value = serde_json::from_slice::<serde_json::Value>(&body)
                .ok()
                .and_then(|mut monitor| monitor.get_mut(property).map(serde_json::Value::take));
            if let Some(value) = value {
                body = serde_json::to_vec(&value).map(Bytes::from).unwrap_or_default();
            }
        }
        (self.decode)(status, &body)
    }

    /// Waits `retry_after` when the service said so, else the poller's interval.
    async fn sleep(&self, retry_after: Option<azure_core::time::Duration>) {
        azure_core::sleep::sleep(retry_after.unwrap_or(self.interval)).await;
    }

    /// GETs a follow-up URL; an error status is the operation's error.
    async fn get(&self, url: &Url) -> Result<RawResponse, Error<E>> {
        let mut request = Request::new(url.clone(), azure_core::http::Method::Get);
        request.insert_header("accept", "application/json");
        let response = send(&self.pipeline, &self.context, &mut request).await?;
        if !response.status().is_success() {
            return Err(service_error(response));
        }
        Ok(response)
    }
}

impl<T: DeserializeOwned + Send + 'static, E: DeserializeOwned + Send + 'static> std::future::IntoFuture
    for Poller<T, E>
{
    type Output = Result<T, Error<E>>;
    type IntoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.wait())
    }
}

/// The follow-up links of a first response, made absolute and given the `api-version`.
struct Links {
    status: Option<Url>,
    location: Option<Url>,
    original: Url,
}

impl Links {
    fn new(headers: &Headers, original: &Url, api_version: Option<&str>) -> Self {
        let link = |name: &'static str| {
            let value = headers.get_optional_str(&name.into())?;
            let mut url = original.join(value).ok()?;
            if let Some(version) = api_version {
                if !url.query_pairs().any(|(name, _)| name == "api-version") {
                    url.query_pairs_mut().append_pair("api-version", version);
                }
            }
            Some(url)
        };
        Links {
            status: link("azure-asyncoperation").or_else(|| link("operation-location")),
            location: link("location"),
            original: original.clone(),
        }
    }

    /// How to follow the operation, from the first response.
    fn monitor(&self, status: StatusCode, method: azure_core::http::Method, body: &[u8]) -> Monitor {
        if let Some(url) = &self.status {
            return Monitor::Status(url.clone());
        }
        if let Some(url) = self.location.as_ref().filter(|_| u16::from(status) == 202 || u16::from(status) == 201) {
            return Monitor::Location(url.clone());
        }
        // A GET answered 202 without a link is asked again until it answers otherwise.
        if u16::from(status) == 202 && method == azure_core::http::Method::Get {
            return Monitor::Location(self.original.clone());
        }
        let updates = matches!(method, azure_core::http::Method::Put | azure_core::http::Method::Patch);
        if updates && body_status(body, "/properties/provisioningState").as_deref().map(terminal) == Some(None) {
            return Monitor::Resource;
        }
        Monitor::Done
    }
}

/// The text at `pointer` in a JSON body.
fn body_status(body: &[u8], pointer: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    value.pointer(pointer)?.as_str().map(str::to_owned)
}

/// `Some(true)` for a succeeded status, `Some(false)` for a failed or canceled one,
/// `None` while it runs (any other value).
fn terminal(status: &str) -> Option<bool> {
    if status.eq_ignore_ascii_case("succeeded") {
        Some(true)
    } else if ["failed", "canceled", "cancelled"].iter().any(|s| status.eq_ignore_ascii_case(s)) {
        Some(false)
    } else {
        None
    }
}

/// `Retry-After` in seconds (`retry-after-ms` and `x-ms-retry-after-ms` in milliseconds).
fn retry_after(headers: &Headers) -> Option<azure_core::time::Duration> {
    let number = |name: &'static str| headers.get_optional_str(&name.into())?.trim().parse::<i64>().ok();
    number("retry-after-ms")
        .or_else(|| number("x-ms-retry-after-ms"))
        .map(azure_core::time::Duration::milliseconds)
        .or_else(|| number("retry-after").map(azure_core::time::Duration::seconds))
}

/// The response's `Retry-After`, else the one in force.
fn retry_after_or(
    headers: &Headers,
    current: Option<azure_core::time::Duration>,
) -> Option<azure_core::time::Duration> {
    retry_after(headers).or(current)
}
