//! The `load` fuzz target on stable Rust: seeds, then deterministic mutations, for a number
//! of iterations or seconds. Crashing inputs are written to `fuzz/artifacts/load/`.
//!
//! ```sh
//! cargo run --release --manifest-path fuzz/Cargo.toml --no-default-features --bin stable -- \
//!     [--seconds 300] [--iterations N] [--seed 1] [--threads 2] [SEED_DIR...]
//! ```
//! Without seed folders it uses the repository's specs, generator fixtures, bad inputs and
//! `fuzz/corpus/load` (cargo-fuzz's corpus, when there is one).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut seconds = 60u64;
    let mut iterations = u64::MAX;
    let mut seed = 1u64;
    let mut threads = 2u64;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> u64 {
            let value = args.next().and_then(|v| v.parse().ok());
            value.unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match arg.as_str() {
            "--seconds" => seconds = number("--seconds"),
            "--iterations" => iterations = number("--iterations"),
            "--seed" => seed = number("--seed"),
            "--threads" => threads = number("--threads").max(1),
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    if dirs.is_empty() {
        dirs = ["../specs", "../generator/tests/fixtures", "../generator/tests/bad_input", "corpus/load"]
            .iter()
            .map(|d| root.join(d))
            .collect();
    }
    let seeds: Vec<Vec<u8>> = restgen_fuzz::seeds(&dirs, 256 << 10).into_iter().map(|(_, b)| b).collect();
    eprintln!(
        "fuzzing load with {} seeds, rng seed {seed}, {threads} threads, {seconds} s / {iterations} iterations; \
         an input that aborts the process is left in {}",
        seeds.len(),
        std::env::temp_dir().join(format!("restgen-fuzz-{}-*", std::process::id())).display()
    );
    restgen_fuzz::silence_panics();
    let per_thread = iterations / threads;
    let results: Vec<restgen_fuzz::Stats> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let seeds = &seeds;
                std::thread::Builder::new()
                    // The CLI's main thread has 8 MiB: overflow where it would.
                    .stack_size(8 << 20)
                    .spawn_scoped(s, move || {
                        restgen_fuzz::run(seeds, seed.wrapping_add(t), per_thread, Duration::from_secs(seconds))
                    })
                    .expect("spawn")
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("fuzz thread")).collect()
    });
    let total: u64 = results.iter().map(|s| s.iterations).sum();
    let elapsed = results.iter().map(|s| s.elapsed).max().unwrap_or_default();
    let artifacts = root.join("artifacts/load");
    let mut crashes = 0;
    for stats in &results {
        for (path, (_, message)) in restgen_fuzz::save_crashes(stats, &artifacts).iter().zip(&stats.crashes) {
            eprintln!("CRASH {}: {message}", path.display());
            crashes += 1;
        }
    }
    eprintln!(
        "{total} inputs in {:.1} s ({:.0}/s), {crashes} crashes",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64()
    );
    if crashes == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
