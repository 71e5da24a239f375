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

/// Sends a request and decodes the JSON body of a `status` response; any other status is
/// the service's error. Most operations are just this after building their request.
pub async fn send_json<T: DeserializeOwned, E: DeserializeOwned>(
    pipeline: &Pipeline,
    context: &Context<'_>,
    request: &mut Request,
    status: u16,
) -> Result<T, Error<E>> {
    let response = send(pipeline, context, request).await?;
    if u16::from(response.status()) != status {
        return Err(service_error(response));
    }
    let (status, _headers, body) = response.deconstruct();
    json(status, &body.into())
}

/// Sends a request that expects a `status` response without a body; any other status is
/// the service's error.
pub async fn send_empty<E: DeserializeOwned>(
    pipeline: &Pipeline,
    context: &Context<'_>,
    request: &mut Request,
    status: u16,
) -> Result<(), Error<E>> {
    let response = send(pipeline, context, request).await?;
    if u16::from(response.status()) != status {
        return Err(service_error(response));
    }
    Ok(())
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

// ---------------------------------------------------------------------------------------
// Wire encodings: values whose JSON or text form is not serde's default for their Rust
// type (date-times as RFC 7231 text or Unix seconds, durations as ISO 8601 text or numbers
// of seconds, bytes as base64, numbers as strings, lists joined into one string).
//
// Each encoding is a marker type implementing [`Encoding`] (the text form, used in paths,
// queries and headers) and [`SerializeAs`] / [`DeserializeAs`] (the JSON form). Model
// fields name them in their `json_object!` entry (`field("wire", optional, Vec(Base64Url))`);
// `Option`, `Vec` and `BTreeMap` of an encoding encode their items.
// ---------------------------------------------------------------------------------------

/// How a value of type `T` is written as text (in a path, query or header) and read back.
pub trait Encoding<T> {
    /// The text form.
    fn to_text(value: &T) -> String;
    /// Reads the text form; the error says why it does not parse.
    fn from_text(text: &str) -> Result<T, String>;
}

/// Writes a `T` as JSON in the form the marker `Self` describes.
pub trait SerializeAs<T: ?Sized> {
    /// Serializes `value`.
    fn serialize_as<S: serde::Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error>;
}

/// Reads a `T` from JSON in the form the marker `Self` describes.
pub trait DeserializeAs<'de, T>: Sized {
    /// Deserializes a value.
    fn deserialize_as<D: serde::Deserializer<'de>>(deserializer: D) -> Result<T, D::Error>;
}

/// A borrowed value that serializes with the encoding `E`.
struct SerializeWith<'a, T: ?Sized, E: ?Sized>(&'a T, std::marker::PhantomData<E>);

impl<'a, T: ?Sized, E: ?Sized> SerializeWith<'a, T, E> {
    fn new(value: &'a T) -> Self {
        Self(value, std::marker::PhantomData)
    }
}

impl<T: ?Sized, E: SerializeAs<T> + ?Sized> serde::Serialize for SerializeWith<'_, T, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::serialize_as(self.0, serializer)
    }
}

/// A value deserialized with the encoding `E`.
pub struct DeserializeWith<T, E>(pub T, std::marker::PhantomData<E>);

impl<'de, T, E: DeserializeAs<'de, T>> serde::Deserialize<'de> for DeserializeWith<T, E> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        E::deserialize_as(deserializer).map(|value| Self(value, std::marker::PhantomData))
    }
}

impl<T, E: SerializeAs<T>> SerializeAs<Option<T>> for Option<E> {
    fn serialize_as<S: serde::Serializer>(value: &Option<T>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serializer.serialize_some(&SerializeWith::<T, E>::new(value)),
            None => serializer.serialize_none(),
        }
    }
}

impl<'de, T, E: DeserializeAs<'de, T>> DeserializeAs<'de, Option<T>> for Option<E> {
    fn deserialize_as<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        let value: Option<DeserializeWith<T, E>> = serde::Deserialize::deserialize(deserializer)?;
        Ok(value.map(|value| value.0))
    }
}

impl<T, E: SerializeAs<T>> SerializeAs<Vec<T>> for Vec<E> {
    fn serialize_as<S: serde::Serializer>(value: &Vec<T>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(value.iter().map(SerializeWith::<T, E>::new))
    }
}

impl<'de, T, E: DeserializeAs<'de, T>> DeserializeAs<'de, Vec<T>> for Vec<E> {
    fn deserialize_as<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
        let items: Vec<DeserializeWith<T, E>> = serde::Deserialize::deserialize(deserializer)?;
        Ok(items.into_iter().map(|item| item.0).collect())
    }
}

impl<T, E: SerializeAs<T>> SerializeAs<std::collections::BTreeMap<String, T>> for std::collections::BTreeMap<String, E> {
    fn serialize_as<S: serde::Serializer>(
        value: &std::collections::BTreeMap<String, T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(value.iter().map(|(key, value)| (key, SerializeWith::<T, E>::new(value))))
    }
}

impl<'de, T, E: DeserializeAs<'de, T>> DeserializeAs<'de, std::collections::BTreeMap<String, T>>
    for std::collections::BTreeMap<String, E>
{
    fn deserialize_as<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<std::collections::BTreeMap<String, T>, D::Error> {
        let map: std::collections::BTreeMap<String, DeserializeWith<T, E>> =
            serde::Deserialize::deserialize(deserializer)?;
        Ok(map.into_iter().map(|(key, value)| (key, value.0)).collect())
    }
}

/// A JSON scalar read leniently: numbers and the strings that hold them are both accepted.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Scalar {
    Number(serde_json::Number),
    Text(String),
}

impl Scalar {
    fn text(self) -> String {
        match self {
            Scalar::Number(number) => number.to_string(),
            Scalar::Text(text) => text,
        }
    }
}

/// Implements the JSON form of encodings written as JSON strings (their text form).
macro_rules! json_string_encoding {
    ($($marker:ty => $value:ty),* $(,)?) => {$(
        impl SerializeAs<$value> for $marker {
            fn serialize_as<S: serde::Serializer>(value: &$value, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&<$marker as Encoding<$value>>::to_text(value))
            }
        }

        impl<'de> DeserializeAs<'de, $value> for $marker {
            fn deserialize_as<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$value, D::Error> {
                let text: String = serde::Deserialize::deserialize(deserializer)?;
                <$marker as Encoding<$value>>::from_text(&text).map_err(serde::de::Error::custom)
            }
        }
    )*};
}

/// Implements the JSON form of encodings written as JSON numbers (strings holding a number
/// are accepted too).
macro_rules! json_number_encoding {
    ($($marker:ty => $value:ty),* $(,)?) => {$(
        impl SerializeAs<$value> for $marker {
            fn serialize_as<S: serde::Serializer>(value: &$value, serializer: S) -> Result<S::Ok, S::Error> {
                let text = <$marker as Encoding<$value>>::to_text(value);
                let number: serde_json::Number = text.parse().map_err(serde::ser::Error::custom)?;
                serde::Serialize::serialize(&number, serializer)
            }
        }

        impl<'de> DeserializeAs<'de, $value> for $marker {
            fn deserialize_as<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$value, D::Error> {
                let scalar: Scalar = serde::Deserialize::deserialize(deserializer)?;
                <$marker as Encoding<$value>>::from_text(&scalar.text()).map_err(serde::de::Error::custom)
            }
        }
    )*};
}

/// An RFC 3339 date-time: `2022-08-26T18:38:00Z`. A value without an offset is read as UTC.
pub struct Rfc3339;

impl Encoding<time::OffsetDateTime> for Rfc3339 {
    fn to_text(value: &time::OffsetDateTime) -> String {
        rfc3339(value)
    }

    fn from_text(text: &str) -> Result<time::OffsetDateTime, String> {
        let format = &time::format_description::well_known::Rfc3339;
        time::OffsetDateTime::parse(text, format)
            .or_else(|error| time::OffsetDateTime::parse(&format!("{text}Z"), format).map_err(|_| error))
            .map_err(|error| format!("'{text}' is not an RFC 3339 date-time: {error}"))
    }
}

/// An RFC 7231 (HTTP) date-time: `Fri, 26 Aug 2022 14:38:00 GMT`.
pub struct Rfc7231;

impl Encoding<time::OffsetDateTime> for Rfc7231 {
    fn to_text(value: &time::OffsetDateTime) -> String {
        azure_core::time::to_rfc7231(&value.to_offset(time::UtcOffset::UTC))
    }

    fn from_text(text: &str) -> Result<time::OffsetDateTime, String> {
        azure_core::time::parse_rfc7231(text).map_err(|error| error.to_string())
    }
}

/// A date-time as whole seconds since the Unix epoch: `1686566864`.
pub struct UnixTime;

impl Encoding<time::OffsetDateTime> for UnixTime {
    fn to_text(value: &time::OffsetDateTime) -> String {
        value.unix_timestamp().to_string()
    }

    fn from_text(text: &str) -> Result<time::OffsetDateTime, String> {
        let seconds: f64 = text.trim().parse().map_err(|_| format!("'{text}' is not a Unix time"))?;
        time::OffsetDateTime::from_unix_timestamp(seconds.floor() as i64).map_err(|error| error.to_string())
    }
}

/// Standard base64, padded: `dGVzdA==`. Unpadded and URL-safe text is read too.
pub struct Base64;

impl Encoding<Vec<u8>> for Base64 {
    fn to_text(value: &Vec<u8>) -> String {
        azure_core::base64::encode(value)
    }

    fn from_text(text: &str) -> Result<Vec<u8>, String> {
        azure_core::base64::decode(text)
            .or_else(|error| azure_core::base64::decode_url_safe(text).map_err(|_| error))
            .map_err(|error| format!("invalid base64: {error}"))
    }
}

/// URL-safe base64 without padding: `dGVzdA`. Standard base64 is read too.
pub struct Base64Url;

impl Encoding<Vec<u8>> for Base64Url {
    fn to_text(value: &Vec<u8>) -> String {
        azure_core::base64::encode_url_safe(value)
    }

    fn from_text(text: &str) -> Result<Vec<u8>, String> {
        azure_core::base64::decode_url_safe(text)
            .or_else(|error| azure_core::base64::decode(text).map_err(|_| error))
            .map_err(|error| format!("invalid base64url: {error}"))
    }
}

/// A number written as a JSON string: `"10"`. A bare JSON number is read too.
pub struct NumberText;

impl<T: fmt::Display + std::str::FromStr> Encoding<T> for NumberText {
    fn to_text(value: &T) -> String {
        value.to_string()
    }

    fn from_text(text: &str) -> Result<T, String> {
        text.trim().parse().map_err(|_| format!("'{text}' is not a number of the expected kind"))
    }
}

impl<T: fmt::Display> SerializeAs<T> for NumberText {
    fn serialize_as<S: serde::Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }
}

impl<'de, T: std::str::FromStr> DeserializeAs<'de, T> for NumberText {
    fn deserialize_as<D: serde::Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        let text = <Scalar as serde::Deserialize>::deserialize(deserializer)?.text();
        text.trim()
            .parse()
            .map_err(|_| serde::de::Error::custom(format!("'{text}' is not a number of the expected kind")))
    }
}

/// An ISO 8601 duration: `P40D`, `PT1H30M`, `PT0.5S`. Years and months, which have no fixed
/// length, are read as 365 and 30 days; durations are written in days, hours, minutes and seconds.
pub struct Iso8601Duration;

impl Encoding<time::Duration> for Iso8601Duration {
    fn to_text(value: &time::Duration) -> String {
        iso8601_duration(*value)
    }

    fn from_text(text: &str) -> Result<time::Duration, String> {
        parse_iso8601_duration(text).ok_or_else(|| format!("'{text}' is not an ISO 8601 duration"))
    }
}

/// Nanoseconds per second.
const NANOS_PER_SECOND: i128 = 1_000_000_000;

fn iso8601_duration(value: time::Duration) -> String {
    if value.is_zero() {
        return "PT0S".to_owned();
    }
    let mut out = String::from(if value.is_negative() { "-P" } else { "P" });
    let nanos = value.whole_nanoseconds().unsigned_abs();
    let seconds = nanos / NANOS_PER_SECOND as u128;
    let fraction = nanos % NANOS_PER_SECOND as u128;
    let (days, hours, minutes, seconds) = (seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60);
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    if hours > 0 || minutes > 0 || seconds > 0 || fraction > 0 {
        out.push('T');
        if hours > 0 {
            out.push_str(&format!("{hours}H"));
        }
        if minutes > 0 {
            out.push_str(&format!("{minutes}M"));
        }
        if seconds > 0 || fraction > 0 {
            out.push_str(&seconds.to_string());
            if fraction > 0 {
                out.push('.');
                out.push_str(format!("{fraction:09}").trim_end_matches('0'));
            }
            out.push('S');
        }
    }
    out
}

fn parse_iso8601_duration(text: &str) -> Option<time::Duration> {
    const DAY: i128 = 86_400 * NANOS_PER_SECOND;
    let (negative, rest) = match text.trim().strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.trim().strip_prefix('+').unwrap_or(text.trim())),
    };
    let mut rest = rest.strip_prefix(['P', 'p'])?;
    let mut in_time = false;
    let mut total: i128 = 0;
    // Components read in the date part and in the time part: `P`, `PT` and `P1DT` are not durations.
    let mut parts = [0; 2];
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix(['T', 't']) {
            if in_time {
                return None;
            }
            in_time = true;
            rest = after;
            continue;
        }
        let end = rest.find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',')?;
        let (number, tail) = rest.split_at(end);
        let mut chars = tail.chars();
        let unit = chars.next()?.to_ascii_uppercase();
        rest = chars.as_str();
        let nanos_per_unit = match (in_time, unit) {
            (false, 'Y') => 365 * DAY,
            (false, 'M') => 30 * DAY,
            (false, 'W') => 7 * DAY,
            (false, 'D') => DAY,
            (true, 'H') => 3_600 * NANOS_PER_SECOND,
            (true, 'M') => 60 * NANOS_PER_SECOND,
            (true, 'S') => NANOS_PER_SECOND,
            _ => return None,
        };
        let (whole, fraction) = number.split_once(['.', ',']).unwrap_or((number, ""));
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        let whole: i128 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
        total = total.checked_add(whole.checked_mul(nanos_per_unit)?)?;
        if !fraction.is_empty() {
            let digits = fraction.get(..fraction.len().min(18))?;
            let scale = 10i128.pow(digits.len() as u32);
            total = total.checked_add(digits.parse::<i128>().ok()? * nanos_per_unit / scale)?;
        }
        parts[usize::from(in_time)] += 1;
    }
    if parts == [0, 0] || (in_time && parts[1] == 0) {
        return None;
    }
    let total = if negative { -total } else { total };
    let seconds = i64::try_from(total / NANOS_PER_SECOND).ok()?;
    Some(time::Duration::new(seconds, (total % NANOS_PER_SECOND) as i32))
}

/// A duration as a whole number of `unit` nanoseconds, rounded half away from zero.
fn whole_units(value: &time::Duration, unit: i128) -> String {
    let nanos = value.whole_nanoseconds();
    let half = if nanos < 0 { -unit / 2 } else { unit / 2 };
    ((nanos + half) / unit).to_string()
}

/// A duration as a number of `unit` nanoseconds, with a fraction.
fn fractional_units(value: &time::Duration, unit: i128) -> String {
    (value.whole_nanoseconds() as f64 / unit as f64).to_string()
}

/// Implements a duration written as a number of `unit` nanoseconds, formatted by `format`.
macro_rules! numeric_duration {
    ($($(#[$doc:meta])* $marker:ident = $unit:expr, $format:ident;)*) => {$(
        $(#[$doc])*
        pub struct $marker;

        impl Encoding<time::Duration> for $marker {
            fn to_text(value: &time::Duration) -> String {
                $format(value, $unit)
            }

            fn from_text(text: &str) -> Result<time::Duration, String> {
                let count: f64 = text.trim().parse().map_err(|_| format!("'{text}' is not a number"))?;
                let seconds = count * $unit as f64 / NANOS_PER_SECOND as f64;
                time::Duration::checked_seconds_f64(seconds)
                    .ok_or_else(|| format!("{text} is out of range for a duration"))
            }
        }

        json_number_encoding!($marker => time::Duration);
    )*};
}

numeric_duration! {
    /// A duration as a number of seconds, with a fraction: `35.625`.
    Seconds = NANOS_PER_SECOND, fractional_units;
    /// A duration as a whole number of seconds (rounded): `36`.
    WholeSeconds = NANOS_PER_SECOND, whole_units;
    /// A duration as a number of milliseconds, with a fraction: `35625.5`.
    Milliseconds = 1_000_000, fractional_units;
    /// A duration as a whole number of milliseconds (rounded): `36000`.
    WholeMilliseconds = 1_000_000, whole_units;
}

/// Implements a list of strings joined into one string by a delimiter.
macro_rules! delimited {
    ($($(#[$doc:meta])* $marker:ident = $delimiter:expr;)*) => {$(
        $(#[$doc])*
        pub struct $marker;

        impl Encoding<Vec<String>> for $marker {
            fn to_text(value: &Vec<String>) -> String {
                value.join($delimiter)
            }

            fn from_text(text: &str) -> Result<Vec<String>, String> {
                if text.is_empty() {
                    return Ok(Vec::new());
                }
                Ok(text.split($delimiter).map(str::to_owned).collect())
            }
        }
    )*};
}

delimited! {
    /// Strings joined by commas: `blue,red,green`.
    CommaDelimited = ",";
    /// Strings joined by spaces: `blue red green`.
    SpaceDelimited = " ";
    /// Strings joined by pipes: `blue|red|green`.
    PipeDelimited = "|";
    /// Strings joined by line feeds.
    NewlineDelimited = "\n";
}

json_string_encoding! {
    Rfc3339 => time::OffsetDateTime,
    Rfc7231 => time::OffsetDateTime,
    Base64 => Vec<u8>,
    Base64Url => Vec<u8>,
    Iso8601Duration => time::Duration,
    CommaDelimited => Vec<String>,
    SpaceDelimited => Vec<String>,
    PipeDelimited => Vec<String>,
    NewlineDelimited => Vec<String>,
}

json_number_encoding! {
    UnixTime => time::OffsetDateTime,
}

/// The text form of `value` in the encoding `E`, for a path, query or header.
pub fn to_text<E: Encoding<T>, T>(value: impl std::borrow::Borrow<T>) -> String {
    E::to_text(value.borrow())
}

/// Reads a response header in the encoding `E`; a value that does not parse reads as absent.
pub fn header_as<E: Encoding<T>, T>(headers: &Headers, name: &'static str) -> Option<T> {
    headers
        .get_optional_str(&name.into())
        .and_then(|value| E::from_text(value).ok())
}

/// Serializes a JSON request body in the encoding `E` (a bare date-time, bytes, …).
pub fn json_body_as<E: SerializeAs<T>, T: ?Sized>(body: &T) -> azure_core::Result<Bytes> {
    json_body(&SerializeWith::<T, E>::new(body))
}

/// Decodes a JSON success body in the encoding `E`.
pub fn json_as<E: for<'de> DeserializeAs<'de, T>, T, Err>(status: StatusCode, body: &Bytes) -> Result<T, Error<Err>> {
    json::<DeserializeWith<T, E>, Err>(status, body).map(|value| value.0)
}

// --- Model structs ---

/// `Serialize` and `Deserialize` for a model struct, from its fields' wire names and kinds:
/// `json_object!(Name { field("wire", required), other("otherWire", optional, Rfc3339), ..additional_properties })`.
///
/// A model is always a JSON object, so one `visit_map` and one `serialize_map` are all it
/// needs: `serde`'s derive also writes a field enum with its own visitor and a `visit_seq`,
/// and, for the catch-all map of undeclared properties (`#[serde(flatten)]`), buffers every
/// entry before reading it. Reading this way checks in about two thirds of the time (Oxide's
/// nexus crate, measured by hand), and does not buffer.
///
/// Kinds, read / written:
/// - `required`: absent is an error (but an absent `Option` is `None`, as with `serde`) / always;
/// - `optional`: an `Option`, `None` when absent / left out when `None`;
/// - `nullable`: an `Option`, `None` when absent / `null` when `None`;
/// - `default`: the type's default when absent / always;
/// - `tag`: a discriminator string, empty when absent / left out when empty.
///
/// An encoding (a marker of this module, or `Vec(…)`, `Map(…)`, `Option(…)` of one) reads
/// the value through [`DeserializeWith`] and writes it through [`ObjectWriter`]'s `…_as`
/// methods. Keys that name no field go to the catch-all map (its values in the encoding given
/// after it, if any), which is written after the fields; of a repeated key, the last value counts.
#[allow(unused_macros)]
macro_rules! json_object {
    ($name:ident {
        $($field:ident($wire:literal, $kind:ident $(, $($encoding:tt)+)?),)*
        ..$additional:ident $(($($additional_encoding:tt)+))?
    }) => {
        impl serde::Serialize for $name {
            fn serialize<__S: serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                let mut object = crate::runtime::ObjectWriter::new(serializer)?;
                $(crate::runtime::json_object!(@write object self.$field, $wire, $kind $($($encoding)+)?);)*
                for (key, value) in &self.$additional {
                    crate::runtime::json_object!(@write object *value, key, required $($($additional_encoding)+)?);
                }
                object.end()
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> serde::de::Visitor<'de> for __Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " object"))
                    }
                    fn visit_map<__A: serde::de::MapAccess<'de>>(self, mut map: __A) -> Result<$name, __A::Error> {
                        $(let mut $field = None;)*
                        let mut $additional = std::collections::BTreeMap::new();
                        while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                            match key.as_str() {
                                $($wire => {
                                    $field = Some(crate::runtime::json_object!(@read map $kind $($($encoding)+)?));
                                })*
                                _ => {
                                    let value = crate::runtime::json_object!(@read map default $($($additional_encoding)+)?);
                                    $additional.insert(key.into_string(), value);
                                }
                            }
                        }
                        Ok($name {
                            $($field: crate::runtime::json_object!(@finish $field $wire $kind $($($encoding)+)?),)*
                            $additional,
                        })
                    }
                }
                deserializer.deserialize_map(__Visitor)
            }
        }
    };
    (@write $object:ident $value:expr, $wire:expr, optional) => { $object.optional($wire, &$value) };
    (@write $object:ident $value:expr, $wire:expr, optional $($encoding:tt)+) => {
        $object.optional_as::<crate::runtime::json_object!(@encoding $($encoding)+), _>($wire, &$value)
    };
    (@write $object:ident $value:expr, $wire:expr, nullable $($encoding:tt)+) => {
        $object.entry_as::<Option<crate::runtime::json_object!(@encoding $($encoding)+)>, _>($wire, &$value)
    };
    (@write $object:ident $value:expr, $wire:expr, tag) => { $object.tag($wire, &$value) };
    (@write $object:ident $value:expr, $wire:expr, $kind:ident) => { $object.entry($wire, &$value) };
    (@write $object:ident $value:expr, $wire:expr, $kind:ident $($encoding:tt)+) => {
        $object.entry_as::<crate::runtime::json_object!(@encoding $($encoding)+), _>($wire, &$value)
    };
    (@read $map:ident $kind:ident) => { $map.next_value()? };
    (@read $map:ident optional $($encoding:tt)+) => {
        $map.next_value::<crate::runtime::DeserializeWith<_, Option<crate::runtime::json_object!(@encoding $($encoding)+)>>>()?.0
    };
    (@read $map:ident nullable $($encoding:tt)+) => {
        crate::runtime::json_object!(@read $map optional $($encoding)+)
    };
    (@read $map:ident $kind:ident $($encoding:tt)+) => {
        $map.next_value::<crate::runtime::DeserializeWith<_, crate::runtime::json_object!(@encoding $($encoding)+)>>()?.0
    };
    (@encoding Vec($($inner:tt)+)) => { Vec<crate::runtime::json_object!(@encoding $($inner)+)> };
    (@encoding Map($($inner:tt)+)) => {
        std::collections::BTreeMap<String, crate::runtime::json_object!(@encoding $($inner)+)>
    };
    (@encoding Option($($inner:tt)+)) => { Option<crate::runtime::json_object!(@encoding $($inner)+)> };
    (@encoding $marker:ident) => { crate::runtime::$marker };
    (@finish $field:ident $wire:literal required) => {
        match $field {
            Some(value) => value,
            None => crate::runtime::missing_field::<_, __A::Error>($wire)?,
        }
    };
    (@finish $field:ident $wire:literal required $($encoding:tt)+) => {
        $field.ok_or_else(|| <__A::Error as serde::de::Error>::missing_field($wire))?
    };
    (@finish $field:ident $wire:literal $kind:ident $($encoding:tt)*) => { $field.unwrap_or_default() };
}
#[allow(unused_imports)]
pub(crate) use json_object;

/// `Serialize` and `Deserialize` for a `oneOf` enum, whose variants are told apart by their
/// JSON form: `one_of!(Name { A, B, ..Unknown })`.
///
/// A value is written as the variant it holds. Reading tries the variants in order on the JSON
/// read once, as `serde`'s `untagged` does, and keeps what none accepts in the `..` variant (a
/// `serde_json::Value`; without one, that is an error). Unlike the derive this is one small
/// function per enum: the derive also writes, for every variant, its own buffered decoding.
#[allow(unused_macros)]
macro_rules! one_of {
    ($name:ident { $($variant:ident),* $(, ..$unknown:ident)? }) => {
        impl serde::Serialize for $name {
            fn serialize<__S: serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                match self {
                    $(Self::$variant(value) => serde::Serialize::serialize(value, serializer),)*
                    $(Self::$unknown(value) => serde::Serialize::serialize(value, serializer),)?
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                $(if let Ok(value) = serde::Deserialize::deserialize(&value) {
                    return Ok(Self::$variant(value));
                })*
                crate::runtime::one_of!(@rest $name value $($unknown)?)
            }
        }
    };
    (@rest $name:ident $value:ident $unknown:ident) => { Ok(Self::$unknown($value)) };
    (@rest $name:ident $value:ident) => {
        Err(serde::de::Error::custom(concat!("data did not match any variant of ", stringify!($name))))
    };
}
#[allow(unused_imports)]
pub(crate) use one_of;

/// Writes a model's JSON object for `json_object!`, one call per field.
///
/// The first error is kept and returned by [`end`](Self::end), so that a field costs its
/// model one plain call rather than a `?` and a branch.
pub struct ObjectWriter<S: serde::Serializer> {
    map: S::SerializeMap,
    error: Option<S::Error>,
}

impl<S: serde::Serializer> ObjectWriter<S> {
    /// Starts the object.
    pub fn new(serializer: S) -> Result<Self, S::Error> {
        Ok(Self { map: serializer.serialize_map(None)?, error: None })
    }

    /// Writes an entry.
    pub fn entry<K: serde::Serialize + ?Sized, V: serde::Serialize + ?Sized>(&mut self, key: &K, value: &V) {
        use serde::ser::SerializeMap as _;
        if self.error.is_none() {
            if let Err(error) = self.map.serialize_entry(key, value) {
                self.error = Some(error);
            }
        }
    }

    /// Writes an entry in the encoding `E`.
    pub fn entry_as<E: SerializeAs<V>, V>(&mut self, key: &str, value: &V) {
        self.entry(key, &SerializeWith::<V, E>::new(value));
    }

    /// Writes an entry unless the value is `None`.
    pub fn optional<V: serde::Serialize>(&mut self, key: &str, value: &Option<V>) {
        if let Some(value) = value {
            self.entry(key, value);
        }
    }

    /// Writes an entry in the encoding `E` unless the value is `None`.
    pub fn optional_as<E: SerializeAs<V>, V>(&mut self, key: &str, value: &Option<V>) {
        if let Some(value) = value {
            self.entry_as::<E, V>(key, value);
        }
    }

    /// Writes a discriminator unless it is empty.
    pub fn tag(&mut self, key: &str, value: &str) {
        if !value.is_empty() {
            self.entry(key, value);
        }
    }

    /// Ends the object, or returns the first error.
    pub fn end(self) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        match self.error {
            Some(error) => Err(error),
            None => self.map.end(),
        }
    }
}

/// An object key, borrowed from the input when it can be.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key, owned.
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(value)))
            }
            fn visit_str<E>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value.to_owned())))
            }
            fn visit_string<E>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value)))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// The value of a required field that is absent: `None` for an `Option`, an error for
/// anything else (as `serde`'s derive does).
pub fn missing_field<'de, T: serde::Deserialize<'de>, E: serde::de::Error>(field: &'static str) -> Result<T, E> {
    struct Missing;
    impl<'de> serde::Deserializer<'de> for Missing {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("missing"))
        }
        fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            visitor.visit_none()
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
            unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
        }
    }
    T::deserialize(Missing).map_err(|_| E::missing_field(field))
}

// --- Open enums ---

/// The trait impls of a string enum that stays open to values the spec does not list.
///
/// The model declares the enum (a unit variant per known value and `UnknownValue(String)`)
/// and its `as_str` (each variant's wire value); `open_enum!(Name { Variant, … })` adds
/// `KNOWN` and reads and writes the enum through `as_str`, so each enum's code holds its
/// values once and the rest is shared here.
#[allow(unused_macros)]
macro_rules! open_enum {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        impl $name {
            /// Every value this version of the crate knows.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::KNOWN
                    .iter()
                    .find(|known| known.as_str() == value)
                    .cloned()
                    .unwrap_or_else(|| Self::UnknownValue(value.to_owned()))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<str> as serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use open_enum;

// --- Discriminated unions ---

/// Serializes a union variant with its discriminator: `property` is set to `tag` unless
/// the variant already carries a value for it (a struct without such a field, or one that
/// holds `None` or an empty string, is still sent with the tag the service needs).
pub fn tagged<T: serde::Serialize, S: serde::Serializer>(
    value: &T,
    property: &str,
    tag: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::Error as _;
    let mut json = serde_json::to_value(value).map_err(S::Error::custom)?;
    if let Some(object) = json.as_object_mut() {
        if object.get(property).is_none_or(|value| value.is_null() || value.as_str() == Some("")) {
            object.insert(property.to_owned(), serde_json::Value::from(tag));
        }
    }
    serde::Serialize::serialize(&json, serializer)
}

/// Removes the discriminator from a variant's JSON before it is decoded into a struct that
/// has no field for it (so it does not land among the struct's undeclared properties).
pub fn untag(mut value: serde_json::Value, property: &str) -> serde_json::Value {
    if let Some(object) = value.as_object_mut() {
        object.remove(property);
    }
    value
}

// ---- Server-sent events (text/event-stream) ----

/// One server-sent event, as the HTML Living Standard's event-stream parser dispatches it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` field; `message` when the event names none.
    pub event: String,
    /// The `data:` lines joined with `\n`.
    pub data: String,
    /// The last event ID seen so far (`id:` fields are sticky; one containing NUL is ignored):
    /// send it back as `Last-Event-ID` when reconnecting.
    pub id: Option<String>,
    /// The reconnection time in milliseconds from the last valid `retry:` field (ASCII digits only).
    pub retry: Option<u64>,
}

impl SseEvent {
    /// Parses a whole `text/event-stream` body into its events. Comments and unknown fields
    /// are skipped, and an event with no data is not dispatched, as the standard says.
    pub fn parse_all(body: &str) -> Vec<SseEvent> {
        let mut events = Vec::new();
        let (mut event, mut data, mut id, mut retry) = (String::new(), String::new(), None::<String>, None::<u64>);
        let body = body.strip_prefix('\u{feff}').unwrap_or(body);
        let normalized = body.replace("\r\n", "\n").replace('\r', "\n");
        for line in normalized.split('\n') {
            if line.is_empty() {
                if !data.is_empty() {
                    data.pop();
                    let name = if event.is_empty() { "message".to_owned() } else { std::mem::take(&mut event) };
                    events.push(SseEvent { event: name, data: std::mem::take(&mut data), id: id.clone(), retry });
                }
                event.clear();
                data.clear();
                continue;
            }
            if line.starts_with(':') {
                continue;
            }
            let (field, value) = match line.split_once(':') {
                Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
                None => (line, ""),
            };
            match field {
                "event" => event = value.to_owned(),
                "data" => {
                    data.push_str(value);
                    data.push('\n');
                }
                "id" if !value.contains('\0') => id = Some(value.to_owned()),
                "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => retry = value.parse().ok(),
                _ => {}
            }
        }
        events
    }
}

// ---- multipart/form-data request bodies ----

/// A `multipart/form-data` request body, built part by part (RFC 7578).
///
/// Text and JSON parts carry a value; file parts carry bytes with a file name and a media
/// type. Several parts may share a name (arrays of files or values).
#[derive(Debug, Clone, Default)]
pub struct Form {
    parts: Vec<FormPart>,
}

/// One part of a [`Form`].
#[derive(Debug, Clone)]
struct FormPart {
    name: String,
    filename: Option<String>,
    content_type: Option<String>,
    body: Bytes,
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text part (`Content-Type` left out, which means `text/plain`).
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        let body = Bytes::from(value.into());
        self.parts.push(FormPart { name: name.to_owned(), filename: None, content_type: None, body });
        self
    }

    /// Adds a part holding `value` as JSON (`Content-Type: application/json`).
    pub fn json<T: serde::Serialize>(mut self, name: &str, value: &T) -> azure_core::Result<Self> {
        let body = json_body(value)?;
        self.parts.push(FormPart {
            name: name.to_owned(),
            filename: None,
            content_type: Some("application/json".to_owned()),
            body,
        });
        Ok(self)
    }

    /// Adds a file part: its bytes, the file name to report (if any) and its media type
    /// (`application/octet-stream` when `None`).
    pub fn file(mut self, name: &str, body: impl Into<Bytes>, filename: Option<&str>, content_type: Option<&str>) -> Self {
        self.parts.push(FormPart {
            name: name.to_owned(),
            filename: filename.map(str::to_owned),
            content_type: Some(content_type.unwrap_or("application/octet-stream").to_owned()),
            body: body.into(),
        });
        self
    }

    /// The `Content-Type` header value (with the boundary) and the encoded body.
    pub fn encode(&self) -> (String, Bytes) {
        let boundary = self.boundary();
        let mut out = Vec::new();
        for part in &self.parts {
            out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let mut disposition = format!("Content-Disposition: form-data; name=\"{}\"", quoted(&part.name));
            if let Some(filename) = &part.filename {
                disposition.push_str(&format!("; filename=\"{}\"", quoted(filename)));
            }
            out.extend_from_slice(disposition.as_bytes());
            out.extend_from_slice(b"\r\n");
            if let Some(content_type) = &part.content_type {
                out.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
            }
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(&part.body);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), Bytes::from(out))
    }

    /// A boundary found in no part: a random token, lengthened in the unlikely case it is.
    fn boundary(&self) -> String {
        let mut boundary = format!("restgen-{}", uuid_like());
        while self.parts.iter().any(|p| p.body.windows(boundary.len()).any(|w| w == boundary.as_bytes())) {
            boundary.push_str(&uuid_like());
        }
        boundary
    }
}

/// Escapes `"`, CR and LF in a header parameter value (RFC 7578 §4.2).
fn quoted(value: &str) -> String {
    value.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A")
}

/// 32 hex digits from the clock and a counter: unique enough for a multipart boundary.
fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{nanos:016x}{:016x}", count.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

// ---- Authentication and request parameters (bearer tokens on loopback, path lists) ----

/// Authenticates with bearer tokens from a [`TokenCredential`](azure_core::credentials::TokenCredential):
/// azure_core's `BearerTokenAuthorizationPolicy` (token cache, refresh, `401` handling), which
/// refuses plain HTTP so that a token never crosses the network unencrypted. This policy
/// keeps that rule, with one exception: plain HTTP to a loopback address (`localhost`,
/// `127.0.0.0/8`, `::1`), where the token never leaves the machine (a local emulator, a test
/// server).
#[derive(Debug, Clone)]
pub struct BearerTokenPolicy {
    inner: azure_core::http::policies::auth::BearerTokenAuthorizationPolicy,
}

impl BearerTokenPolicy {
    /// Requests tokens from `credential` for `scopes`.
    pub fn new<A, B>(credential: Arc<dyn azure_core::credentials::TokenCredential>, scopes: A) -> Self
    where
        A: IntoIterator<Item = B>,
        B: Into<String>,
    {
        Self {
            inner: azure_core::http::policies::auth::BearerTokenAuthorizationPolicy::new(credential, scopes),
        }
    }
}

/// Whether `url` is plain HTTP to this machine.
fn is_loopback_http(url: &Url) -> bool {
    if url.scheme() != "http" {
        return false;
    }
    let Some(host) = url.host_str() else { return false };
    match host.trim_start_matches('[').trim_end_matches(']').parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

/// Puts the request's own URL back, just before it goes on to the rest of the pipeline.
#[derive(Debug)]
struct RestoreUrl(Url);

#[async_trait::async_trait]
impl Policy for RestoreUrl {
    async fn send(&self, ctx: &Context, request: &mut Request, next: &[Arc<dyn Policy>]) -> PolicyResult {
        *request.url_mut() = self.0.clone();
        next[0].send(ctx, request, &next[1..]).await
    }
}

#[async_trait::async_trait]
impl Policy for BearerTokenPolicy {
    async fn send(&self, ctx: &Context, request: &mut Request, next: &[Arc<dyn Policy>]) -> PolicyResult {
        if !is_loopback_http(request.url()) {
            return self.inner.send(ctx, request, next).await;
        }
        // The inner policy only checks the scheme: show it `https`, and restore the real URL
        // in a policy placed between it and the rest of the pipeline.
        let original = request.url().clone();
        let mut shown = original.clone();
        if shown.set_scheme("https").is_err() {
            return self.inner.send(ctx, request, next).await;
        }
        *request.url_mut() = shown;
        let mut chain: Vec<Arc<dyn Policy>> = Vec::with_capacity(next.len() + 1);
        chain.push(Arc::new(RestoreUrl(original.clone())));
        chain.extend(next.iter().cloned());
        let result = self.inner.send(ctx, request, &chain).await;
        *request.url_mut() = original;
        result
    }
}

/// Percent-encodes each item like [`path_segment`] and joins them with `separator`, which is
/// sent as is: a list in a path, `a,b` (RFC 6570 simple expansion), not `a%2Cb`.
pub fn path_list<I: AsRef<str>>(
    items: impl IntoIterator<Item = I>,
    separator: &str,
) -> azure_core::Result<String> {
    let mut out = String::new();
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.push_str(separator);
        }
        for byte in item.as_ref().bytes() {
            if is_unreserved(byte) {
                out.push(byte as char);
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    if out.is_empty() || out == "." || out == ".." {
        return Err(azure_core::Error::with_message(
            azure_core::error::ErrorKind::DataConversion,
            format!("'{out}' is not allowed as a path parameter value"),
        ));
    }
    Ok(out)
}
