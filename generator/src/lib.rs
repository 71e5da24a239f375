//! restgen: Rust clients on `azure_core` from Swagger 2.0 and OpenAPI 3.x specs.
//!
//! The pipeline is visible in the modules: [`load`] reads documents and resolves `$ref`s,
//! [`lower`] turns them into the [`ir`], and [`emit`] prints Rust from the IR.

pub mod emit;
pub mod ir;
pub mod load;
pub mod lower;
