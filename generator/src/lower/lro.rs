//! Long-running operations: `x-ms-long-running-operation` and its `final-state-via`.
//!
//! Without the extension (the OpenAPI 3 that TypeSpec emits for Azure Resource Manager keeps
//! no `x-ms-*`), the responses tell: a success response that declares an
//! `Azure-AsyncOperation` or `Operation-Location` header (a status monitor), or a `202` that
//! declares `Location` or `Retry-After`, is how Azure says "accepted, follow this link / ask
//! again later".
//!
//! The result type is read from the success responses: the `200` body, else the `201`
//! body, else the first success body. When that body is an Azure.Core status monitor (a
//! `status` property next to `error` or `result`), the result is its `result` property, and
//! an operation whose monitor has none ends without a result (a delete).

use super::context::{bool_of, str_of, Lowerer};
use crate::ir::{BodyType, Lro, LroFinalState, Response, StatusMatch, TypeRef};
use crate::load::json::Value;
use crate::load::Location;

impl<'s> Lowerer<'s> {
    /// How the operation at `op_loc` runs to its end, when it is long-running.
    pub(super) fn lro(&mut self, op_loc: &Location, op: &'s Value, responses: &[Response]) -> Option<Lro> {
        if bool_of(op, "x-ms-long-running-operation") != Some(true) && !accepted(responses) {
            return None;
        }
        let via = op.get("x-ms-long-running-operation-options").and_then(|o| str_of(o, "final-state-via"));
        let final_state = match via {
            None => LroFinalState::Default,
            Some("operation-location") => LroFinalState::OperationLocation,
            Some("azure-async-operation") => LroFinalState::AzureAsyncOperation,
            Some("location") => LroFinalState::Location,
            Some("original-uri") => LroFinalState::OriginalUri,
            Some(other) => {
                let at = op_loc.child("x-ms-long-running-operation-options");
                self.diag(&at, format!("final-state-via '{other}' is not known; the default rules apply"));
                LroFinalState::Default
            }
        };
        let body = result_body(responses);
        let (result, result_property) = match body {
            Some(TypeRef::Named(id)) => match self.struct_fields(id, 0) {
                Some(fields) if is_status_monitor(fields) => {
                    let result = fields.iter().find(|f| f.name == "result").map(|f| f.ty.clone());
                    (result, Some("result".to_owned()))
                }
                _ => (body.cloned(), None),
            },
            other => (other.cloned(), None),
        };
        Some(Lro { final_state, result, result_property })
    }
}

/// The JSON body type of the response that best describes the final result.
fn result_body(responses: &[Response]) -> Option<&TypeRef> {
    let json = |r: &&Response| matches!(r.body.as_ref().map(|b| &b.ty), Some(BodyType::Json(_)));
    let successes: Vec<&Response> = responses.iter().filter(|r| !r.is_error).filter(json).collect();
    let pick = successes
        .iter()
        .find(|r| r.status == StatusMatch::Code(200))
        .or_else(|| successes.iter().find(|r| r.status == StatusMatch::Code(201)))
        .or_else(|| successes.first())?;
    match pick.body.as_ref().map(|b| &b.ty) {
        Some(BodyType::Json(ty)) => Some(ty),
        _ => None,
    }
}

/// A success response that hands the caller a link to follow, or asks it to come back.
fn accepted(responses: &[Response]) -> bool {
    responses.iter().filter(|r| !r.is_error).any(|r| {
        let has = |name: &str| r.headers.iter().any(|h| h.name.eq_ignore_ascii_case(name));
        has("azure-asyncoperation")
            || has("operation-location")
            || (r.status == StatusMatch::Code(202) && (has("location") || has("retry-after")))
    })
}

/// Azure.Core's operation status: `status` with `error` or `result` beside it.
fn is_status_monitor(fields: &[crate::ir::Field]) -> bool {
    let has = |name: &str| fields.iter().any(|f| f.name == name);
    has("status") && (has("error") || has("result"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::ResponseHeader;

    fn response(code: u16, headers: &[&str]) -> Response {
        Response {
            status: StatusMatch::Code(code),
            description: None,
            body: None,
            headers: headers
                .iter()
                .map(|name| ResponseHeader { name: (*name).to_owned(), ty: TypeRef::Any, description: None })
                .collect(),
            is_error: code >= 400,
        }
    }

    #[test]
    fn accepted_responses() {
        assert!(accepted(&[response(200, &[]), response(201, &["Azure-AsyncOperation", "Retry-After"])]));
        assert!(accepted(&[response(202, &["Location", "Retry-After"]), response(204, &[])]));
        assert!(accepted(&[response(200, &[]), response(202, &["Retry-After"])]));
        assert!(accepted(&[response(202, &["Operation-Location"])]));
        assert!(!accepted(&[response(202, &[])]), "a bare 202 says nothing to follow");
        assert!(!accepted(&[response(201, &["Location"])]), "a 201 Location names the new resource");
        assert!(!accepted(&[response(200, &["ETag"])]));
    }
}
