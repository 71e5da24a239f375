//! Keeping a checked-in generated crate in step with its specs: regenerate it, or check
//! that it is fresh (the mode a test or CI runs).

use crate::config::Config;
use crate::ir::Diagnostic;
use std::path::Path;

/// What [`sync_crate`] does with differences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write changed files and delete stale ones.
    Write,
    /// Write nothing; only report.
    Check,
}

/// The outcome of a sync.
#[derive(Debug)]
pub struct Report {
    /// Crate-relative paths that differ, are missing, or are left over from earlier output.
    pub changed: Vec<String>,
    /// Generation diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a sync failed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The config is unreadable.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// Generation failed; nothing was written.
    #[error(transparent)]
    Generate(#[from] crate::Error),
    /// Writing the output failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}

/// Generates the crate described by `config` and compares it with `out`. Spec paths in
/// generated headers are written as `shown_base` + the config's relative path, so the
/// output does not depend on where the repository is checked out.
///
/// Everything is generated in memory first: a failing spec leaves `out` untouched.
pub fn sync_crate(config: &Path, shown_base: &str, out: &Path, mode: Mode) -> Result<Report, SyncError> {
    let parsed = Config::read(config)?;
    let base = config.parent().unwrap_or(Path::new("."));
    let generation = crate::generate(&parsed.crate_name, &parsed.inputs(base, shown_base))?;
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| SyncError::Io { path, source }
    };

    let mut changed = Vec::new();
    for file in &generation.files {
        let path = out.join(&file.path);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(file.contents.as_str()) {
            changed.push(file.path.clone());
        }
    }
    let mut leftovers = Vec::new();
    collect_rs(&out.join("src"), &mut leftovers);
    leftovers.retain(|path| {
        let relative = path.strip_prefix(out).unwrap_or(path).to_string_lossy().replace('\\', "/");
        let known = generation.files.iter().any(|f| f.path == relative);
        if !known {
            changed.push(relative);
        }
        !known
    });

    if mode == Mode::Write {
        let to_write: Vec<_> = generation.files.iter().filter(|f| changed.contains(&f.path)).cloned().collect();
        crate::write_files(out, &to_write).map_err(io(out))?;
        for path in leftovers {
            std::fs::remove_file(&path).map_err(io(&path))?;
        }
    }
    changed.sort();
    Ok(Report { changed, diagnostics: generation.diagnostics })
}

/// Every `.rs` file below `dir` (none when it does not exist).
fn collect_rs(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
