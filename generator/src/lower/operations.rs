//! Paths → [`Operation`]s, in path order and, within a path, in the spec's method order.
//!
//! Swagger 2's `x-ms-paths` follow `paths`; their keys may carry a query string
//! (`/deployments/{id}?action=cancel`), which becomes constant query parameters.

use super::context::{describe, text, Lowerer};
use super::names::pascal;
use super::params::{media_list, Lowered};
use super::paths::{self, Piece};
use crate::ir::{Method, Operation, ParamLocation, Parameter, PathSegment, Primitive, TypeRef};
use crate::load::json::Value;
use crate::load::Location;
use std::collections::HashSet;

/// The request id header azure_core's pipeline sets itself.
const CLIENT_REQUEST_ID: &str = "x-ms-client-request-id";

/// Method keys of a path item, and what they mean.
fn method_of(key: &str) -> Option<Method> {
    Some(match key.to_ascii_lowercase().as_str() {
        "get" => Method::Get,
        "put" => Method::Put,
        "post" => Method::Post,
        "delete" => Method::Delete,
        "patch" => Method::Patch,
        "head" => Method::Head,
        "options" => Method::Options,
        "trace" => Method::Trace,
        _ => return None,
    })
}

/// One operation being read: where, under which path, and with what.
struct OpSite<'s, 'a> {
    item_loc: &'a Location,
    item: &'s Value,
    template: &'a str,
    query: Option<&'a str>,
    method_key: &'a str,
    method: Method,
}

impl<'s> Lowerer<'s> {
    /// Fills `Api::operations`.
    pub(super) fn lower_operations(&mut self) {
        let root_loc = self.spec.root();
        let Some(root) = self.get(&root_loc) else { return };
        let mut ids = HashSet::new();
        for section in ["paths", "x-ms-paths"] {
            let Some(paths) = root.get(section).and_then(Value::as_object) else { continue };
            let section_loc = root_loc.child(section);
            for (key, item) in paths {
                if key.starts_with("x-") {
                    continue;
                }
                let Some((item_loc, item)) = self.deref(&section_loc.child(key), item) else { continue };
                let (template, query) = match key.split_once('?') {
                    Some((t, q)) if section == "x-ms-paths" => (t, Some(q)),
                    _ => (key, None),
                };
                for method_key in item.as_object().into_iter().flat_map(|o| o.keys()) {
                    let Some(method) = method_of(method_key) else { continue };
                    let site = OpSite { item_loc: &item_loc, item, template, query, method_key, method };
                    if let Some(op) = self.operation(root, &site, &mut ids) {
                        self.api.operations.push(op);
                    }
                }
            }
        }
    }

    fn operation(&mut self, root: &'s Value, site: &OpSite<'s, '_>, ids: &mut HashSet<String>) -> Option<Operation> {
        let op_loc = site.item_loc.child(site.method_key);
        let op = site.item.get(site.method_key).filter(|o| o.is_object())?;
        let (id, synthesized) = self.operation_id(&op_loc, op, site, ids);
        let type_prefix = pascal(&id);

        let consumes = media_list(op, root, "consumes");
        let produces = media_list(op, root, "produces");
        let raw = self.collect_params([(site.item_loc, site.item), (&op_loc, op)]);
        let mut params = Vec::new();
        let mut body = None;
        for p in &raw {
            match self.param(p, &type_prefix, &consumes) {
                Lowered::Param(param) => params.push(param),
                Lowered::Body(b) if body.is_none() => body = Some(b),
                Lowered::Body(_) => self.diag(&p.loc, "more than one body parameter; this one is skipped"),
                Lowered::Skipped => {}
            }
        }
        if let Some(request_body) = op.get("requestBody") {
            body = self.oas3_request_body(&op_loc.child("requestBody"), request_body, &format!("{type_prefix}Request"));
        }

        // azure_core's pipeline sends `x-ms-client-request-id` on every request (a fresh id,
        // or the one put in the call's context), so it is not a parameter of its own.
        params.retain(|p| !(p.location == ParamLocation::Header && p.name.eq_ignore_ascii_case(CLIENT_REQUEST_ID)));
        let path = self.path_segments(&op_loc, site.template, &mut params);
        if let Some(query) = site.query {
            add_query_constants(query, &mut params);
        }
        // A constant Content-Type header only restates the body's media type.
        if let Some(body) = body.as_mut() {
            if let Some(i) = params.iter().position(|p| {
                p.location == ParamLocation::Header
                    && p.name.eq_ignore_ascii_case("content-type")
                    && p.constant.is_some()
            }) {
                body.content_type = params.remove(i).constant.unwrap_or_default();
                body.content_types = vec![body.content_type.clone()];
            }
        }

        let responses = self.responses(&op_loc, op, &produces, &type_prefix);
        // Paging looks into the response type, so it must be lowered first.
        self.drain();
        let paging = self.paging(&op_loc, op, &responses);
        let lro = self.lro(&op_loc, op, &responses);
        if let Some(security) = op.get("security") {
            self.op_security.push((op_loc.child("security"), security));
        }
        let tags: Vec<String> = op
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        let (group, name) = if synthesized { (None, id.clone()) } else { split_group(&id) };
        // An id without a group (`listPets`, `project_list`) is grouped by its first tag.
        let group = group.or_else(|| tags.first().cloned());

        Some(Operation {
            group,
            name,
            tags,
            summary: text(op, "summary"),
            description: text(op, "description").or_else(|| describe(site.item)),
            method: site.method,
            path,
            params,
            body,
            responses,
            deprecated: op.get("deprecated").and_then(Value::as_bool) == Some(true),
            paging,
            lro,
            source: self.source(&op_loc),
            id,
        })
    }

    /// `operationId`, or one made from the method and path (then `true`); unique across the spec.
    fn operation_id(
        &mut self,
        op_loc: &Location,
        op: &Value,
        site: &OpSite<'_, '_>,
        ids: &mut HashSet<String>,
    ) -> (String, bool) {
        let synthesized = text(op, "operationId").is_none();
        let base = match text(op, "operationId") {
            Some(id) => id,
            None => {
                let words: Vec<&str> =
                    site.template.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                let id = format!("{}_{}", site.method_key.to_ascii_lowercase(), words.join("_"));
                self.diag(op_loc, format!("operation has no operationId; named it '{id}'"));
                id
            }
        };
        if ids.insert(base.to_ascii_lowercase()) {
            return (base, synthesized);
        }
        let unique = (2u32..)
            .map(|n| format!("{base}_{n}"))
            .find(|candidate| ids.insert(candidate.to_ascii_lowercase()))
            .unwrap_or_else(|| base.clone());
        self.diag(op_loc, format!("operationId '{base}' is used more than once; this one is named '{unique}'"));
        (unique, synthesized)
    }

    /// Parses the path template and reconciles it with the declared path parameters:
    /// OData aliases and function parameters declared in the query move into the path;
    /// template parameters nobody declared are added as required strings; declared path
    /// parameters the template does not mention are dropped (host parameters silently,
    /// they belong to the server URL).
    fn path_segments(&mut self, op_loc: &Location, template: &str, params: &mut Vec<Parameter>) -> Vec<PathSegment> {
        let pieces = paths::parse(template);
        let mut moved = Vec::new();
        let pieces: Vec<Piece> = pieces
            .into_iter()
            .map(|piece| match piece {
                Piece::Alias { name, raw } => {
                    let alias = format!("@{name}");
                    match params
                        .iter()
                        .position(|p| p.location == ParamLocation::Query && (p.name == name || p.name == alias))
                    {
                        Some(i) => {
                            moved.push(i);
                            Piece::OData(params[i].name.clone())
                        }
                        None => Piece::Alias { name, raw },
                    }
                }
                Piece::OData(name) => {
                    if !params.iter().any(|p| p.location == ParamLocation::Path && p.name == name) {
                        if let Some(i) =
                            params.iter().position(|p| p.location == ParamLocation::Query && p.name == name)
                        {
                            moved.push(i);
                        }
                    }
                    Piece::OData(name)
                }
                other => other,
            })
            .collect();
        for i in moved {
            params[i].location = ParamLocation::Path;
            params[i].required = true;
        }
        let segments = paths::segments(pieces);

        let mut in_template = HashSet::new();
        for segment in &segments {
            let (PathSegment::Param(name) | PathSegment::ODataParam(name)) = segment else { continue };
            in_template.insert(name.as_str());
            if !params.iter().any(|p| p.location == ParamLocation::Path && p.name == *name) {
                self.diag(
                    op_loc,
                    format!("path parameter '{name}' is in the template but not declared; added as a required string"),
                );
                params.push(required_string(name, ParamLocation::Path, None));
            }
        }
        let mut dropped = Vec::new();
        params.retain(|p| {
            let keep = p.location != ParamLocation::Path || in_template.contains(p.name.as_str());
            if !keep && !self.is_server_param(&p.name) {
                dropped.push(p.name.clone());
            }
            keep
        });
        for name in dropped {
            self.diag(op_loc, format!("path parameter '{name}' does not appear in the path template; dropped"));
        }
        segments
    }
}

/// An operation id's group and the name within it: the parts before and after the first
/// `_`, `.` or `/` (`ChatThread_GetChatThread`, `communications.call.cancelMediaProcessing`,
/// `repos/get`). Without a separator, or with nothing on one side of it, there is no group.
/// The group depends on the id alone, so adding operations never regroups others. An id
/// written all in lower-case snake_case (`get_thing_or_things`, `project_list`) is one name:
/// there `_` separates words, not a group from its operation.
pub(super) fn split_group(id: &str) -> (Option<String>, String) {
    let snake_case = !id.contains(['.', '/']) && !id.chars().any(|c| c.is_ascii_uppercase());
    if snake_case {
        return (None, id.to_owned());
    }
    match id.find(['_', '.', '/']) {
        Some(at) if at > 0 && at + 1 < id.len() => (Some(id[..at].to_owned()), id[at + 1..].to_owned()),
        _ => (None, id.to_owned()),
    }
}

/// `action=cancel&x=y` from an `x-ms-paths` key → constant query parameters (a declared
/// parameter of the same name becomes that constant).
fn add_query_constants(query: &str, params: &mut Vec<Parameter>) {
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        match params.iter_mut().find(|p| p.location == ParamLocation::Query && p.name == name) {
            Some(existing) => {
                existing.constant = Some(value.to_owned());
                existing.required = true;
            }
            None => params.push(required_string(name, ParamLocation::Query, Some(value.to_owned()))),
        }
    }
}

/// A required text parameter the spec implies but does not declare (a template
/// placeholder, an `x-ms-paths` query constant).
fn required_string(name: &str, location: ParamLocation, constant: Option<String>) -> Parameter {
    Parameter {
        name: name.to_owned(),
        client_name: None,
        location,
        required: true,
        ty: TypeRef::Primitive(Primitive::String),
        description: None,
        collection: Default::default(),
        skip_url_encoding: false,
        client_level: false,
        constant,
        generated: None,
        client_default: None,
    }
}
