//! The compile-time half of `cargo xtask bench`: how long `cargo check` takes on generated
//! crates, against progenitor's output for the same spec.
//!
//! Each crate is generated into `target/bench-check/<name>/` with the workspace's lock file,
//! and checked in one shared target folder. Dependencies are built first (untimed); each
//! timed run first `cargo clean -p`s the crate itself and runs without incremental caches,
//! so it measures checking that crate from scratch with its dependencies ready, as a
//! consumer's build does after regenerating. Per-feature runs use `--no-default-features
//! --features F`. Progenitor (`cargo-progenitor`, pinned) is installed once into
//! `target/bench-cache/progenitor/`; its crate for nexus is timed the same way, so the ratio
//! comes from one run on one machine: the two crates are checked in turn, three times each,
//! and the fastest of each counts, since this machine's speed drifts over minutes.

use anyhow::{bail, Context};
use restgen::config::{Config, Input};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// progenitor's version (the one the issue compares against).
const PROGENITOR: &str = "0.15.1";
/// Targets: the seed crate checks in under 5 s; nexus in at most half of progenitor's time.
const SEED_SECONDS: f64 = 5.0;
const PROGENITOR_RATIO: f64 = 0.5;
/// Runs of nexus and progenitor's nexus, in turn, for their ratio.
const PAIRED_RUNS: usize = 3;

/// One crate to time.
struct Subject {
    label: String,
    dir: PathBuf,
    package: String,
    /// Features to time one by one (besides the whole crate).
    features: Vec<String>,
}

/// Generates and times the crates; `graph` is the whole of Graph v1.0 when it was fetched.
pub fn run(root: &Path, graph: Option<&Path>) -> anyhow::Result<()> {
    let work = root.join("target/bench-check");
    std::fs::create_dir_all(&work)?;
    let target = work.join("target");
    let corpus = root.join("../shared/corpus");
    let mut subjects = Vec::new();

    let config = Config::read(&root.join("specs/services.toml"))?;
    let seed_features = config.services.iter().map(|s| s.feature.clone()).collect();
    subjects.push(generate(&work, "seed", &config.crate_name, &config.inputs(&root.join("specs"), ""), seed_features)?);
    for (label, name, spec) in [
        ("Graph CloudCommunications", "cloud-communications", "msgraph-sdk-powershell/openApiDocs/v1.0/CloudCommunications.yml"),
        ("Oxide nexus", "nexus", "oxide-progenitor/sample_openapi/nexus.json"),
    ] {
        let path = corpus.join(spec);
        if !path.is_file() {
            println!("skipped: {label}: {} not found", path.display());
            continue;
        }
        let mut subject = generate(&work, label, name, &[Input::from_path(&path)], Vec::new())?;
        subject.features = features(&subject.dir)?;
        subjects.push(subject);
    }
    if let Some(graph) = graph {
        let mut subject = generate(&work, "Graph v1.0 (whole)", "graph-whole", &[Input::from_path(graph)], Vec::new())?;
        // Dozens of groups: time the one a communications client needs (every group's feature
        // is timed for the other crates).
        subject.features = features(&subject.dir)?.into_iter().filter(|f| f.ends_with("-communications")).collect();
        subjects.push(subject);
    }
    let progenitor = match progenitor_nexus(root, &work, &corpus) {
        Ok(subject) => Some(subject),
        Err(error) => {
            println!("skipped: progenitor {PROGENITOR} on nexus: {error:#}");
            None
        }
    };

    println!();
    println!("{:<44} {:>10}", "cargo check of the generated crate", "seconds");
    let mut seed_time = None;
    let mut nexus_time = None;
    for subject in &subjects {
        warm(&subject.dir, &target)?;
        let whole = time_check(&subject.dir, &target, &subject.package, None)?;
        println!("{:<44} {:>10.2}", subject.label, whole);
        if subject.label == "seed" {
            seed_time = Some(whole);
        }
        if subject.package == "nexus" {
            nexus_time = Some(whole);
        }
        for feature in &subject.features {
            let seconds = time_check(&subject.dir, &target, &subject.package, Some(feature))?;
            println!("{:<44} {:>10.2}", format!("  feature {feature}"), seconds);
        }
    }
    let mut progenitor_time = None;
    if let Some(subject) = &progenitor {
        warm(&subject.dir, &target)?;
        let seconds = time_check(&subject.dir, &target, &subject.package, None)?;
        println!("{:<44} {:>10.2}", subject.label, seconds);
        progenitor_time = Some(seconds);
    }
    // The machine's speed drifts over the minutes between the runs above: the ratio comes
    // from runs of the two crates in turn, the fastest of each.
    let nexus = subjects.iter().find(|subject| subject.package == "nexus");
    if let (Some(ours), Some(theirs)) = (nexus, &progenitor) {
        let (mut best_ours, mut best_theirs) = (f64::MAX, f64::MAX);
        for _ in 0..PAIRED_RUNS {
            best_ours = best_ours.min(time_check(&ours.dir, &target, &ours.package, None)?);
            best_theirs = best_theirs.min(time_check(&theirs.dir, &target, &theirs.package, None)?);
        }
        println!("{:<44} {:>10.2}", format!("Oxide nexus, fastest of {PAIRED_RUNS} in turn"), best_ours);
        println!("{:<44} {:>10.2}", format!("progenitor nexus, fastest of {PAIRED_RUNS} in turn"), best_theirs);
        nexus_time = Some(best_ours);
        progenitor_time = Some(best_theirs);
    }
    println!(
        "each: `cargo check` of the crate alone (cargo clean -p first, CARGO_INCREMENTAL=0), dependencies \
         already built; features alone with --no-default-features"
    );
    let verdict = |ok: bool| if ok { "met" } else { "NOT MET" };
    if let Some(seed) = seed_time {
        println!("target: seed crate checks in < {SEED_SECONDS} s: {seed:.2} s: {}", verdict(seed < SEED_SECONDS));
    }
    match (nexus_time, progenitor_time) {
        (Some(ours), Some(theirs)) => println!(
            "target: nexus <= {PROGENITOR_RATIO} x progenitor's: {ours:.2} s / {theirs:.2} s = {:.2}: {}",
            ours / theirs,
            verdict(ours / theirs <= PROGENITOR_RATIO)
        ),
        _ => println!("target: nexus vs progenitor: not measured"),
    }
    Ok(())
}

/// Generates `inputs` as crate `package` into `work/<package>` with the workspace lock file.
fn generate(
    work: &Path,
    label: &str,
    package: &str,
    inputs: &[Input],
    features: Vec<String>,
) -> anyhow::Result<Subject> {
    let dir = work.join(package);
    let generation = restgen::generate(package, inputs).with_context(|| format!("generating {label}"))?;
    restgen::write_files(&dir, &generation.files)?;
    copy_lock(&dir)?;
    Ok(Subject { label: label.to_owned(), dir, package: package.to_owned(), features })
}

/// The workspace's `Cargo.lock`, so every crate resolves the same dependency versions, and an
/// empty `[workspace]` so that cargo does not take the crate for part of this one.
fn copy_lock(dir: &Path) -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().context("no workspace root")?;
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)?;
    if !text.contains("\n[workspace]") {
        std::fs::write(&manifest, format!("{text}\n[workspace]\n"))?;
    }
    if !dir.join("Cargo.lock").exists() {
        std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    }
    Ok(())
}

/// The features a generated crate declares, except `default`.
fn features(dir: &Path) -> anyhow::Result<Vec<String>> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml"))?;
    let section = manifest.split("[features]").nth(1).unwrap_or_default();
    let section = section.split("\n[").next().unwrap_or_default();
    Ok(section
        .lines()
        .filter_map(|line| line.split_once('=').map(|(name, _)| name.trim().to_owned()))
        .filter(|name| !name.is_empty() && name != "default" && !name.starts_with('#'))
        .collect())
}

/// Builds the dependencies (and the crate once), untimed.
fn warm(dir: &Path, target: &Path) -> anyhow::Result<()> {
    cargo_check(dir, target, None)?;
    Ok(())
}

/// Seconds of `cargo check` of `package` alone, from scratch, optionally with one feature.
fn time_check(dir: &Path, target: &Path, package: &str, feature: Option<&str>) -> anyhow::Result<f64> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(&cargo)
        .args(["clean", "--quiet", "-p", package, "--target-dir"])
        .arg(target)
        .current_dir(dir)
        .status()?;
    if !status.success() {
        bail!("cargo clean -p {package} failed");
    }
    let started = Instant::now();
    cargo_check(dir, target, feature)?;
    Ok(started.elapsed().as_secs_f64())
}

fn cargo_check(dir: &Path, target: &Path, feature: Option<&str>) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command.args(["check", "--quiet", "--target-dir"]).arg(target).current_dir(dir).env("CARGO_INCREMENTAL", "0");
    if let Some(feature) = feature {
        command.args(["--no-default-features", "--features", feature]);
    }
    let output = command.stdout(Stdio::null()).output().context("cannot run cargo check")?;
    if !output.status.success() {
        bail!("cargo check failed in {}:\n{}", dir.display(), String::from_utf8_lossy(&output.stderr));
    }
    Ok(())
}

/// Installs cargo-progenitor (once) and generates its client for nexus.
fn progenitor_nexus(root: &Path, work: &Path, corpus: &Path) -> anyhow::Result<Subject> {
    let spec = corpus.join("oxide-progenitor/sample_openapi/nexus.json");
    if !spec.is_file() {
        bail!("{} not found", spec.display());
    }
    let install = root.join("target/bench-cache/progenitor");
    let binary = install.join("bin/cargo-progenitor");
    if !binary.is_file() {
        eprintln!("==> cargo install cargo-progenitor@{PROGENITOR} (once, into {})", install.display());
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let status = Command::new(cargo)
            .args(["install", "cargo-progenitor", "--locked", "--version", PROGENITOR, "--root"])
            .arg(&install)
            .status()
            .context("cannot run cargo install")?;
        if !status.success() {
            bail!("cargo install cargo-progenitor@{PROGENITOR} failed");
        }
    }
    let dir = work.join("progenitor-nexus");
    let _ = std::fs::remove_dir_all(&dir);
    let output = Command::new(&binary)
        .args(["progenitor", "-i"])
        .arg(&spec)
        .arg("-o")
        .arg(&dir)
        .args(["-n", "progenitor-nexus", "-v", "0.1.0"])
        .output()
        .context("cannot run cargo-progenitor")?;
    if !output.status.success() {
        bail!("cargo-progenitor failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    copy_lock(&dir)?;
    Ok(Subject {
        label: format!("progenitor {PROGENITOR}: nexus"),
        dir,
        package: "progenitor-nexus".to_owned(),
        features: Vec::new(),
    })
}
