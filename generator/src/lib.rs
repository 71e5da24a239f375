//! restgen: Rust clients on `azure_core` from Swagger 2.0 and OpenAPI 3.x specs.
//!
//! The pipeline is visible in the modules: [`load`] reads documents and resolves `$ref`s,
//! [`lower`] turns them into the [`ir`], and [`emit`] prints Rust from the IR.
//! [`generate`] runs all three for a set of specs.

pub mod config;
pub mod emit;
pub mod ir;
pub mod load;
pub mod lower;
pub mod memory;
pub mod select;
pub mod sync;
mod write;

use config::Input;
use emit::GeneratedFile;
use ir::Diagnostic;

/// What a generation produced: the crate's files, and what was degraded or skipped.
#[derive(Debug)]
pub struct Generation {
    /// Files of the crate, in a fixed order.
    pub files: Vec<GeneratedFile>,
    /// Diagnostics from every spec, in spec order.
    pub diagnostics: Vec<Diagnostic>,
    /// Operations in the IR of every spec, summed.
    pub operations: usize,
    /// Named types in the IR of every spec, summed.
    pub types: usize,
}

/// Why nothing could be generated.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A spec could not be loaded.
    #[error(transparent)]
    Load(#[from] load::LoadError),
    /// The emitter produced invalid Rust (a bug).
    #[error(transparent)]
    Emit(#[from] emit::EmitError),
}

/// Loads, lowers and emits `inputs` as one crate named `crate_name`. Nothing is written:
/// the caller decides where the files go, so a failure never leaves partial output.
pub fn generate(crate_name: &str, inputs: &[Input]) -> Result<Generation, Error> {
    let mut services = Vec::with_capacity(inputs.len());
    let mut diagnostics = Vec::new();
    for input in inputs {
        let spec = load::Spec::load(&input.path)?;
        diagnostics.extend(spec.warnings().into_iter().map(|w| Diagnostic {
            source: ir::Source { file: w.path.display().to_string(), pointer: w.pointer },
            message: w.message,
        }));
        let mut api = lower::lower(&spec);
        drop(spec);
        memory::release_freed();
        select::apply(&mut api, &input.selection);
        diagnostics.extend(api.diagnostics.iter().cloned());
        services.push((input.service.clone(), api));
    }
    let files = emit::emit_crate(crate_name, &services, &mut diagnostics)?;
    let operations = services.iter().map(|(_, api)| api.operations.len()).sum();
    let types = services.iter().map(|(_, api)| api.types.len()).sum();
    Ok(Generation { files, diagnostics, operations, types })
}

/// Writes generated files below `out` (created if missing), atomically as a whole: the new
/// tree is built in a sibling folder and swapped in with renames, so a failure or an
/// interruption leaves the previous output as it was. Files already in `out` that are not
/// among `files` are kept.
pub fn write_files(out: &std::path::Path, files: &[GeneratedFile]) -> std::io::Result<()> {
    let files: Vec<(&str, &[u8])> = files.iter().map(|f| (f.path.as_str(), f.contents.as_bytes())).collect();
    write::write_tree(out, &files)
}
