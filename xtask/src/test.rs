//! `cargo xtask test`: the one command that runs every check and test.
//!
//! Lints and docs come first so that the last lines printed are cargo test's summary.

use anyhow::{bail, Context};
use std::process::Command;

/// Runs clippy (`-D warnings`), rustdoc (`-D warnings`) on the generated crate, then the
/// whole workspace's tests.
pub fn run() -> anyhow::Result<()> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().context("no workspace root")?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let steps: [(&str, &[&str], &[(&str, &str)]); 3] = [
        ("clippy", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"], &[]),
        ("rustdoc", &["doc", "--no-deps", "-p", "seed-clients"], &[("RUSTDOCFLAGS", "-D warnings")]),
        ("tests", &["test", "--workspace"], &[]),
    ];
    for (name, args, envs) in steps {
        eprintln!("==> cargo {}", args.join(" "));
        let status = Command::new(&cargo)
            .args(args)
            .envs(envs.iter().copied())
            .current_dir(root)
            .status()
            .with_context(|| format!("cannot run cargo {name}"))?;
        if !status.success() {
            bail!("{name} failed");
        }
    }
    Ok(())
}
