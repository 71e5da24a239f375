//! `cargo xtask corpus`: generate a crate from every spec of the shared corpus
//! (`<workspace>/../shared/corpus`), `cargo check` them all, and report per spec.
//!
//! Every root spec (a file whose top level has `swagger` or `openapi`, and that no other
//! root reaches through `$ref`) is generated in-process, a panic counting as a failure.
//! The crates become members of one throwaway workspace, `target/corpus/`, checked by a
//! single `cargo check --workspace --keep-going` so that dependencies are built once; errors
//! and warnings are attributed to each crate from cargo's JSON messages. The table goes to
//! stdout and to `target/corpus/REPORT.md`. Fails when a spec does not generate or fewer
//! than 98 % of the crates compile; when the corpus is absent it says so and succeeds.

use anyhow::{bail, Context};
use restgen::config::Input;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Smallest share of crates that must compile.
const COMPILE_TARGET: f64 = 98.0;
/// Stack for generation: deeply nested schemas must not overflow (which would abort, not panic).
const STACK: usize = 256 << 20;

/// What happened to one root spec.
struct Outcome {
    /// Path relative to the corpus, `/`-separated.
    spec: String,
    /// Package (and folder) name of its crate.
    package: String,
    operations: usize,
    types: usize,
    /// Generator diagnostics (`file#pointer: message`).
    diagnostics: Vec<String>,
    /// Why nothing was generated: a load error or a panic.
    failure: Option<String>,
    generate_time: Duration,
    check: Check,
}

/// What `cargo check` said about one crate.
#[derive(Default)]
struct Check {
    compiled: bool,
    warnings: usize,
    /// Each warning's message and place (`file:line`), for the report.
    warning_lines: Vec<String>,
    /// Rendered errors, in the order cargo printed them.
    errors: Vec<String>,
}

/// Runs the corpus; `filter` keeps only the specs whose corpus path contains it.
pub fn run(filter: Option<&str>) -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().context("no workspace root")?.to_path_buf();
    let corpus = root.join("../shared/corpus");
    if !corpus.is_dir() {
        println!("corpus: skipped, ../shared/corpus not found (looked for {})", corpus.display());
        return Ok(());
    }
    let corpus = corpus.canonicalize().context("cannot resolve the corpus folder")?;
    let started = Instant::now();
    // Crates are rewritten only where they changed, so that a second run checks only those.
    let out = root.join("target/corpus");
    std::fs::create_dir_all(&out)?;

    let mut roots = root_specs(&corpus)?;
    if let Some(filter) = filter {
        roots.retain(|spec| spec.strip_prefix(&corpus).unwrap_or(spec).to_string_lossy().contains(filter));
    }
    eprintln!("corpus: {} root specs under {}", roots.len(), corpus.display());
    let mut outcomes = Vec::new();
    let mut packages = BTreeSet::new();
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        *PANIC.lock().unwrap_or_else(|e| e.into_inner()) = Some(info.to_string());
    }));
    for spec in &roots {
        let relative = spec.strip_prefix(&corpus).unwrap_or(spec).to_string_lossy().replace('\\', "/");
        let package = unique(&mut packages, package_name(&relative));
        let mut outcome = generate(spec, &relative, &package, &out.join(&package));
        // Diagnostics name files as loaded (absolute); show them relative to the corpus.
        let prefix = format!("{}/", corpus.display());
        for diagnostic in &mut outcome.diagnostics {
            *diagnostic = diagnostic.replace(&prefix, "");
        }
        eprintln!(
            "  generated {relative} in {:.1}s{}",
            outcome.generate_time.as_secs_f64(),
            if outcome.failure.is_some() { " (FAILED)" } else { "" }
        );
        outcomes.push(outcome);
    }
    std::panic::set_hook(previous_hook);
    let generated_in = started.elapsed();

    let members: Vec<&str> = outcomes.iter().filter(|o| o.failure.is_none()).map(|o| o.package.as_str()).collect();
    let check_started = Instant::now();
    if !members.is_empty() {
        let mut checks = check_workspace(&root, &out, &members)?;
        for outcome in &mut outcomes {
            if let Some(check) = checks.remove(&outcome.package) {
                outcome.check = check;
            }
        }
    }
    let checked_in = check_started.elapsed();

    let report = report(&outcomes, generated_in, checked_in);
    print!("{}", report.table);
    std::fs::write(out.join("REPORT.md"), &report.markdown)?;
    println!("{}", report.summary);
    println!("report: {}", out.join("REPORT.md").display());
    let total = outcomes.len();
    let generated = outcomes.iter().filter(|o| o.failure.is_none()).count();
    let compiled = outcomes.iter().filter(|o| o.check.compiled).count();
    if generated < total {
        bail!("{} of {total} specs did not generate", total - generated);
    }
    if percent(compiled, total) < COMPILE_TARGET {
        bail!("{compiled} of {total} crates compiled ({:.1}%), below {COMPILE_TARGET}%", percent(compiled, total));
    }
    Ok(())
}

/// The message of the last panic, recorded by the hook installed in [`run`].
static PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Every file below `corpus` whose top level has `swagger` or `openapi`, except those that
/// another such file reaches through `$ref` (they are generated through it), sorted.
fn root_specs(corpus: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    walk(corpus, &mut files)?;
    let specs: Vec<PathBuf> = files.into_iter().filter(|f| is_spec(f)).collect();
    let mut referenced = BTreeSet::new();
    for spec in &specs {
        // A spec that does not load is reported when it is generated; here it only cannot
        // tell which files it references.
        if let Ok(Ok(loaded)) = std::panic::catch_unwind(|| restgen::load::Spec::load(spec)) {
            for doc in loaded.docs.iter().skip(1) {
                if let Ok(real) = doc.path.canonicalize() {
                    referenced.insert(real);
                }
            }
        }
    }
    Ok(specs.into_iter().filter(|s| !s.canonicalize().is_ok_and(|real| referenced.contains(&real))).collect())
}

/// Every file below `dir` except Markdown, sorted.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_none_or(|e| e != "md") {
            out.push(path);
        }
    }
    Ok(())
}

/// Whether the file is JSON or YAML (the loader's rule: JSON when it starts with `{`) with a
/// top-level `swagger` or `openapi` key.
fn is_spec(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else { return false };
    let text = text.trim_start_matches('\u{feff}');
    let has = |keys: &mut dyn Iterator<Item = Option<&str>>| keys.flatten().any(|k| k == "swagger" || k == "openapi");
    if text.trim_start().starts_with('{') {
        return serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
            .is_ok_and(|map| has(&mut map.keys().map(|k| Some(k.as_str()))));
    }
    serde_yaml_ng::from_str::<serde_yaml_ng::Mapping>(text).is_ok_and(|map| has(&mut map.keys().map(|k| k.as_str())))
}

/// A cargo package name from a corpus path: lower-case alphanumerics joined by `-`,
/// prefixed so that it never starts with a digit.
fn package_name(relative: &str) -> String {
    let mut name = String::from("corpus");
    for word in relative.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        name.push('-');
        name.push_str(&word.to_ascii_lowercase());
    }
    name
}

fn unique(taken: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{name}-{n}");
        n += 1;
    }
    candidate
}

/// Generates `spec` into `dir` on a thread with a large stack, catching panics.
fn generate(spec: &Path, relative: &str, package: &str, dir: &Path) -> Outcome {
    let started = Instant::now();
    let mut outcome = Outcome {
        spec: relative.to_owned(),
        package: package.to_owned(),
        operations: 0,
        types: 0,
        diagnostics: Vec::new(),
        failure: None,
        generate_time: Duration::ZERO,
        check: Check::default(),
    };
    let mut input = Input::from_path(spec);
    input.service.spec = relative.to_owned();
    let name = package.to_owned();
    let result = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || std::panic::catch_unwind(|| restgen::generate(&name, &[input])))
        .map_err(|e| format!("cannot start a thread: {e}"))
        .and_then(|handle| handle.join().map_err(|_| "the generator thread died".to_owned()));
    match result {
        Err(message) => outcome.failure = Some(message),
        Ok(Err(_)) => {
            let message = PANIC.lock().unwrap_or_else(|e| e.into_inner()).take();
            outcome.failure = Some(format!("panic: {}", message.unwrap_or_else(|| "(no message)".into())));
        }
        Ok(Ok(Err(error))) => outcome.failure = Some(format!("error: {error}")),
        Ok(Ok(Ok(generation))) => {
            outcome.operations = generation.operations;
            outcome.types = generation.types;
            outcome.diagnostics =
                generation.diagnostics.iter().map(|d| format!("{}: {}", d.source, d.message)).collect();
            if let Err(error) = write_changed(dir, &generation.files) {
                outcome.failure = Some(format!("cannot write {}: {error}", dir.display()));
            }
        }
    }
    outcome.generate_time = started.elapsed();
    outcome
}

/// Writes the files that differ from what `dir` holds, and deletes files it should not hold.
fn write_changed(dir: &Path, files: &[restgen::emit::GeneratedFile]) -> std::io::Result<()> {
    let mut existing = Vec::new();
    if dir.join("src").is_dir() {
        let _ = walk(&dir.join("src"), &mut existing);
    }
    for path in existing {
        let relative = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if !files.iter().any(|f| f.path == relative) {
            std::fs::remove_file(&path)?;
        }
    }
    let changed: Vec<_> = files
        .iter()
        .filter(|f| std::fs::read_to_string(dir.join(&f.path)).ok().as_deref() != Some(f.contents.as_str()))
        .cloned()
        .collect();
    if changed.is_empty() {
        return Ok(());
    }
    restgen::write_files(dir, &changed)
}

/// Writes the workspace manifest and lock file, runs one `cargo check` over all members and
/// sorts its messages by package (keyed by folder name, which is the package name).
fn check_workspace(root: &Path, out: &Path, members: &[&str]) -> anyhow::Result<BTreeMap<String, Check>> {
    let mut manifest = String::from("# Written by `cargo xtask corpus`.\n[workspace]\nresolver = \"2\"\nmembers = [\n");
    for member in members.iter().chain([&SCHEDULE]) {
        let _ = writeln!(manifest, "    \"{member}\",");
    }
    manifest.push_str("]\n");
    std::fs::write(out.join("Cargo.toml"), manifest)?;
    schedule_largest_first(out, members)?;
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock")).context("cannot copy Cargo.lock")?;

    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    eprintln!("==> cargo check --workspace --keep-going (in {})", out.display());
    let mut child = Command::new(cargo)
        .args(["check", "--workspace", "--keep-going", "--offline", "--message-format", "json"])
        .env("CARGO_TARGET_DIR", target.join("corpus-check"))
        // Flags meant for the workspace (`-D warnings`) would turn warnings into failures
        // and change the dependencies' fingerprints; warnings are counted instead.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        // Every check starts from scratch in CI: incremental state only costs time there.
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(out)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot run cargo check")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let mut checks: BTreeMap<String, Check> = members.iter().map(|m| (m.to_string(), Check::default())).collect();
    let member_of = |manifest: &str| {
        let folder = Path::new(manifest).parent()?.file_name()?.to_str()?.to_owned();
        members.contains(&folder.as_str()).then_some(folder)
    };
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        let Ok(message) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(package) = message["manifest_path"].as_str().and_then(member_of) else { continue };
        let Some(check) = checks.get_mut(&package) else { continue };
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                check.compiled = true;
                eprintln!("  checked {package}");
            }
            Some("compiler-message") => {
                let diagnostic = &message["message"];
                let text = diagnostic["message"].as_str().unwrap_or_default();
                // Summaries ("3 warnings emitted", "aborting due to 2 previous errors") carry
                // no span; other span-less errors are kept.
                let spanless = diagnostic["spans"].as_array().is_none_or(|s| s.is_empty());
                if spanless && (text.ends_with("emitted") || text.starts_with("aborting due to")) {
                    continue;
                }
                match diagnostic["level"].as_str() {
                    Some("warning") if spanless => {
                        check.warnings += 1;
                        check.warning_lines.push(text.to_owned());
                    }
                    Some("warning") => {
                        check.warnings += 1;
                        let span = &diagnostic["spans"][0];
                        check.warning_lines.push(format!(
                            "{}:{}: {}",
                            span["file_name"].as_str().unwrap_or_default(),
                            span["line_start"],
                            diagnostic["message"].as_str().unwrap_or_default()
                        ));
                    }
                    Some("error" | "error: internal compiler error") => {
                        check.errors.push(diagnostic["rendered"].as_str().unwrap_or_default().trim_end().to_owned())
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let status = child.wait()?;
    if !status.success() && checks.values().all(|c| !c.compiled && c.errors.is_empty()) {
        bail!("cargo check failed before checking any corpus crate (its output is above)");
    }
    for check in checks.values_mut() {
        check.compiled &= check.errors.is_empty();
    }
    Ok(checks)
}

/// Folder and package of the crate that only orders the check (see [`schedule_largest_first`]).
const SCHEDULE: &str = "corpus-schedule";

/// Makes cargo check the largest crate first. Cargo starts the ready unit with the most
/// dependents first, and all corpus crates become ready at once (when the shared
/// dependencies are built), so in an arbitrary order; the largest (GitHub's, minutes on its
/// own) started last would run alone at the end. An empty crate depending on it gives it
/// one dependent more than the others, so it starts first and the rest fill the other cores.
fn schedule_largest_first(out: &Path, members: &[&str]) -> anyhow::Result<()> {
    let size = |member: &str| {
        let mut files = Vec::new();
        let _ = walk(&out.join(member).join("src"), &mut files);
        files.iter().filter_map(|f| f.metadata().ok()).map(|m| m.len()).sum::<u64>()
    };
    let largest = members.iter().max_by_key(|m| (size(m), std::cmp::Reverse(**m)));
    let dir = out.join(SCHEDULE);
    std::fs::create_dir_all(&dir)?;
    let mut manifest = format!(
        "# Written by `cargo xtask corpus`: orders the check, tests nothing.\n[package]\nname = \"{SCHEDULE}\"\n\
         version = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\npath = \"lib.rs\"\n\n[dependencies]\n"
    );
    if let Some(largest) = largest {
        let _ = writeln!(manifest, "{largest} = {{ path = \"../{largest}\" }}");
    }
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("lib.rs"), "//! Makes cargo check the largest corpus crate first.\n")?;
    Ok(())
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

struct Report {
    /// Plain text table for the terminal.
    table: String,
    /// The same as Markdown, with failures and diagnostics.
    markdown: String,
    summary: String,
}

fn report(outcomes: &[Outcome], generated_in: Duration, checked_in: Duration) -> Report {
    let yes = |b: bool| if b { "yes" } else { "no" };
    let width = outcomes.iter().map(|o| o.spec.len()).max().unwrap_or(4).max(4);
    let mut table = format!(
        "{:<width$}  {:>5}  {:>5}  {:>9}  {:>8}  {:>8}  {:>11}\n",
        "spec", "ops", "types", "generated", "compiled", "warnings", "diagnostics"
    );
    let mut markdown = String::from(
        "# Corpus report\n\nWritten by `cargo xtask corpus`.\n\n\
         | spec | ops | types | generated | compiled | warnings | diagnostics |\n|---|---:|---:|---|---|---:|---:|\n",
    );
    for o in outcomes {
        let generated = o.failure.is_none();
        let _ = writeln!(
            table,
            "{:<width$}  {:>5}  {:>5}  {:>9}  {:>8}  {:>8}  {:>11}",
            o.spec,
            o.operations,
            o.types,
            yes(generated),
            yes(o.check.compiled),
            o.check.warnings,
            o.diagnostics.len()
        );
        let _ = writeln!(
            markdown,
            "| {} | {} | {} | {} | {} | {} | {} |",
            o.spec,
            o.operations,
            o.types,
            yes(generated),
            yes(o.check.compiled),
            o.check.warnings,
            o.diagnostics.len()
        );
    }
    let total = outcomes.len();
    let generated = outcomes.iter().filter(|o| o.failure.is_none()).count();
    let compiled = outcomes.iter().filter(|o| o.check.compiled).count();
    let warnings: usize = outcomes.iter().map(|o| o.check.warnings).sum();
    let diagnostics: usize = outcomes.iter().map(|o| o.diagnostics.len()).sum();
    let summary = format!(
        "corpus: {total} specs, {generated} generated ({:.1}%), {compiled} compiled ({:.1}%), {warnings} warnings, \
         {diagnostics} diagnostics (generate {:.0}s, check {:.0}s)",
        percent(generated, total),
        percent(compiled, total),
        generated_in.as_secs_f64(),
        checked_in.as_secs_f64()
    );
    let _ = writeln!(markdown, "\n{summary}\n");
    let failures: Vec<_> = outcomes.iter().filter(|o| o.failure.is_some() || !o.check.compiled).collect();
    if !failures.is_empty() {
        markdown.push_str("## Failures\n");
        for o in failures {
            let _ = writeln!(markdown, "\n### {}\n", o.spec);
            match &o.failure {
                Some(failure) => {
                    let _ = writeln!(markdown, "```text\n{failure}\n```");
                }
                None => {
                    let _ = writeln!(markdown, "{} errors (the first 20):\n\n```text", o.check.errors.len());
                    for error in o.check.errors.iter().take(20) {
                        let _ = writeln!(markdown, "{error}\n");
                    }
                    markdown.push_str("```\n");
                }
            }
        }
    }
    let with_warnings: Vec<_> = outcomes.iter().filter(|o| o.check.warnings > 0).collect();
    if !with_warnings.is_empty() {
        markdown.push_str("\n## Compiler warnings\n");
        for o in with_warnings {
            let _ = writeln!(markdown, "\n### {} ({})\n\n```text", o.spec, o.check.warnings);
            for warning in o.check.warning_lines.iter().take(50) {
                let _ = writeln!(markdown, "{warning}");
            }
            markdown.push_str("```\n");
        }
    }
    let with_diagnostics: Vec<_> = outcomes.iter().filter(|o| !o.diagnostics.is_empty()).collect();
    if !with_diagnostics.is_empty() {
        markdown.push_str("\n## Generator diagnostics\n");
        for o in with_diagnostics {
            let _ = writeln!(markdown, "\n### {} ({})\n\n```text", o.spec, o.diagnostics.len());
            for diagnostic in &o.diagnostics {
                let _ = writeln!(markdown, "{diagnostic}");
            }
            markdown.push_str("```\n");
        }
    }
    Report { table, markdown, summary }
}
