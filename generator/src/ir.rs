//! The intermediate representation: one model of an API that every front end lowers into
//! and the emitter prints from.
//!
//! The IR knows HTTP and data shapes. It holds no `serde_json` values (examples and defaults
//! are kept as literal text) and no Rust syntax (names are the spec's own; the emitter
//! decides how they look in Rust). Everything is ordered as it appears in the spec, so
//! output built from it is deterministic.

use indexmap::IndexMap;

/// Where in which document something came from: used by diagnostics and doc comments.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Source {
    /// The document's path as given on the command line or reached through `$ref`.
    pub file: String,
    /// RFC 6901 JSON pointer inside that document (`""` for the root).
    pub pointer: String,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}", self.file, self.pointer)
    }
}

/// A problem found while lowering that did not stop generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the construct lives.
    pub source: Source,
    /// What happened and what was generated instead.
    pub message: String,
}

/// One service: everything generated from one spec (and the files it references).
#[derive(Debug, Clone, Default)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.description`.
    pub description: Option<String>,
    /// `info.version`: the default api-version for Azure services.
    pub version: String,
    /// Base URL template; `None` when the spec names no server at all.
    pub server: Option<Server>,
    /// How requests may authenticate; empty when the spec declares no security.
    pub auth: Vec<AuthScheme>,
    /// A security requirement is empty (`{}`): the service also takes requests without
    /// credentials, besides the schemes in `auth`.
    pub anonymous: bool,
    /// Parameters every operation shares, set once on the client (api-version, host parameters).
    pub client_params: Vec<ClientParam>,
    /// Operations in spec order.
    pub operations: Vec<Operation>,
    /// Named types, keyed by [`TypeId`], in the order they were first reached.
    pub types: IndexMap<TypeId, TypeDef>,
    /// What lowering could not express exactly, and what it generated instead.
    pub diagnostics: Vec<Diagnostic>,
}

impl Api {
    /// `ty` with named aliases followed to what they stand for.
    pub fn unaliased<'a>(&'a self, mut ty: &'a TypeRef) -> &'a TypeRef {
        // Bounded: lowering never makes alias cycles, but a bug must not hang the emitter.
        for _ in 0..64 {
            match ty {
                TypeRef::Named(id) => match self.types.get(id).map(|def| &def.kind) {
                    Some(TypeKind::Alias(inner)) => ty = inner,
                    _ => break,
                },
                _ => break,
            }
        }
        ty
    }

    /// Named types reached from `operations` (parameters, bodies, response bodies and
    /// headers) and from the types `roots`, through struct fields, additional properties,
    /// union variants and aliases. Used to generate only what selected operations need, and
    /// to gate types behind the features of the operation groups that use them.
    pub fn reached_types(&self, operations: &[&Operation], roots: &[&TypeId]) -> std::collections::HashSet<TypeId> {
        let mut pending: Vec<&TypeRef> = Vec::new();
        for op in operations {
            pending.extend(op.params.iter().map(|p| &p.ty));
            if let Some(BodyType::Json(ty) | BodyType::Xml(ty)) = op.body.as_ref().map(|b| &b.ty) {
                pending.push(ty);
            }
            for response in &op.responses {
                if let Some(BodyType::Json(ty) | BodyType::Xml(ty)) = response.body.as_ref().map(|b| &b.ty) {
                    pending.push(ty);
                }
                pending.extend(response.headers.iter().map(|h| &h.ty));
            }
        }
        let mut ids: Vec<&TypeId> = roots.to_vec();
        let mut seen = std::collections::HashSet::new();
        loop {
            while let Some(ty) = pending.pop() {
                match ty {
                    TypeRef::Named(id) => ids.push(id),
                    TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => pending.push(inner),
                    TypeRef::Primitive(_) | TypeRef::Any => {}
                }
            }
            let Some(id) = ids.pop() else { break };
            if !seen.insert(id.clone()) {
                continue;
            }
            match self.types.get(id).map(|def| &def.kind) {
                Some(TypeKind::Struct(s)) => {
                    pending.extend(s.fields.iter().map(|f| &f.ty));
                    pending.extend(s.additional.as_ref());
                }
                Some(TypeKind::Union(u)) => ids.extend(u.variants.values().chain(u.base.as_ref())),
                Some(TypeKind::Alias(inner)) => pending.push(inner),
                Some(TypeKind::OneOf(members)) => pending.extend(members),
                Some(TypeKind::Enum(_)) | None => {}
            }
        }
        seen
    }
}

/// The base URL, e.g. `{endpoint}` or `https://{accountEndpoint}/deviceupdate/{instanceId}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// URL template with `{name}` placeholders; each names a [`ClientParam`] in `Api::client_params`.
    pub url: String,
}

/// A parameter of the client rather than of one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientParam {
    /// Name as written in the spec (`api-version`, `endpoint`).
    pub name: String,
    /// Doc text.
    pub description: Option<String>,
    /// Where the value goes.
    pub location: ClientParamLocation,
    /// Value used when the caller gives none (an api-version, a server variable default).
    /// A param with a default becomes a field of the client's options; without one, a
    /// constructor argument.
    pub default: Option<String>,
}

/// Where a client-level value is placed on each request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientParamLocation {
    /// Substituted into [`Server::url`] (not percent-encoded: it is part of the host or base path).
    Server,
    /// Substituted into the path of every operation that declares it (percent-encoded).
    Path,
    /// Added to every operation that declares it as a query parameter.
    Query,
    /// Sent as a header on every operation that declares it.
    Header,
}

/// A way to authenticate; a client may accept several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthScheme {
    /// OAuth2 / OpenID Connect bearer token from a token credential.
    OAuth2 {
        /// Scheme name in the spec.
        name: String,
        /// Scopes to request (from the flows), in spec order.
        scopes: Vec<String>,
    },
    /// A secret sent verbatim in a header or query parameter.
    ApiKey {
        /// Scheme name in the spec.
        name: String,
        /// Header or query parameter name that carries the key.
        param: String,
        /// Header or query.
        location: ParamLocation,
    },
    /// HTTP authentication (`bearer`, `basic`, or a custom scheme such as `SharedAccessKey`):
    /// `Authorization: <scheme> <secret>`.
    Http {
        /// Scheme name in the spec.
        name: String,
        /// The HTTP authentication scheme as written (case-insensitive: `bearer`, `Basic`, …).
        scheme: String,
    },
}

/// One HTTP operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId` as written (or synthesized from method and path, with a diagnostic).
    pub id: String,
    /// The operation group: the id's prefix before its first `_`, `.` or `/`
    /// (`ChatThread` of `ChatThread_GetChatThread`, `repos` of `repos/get`); else its first
    /// tag; `None` when it has neither.
    pub group: Option<String>,
    /// The operation's name within its group: the id after the group's separator
    /// (`GetChatThread`, `call.cancelMediaProcessing`), or the whole id without a group.
    pub name: String,
    /// Tags in spec order (used to select operations).
    pub tags: Vec<String>,
    /// One-line summary.
    pub summary: Option<String>,
    /// Longer description.
    pub description: Option<String>,
    /// HTTP method.
    pub method: Method,
    /// Path template relative to the server, e.g. `/chat/threads/{chatThreadId}`.
    pub path: Vec<PathSegment>,
    /// Operation parameters (client-level ones are in `Api::client_params` and referenced by name).
    pub params: Vec<Parameter>,
    /// Request body, if any.
    pub body: Option<RequestBody>,
    /// Responses in spec order.
    pub responses: Vec<Response>,
    /// Marked `deprecated`.
    pub deprecated: bool,
    /// Set when the operation returns pages (x-ms-pageable, or an OData collection).
    pub paging: Option<Paging>,
    /// Set when the operation is long-running (`x-ms-long-running-operation`).
    pub lro: Option<Lro>,
    /// Where the operation is declared.
    pub source: Source,
}

/// HTTP methods an operation may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// PATCH
    Patch,
    /// HEAD
    Head,
    /// OPTIONS
    Options,
    /// TRACE
    Trace,
}

/// A piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Text sent as is (already valid in a URL path).
    Literal(String),
    /// A parameter's value, named as in `Parameter::name`, percent-encoded unless the
    /// parameter says otherwise.
    Param(String),
    /// An OData function parameter inside a segment: `name=<value>` formatted as an OData
    /// literal (strings single-quoted with quotes doubled; numbers, dates and GUIDs bare).
    ODataParam(String),
}

/// Where an operation parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamLocation {
    /// Substituted into the path.
    Path,
    /// Query string.
    Query,
    /// Request header.
    Header,
    /// Cookie.
    Cookie,
}

/// How an array parameter is written (Swagger `collectionFormat`, OpenAPI `style`/`explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Collection {
    /// `a,b,c` (csv, form without explode, simple).
    #[default]
    Csv,
    /// `a b c`.
    Ssv,
    /// `a\tb\tc`.
    Tsv,
    /// `a|b|c`.
    Pipes,
    /// Repeated: `x=a&x=b`.
    Multi,
}

/// An operation parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Name on the wire.
    pub name: String,
    /// Name the spec asks clients to use instead (`x-ms-client-name`).
    pub client_name: Option<String>,
    /// Where it goes.
    pub location: ParamLocation,
    /// Must the caller give it.
    pub required: bool,
    /// Value type.
    pub ty: TypeRef,
    /// Doc text.
    pub description: Option<String>,
    /// Array encoding.
    pub collection: Collection,
    /// Send the value as is in the path (`x-ms-skip-url-encoding`).
    pub skip_url_encoding: bool,
    /// Set when this is a client-level parameter (its name is in `Api::client_params`).
    pub client_level: bool,
    /// A single allowed value that is always sent (e.g. a constant header); the caller gives nothing.
    pub constant: Option<String>,
    /// A value the client makes itself when the caller gives none; such a parameter is
    /// optional for the caller even when the spec requires it on the wire.
    pub generated: Option<Generated>,
    /// The value sent when the caller gives none (`x-ms-client-default`), as written on the
    /// wire; like `generated`, it makes a query or header parameter optional for the caller.
    pub client_default: Option<String>,
}

/// A request value the client makes once per call (retries resend the same one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generated {
    /// A new random UUID (`Repeatability-Request-ID`).
    Uuid,
    /// The time of the call as an HTTP date, RFC 7231 (`Repeatability-First-Sent`).
    HttpDateNow,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// Media type sent in `Content-Type`.
    pub content_type: String,
    /// Every media type the spec lists for the body, in spec order. Raw bytes offered under
    /// several types, or under a wildcard (`*/*`), are sent with the type the caller names.
    pub content_types: Vec<String>,
    /// What is sent.
    pub ty: BodyType,
    /// Must the caller give it.
    pub required: bool,
    /// Doc text.
    pub description: Option<String>,
}

/// Shape of a request or response body.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyType {
    /// JSON of the given type.
    Json(TypeRef),
    /// Raw bytes (octet-stream, images, files): streamed, never parsed.
    Binary,
    /// Text (`text/plain`).
    Text,
    /// XML of the given type (`application/xml`, `text/xml`): elements and attributes as the
    /// schemas' `xml` objects say.
    Xml(TypeRef),
    /// `multipart/form-data`: the caller builds the parts (text, JSON, files).
    Multipart,
}

/// Which status codes a response covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusMatch {
    /// One exact code.
    Code(u16),
    /// A class: `2XX` is `Range(2)`.
    Range(u8),
    /// Everything not matched otherwise.
    Default,
}

/// One response of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// Status codes it covers.
    pub status: StatusMatch,
    /// Doc text.
    pub description: Option<String>,
    /// Body, if any (media type and shape).
    pub body: Option<ResponseBody>,
    /// Declared response headers in spec order.
    pub headers: Vec<ResponseHeader>,
    /// An error outcome (non-2xx unless the spec says otherwise via `x-ms-error-response`).
    pub is_error: bool,
}

/// A response body.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseBody {
    /// Media type as declared (the first JSON one when several are listed).
    pub content_type: String,
    /// What it holds.
    pub ty: BodyType,
}

/// A declared response header.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeader {
    /// Header name as written.
    pub name: String,
    /// Value type (usually a string or date-time).
    pub ty: TypeRef,
    /// Doc text.
    pub description: Option<String>,
}

/// How an operation's results continue on further pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    /// JSON property holding the items (`value`).
    pub item_name: String,
    /// JSON property holding the next page's URL (`nextLink`, `@odata.nextLink`); `None` for a single page.
    pub next_link_name: Option<String>,
    /// JSON property holding a delta link to resume from later (`@odata.deltaLink`).
    pub delta_link_name: Option<String>,
}

/// How a long-running operation is followed to its end and where its result comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lro {
    /// Where the final result is read once the operation succeeded
    /// (`x-ms-long-running-operation-options.final-state-via`).
    pub final_state: LroFinalState,
    /// Type of the final result; `None` when the operation ends without one (a delete).
    pub result: Option<TypeRef>,
    /// The status monitor's property that holds the result (`result` in Azure.Core's
    /// operation status), when the result is not a resource fetched separately.
    pub result_property: Option<String>,
}

/// Where a long-running operation's final result is, once its status says it succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LroFinalState {
    /// The spec does not say: the original URL for PUT and PATCH, else the `Location`
    /// header when there was one, else the last status.
    Default,
    /// The URL in the initial response's `Operation-Location` header (its status monitor).
    OperationLocation,
    /// The URL in the initial response's `Azure-AsyncOperation` header.
    AzureAsyncOperation,
    /// The URL in the initial response's `Location` header.
    Location,
    /// The URL of the initial request.
    OriginalUri,
}

/// Key of a named type: the spec's own name (schema key or `$ref` target), made unique.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub String);

/// A reference to a type, named or structural.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// A named type in `Api::types`.
    Named(TypeId),
    /// A scalar.
    Primitive(Primitive),
    /// A JSON array.
    List(Box<TypeRef>),
    /// A JSON object with string keys and values of one type.
    Map(Box<TypeRef>),
    /// A list item or map value that may be JSON `null` (a field says so with
    /// [`Field::nullable`] instead).
    Nullable(Box<TypeRef>),
    /// Any JSON value: used where the spec allows anything, and where a construct cannot
    /// be expressed (with a diagnostic).
    Any,
}

/// Scalar types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Primitive {
    /// Text.
    String,
    /// true / false.
    Bool,
    /// `int32`.
    I32,
    /// `int64` and integers without a format.
    I64,
    /// `float`.
    F32,
    /// `double` and numbers without a format.
    F64,
    /// RFC 3339 date-time.
    DateTime,
    /// RFC 7231 (HTTP) date-time (`http-date`, `date-time-rfc1123`).
    DateTimeRfc7231,
    /// A date-time sent as the number of seconds since the Unix epoch.
    UnixTime,
    /// `date` (YYYY-MM-DD), kept as text.
    Date,
    /// `time`, kept as text.
    Time,
    /// A duration written as ISO 8601 text (`P40D`).
    Duration,
    /// A duration sent as a number of seconds (`format: seconds`).
    DurationSeconds(Number),
    /// A duration sent as a number of milliseconds (`format: milliseconds`).
    DurationMilliseconds(Number),
    /// `uuid`.
    Uuid,
    /// Bytes sent as base64 text (`byte`, `base64`).
    Base64,
    /// Bytes sent as base64url text, unpadded.
    Base64Url,
    /// `uri` / `url`, kept as text.
    Url,
    /// An integer sent as a JSON string (`type: string` with an integer format such as `int64`).
    IntegerText,
    /// A number sent as a JSON string (`type: string` with `format: double`, `float` or `decimal`).
    NumberText,
    /// A list of strings sent as one string, joined by a delimiter (TypeSpec's `ArrayEncoding`).
    Delimited(Delimiter),
}

/// Whether a numeric encoding is written as an integer or as a number with a fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {
    /// `type: integer`.
    Integer,
    /// `type: number`.
    Float,
}

/// What joins the items of a [`Primitive::Delimited`] list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delimiter {
    /// `,`
    Comma,
    /// ` `
    Space,
    /// `|`
    Pipe,
    /// A line feed.
    Newline,
}

/// A named type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// The spec's name, e.g. `microsoft.graph.commsOperation` or `ChatThread`.
    pub name: String,
    /// Doc text.
    pub description: Option<String>,
    /// What it is.
    pub kind: TypeKind,
    /// Where it is defined.
    pub source: Source,
    /// How the type is named as an XML element (the schema's `xml` object).
    pub xml: XmlNode,
}

/// The XML name of a type or property: the schema's `xml` `name`, `prefix` and `namespace`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XmlNode {
    /// Element (or attribute) name instead of the schema's or property's own.
    pub name: Option<String>,
    /// Namespace prefix written before the name.
    pub prefix: Option<String>,
    /// Namespace URI the prefix (or the default namespace) stands for.
    pub namespace: Option<String>,
}

/// How a property is written in XML, from its schema's `xml` object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XmlField {
    /// Name and namespace of the element or attribute.
    pub node: XmlNode,
    /// An attribute of the parent element rather than a child element.
    pub attribute: bool,
    /// The parent element's text content (`x-ms-text`).
    pub text: bool,
    /// An array inside a wrapper element named after the property; otherwise each item is
    /// an element of its own named after the property.
    pub wrapped: bool,
    /// For wrapped arrays: the name of each item element (the items' `xml.name`, else the
    /// referenced schema's XML name or key, else the scalar's format or type).
    pub item_name: Option<String>,
}
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// An object with known properties (allOf parents already merged in, parents first).
    Struct(Struct),
    /// A set of allowed values.
    Enum(Enum),
    /// A polymorphic base: one of several structs picked by a discriminator property.
    Union(Union),
    /// Another name for a structural type (a named array, map, or primitive).
    Alias(TypeRef),
    /// A value of one of several types told apart by their JSON form alone (`anyOf` /
    /// `oneOf` without a discriminator), in the order they should be tried. Never holds two
    /// string types: string choices are merged into one (open) enum first.
    OneOf(Vec<TypeRef>),
}

/// An object type.
#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// Properties in spec order.
    pub fields: Vec<Field>,
    /// Type of extra properties (`additionalProperties`), if allowed and typed.
    pub additional: Option<TypeRef>,
}

/// A property of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// JSON name.
    pub name: String,
    /// Name the spec asks clients to use instead (`x-ms-client-name`).
    pub client_name: Option<String>,
    /// Value type.
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// May be JSON `null` (`nullable`, `x-nullable`, `type: [.., "null"]`, `anyOf` with a null branch).
    pub nullable: bool,
    /// Set by the server only.
    pub read_only: bool,
    /// Doc text.
    pub description: Option<String>,
    /// How it is written in XML bodies.
    pub xml: XmlField,
    /// The value a new model starts with (`x-ms-client-default`), as the spec writes it: a
    /// string, number or boolean as text.
    pub client_default: Option<String>,
}

/// An enumeration.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    /// Underlying wire type: [`Primitive::String`], an integer or a number.
    pub base: Primitive,
    /// Allowed values in spec order.
    pub values: Vec<EnumValue>,
    /// Unknown values are legal (`x-ms-enum.modelAsString`, Graph's evolvable enums): the
    /// emitted type keeps them instead of failing.
    pub open: bool,
}

/// One allowed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    /// The value as text (`"completed"`, `"42"`).
    pub value: String,
    /// A name for it, when the spec gives one (`x-ms-enum.values[].name`).
    pub name: Option<String>,
    /// Doc text.
    pub description: Option<String>,
}

/// A discriminated union.
#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    /// JSON property whose value picks the variant (`@odata.type`, `kind`).
    pub discriminator: String,
    /// Wire value → the concrete struct, in spec order. Values are as on the wire
    /// (`#microsoft.graph.recordOperation`).
    pub variants: IndexMap<String, TypeId>,
    /// The base's own fields as a struct, used when the discriminator is absent or names
    /// the base itself.
    pub base: Option<TypeId>,
    /// The discriminator value that names the base itself (`#microsoft.graph.commsOperation`).
    pub base_value: Option<String>,
}
