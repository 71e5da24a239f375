//! Helpers shared by every generated client in this crate: the error type, request
//! building, response decoding and the models' open-enum support.
//!
//! Kept in one module so that each operation stays a short, readable sequence of calls
//! instead of a copy of this logic.

use azure_core::http::{
    headers::Headers,
    policies::{Policy, PolicyResult},
    AsyncRawResponse, Body, ClientOptions, Context, Pipeline, PipelineSendOptions,
    PipelineStreamOptions, RawResponse, Request, StatusCode, Url,
};
use azure_core::{credentials::Secret, Bytes};
use serde::de::DeserializeOwned;
use std::{fmt, sync::Arc};

/// A response body delivered as a stream of byte chunks, never buffered whole.
pub type ByteStream = azure_core::http::AsyncResponseBody;

/// Why an operation failed.
///
/// `E` is the error model the spec declares for the operation's error responses
/// (`serde_json::Value` when it declares none, or several).
#[derive(Debug)]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built, sent, or its response read: a bad argument, a
    /// connection, credential or I/O failure.
    Transport(azure_core::Error),
    /// The service answered with an error status.
    Service(ServiceError<E>),
    /// The service answered with a success status, but the body does not match the spec.
    Decode(DecodeError),
}

impl<E> Error<E> {
    /// The HTTP status, when the service answered at all.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Transport(error) => error.http_status(),
            Error::Service(error) => Some(error.status),
            Error::Decode(error) => Some(error.status),
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(error) => write!(f, "request failed: {error}"),
            Error::Service(error) => {
                write!(f, "service answered {}", u16::from(error.status))?;
                if let Some(code) = &error.error_code {
                    write!(f, " ({code})")?;
                }
                Ok(())
            }
            Error::Decode(error) => write!(
                f,
                "cannot decode the {} response body: {}",
                u16::from(error.status),
                error.message
            ),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(error) => Some(error),
            _ => None,
        }
    }
}

impl<E> From<azure_core::Error> for Error<E> {
    fn from(error: azure_core::Error) -> Self {
        Error::Transport(error)
    }
}

/// An error status from the service, with its decoded error model.
#[derive(Debug)]
pub struct ServiceError<E> {
    /// HTTP status.
    pub status: StatusCode,
    /// The service's error code: the `x-ms-error-code` header, else `error.code` or `code`
    /// in the body.
    pub error_code: Option<String>,
    /// The body decoded as the spec's error model; `None` when it is empty or does not match.
    pub error: Option<E>,
    /// Response headers.
    pub headers: Headers,
    /// The raw body, kept for diagnosis.
    pub body: Bytes,
}

/// A success body that could not be decoded.
#[derive(Debug)]
pub struct DecodeError {
    /// HTTP status.
    pub status: StatusCode,
    /// What the decoder said.
    pub message: String,
    /// The raw body.
    pub body: Bytes,
}

/// Builds the pipeline of a client: azure_core's standard policies (client request id,
/// user agent, retry) plus the client's authentication policy.
pub fn pipeline(options: ClientOptions, auth: Option<Arc<dyn Policy>>) -> Pipeline {
    Pipeline::new(
        option_env!("CARGO_PKG_NAME"),
        option_env!("CARGO_PKG_VERSION"),
        options,
        Vec::new(),
        auth.into_iter().collect(),
        None,
    )
}

/// Fills `{name}` placeholders of a server URL template. Values are inserted verbatim: they
/// are host names or base URLs chosen by the caller, not data.
pub fn server_url(template: &str, values: &[(&str, &str)]) -> String {
    let mut url = template.to_owned();
    for (name, value) in values {
        url = url.replace(&format!("{{{name}}}"), value);
    }
    url
}

/// Joins the client's base URL and an already-encoded path into a request URL.
pub fn url(base: &str, path: &str) -> azure_core::Result<Url> {
    let url = format!("{}{}", base.trim_end_matches('/'), path);
    Url::parse(&url).map_err(|error| {
        azure_core::Error::with_message(
            azure_core::error::ErrorKind::DataConversion,
            format!("invalid request URL '{url}': {error}"),
        )
    })
}

/// Characters kept as is in a path segment: RFC 3986 unreserved characters. Everything
/// else, `/ ? # %` included, is percent-encoded so that a value can never change the route.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes a value for use inside one path segment.
///
/// `.` and `..` are refused: URL normalization would turn them into a different route,
/// whatever their encoding.
pub fn path_segment(value: &str) -> azure_core::Result<String> {
    if value == "." || value == ".." || value.is_empty() {
        return Err(azure_core::Error::with_message(
            azure_core::error::ErrorKind::DataConversion,
            format!("'{value}' is not allowed as a path parameter value"),
        ));
    }
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if is_unreserved(byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    Ok(out)
}

/// Formats a string as an OData literal inside a function-call path segment
/// (`'O''Neil'`), then percent-encodes it for the path.
pub fn odata_string(value: &str) -> String {
    let literal = format!("'{}'", value.replace('\'', "''"));
    let mut out = String::with_capacity(literal.len());
    for byte in literal.bytes() {
        if is_unreserved(byte) || byte == b'\'' {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Formats a date-time as an RFC 3339 text (the form OData and JSON use).
pub fn rfc3339(value: impl std::borrow::Borrow<time::OffsetDateTime>) -> String {
    value
        .borrow()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Formats a date-time as an HTTP-date (RFC 7231), the form HTTP headers use.
pub fn rfc7231(value: impl std::borrow::Borrow<time::OffsetDateTime>) -> String {
    azure_core::time::to_rfc7231(value.borrow())
}

/// Sends a request and buffers the response, whatever its status.
pub async fn send(
    pipeline: &Pipeline,
    context: &Context<'_>,
    request: &mut Request,
) -> azure_core::Result<RawResponse> {
    let options = PipelineSendOptions {
        skip_checks: true,
        ..Default::default()
    };
    pipeline.send(context, request, Some(options)).await
}

/// Sends a request and leaves the response body as a stream, whatever its status.
pub async fn stream(
    pipeline: &Pipeline,
    context: &Context<'_>,
    request: &mut Request,
) -> azure_core::Result<AsyncRawResponse> {
    let options = PipelineStreamOptions {
        skip_checks: true,
        ..Default::default()
    };
    pipeline.stream(context, request, Some(options)).await
}

/// Decodes a JSON success body.
pub fn json<T: DeserializeOwned, E>(status: StatusCode, body: &Bytes) -> Result<T, Error<E>> {
    serde_json::from_slice(body).map_err(|error| {
        Error::Decode(DecodeError {
            status,
            message: error.to_string(),
            body: body.clone(),
        })
    })
}

/// Decodes a text success body.
pub fn text<E>(status: StatusCode, body: &Bytes) -> Result<String, Error<E>> {
    String::from_utf8(body.to_vec()).map_err(|error| {
        Error::Decode(DecodeError {
            status,
            message: error.to_string(),
            body: body.clone(),
        })
    })
}

/// Turns an error response into [`Error::Service`], decoding the spec's error model when
/// the body matches it.
pub fn service_error<E: DeserializeOwned>(response: RawResponse) -> Error<E> {
    let (status, headers, body) = response.deconstruct();
    let body: Bytes = body.into();
    let error = serde_json::from_slice::<E>(&body).ok();
    let error_code = headers
        .get_optional_string(&"x-ms-error-code".into())
        .or_else(|| body_error_code(&body));
    Error::Service(ServiceError {
        status,
        error_code,
        error,
        headers,
        body,
    })
}

/// Reads the whole body of a streamed error response, then decodes it like [`service_error`].
pub async fn stream_service_error<E: DeserializeOwned>(response: AsyncRawResponse) -> Error<E> {
    match response.try_into_raw_response().await {
        Ok(response) => service_error(response),
        Err(error) => Error::Transport(error),
    }
}

/// The error code inside an Azure (`{"error": {"code"}}`) or flat (`{"code"}`) error body.
fn body_error_code(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let code = value
        .pointer("/error/code")
        .or_else(|| value.get("code"))?;
    code.as_str().map(str::to_owned)
}

/// Reads a response header as text.
pub fn header(headers: &Headers, name: &'static str) -> Option<String> {
    headers.get_optional_string(&name.into())
}

/// Reads a response header and parses it; a value that does not parse reads as absent.
pub fn header_parsed<T: std::str::FromStr>(headers: &Headers, name: &'static str) -> Option<T> {
    headers
        .get_optional_str(&name.into())
        .and_then(|value| value.parse().ok())
}

/// Authenticates by putting a secret in a header, as an `apiKey` security scheme says.
#[derive(Debug, Clone)]
pub struct ApiKeyPolicy {
    header: &'static str,
    prefix: &'static str,
    key: Secret,
}

impl ApiKeyPolicy {
    /// Sends `key` (after `prefix`, e.g. `"Bearer "`) in `header` on every request.
    pub fn new(header: &'static str, prefix: &'static str, key: Secret) -> Self {
        Self { header, prefix, key }
    }
}

#[async_trait::async_trait]
impl Policy for ApiKeyPolicy {
    async fn send(
        &self,
        ctx: &Context,
        request: &mut Request,
        next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        request.insert_header(self.header, format!("{}{}", self.prefix, self.key.secret()));
        next[0].send(ctx, request, &next[1..]).await
    }
}

/// Authenticates with an Azure Communication Services access key: signs every request
/// with HMAC-SHA256, as the service's access-key scheme says.
///
/// On every try (retries included, so each carries a fresh date) it sets `x-ms-date`,
/// `x-ms-content-sha256` (base64 of the SHA-256 of the body) and
/// `Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=…`,
/// where the signature is base64(HMAC-SHA256(base64-decoded key,
/// `VERB\npath_and_query\nx-ms-date;host;content-hash`)). Install it as the client's
/// authentication policy (a per-try policy, see [`pipeline`]).
///
/// Only bodies held in memory can be signed: a request with a streamed body fails.
#[derive(Debug, Clone)]
pub struct AcsHmacPolicy {
    key: Secret,
}

impl AcsHmacPolicy {
    /// Signs with `key`, the resource's access key as the portal shows it (base64).
    pub fn new(key: Secret) -> Self {
        Self { key }
    }
}

#[async_trait::async_trait]
impl Policy for AcsHmacPolicy {
    async fn send(
        &self,
        ctx: &Context,
        request: &mut Request,
        next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        use sha2::Digest as _;

        let content_hash = match request.body() {
            Body::Bytes(bytes) => azure_core::base64::encode(sha2::Sha256::digest(bytes)),
            Body::SeekableStream(_) => {
                return Err(azure_core::Error::with_message(
                    azure_core::error::ErrorKind::Other,
                    "cannot sign a request with a streamed body for access-key (HMAC) \
                     authentication: the body must be sent as bytes",
                ))
            }
        };
        let url = request.url();
        let host = match (url.host_str(), url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_owned(),
            (None, _) => {
                return Err(azure_core::Error::with_message(
                    azure_core::error::ErrorKind::DataConversion,
                    format!("cannot sign a request to '{url}': the URL has no host"),
                ))
            }
        };
        let mut path_and_query = url.path().to_owned();
        if let Some(query) = url.query() {
            path_and_query.push('?');
            path_and_query.push_str(query);
        }
        let date = azure_core::time::to_rfc7231(&azure_core::time::OffsetDateTime::now_utc());
        let string_to_sign = format!(
            "{}\n{path_and_query}\n{date};{host};{content_hash}",
            request.method().as_str()
        );
        let signature = azure_core::hmac::hmac_sha256(&string_to_sign, &self.key)?;

        request.insert_header("x-ms-date", date);
        request.insert_header("x-ms-content-sha256", content_hash);
        request.insert_header(
            "authorization",
            format!("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}"),
        );
        next[0].send(ctx, request, &next[1..]).await
    }
}

/// Decodes one variant of a discriminated union from the JSON already read.
pub fn variant<T: DeserializeOwned, U, E: serde::de::Error>(
    value: serde_json::Value,
    wrap: fn(T) -> U,
) -> Result<U, E> {
    serde_json::from_value(value).map(wrap).map_err(E::custom)
}

/// Serializes a JSON request body.
pub fn json_body<T: serde::Serialize>(body: &T) -> azure_core::Result<Bytes> {
    serde_json::to_vec(body).map(Bytes::from).map_err(|error| {
        azure_core::Error::new(azure_core::error::ErrorKind::DataConversion, error)
    })
}

/// Text for a structured value sent in a query or header: its JSON form.
pub fn param_text<T: serde::Serialize>(value: T) -> String {
    serde_json::to_string(&value).unwrap_or_default()
}
