//! A short, fixed-seed run of the `load` fuzz target (`fuzz/src/lib.rs`): the repository's
//! specs, fixtures and bad inputs, then deterministic mutations of them, through the loader
//! and lowering; no input may panic. The long runs are `cargo fuzz run load` (nightly) and
//! the stable runner, `cargo run --release --manifest-path fuzz/Cargo.toml
//! --no-default-features --bin stable` (see fuzz/README.md).

#[path = "../../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod harness;

use std::path::Path;
use std::time::Duration;

/// Iterations of the bounded run (each is a file write, a load and a lowering).
const ITERATIONS: u64 = 5_000;
/// Never longer than this, however slow the machine (a debug build does ~150 inputs/s).
const TIME: Duration = Duration::from_secs(25);

#[test]
fn fuzz_load_bounded_run_finds_no_crash() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let dirs = ["specs", "generator/tests/fixtures", "generator/tests/bad_input"].map(|d| repo.join(d)).to_vec();
    let seeds: Vec<Vec<u8>> = harness::seeds(&dirs, 64 << 10).into_iter().map(|(_, b)| b).collect();
    assert!(seeds.len() > 50, "{} seeds", seeds.len());
    // The CLI runs on the main thread, with its 8 MiB stack: fuzz with the same.
    let stats = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            harness::silence_panics();
            harness::run(&seeds, 0x5EED, ITERATIONS, TIME)
        })
        .unwrap()
        .join()
        .expect("the fuzz thread itself panicked");
    eprintln!("{} inputs in {:?}, {} crashes", stats.iterations, stats.elapsed, stats.crashes.len());
    let _ = std::fs::remove_dir_all(harness::scratch_dir());
    let shown: Vec<String> = stats
        .crashes
        .iter()
        .take(3)
        .map(|(input, message)| {
            format!("{message}\ninput: {:?}", String::from_utf8_lossy(&input[..input.len().min(2000)]))
        })
        .collect();
    assert!(stats.crashes.is_empty(), "{} inputs panicked, e.g.:\n{}", stats.crashes.len(), shown.join("\n\n"));
    assert!(stats.iterations >= 200, "only {} inputs in {:?}", stats.iterations, stats.elapsed);
}
