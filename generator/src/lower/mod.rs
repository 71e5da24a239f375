//! Lower: turn a loaded spec (Swagger 2.0 or OpenAPI 3.x) into the IR.

use crate::ir::Api;
use crate::load::Spec;

/// Lowers a loaded spec into one [`Api`]. Never fails: what cannot be expressed is
/// degraded (e.g. to `TypeRef::Any`) with a diagnostic in `Api::diagnostics`.
pub fn lower(spec: &Spec) -> Api {
    todo!("{:?}", spec.dialect)
}
