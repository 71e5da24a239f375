//! `restgen-bench SPEC`: times each stage of generating a crate from one spec, in this one
//! process, and prints its peak memory. Run it built in release (`cargo xtask bench` does),
//! once per spec, so that the peaks of different specs do not mix.
//!
//! Stages: the floor (read the file and parse it into a `serde_json::Value`, nothing
//! else; YAML goes through `serde_yaml_ng` into the same `serde_json::Value`), then load
//! (`Spec::load`: read, parse, follow `$ref`s), lower (to the IR), emit (Rust tokens) and
//! format (`syn` + `prettyplease`, which run with emit in parallel jobs: their times are
//! summed over threads). The floor runs first, twice (the second is timed, so that it reads
//! the file from the page cache into warm memory as the pipeline does); then its memory is
//! given back and the peak reset where the kernel allows, so the peak is the pipeline's. The
//! documents are dropped after lowering and their memory given back, as `restgen::generate`
//! does.
//!
//! Prints a human line and one `restgen-bench` line of `key=value` fields for `cargo xtask
//! bench` to read.

use restgen::config::Input;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Stack for the pipeline: deeply nested schemas must not overflow (as in `cargo xtask corpus`).
const STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: restgen-bench SPEC");
        return ExitCode::from(2);
    };
    let path = PathBuf::from(path);
    let outcome = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || run(&path))
        .expect("cannot spawn the bench thread")
        .join();
    match outcome {
        Ok(Ok(line)) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Ok(Err(error)) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("error: the generator panicked (message above)");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &Path) -> Result<String, String> {
    let size = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?.len();
    let yaml = !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let parse = || -> Result<(), String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value: serde_json::Value = if yaml {
            serde_yaml_ng::from_slice(&bytes).map_err(|e| format!("floor: {e}"))?
        } else {
            serde_json::from_slice(&bytes).map_err(|e| format!("floor: {e}"))?
        };
        drop((value, bytes));
        Ok(())
    };
    // Once untimed, so that the floor, like the pipeline after it, reads a file in the page
    // cache into memory the allocator already has.
    parse()?;
    let started = Instant::now();
    parse()?;
    let floor = started.elapsed().as_secs_f64();
    let floor_peak = peak_bytes();
    // The floor's memory is given back, so that the peak below is the pipeline's own.
    restgen::memory::release_freed();
    let reset = reset_peak();

    let input = Input::from_path(path);
    let mut diagnostics = Vec::new();
    let cpu_before = cpu_seconds();
    let started = Instant::now();
    let spec = restgen::load::Spec::load(path).map_err(|e| e.to_string())?;
    let load = started.elapsed().as_secs_f64();
    let load_peak = peak_bytes();

    let started = Instant::now();
    let api = restgen::lower::lower(&spec);
    let lower_peak = peak_bytes();
    // Dropping the documents and giving their memory back is part of the pipeline
    // (`restgen::generate` does it here too).
    drop(spec);
    restgen::memory::release_freed();
    let lower = started.elapsed().as_secs_f64();
    let (operations, types) = (api.operations.len(), api.types.len());

    let services = [(input.service, api)];
    let started = Instant::now();
    let (files, times) =
        restgen::emit::emit_crate_timed("bench-client", &services, &mut diagnostics).map_err(|e| e.to_string())?;
    let emit_wall = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu_before;
    let peak = peak_bytes();
    let output: usize = files.iter().map(|f| f.contents.len()).sum();
    drop(files);
    // Emit and format run together, in parallel jobs: their split is CPU time over threads.
    let plan = times.plan.as_secs_f64();
    let emit = plan + times.tokens.as_secs_f64();
    let format = times.format.as_secs_f64();

    let total = load + lower + emit_wall;
    let mb = |bytes: u64| bytes as f64 / (1 << 20) as f64;
    let budget = 4.0 * mb(size) + 30.0;
    eprintln!(
        "{}: {:.1} MB, {operations} ops, {types} types; floor ({}) {floor:.3} s; load {load:.3} s, lower {lower:.3} s, \
         emit+format {emit_wall:.3} s (job times: plan {plan:.3} s, tokens {:.3} s, format {format:.3} s), \
         total {total:.3} s ({:.1}x floor, CPU {cpu:.2} s); peak {:.0} MB after load {:.0}, lower {:.0} (floor's own {:.0}{}); output {:.1} MB",
        path.display(),
        mb(size),
        if yaml { "serde_yaml_ng" } else { "serde_json" },
        times.tokens.as_secs_f64(),
        total / floor,
        mb(peak),
        mb(load_peak),
        mb(lower_peak),
        mb(floor_peak),
        if reset { ", then reset" } else { ", not reset: peaks include it" },
        output as f64 / (1 << 20) as f64,
    );
    Ok(format!(
        "restgen-bench size_mb={:.3} ops={operations} types={types} floor_kind={} floor_s={floor:.4} load_s={load:.4} \
         lower_s={lower:.4} emit_s={emit:.4} format_s={format:.4} emit_format_wall_s={emit_wall:.4} total_s={total:.4} ratio={:.2} cpu_s={cpu:.2} peak_mb={:.1} \
         budget_mb={budget:.1} peak_ratio={:.2} diagnostics={}",
        mb(size),
        if yaml { "yaml" } else { "json" },
        total / floor,
        mb(peak),
        mb(peak) / budget,
        diagnostics.len() + services[0].1.diagnostics.len(),
    ))
}

/// Peak resident memory of this process so far (`VmHWM`), in bytes; 0 where unknown.
fn peak_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// Resets the peak to the current resident size (Linux `clear_refs` 5); false if refused.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// CPU time (user + system) of this process so far, from `/proc/self/stat` (in clock ticks,
/// taken as 1/100 s as on every Linux); 0 where unknown.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // `utime` and `stime` are fields 14 and 15 of the line: indices 11 and 12 after the name.
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    (ticks(11) + ticks(12)) as f64 / 100.0
}
