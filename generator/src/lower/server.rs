//! The base URL ([`Server`]) and the client parameters it needs.
//!
//! The URL template's `{name}` placeholders each name a [`ClientParam`] with location
//! `Server`. When the spec gives no absolute URL (Swagger 2 without `host`, an OpenAPI 3
//! relative or missing server), the URL starts with `{endpoint}` and an `endpoint` client
//! parameter without default is added: the caller must say where the service is.
//! A trailing `/` is dropped: operation paths start with one.

use super::context::{arr_of, obj_of, scalar_text, str_of, text, Lowerer};
use crate::ir::{ClientParam, ClientParamLocation, Server};
use crate::load::json::Value;

/// Name of the client parameter added when the spec has no absolute base URL.
pub(super) const ENDPOINT: &str = "endpoint";

impl<'s> Lowerer<'s> {
    /// Adds a client parameter unless one with the same name exists (the first wins).
    pub(super) fn add_client_param(&mut self, param: ClientParam) {
        if !self.api.client_params.iter().any(|p| p.name == param.name) {
            self.api.client_params.push(param);
        }
    }

    /// Is `name` a placeholder of the server URL (a host parameter, not an operation's)?
    pub(super) fn is_server_param(&self, name: &str) -> bool {
        self.api.client_params.iter().any(|p| p.name == name && p.location == ClientParamLocation::Server)
    }

    /// Sets `Api::server` and the client parameters it needs.
    pub(super) fn lower_server(&mut self) {
        let url = if self.oas3() { self.oas3_server() } else { self.swagger2_server() };
        let url = url.trim_end_matches('/').to_owned();
        // Placeholders nobody declared still need a value from the caller.
        for name in placeholders(&url) {
            if !self.is_server_param(name) {
                if name != ENDPOINT {
                    let root = self.spec.root();
                    self.diag(&root, format!("server URL placeholder '{{{name}}}' is not declared; it becomes a required client parameter"));
                }
                self.add_client_param(required_server_param(name));
            }
        }
        self.api.server = Some(Server { url });
    }

    /// `x-ms-parameterized-host`, else `{scheme}://{host}{basePath}`, else `{endpoint}{basePath}`.
    fn swagger2_server(&mut self) -> String {
        let root_loc = self.spec.root();
        let Some(root) = self.get(&root_loc) else { return ENDPOINT_URL.to_owned() };
        let base_path = str_of(root, "basePath").unwrap_or("").trim_end_matches('/');
        let scheme = arr_of(root, "schemes").first().and_then(Value::as_str).unwrap_or("https");
        if let Some(host) = root.get("x-ms-parameterized-host") {
            let host_loc = root_loc.child("x-ms-parameterized-host");
            let template = str_of(host, "hostTemplate").unwrap_or("{endpoint}");
            let prefix = if host.get("useSchemePrefix").and_then(Value::as_bool) != Some(false) {
                format!("{scheme}://")
            } else {
                String::new()
            };
            let params_loc = host_loc.child("parameters");
            for (i, param) in arr_of(host, "parameters").iter().enumerate() {
                let Some((_, param)) = self.deref(&params_loc.child(&i.to_string()), param) else { continue };
                let Some(name) = str_of(param, "name") else { continue };
                let default =
                    param.get("default").and_then(scalar_text).or_else(|| single_enum(param)).filter(|d| !d.is_empty());
                self.add_client_param(ClientParam {
                    name: name.to_owned(),
                    description: text(param, "description"),
                    location: ClientParamLocation::Server,
                    default,
                });
            }
            return format!("{prefix}{template}{base_path}");
        }
        match str_of(root, "host") {
            Some(host) if !host.is_empty() => format!("{scheme}://{host}{base_path}"),
            _ => format!("{ENDPOINT_URL}{base_path}"),
        }
    }

    /// `servers[0]` with its variables; a relative URL is put under `{endpoint}`.
    fn oas3_server(&mut self) -> String {
        let root_loc = self.spec.root();
        let Some(server) = self.get(&root_loc).and_then(|r| arr_of(r, "servers").first()) else {
            return ENDPOINT_URL.to_owned();
        };
        let url = str_of(server, "url").unwrap_or("");
        if let Some(vars) = obj_of(server, "variables") {
            for (name, var) in vars {
                // TypeSpec writes `default: ""` for a variable the caller must give.
                let default = var.get("default").and_then(scalar_text).filter(|d| !d.is_empty());
                let default = default.or_else(|| self.enum_default(var));
                self.add_client_param(ClientParam {
                    name: name.to_owned(),
                    description: text(var, "description"),
                    location: ClientParamLocation::Server,
                    default,
                });
            }
        }
        if url.contains("://") || url.starts_with('{') {
            url.to_owned()
        } else {
            format!("{ENDPOINT_URL}{url}")
        }
    }
}

impl Lowerer<'_> {
    /// The value a server variable without a default takes from its `enum`: the document's
    /// own `info.version` when listed (a versioned service's `{apiVersion}` in the base URL,
    /// one document per version), else the only value.
    fn enum_default(&self, var: &Value) -> Option<String> {
        let values: Vec<String> = arr_of(var, "enum").iter().filter_map(scalar_text).collect();
        if !self.api.version.is_empty() && values.contains(&self.api.version) {
            return Some(self.api.version.clone());
        }
        single_enum(var)
    }
}

/// `{endpoint}`.
const ENDPOINT_URL: &str = "{endpoint}";

/// A server parameter the caller must give.
fn required_server_param(name: &str) -> ClientParam {
    let description = (name == ENDPOINT).then(|| "Service endpoint, e.g. `https://example.com`.".to_owned());
    ClientParam { name: name.to_owned(), description, location: ClientParamLocation::Server, default: None }
}

/// The only value of a one-value `enum`.
pub(super) fn single_enum(v: &Value) -> Option<String> {
    match arr_of(v, "enum") {
        [only] => scalar_text(only),
        _ => None,
    }
}

/// Names of the `{name}` placeholders in a URL template, in order.
pub(super) fn placeholders(url: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = url;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}
