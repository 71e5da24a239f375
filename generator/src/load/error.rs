//! Errors and warnings of the load stage: each names the file and the line/column or JSON
//! pointer, and says what to do.

use std::path::PathBuf;

/// Why a spec could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: cannot read file: {source}; {}", io_hint(.source))]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The text is not valid JSON / YAML (or not UTF-8). The message ends with a hint.
    #[error("{path}{}: {message}", position(.line, .column))]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 when unknown).
        line: usize,
        /// 1-based column (0 when unknown).
        column: usize,
        /// What the parser said, and what to do.
        message: String,
    },
    /// The root document is not a Swagger 2.0 / OpenAPI 3.0 / 3.1 document.
    #[error("{path}#{pointer}: {message}")]
    UnknownDialect {
        /// The file.
        path: PathBuf,
        /// Pointer to the version field (`/openapi`), or `""` (the whole document).
        pointer: String,
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
        /// What is wrong (missing file, dangling pointer, malformed), and what to do.
        message: String,
    },
    /// A chain of `$ref`-only objects leads back to itself.
    #[error(
        "{path}#{pointer}: $ref cycle: {chain}; each `$ref` only names another, so none is a definition: \
         make one of them a real schema"
    )]
    RefCycle {
        /// File where the chain starts.
        path: PathBuf,
        /// Pointer where the chain starts.
        pointer: String,
        /// The references followed, joined by ` -> `.
        chain: String,
    },
    /// A file reached through `$ref` could not be loaded.
    #[error("{source} (the file is referenced at {from}#{pointer})")]
    InReferenced {
        /// Why the referenced file could not be loaded.
        source: Box<LoadError>,
        /// The file holding the `$ref`.
        from: PathBuf,
        /// Pointer to the object holding the `$ref`.
        pointer: String,
    },
    /// The root document's structure is unusable (e.g. `paths` is not an object).
    #[error("{path}#{pointer}: {message}")]
    Shape {
        /// The file.
        path: PathBuf,
        /// Pointer to the offending node.
        pointer: String,
        /// What is wrong, and what to do.
        message: String,
    },
}

impl LoadError {
    /// The error itself, for one reached through a `$ref` ([`LoadError::InReferenced`]).
    pub fn innermost(&self) -> &LoadError {
        match self {
            LoadError::InReferenced { source, .. } => source.innermost(),
            other => other,
        }
    }
}

/// A problem in a loaded spec that does not stop generation: the offending node is ignored
/// (or read leniently) by the later stages. See [`super::Spec::warnings`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    /// The file.
    pub path: PathBuf,
    /// Pointer to the offending node.
    pub pointer: String,
    /// What is wrong, what happens instead, and what to do.
    pub message: String,
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}: {}", self.path.display(), self.pointer, self.message)
    }
}

/// `:line:column` when the position is known (both are 0 otherwise).
fn position(line: &usize, column: &usize) -> String {
    match (*line, *column) {
        (0, _) => String::new(),
        (line, 0) => format!(":{line}"),
        (line, column) => format!(":{line}:{column}"),
    }
}

/// What to do about an I/O error on a spec file.
fn io_hint(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "check the path (relative paths start from the current folder)",
        std::io::ErrorKind::PermissionDenied => "check the file's permissions",
        std::io::ErrorKind::IsADirectory => "pass the spec file itself, not its folder",
        _ if e.raw_os_error() == Some(21) => "pass the spec file itself, not its folder",
        _ => "check that the path names a readable spec file",
    }
}
