//! `cargo xtask codegen`: regenerate `generated/` from `specs/services.toml`, or check that
//! it is fresh.

use anyhow::bail;
use restgen::sync::{sync_crate, Mode};
use std::path::{Path, PathBuf};

/// The workspace root (xtask lives one level below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(PathBuf::from).unwrap_or_default()
}

/// Regenerates `generated/`; with `check`, writes nothing and fails naming every file that
/// differs, is missing, or should not be there.
pub fn run(check: bool) -> anyhow::Result<()> {
    let root = root();
    let mode = if check { Mode::Check } else { Mode::Write };
    let report = sync_crate(&root.join("specs/services.toml"), "specs/", &root.join("generated"), mode)?;
    for diagnostic in &report.diagnostics {
        eprintln!("warning: {}: {}", diagnostic.source, diagnostic.message);
    }
    match (check, report.changed.is_empty()) {
        (true, true) => eprintln!("generated/ is up to date"),
        (true, false) => bail!(
            "generated/ is stale: {}\nrun `cargo xtask codegen` and commit the result",
            report.changed.join(", ")
        ),
        (false, true) => eprintln!("generated/ was already up to date"),
        (false, false) => eprintln!("updated generated/: {}", report.changed.join(", ")),
    }
    Ok(())
}
