//! `cargo xtask spector`: the TypeSpec Spector conformance suites against generated clients.
//!
//! 1. The harness (`../shared/spector`: pinned npm packages, scenario compiler, mock server,
//!    report) is copied to `target/spector/harness` and set up there (`npm ci`, every scenario
//!    compiled to OpenAPI 3 and Swagger 2), so the shared folder stays untouched.
//! 2. Every compiled scenario becomes one module of one crate, `target/spector/clients`
//!    (`spector-clients`): Swagger 2 first for the `azure` suite (it keeps `x-ms-pageable` and
//!    `x-ms-long-running-operation`), OpenAPI 3.0 first for `http`; the other is the fallback
//!    when the first does not load. A versioned or multi-service scenario gives one module per file.
//! 3. One mock server on 127.0.0.1 for the whole run; `tests/spector` (its own workspace, since
//!    it depends on the crate made in step 2) drives the clients through each scenario and
//!    checks what they parsed. The server learns which scenarios passed.
//! 4. The harness's report gives the table per area; the run fails when a test fails or a
//!    scenario fails that `tests/spector/EXPECTED_FAILURES` does not list.

use anyhow::{bail, Context};
use restgen::config::Input;
use restgen::emit::Service;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Files of the shared harness that are copied (the rest is made by `setup` and `serve`).
const HARNESS_FILES: [&str; 8] =
    ["README.md", "package.json", "package-lock.json", "scripts", "setup", "serve", "stop", "report"];

/// Runs the suites; `filter` keeps only the tests whose name contains it (the server still
/// counts every scenario).
pub fn run(filter: Option<&str>) -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().context("no workspace root")?.to_path_buf();
    let shared = root.join("../shared/spector");
    if !shared.is_dir() {
        println!("spector: skipped, ../shared/spector not found (looked for {})", shared.display());
        return Ok(());
    }
    let work = root.join("target/spector");
    let harness = work.join("harness");
    copy_harness(&shared, &harness)?;
    setup(&harness)?;

    let clients = work.join("clients");
    let modules = generate_clients(&harness.join("specs-out"), &clients)?;
    eprintln!("spector: {} client modules in {}", modules, clients.display());

    // The report merges every run under `run/`: start from none, so only this run counts.
    let _ = std::fs::remove_dir_all(harness.join("run"));
    let port = free_port()?;
    sh(&harness, "./serve", &["--suite", "all", "--port", &port.to_string()])?;
    let tests = run_tests(&root, port, filter);
    let stopped = sh(&harness, "./stop", &["--port", &port.to_string()]);
    let tests = tests?;
    stopped?;

    let report_json = work.join("report.json");
    let status = Command::new("./report")
        .args(["--by-area", "--list", "failed", "--json"])
        .arg(&report_json)
        .current_dir(&harness)
        .status()
        .context("cannot run the harness report")?;
    if !status.success() {
        bail!("the harness report failed");
    }
    let failed = failed_scenarios(&report_json)?;
    let expected = expected_failures(&root.join("tests/spector/EXPECTED_FAILURES"))?;
    let unexpected: Vec<&String> = failed.iter().filter(|s| !expected.contains_key(*s)).collect();
    let fixed: Vec<&String> = expected.keys().filter(|s| !failed.contains(s)).collect();
    if !fixed.is_empty() {
        println!("spector: listed in EXPECTED_FAILURES but did not fail (remove them): {fixed:?}");
    }
    if !tests {
        bail!("spector tests failed (see cargo test output above)");
    }
    if !unexpected.is_empty() && filter.is_none() {
        bail!("{} scenario(s) failed that EXPECTED_FAILURES does not list: {unexpected:?}", unexpected.len());
    }
    Ok(())
}

/// Copies the harness scripts (not its `node_modules`, outputs or runs) when they changed.
fn copy_harness(from: &Path, to: &Path) -> anyhow::Result<()> {
    for name in HARNESS_FILES {
        copy_tree(&from.join(name), &to.join(name))?;
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    if from.is_dir() {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            copy_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
        return Ok(());
    }
    let bytes = std::fs::read(from).with_context(|| format!("cannot read {}", from.display()))?;
    if std::fs::read(to).ok().as_deref() != Some(&bytes[..]) {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // The shared copy is read-only; the copy must stay writable to be refreshed.
        let _ = std::fs::remove_file(to);
        std::fs::write(to, &bytes)?;
        let mode = std::fs::metadata(from)?.permissions();
        let mut writable = mode.clone();
        #[allow(clippy::permissions_set_readonly_false)]
        writable.set_readonly(false);
        std::fs::set_permissions(to, writable)?;
    }
    Ok(())
}

/// `npm ci` (skipped by `setup` itself when the lock file is unchanged) and compiling the
/// scenarios, skipped when they were compiled from the same lock file.
fn setup(harness: &Path) -> anyhow::Result<()> {
    let lock = std::fs::read(harness.join("package-lock.json"))?;
    let stamp = harness.join("specs-out/.compiled-from-lock");
    let fresh = std::fs::read(&stamp).ok().as_deref() == Some(&lock[..])
        && harness.join("specs-out/compile-results.json").is_file()
        && harness.join("node_modules").is_dir();
    if fresh {
        eprintln!("spector: scenarios already compiled from this package-lock.json");
        return Ok(());
    }
    sh(harness, "./setup", &[])?;
    std::fs::write(stamp, lock)?;
    Ok(())
}

/// Runs a harness script, failing on a non-zero exit.
fn sh(harness: &Path, script: &str, args: &[&str]) -> anyhow::Result<()> {
    eprintln!("==> {script} {}", args.join(" "));
    let status = Command::new(script)
        .args(args)
        .current_dir(harness)
        .status()
        .with_context(|| format!("cannot run {script} in {}", harness.display()))?;
    if !status.success() {
        bail!("{script} failed ({status})");
    }
    Ok(())
}

/// One compiled scenario, as `compile-results.json` lists it.
struct Scenario {
    suite: String,
    folder: String,
    /// Emitter kind (`swagger2`, `openapi3`) → files it wrote, relative to its folder.
    outputs: BTreeMap<String, Vec<String>>,
}

/// Generates `spector-clients` into `out`; returns the number of modules.
fn generate_clients(specs: &Path, out: &Path) -> anyhow::Result<usize> {
    let results: serde_json::Value = serde_json::from_slice(
        &std::fs::read(specs.join("compile-results.json")).context("no compile-results.json; did setup run?")?,
    )?;
    let mut inputs = Vec::new();
    for entry in results.as_array().context("compile-results.json is not a list")? {
        let scenario = scenario(entry);
        // The OpenAPI 3 emitter drops what XML bodies need (`xml.wrapped` on arrays, which it
        // leaves to TypeSpec's wrapped default, and `x-ms-text`), while the autorest emitter
        // keeps them: specs with XML bodies are read from Swagger 2.
        let preferred: [&str; 2] = if scenario.suite == "azure" || has_xml_bodies(specs, &scenario) {
            ["swagger2", "openapi3"]
        } else {
            ["openapi3", "swagger2"]
        };
        let mut chosen = None;
        let mut errors = Vec::new();
        for kind in preferred {
            let Some(files) = scenario.outputs.get(kind) else { continue };
            let candidate = inputs_for(specs, &scenario, kind, files);
            if candidate.is_empty() {
                continue;
            }
            match restgen::generate("probe", &candidate) {
                Ok(_) => {
                    chosen = Some(candidate);
                    break;
                }
                Err(error) => errors.push(format!("{kind}: {error}")),
            }
        }
        match chosen {
            Some(candidate) => inputs.extend(candidate),
            None => eprintln!("spector: no client for {}/{}: {}", scenario.suite, scenario.folder, errors.join("; ")),
        }
    }
    let generation = restgen::generate("spector-clients", &inputs).context("generating spector-clients")?;
    restgen::write_files(out, &generation.files).with_context(|| format!("cannot write {}", out.display()))?;
    std::fs::write(out.join("DIAGNOSTICS.txt"), generation.diagnostics.iter().map(|d| format!("{}: {}\n", d.source, d.message)).collect::<String>())?;
    Ok(inputs.len())
}

/// Whether the scenario's OpenAPI 3.0 output declares an XML body.
fn has_xml_bodies(specs: &Path, scenario: &Scenario) -> bool {
    let files = scenario.outputs.get("openapi3").into_iter().flatten();
    files.filter(|f| f.starts_with("3.0.0/")).any(|file| {
        let path = specs.join(&scenario.suite).join(&scenario.folder).join("openapi3").join(file);
        std::fs::read_to_string(path).is_ok_and(|text| text.contains("application/xml:") || text.contains("text/xml:"))
    })
}

fn scenario(entry: &serde_json::Value) -> Scenario {
    let text = |key: &str| entry.get(key).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let mut outputs = BTreeMap::new();
    for kind in ["swagger2", "openapi3"] {
        let Some(result) = entry.get(kind) else { continue };
        if result.get("status").and_then(|s| s.as_str()) != Some("ok") {
            continue;
        }
        let files = result.get("files").and_then(|f| f.as_array()).into_iter().flatten();
        outputs.insert(kind.to_owned(), files.filter_map(|f| f.as_str().map(str::to_owned)).collect());
    }
    Scenario { suite: text("suite"), folder: text("scenario"), outputs }
}

/// The inputs for one scenario's files of one emitter: OpenAPI 3.0 only (3.1 says the same),
/// never the examples. Module `<suite>_<folder>[_<file stem>]`, without the `http_` prefix.
fn inputs_for(specs: &Path, scenario: &Scenario, kind: &str, files: &[String]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for file in files {
        let wanted = if kind == "openapi3" { file.starts_with("3.0.0/") } else { file.ends_with(".json") };
        if !wanted || file.starts_with("examples/") {
            continue;
        }
        let name = Path::new(file).file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let stem = name.trim_end_matches(".json").trim_end_matches(".yaml");
        let stem = stem.trim_end_matches("swagger").trim_end_matches("openapi").trim_end_matches('.');
        let mut module = if scenario.suite == "http" { String::new() } else { format!("{}_", scenario.suite) };
        module.push_str(&scenario.folder);
        if !stem.is_empty() {
            module.push('_');
            module.push_str(stem);
        }
        let module = restgen::emit::module_name(&module);
        let spec = format!("{}/{}/{kind}/{file}", scenario.suite, scenario.folder);
        inputs.push(Input {
            path: specs.join(&spec),
            service: Service {
                spec,
                feature: module.replace('_', "-"),
                client: restgen::emit::client_name(&module),
                module,
                hmac_scheme: None,
            },
            selection: Default::default(),
        });
    }
    inputs
}

/// A port that was free a moment ago (the harness binds it itself).
fn free_port() -> anyhow::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// `cargo test` in `tests/spector` against the server; whether every test passed.
fn run_tests(root: &Path, port: u16, filter: Option<&str>) -> anyhow::Result<bool> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    let mut command = Command::new(cargo);
    command
        .args(["test", "--manifest-path", "tests/spector/Cargo.toml", "--target-dir"])
        .arg(target)
        .current_dir(root)
        .env("SPECTOR_ENDPOINT", format!("http://127.0.0.1:{port}"));
    if let Some(filter) = filter {
        command.args(["--", filter]);
    }
    eprintln!("==> cargo test --manifest-path tests/spector/Cargo.toml");
    Ok(command.status().context("cannot run cargo test")?.success())
}

/// Scenario names the report counts as failed.
fn failed_scenarios(report: &Path) -> anyhow::Result<Vec<String>> {
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(report)?)?;
    let scenarios = json.get("scenarios").and_then(|s| s.as_array()).context("report has no scenarios")?;
    Ok(scenarios
        .iter()
        .filter(|s| s.get("result").and_then(|r| r.as_str()) == Some("failed"))
        .filter_map(|s| s.get("scenario").and_then(|n| n.as_str()).map(str::to_owned))
        .collect())
}

/// `EXPECTED_FAILURES`: one `ScenarioName  reason` per line, `#` comments.
fn expected_failures(path: &Path) -> anyhow::Result<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut map = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        if reason.trim().is_empty() {
            bail!("{}:{}: `{name}` needs a reason after the name", path.display(), number + 1);
        }
        map.insert(name.to_owned(), reason.trim().to_owned());
    }
    Ok(map)
}
