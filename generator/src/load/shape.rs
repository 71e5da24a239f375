//! The structural skeleton of a root document: which fields must be objects, arrays or
//! strings, checked without interpreting them.
//!
//! A spec whose `paths` is not an object cannot be used at all ([`fatal`]). Anything else of
//! the wrong shape is ignored by `lower` (which reads leniently), so here it becomes a
//! [`LoadWarning`] naming the file and pointer: without it, a typo such as `parameters:` as
//! a mapping would silently drop every parameter. Only the root document is checked (the
//! role of a referenced file's parts is known only where they are used), every walk is
//! iterative, and nothing that `lower` already reports is reported again.

use super::json::{Map, Value};
use super::{pointer, Dialect, LoadError, LoadWarning};
use std::path::Path;

/// HTTP methods of a path item.
const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/// Other fields of a path item (Swagger 2.0 and OpenAPI 3.x together).
const PATH_ITEM_FIELDS: [&str; 5] = ["parameters", "$ref", "summary", "description", "servers"];

/// Fails when the root document cannot describe any API: `paths` is there but not an object.
pub(crate) fn fatal(path: &Path, root: &Value) -> Result<(), LoadError> {
    match root.get("paths") {
        None | Some(Value::Object(_) | Value::Null) => Ok(()),
        Some(other) => Err(LoadError::Shape {
            path: path.to_path_buf(),
            pointer: "/paths".to_owned(),
            message: format!(
                "`paths` is {}, but must be an object; map each path template to its path item, \
                 like `paths: {{/pets: {{get: …}}}}`",
                super::loader::kind(other)
            ),
        }),
    }
}

/// Every shape problem of the root document `root` (read from `path`), in document order.
pub(crate) fn warnings(path: &Path, dialect: Dialect, root: &Value) -> Vec<LoadWarning> {
    let mut c = Checker { path, dialect, out: Vec::new() };
    if let Value::Object(map) = root {
        c.root(map);
    }
    c.out
}

struct Checker<'p> {
    path: &'p Path,
    dialect: Dialect,
    out: Vec<LoadWarning>,
}

/// `pointer` + `/key`, escaped.
fn child(pointer: &str, key: &str) -> String {
    let mut out = pointer.to_owned();
    pointer::push(&mut out, key);
    out
}

fn kind(v: &Value) -> &'static str {
    super::loader::kind(v)
}

impl Checker<'_> {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.out.push(LoadWarning {
            path: self.path.to_path_buf(),
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    fn oas3(&self) -> bool {
        self.dialect != Dialect::Swagger2
    }

    /// `map[key]` when it is an object; warns when it is there with another type (null counts as absent).
    fn object<'v>(&mut self, map: &'v Map, at: &str, key: &str, what: &str) -> Option<&'v Map> {
        match map.get(key) {
            Some(Value::Object(m)) => Some(m),
            None | Some(Value::Null) => None,
            Some(other) => {
                let found = kind(other);
                self.warn(&child(at, key), format!("`{key}` is {found}, but must be an object ({what}); ignored"));
                None
            }
        }
    }

    /// `map[key]` when it is an array; warns when it is there with another type.
    fn array<'v>(&mut self, map: &'v Map, at: &str, key: &str, what: &str) -> Option<&'v [Value]> {
        match map.get(key) {
            Some(Value::Array(items)) => Some(items),
            None | Some(Value::Null) => None,
            Some(other) => {
                let found = kind(other);
                self.warn(&child(at, key), format!("`{key}` is {found}, but must be an array ({what}); ignored"));
                None
            }
        }
    }

    /// Warns when `map[key]` is there but not a string.
    fn string(&mut self, map: &Map, at: &str, key: &str) {
        match map.get(key) {
            None | Some(Value::String(_)) => {}
            Some(other) => {
                let found = kind(other);
                self.warn(&child(at, key), format!("`{key}` is {found}, but must be a string; ignored"));
            }
        }
    }

    /// Checks a `$ref` field; true when the object is a reference (its other fields are not checked).
    fn reference(&mut self, map: &Map, at: &str) -> bool {
        match map.get("$ref") {
            None => false,
            Some(Value::String(r)) => {
                if r.is_empty() || &**r == "#" {
                    self.warn(
                        at,
                        format!(
                            "`$ref: '{r}'` points to the whole spec document, not to a definition; point it at one, \
                             like `#/{}/Pet`",
                            if self.oas3() { "components/schemas" } else { "definitions" }
                        ),
                    );
                }
                true
            }
            Some(other) => {
                let found = kind(other);
                self.warn(
                    &child(at, "$ref"),
                    format!("`$ref` is {found}, but must be a string such as `#/definitions/Pet`; ignored"),
                );
                false
            }
        }
    }

    fn root(&mut self, root: &Map) {
        self.object(root, "", "info", "with `title` and `version`");
        match root.get("paths") {
            Some(Value::Object(paths)) => self.paths(paths, "/paths"),
            Some(Value::Null) => {
                self.warn("/paths", "`paths` is empty: the client has no operations; add path items under `paths`")
            }
            None if self.dialect != Dialect::OpenApi31 => {
                self.warn("", "there is no `paths`: the client has no operations; add path items under `paths`")
            }
            _ => {}
        }
        if let Some(paths) = self.object(root, "", "x-ms-paths", "path templates to path items") {
            self.paths(paths, "/x-ms-paths");
        }
        self.array(root, "", "security", "of security requirements");
        self.array(root, "", "tags", "of tag objects");
        if self.oas3() {
            if let Some(servers) = self.array(root, "", "servers", "of `{url: …}` objects") {
                self.servers(servers, "/servers");
            }
            if let Some(components) = self.object(root, "", "components", "of reusable parts by kind") {
                self.components(components);
            }
        } else {
            self.string(root, "", "host");
            self.string(root, "", "basePath");
            self.array(root, "", "schemes", "of `http` / `https`");
            self.array(root, "", "consumes", "of media types");
            self.array(root, "", "produces", "of media types");
            if let Some(defs) = self.object(root, "", "definitions", "of named schemas") {
                for (name, schema) in defs {
                    self.schema(&child("/definitions", name), schema);
                }
            }
            if let Some(params) = self.object(root, "", "parameters", "of named parameters") {
                for (name, p) in params {
                    self.parameter(&child("/parameters", name), p);
                }
            }
            if let Some(responses) = self.object(root, "", "responses", "of named responses") {
                for (name, r) in responses {
                    self.response(&child("/responses", name), r);
                }
            }
            self.object(root, "", "securityDefinitions", "of named security schemes");
        }
    }

    fn servers(&mut self, servers: &[Value], at: &str) {
        for (i, server) in servers.iter().enumerate() {
            let at = child(at, &i.to_string());
            match server {
                Value::Object(s) => match s.get("url") {
                    Some(Value::String(_)) => {}
                    None => self.warn(&at, "server has no `url`; ignored"),
                    Some(_) => self.string(s, &at, "url"),
                },
                other => {
                    let found = kind(other);
                    self.warn(
                        &at,
                        format!("server is {found}, but must be an object like `{{url: https://…}}`; ignored"),
                    )
                }
            }
        }
    }

    fn components(&mut self, components: &Map) {
        let at = "/components";
        if let Some(schemas) = self.object(components, at, "schemas", "of named schemas") {
            for (name, schema) in schemas {
                self.schema(&child("/components/schemas", name), schema);
            }
        }
        if let Some(responses) = self.object(components, at, "responses", "of named responses") {
            for (name, r) in responses {
                self.response(&child("/components/responses", name), r);
            }
        }
        if let Some(params) = self.object(components, at, "parameters", "of named parameters") {
            for (name, p) in params {
                self.parameter(&child("/components/parameters", name), p);
            }
        }
        if let Some(bodies) = self.object(components, at, "requestBodies", "of named request bodies") {
            for (name, b) in bodies {
                self.request_body(&child("/components/requestBodies", name), b);
            }
        }
        for key in ["headers", "securitySchemes", "examples", "links", "callbacks", "pathItems"] {
            self.object(components, at, key, "of named parts");
        }
    }

    fn paths(&mut self, paths: &Map, at: &str) {
        for (template, item) in paths {
            if template.starts_with("x-") {
                continue;
            }
            let at = child(at, template);
            if !template.starts_with('/') {
                self.warn(&at, format!("path `{template}` does not start with `/`; write `/{template}`"));
            }
            match item {
                Value::Object(item) => self.path_item(item, &at),
                other => {
                    let found = kind(other);
                    self.warn(
                        &at,
                        format!("path item is {found}, but must be an object of operations by HTTP method; ignored"),
                    )
                }
            }
        }
    }

    fn path_item(&mut self, item: &Map, at: &str) {
        if self.reference(item, at) {
            return;
        }
        if let Some(params) = self.array(item, at, "parameters", "of parameter objects") {
            self.parameters(params, &child(at, "parameters"));
        }
        if self.oas3() {
            if let Some(servers) = self.array(item, at, "servers", "of `{url: …}` objects") {
                self.servers(servers, &child(at, "servers"));
            }
        }
        for (key, value) in item {
            let at = child(at, key);
            if METHODS.contains(&key) {
                match value {
                    Value::Object(op) => self.operation(op, &at),
                    other => {
                        let found = kind(other);
                        self.warn(&at, format!("operation `{key}` is {found}, but must be an object; ignored"))
                    }
                }
            } else if !key.starts_with("x-") && !PATH_ITEM_FIELDS.contains(&key) {
                let lower = key.to_ascii_lowercase();
                let hint = if METHODS.contains(&lower.as_str()) {
                    format!("HTTP methods are lower case: write `{lower}`")
                } else {
                    format!("the methods are {}", METHODS.join(", "))
                };
                self.warn(&at, format!("`{key}` is not an HTTP method or a path item field; ignored ({hint})"));
            }
        }
    }

    fn operation(&mut self, op: &Map, at: &str) {
        self.string(op, at, "operationId");
        if let Some(params) = self.array(op, at, "parameters", "of parameter objects") {
            self.parameters(params, &child(at, "parameters"));
        }
        match op.get("responses") {
            Some(Value::Object(responses)) => {
                for (status, r) in responses {
                    if !status.starts_with("x-") {
                        self.response(&child(&child(at, "responses"), status), r);
                    }
                }
            }
            // Required in Swagger 2.0 and OpenAPI 3.0, optional in 3.1.
            None | Some(Value::Null) if self.dialect != Dialect::OpenApi31 => self.warn(
                at,
                "operation has no `responses`, so its result is not typed; add at least one response, e.g. `200`",
            ),
            None | Some(Value::Null) => {}
            Some(_) => {
                self.object(op, at, "responses", "of responses by status code");
            }
        }
        self.array(op, at, "security", "of security requirements");
        self.array(op, at, "tags", "of tag names");
        if self.oas3() {
            if let Some(body) = op.get("requestBody") {
                self.request_body(&child(at, "requestBody"), body);
            }
        } else {
            self.array(op, at, "consumes", "of media types");
            self.array(op, at, "produces", "of media types");
        }
    }

    fn parameters(&mut self, params: &[Value], at: &str) {
        for (i, p) in params.iter().enumerate() {
            self.parameter(&child(at, &i.to_string()), p);
        }
    }

    fn parameter(&mut self, at: &str, p: &Value) {
        // A parameter that is not an object is reported by lower ("without 'name' or 'in'").
        let Value::Object(p) = p else { return };
        if self.reference(p, at) {
            return;
        }
        self.string(p, at, "name");
        self.string(p, at, "in");
        let location = p.get("in").and_then(Value::as_str);
        if location == Some("path") && p.get("required") != Some(&Value::Bool(true)) {
            let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
            self.warn(at, format!("path parameter `{name}` must have `required: true`; it is treated as required"));
        }
        if let Some(schema) = p.get("schema") {
            self.schema(&child(at, "schema"), schema);
        }
        if self.oas3() {
            self.content(p, at);
        } else if location != Some("body") {
            if let Some(items) = p.get("items") {
                self.schema(&child(at, "items"), items);
            }
        }
    }

    fn response(&mut self, at: &str, r: &Value) {
        let Value::Object(r) = r else {
            let found = kind(r);
            self.warn(at, format!("response is {found}, but must be an object with a `description`; ignored"));
            return;
        };
        if self.reference(r, at) {
            return;
        }
        self.object(r, at, "headers", "of headers by name");
        if self.oas3() {
            self.content(r, at);
        } else if let Some(schema) = r.get("schema") {
            self.schema(&child(at, "schema"), schema);
        }
    }

    fn request_body(&mut self, at: &str, body: &Value) {
        let Value::Object(b) = body else {
            let found = kind(body);
            self.warn(at, format!("request body is {found}, but must be an object with `content`; ignored"));
            return;
        };
        if !self.reference(b, at) {
            self.content(b, at);
        }
    }

    /// `content`: media types to media type objects with a `schema`.
    fn content(&mut self, map: &Map, at: &str) {
        let Some(content) = self.object(map, at, "content", "of media types") else { return };
        let at = child(at, "content");
        for (media, m) in content {
            let at = child(&at, media);
            match m {
                Value::Object(m) => {
                    if let Some(schema) = m.get("schema") {
                        self.schema(&child(&at, "schema"), schema);
                    }
                }
                other => {
                    let found = kind(other);
                    self.warn(
                        &at,
                        format!("media type `{media}` is {found}, but must be an object with a `schema`; ignored"),
                    )
                }
            }
        }
    }

    /// A schema and everything nested in it, with an explicit stack.
    fn schema(&mut self, at: &str, schema: &Value) {
        let mut stack = vec![(at.to_owned(), schema)];
        while let Some((at, schema)) = stack.pop() {
            let s = match schema {
                Value::Object(s) => s,
                Value::Bool(_) if self.dialect == Dialect::OpenApi31 => continue,
                other => {
                    let found = kind(other);
                    self.warn(
                        &at,
                        format!("schema is {found}, but must be an object like `{{type: string}}`; typed as any"),
                    );
                    continue;
                }
            };
            if self.reference(s, &at) {
                continue;
            }
            match s.get("type") {
                None | Some(Value::String(_)) => {}
                Some(Value::Array(types)) if types.iter().all(Value::is_string) => {}
                Some(other) => {
                    let found = kind(other);
                    self.warn(
                        &child(&at, "type"),
                        format!("`type` is {found}, but must be a string such as `object` or `string`; ignored"),
                    );
                }
            }
            if let Some(required) = self.array(s, &at, "required", "of property names") {
                if !required.iter().all(Value::is_string) {
                    self.warn(
                        &child(&at, "required"),
                        "`required` must list property names (strings); the others are ignored",
                    );
                }
            }
            self.array(s, &at, "enum", "of the allowed values");
            if let Some(props) = self.object(s, &at, "properties", "of property schemas by name") {
                // Reversed so that the stack pops them in document order.
                for (name, p) in props.iter().rev() {
                    stack.push((child(&child(&at, "properties"), name), p));
                }
            }
            match s.get("additionalProperties") {
                None | Some(Value::Bool(_) | Value::Null) => {}
                Some(v @ Value::Object(_)) => stack.push((child(&at, "additionalProperties"), v)),
                Some(other) => {
                    let found = kind(other);
                    self.warn(
                        &child(&at, "additionalProperties"),
                        format!("`additionalProperties` is {found}, but must be a boolean or a schema; ignored"),
                    );
                }
            }
            match s.get("items") {
                Some(v @ Value::Object(_)) => stack.push((child(&at, "items"), v)),
                Some(Value::Bool(_)) if self.dialect == Dialect::OpenApi31 => {}
                Some(other) => {
                    let found = kind(other);
                    self.warn(
                        &child(&at, "items"),
                        format!("`items` is {found}, but must be one schema; items are typed as any"),
                    );
                }
                None if s.get("type").and_then(Value::as_str) == Some("array")
                    && self.dialect != Dialect::OpenApi31 =>
                {
                    self.warn(&at, "array schema without `items`; items are typed as any: add `items`");
                }
                None => {}
            }
            if let Some(not) = s.get("not") {
                stack.push((child(&at, "not"), not));
            }
            for key in ["allOf", "anyOf", "oneOf"] {
                if let Some(items) = self.array(s, &at, key, "of schemas") {
                    let list = child(&at, key);
                    for (i, v) in items.iter().enumerate().rev() {
                        stack.push((child(&list, &i.to_string()), v));
                    }
                }
            }
        }
    }
}
