//! Operation parameters: merging path-level and operation-level lists, types, array
//! encodings, constants, and client-level parameters.
//!
//! Client-level parameters stay in the operation's list (with `client_level: true`, so
//! the emitter knows which operations send them) and are declared once in
//! `Api::client_params`:
//! - `api-version` in the query, anywhere; its default is its only enum value, else its
//!   `default`, else `info.version`;
//! - any parameter marked `x-ms-parameter-location: client` (e.g. Device Update's
//!   `instanceId` path parameter), placed where its `in` says.
//!
//! Constants (`constant: Some(value)`): an OpenAPI 3.1 `const`, a required parameter
//! with a single enum value (unless `x-ms-enum.modelAsString: true` says more values may
//! come), and `Accept` / `Content-Type` headers with a single value.
//!
//! Generated values (`generated: Some(..)`): the repeatability headers, which the client
//! fills in when the caller gives none.
//!
//! Client defaults (`client_default: Some(..)`): autorest's `x-ms-client-default` (TypeSpec's
//! `@clientDefaultValue`), a value the client sends when the caller gives none.

use super::context::{arr_of, bool_of, describe, ref_of, scalar_text, str_of, Lowerer};
use super::names::{key_name, synth};
use super::schema::enum_def;
use super::server::single_enum;
use crate::ir::{
    ClientParam, ClientParamLocation, Collection, Generated, ParamLocation, Parameter, Primitive, RequestBody, TypeRef,
};
use crate::load::json::Value;
use crate::load::Location;

/// A parameter as written, after `$ref`s are followed.
pub(super) struct RawParam<'s> {
    /// Where its definition is (the `$ref` target for shared parameters).
    pub loc: Location,
    /// Its definition.
    pub v: &'s Value,
    /// Reached through a `$ref` (a shared parameter, named after its key).
    pub shared: bool,
}

/// What a parameter turned into.
pub(super) enum Lowered {
    /// An ordinary parameter.
    Param(Parameter),
    /// A Swagger 2 body parameter.
    Body(RequestBody),
    /// Not representable; a diagnostic was recorded.
    Skipped,
}

impl<'s> Lowerer<'s> {
    /// The parameters that apply to an operation: the path item's, then the operation's;
    /// an operation parameter with the same `name` and `in` replaces the path item's in place.
    pub(super) fn collect_params(&mut self, lists: [(&Location, &'s Value); 2]) -> Vec<RawParam<'s>> {
        let mut out: Vec<RawParam<'s>> = Vec::new();
        for (owner_loc, owner) in lists {
            let list_loc = owner_loc.child("parameters");
            for (i, p) in arr_of(owner, "parameters").iter().enumerate() {
                let shared = ref_of(p).is_some();
                let Some((loc, v)) = self.deref(&list_loc.child(&i.to_string()), p) else { continue };
                let key = (str_of(v, "name"), str_of(v, "in"));
                let raw = RawParam { loc, v, shared };
                match out.iter_mut().find(|o| (str_of(o.v, "name"), str_of(o.v, "in")) == key) {
                    Some(existing) => *existing = raw,
                    None => out.push(raw),
                }
            }
        }
        out
    }

    /// Lowers one parameter of the operation named `op_name`; `consumes` is used for a
    /// Swagger 2 body.
    pub(super) fn param(&mut self, raw: &RawParam<'s>, op_name: &str, consumes: &[&'s str]) -> Lowered {
        let RawParam { loc, v, shared } = raw;
        let (Some(name), Some(place)) = (str_of(v, "name"), str_of(v, "in")) else {
            self.diag(loc, "parameter without 'name' or 'in'; skipped");
            return Lowered::Skipped;
        };
        let hint = if *shared { key_name(self.spec, loc) } else { synth(op_name, name) };
        let location = match place {
            "path" => ParamLocation::Path,
            "query" => ParamLocation::Query,
            "header" => ParamLocation::Header,
            "cookie" => ParamLocation::Cookie,
            "body" => return Lowered::Body(self.swagger2_body(loc, v, consumes, &format!("{op_name}Request"))),
            "formData" => {
                self.diag(loc, format!("formData parameter '{name}' is not supported yet; skipped"));
                return Lowered::Skipped;
            }
            other => {
                self.diag(loc, format!("parameter '{name}' has unknown location '{other}'; skipped"));
                return Lowered::Skipped;
            }
        };
        let (schema_loc, schema) = self.header_schema(loc, v).unwrap_or((loc.clone(), &Value::Null));
        let required = location == ParamLocation::Path || bool_of(v, "required") == Some(true);

        let constant = constant_of(schema, name, location, required);
        let ty = match &constant {
            // A constant needs no enum type: the caller never gives it. Its literal is sent as
            // written, so only plain numbers keep their type (no date or duration encoding).
            Some(_) => TypeRef::Primitive(match enum_def(schema).map(|(e, _)| e.base) {
                Some(p @ (Primitive::I32 | Primitive::I64 | Primitive::F32 | Primitive::F64)) => p,
                _ => Primitive::String,
            }),
            None if schema.is_null() => TypeRef::Primitive(Primitive::String),
            None => self.schema(&schema_loc, schema, &hint).ty,
        };
        let collection = if matches!(ty, TypeRef::List(_)) { self.collection(v, location) } else { Collection::Csv };
        let description = describe(v).or_else(|| describe(schema));

        let client_location = if name.eq_ignore_ascii_case("api-version") && location == ParamLocation::Query {
            Some(ClientParamLocation::Query)
        } else if str_of(v, "x-ms-parameter-location") == Some("client") {
            Some(match location {
                ParamLocation::Path if self.is_server_param(name) => ClientParamLocation::Server,
                ParamLocation::Path => ClientParamLocation::Path,
                ParamLocation::Query => ClientParamLocation::Query,
                _ => ClientParamLocation::Header,
            })
        } else {
            None
        };
        if let Some(client_location) = client_location {
            let default = single_enum(schema).or_else(|| schema.get("default").and_then(scalar_text)).or_else(|| {
                (client_location == ClientParamLocation::Query && name.eq_ignore_ascii_case("api-version"))
                    .then(|| self.api.version.clone())
                    .filter(|v| !v.is_empty())
            });
            self.add_client_param(ClientParam {
                name: name.to_owned(),
                description: description.clone(),
                location: client_location,
                default,
            });
        }

        // Headers that HTTP (RFC 9110) and Azure's repeatability spec define as HTTP-dates are
        // sent as such even where the spec says only `date-time`.
        let ty = match ty {
            TypeRef::Primitive(Primitive::DateTime) if location == ParamLocation::Header && is_http_date_header(name) => {
                TypeRef::Primitive(Primitive::DateTimeRfc7231)
            }
            ty => ty,
        };
        Lowered::Param(Parameter {
            name: name.to_owned(),
            client_name: str_of(v, "x-ms-client-name").map(str::to_owned),
            location,
            required,
            ty,
            description,
            collection,
            // OpenAPI's `allowReserved` (RFC 6570 reserved expansion) and autorest's flag.
            skip_url_encoding: bool_of(v, "x-ms-skip-url-encoding") == Some(true) || bool_of(v, "allowReserved") == Some(true),
            client_level: client_location.is_some(),
            // The client sends the client-level value; a constant would hide it.
            constant: constant.filter(|_| client_location.is_none()),
            generated: (location == ParamLocation::Header).then(|| generated(name)).flatten(),
            // A scalar only: that is what a query or header value can be written from as is.
            client_default: v.get("x-ms-client-default").and_then(scalar_text),
        })
    }

    /// How an array parameter is written.
    fn collection(&self, v: &Value, location: ParamLocation) -> Collection {
        if !self.oas3() {
            return match str_of(v, "collectionFormat") {
                Some("ssv") => Collection::Ssv,
                Some("tsv") => Collection::Tsv,
                Some("pipes") => Collection::Pipes,
                Some("multi") => Collection::Multi,
                _ => Collection::Csv,
            };
        }
        let form_default = matches!(location, ParamLocation::Query | ParamLocation::Cookie);
        let style = str_of(v, "style").unwrap_or(if form_default { "form" } else { "simple" });
        let explode = bool_of(v, "explode").unwrap_or(style == "form");
        match style {
            "form" if explode => Collection::Multi,
            "spaceDelimited" => Collection::Ssv,
            "pipeDelimited" => Collection::Pipes,
            _ => Collection::Csv,
        }
    }
}

/// Headers whose value the client makes (OASIS repeatable requests, as Azure services use
/// them): a fresh request id and the time of the first try, so that the service can tell a
/// retried request from a new one.
fn generated(header: &str) -> Option<Generated> {
    if header.eq_ignore_ascii_case("repeatability-request-id") {
        Some(Generated::Uuid)
    } else if header.eq_ignore_ascii_case("repeatability-first-sent") {
        Some(Generated::HttpDateNow)
    } else {
        None
    }
}

/// Request headers whose value is an HTTP-date by definition.
fn is_http_date_header(name: &str) -> bool {
    ["if-modified-since", "if-unmodified-since", "if-range", "date", "repeatability-first-sent"]
        .iter()
        .any(|header| name.eq_ignore_ascii_case(header))
}

/// The value of a constant parameter (see the module docs).
fn constant_of(schema: &Value, name: &str, location: ParamLocation, required: bool) -> Option<String> {
    if let Some(c) = schema.get("const").and_then(scalar_text) {
        return Some(c);
    }
    let single = single_enum(schema)?;
    let content_header = location == ParamLocation::Header
        && (name.eq_ignore_ascii_case("accept") || name.eq_ignore_ascii_case("content-type"));
    let extensible = schema.get("x-ms-enum").and_then(|x| bool_of(x, "modelAsString")) == Some(true);
    (content_header || (required && !extensible)).then_some(single)
}

/// The Swagger 2 media types of an operation: its own list, else the root's.
pub(super) fn media_list<'s>(op: &'s Value, root: &'s Value, key: &str) -> Vec<&'s str> {
    let own = arr_of(op, key);
    let list = if own.is_empty() { arr_of(root, key) } else { own };
    list.iter().filter_map(Value::as_str).collect()
}
