//! `generated/` must be exactly what `specs/` produce: this fails the moment someone edits
//! the generator or a spec without running `cargo xtask codegen`.

use restgen::sync::{sync_crate, Mode};
use std::path::Path;

#[test]
fn generated_crate_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    let report = sync_crate(&root.join("specs/services.toml"), "specs/", &root.join("generated"), Mode::Check)
        .expect("specs generate");
    assert!(report.changed.is_empty(), "generated/ is stale: {:?}; run `cargo xtask codegen`", report.changed);
    assert!(report.diagnostics.is_empty(), "the project's own specs should lower without diagnostics: {:#?}", report.diagnostics);
}
