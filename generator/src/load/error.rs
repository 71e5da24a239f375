//! Errors of the load stage: each names the file and, where it helps, the line or JSON pointer.

use std::path::PathBuf;

/// Why a spec could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: cannot read file: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The text is not valid JSON / YAML (or not UTF-8).
    #[error("{path}{}: {message}", position(.line, .column))]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 when unknown).
        line: usize,
        /// 1-based column (0 when unknown).
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// The root document is not a Swagger 2.0 / OpenAPI 3.0 / 3.1 document.
    #[error("{path}: {message}")]
    UnknownDialect {
        /// The file.
        path: PathBuf,
        /// What was found, and what is supported.
        message: String,
    },
    /// A `$ref` points to something that is not there.
    #[error("{path}#{pointer}: $ref '{reference}' {message}")]
    BadRef {
        /// File holding the `$ref`.
        path: PathBuf,
        /// Pointer to the object holding the `$ref`.
        pointer: String,
        /// The reference as written.
        reference: String,
        /// What is wrong (missing file, dangling pointer, malformed).
        message: String,
    },
    /// A chain of `$ref`-only objects leads back to itself.
    #[error("{path}#{pointer}: $ref cycle: {chain}")]
    RefCycle {
        /// File where the chain starts.
        path: PathBuf,
        /// Pointer where the chain starts.
        pointer: String,
        /// The references followed, joined by ` -> `.
        chain: String,
    },
}

/// `:line:column` when the position is known (both are 0 otherwise, e.g. for an empty file).
fn position(line: &usize, column: &usize) -> String {
    match (*line, *column) {
        (0, _) => String::new(),
        (line, 0) => format!(":{line}"),
        (line, column) => format!(":{line}:{column}"),
    }
}
