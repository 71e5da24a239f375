//! Security schemes → [`AuthScheme`]s.
//!
//! Only schemes that a security requirement uses (the root `security`, or any operation's)
//! are kept, in the order they are defined: a scheme defined but never required is not a
//! way to call the service. OAuth2 scopes are the flows' scopes followed by the
//! requirements' own, deduplicated, in spec order. An empty requirement (`{}`) means the
//! service also takes anonymous requests (`Api::anonymous`).

use super::context::{obj_of, str_of, Lowerer};
use crate::ir::{AuthScheme, ParamLocation};
use crate::load::json::Value;
use crate::load::Location;
use indexmap::IndexMap;

impl<'s> Lowerer<'s> {
    /// Fills `Api::auth`. Runs after the operations, which record their `security` lists.
    pub(super) fn lower_auth(&mut self) {
        let root_loc = self.spec.root();
        let Some(root) = self.get(&root_loc) else { return };

        let mut used: IndexMap<&'s str, Vec<String>> = IndexMap::new();
        let mut lists: Vec<(Location, &'s Value)> = Vec::new();
        if let Some(security) = root.get("security") {
            lists.push((root_loc.child("security"), security));
        }
        lists.extend(self.op_security.iter().cloned());
        for (_, list) in &lists {
            for requirement in list.as_array().unwrap_or(&[]) {
                if requirement.as_object().is_some_and(|r| r.is_empty()) {
                    self.api.anonymous = true;
                }
                for (name, scopes) in requirement.as_object().into_iter().flatten() {
                    let entry = used.entry(name).or_default();
                    for scope in scopes.as_array().into_iter().flatten().filter_map(Value::as_str) {
                        push_unique(entry, scope);
                    }
                }
            }
        }
        if used.is_empty() {
            return;
        }

        let (defs, defs_loc) = if self.oas3() {
            (
                root.get("components").and_then(|c| obj_of(c, "securitySchemes")),
                root_loc.child("components").child("securitySchemes"),
            )
        } else {
            (obj_of(root, "securityDefinitions"), root_loc.child("securityDefinitions"))
        };
        for (name, def) in defs.into_iter().flatten() {
            let Some(required_scopes) = used.get(name) else { continue };
            let Some((at, def)) = self.deref(&defs_loc.child(name), def) else { continue };
            if let Some(scheme) = self.scheme(&at, name, def, required_scopes) {
                self.api.auth.push(scheme);
            }
        }
        for name in used.keys() {
            if !defs.is_some_and(|d| d.contains_key(name)) {
                let at = lists.first().map(|(l, _)| l.clone()).unwrap_or(root_loc.clone());
                self.diag(&at, format!("security requirement names '{name}', which is not defined; ignored"));
            }
        }
    }

    fn scheme(&mut self, at: &Location, name: &str, def: &'s Value, required_scopes: &[String]) -> Option<AuthScheme> {
        let name = name.to_owned();
        match str_of(def, "type").unwrap_or("") {
            "oauth2" => {
                let mut scopes = Vec::new();
                if let Some(own) = obj_of(def, "scopes") {
                    own.keys().for_each(|s| push_unique(&mut scopes, s));
                }
                for flow in obj_of(def, "flows").into_iter().flat_map(|f| f.values()) {
                    obj_of(flow, "scopes").into_iter().flat_map(|s| s.keys()).for_each(|s| push_unique(&mut scopes, s));
                }
                required_scopes.iter().for_each(|s| push_unique(&mut scopes, s));
                if scopes.is_empty() {
                    self.diag(at, format!("OAuth2 scheme '{name}' declares no scopes; the client takes them from the caller"));
                }
                Some(AuthScheme::OAuth2 { name, scopes })
            }
            "openIdConnect" => Some(AuthScheme::OAuth2 { name, scopes: required_scopes.to_vec() }),
            "apiKey" => {
                let location = match str_of(def, "in") {
                    Some("query") => ParamLocation::Query,
                    Some("cookie") => ParamLocation::Cookie,
                    _ => ParamLocation::Header,
                };
                let param = str_of(def, "name").unwrap_or("Authorization").to_owned();
                Some(AuthScheme::ApiKey { name, param, location })
            }
            "basic" => Some(AuthScheme::Http { name, scheme: "basic".to_owned() }),
            "http" => {
                let scheme = str_of(def, "scheme").unwrap_or("bearer").to_owned();
                Some(AuthScheme::Http { name, scheme })
            }
            other => {
                self.diag(at, format!("security scheme type '{other}' is not supported; scheme '{name}' skipped"));
                None
            }
        }
    }
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_owned());
    }
}
