//! `cargo xtask test`: the one command that runs every check and test.
//!
//! Lints and docs come first, then the corpus (`cargo xtask corpus`) and the Spector suites
//! (`cargo xtask spector`), each of which says so and passes when its part of `../shared`
//! is absent, so that the last lines printed are cargo test's summary.

use anyhow::{bail, Context};
use std::process::Command;

/// One cargo invocation of the suite.
struct Step {
    name: &'static str,
    args: &'static [&'static str],
    envs: &'static [(&'static str, &'static str)],
}

const STEPS: [Step; 3] = [
    Step { name: "clippy", args: &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"], envs: &[] },
    Step { name: "rustdoc", args: &["doc", "--no-deps", "-p", "seed-clients"], envs: &[("RUSTDOCFLAGS", "-D warnings")] },
    Step { name: "tests", args: &["test", "--workspace"], envs: &[] },
];

/// Runs clippy (`-D warnings`), rustdoc (`-D warnings`) on the generated crate, the
/// corpus, the Spector suites, then the whole workspace's tests.
pub fn run() -> anyhow::Result<()> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().context("no workspace root")?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    for Step { name, args, envs } in STEPS {
        if name == "tests" {
            eprintln!("==> cargo xtask corpus");
            crate::corpus::run(None).context("corpus failed")?;
            eprintln!("==> cargo xtask spector");
            crate::spector::run(None).context("spector failed")?;
        }
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
