//! `cargo xtask bench-stream [--bytes N]`: the Get Media streaming benchmark.
//!
//! Runs `cargo run --release -p e2e --bin stream_bench -- <args>` from the workspace root
//! and exits with its status. The benchmark downloads N bytes (default 1 GiB) through the
//! generated client and fails unless every byte arrives with peak RSS under 32 MiB; its
//! timing is reported, never checked (see `tests/src/bin/stream_bench.rs`).

use std::process::{Command, ExitCode};

/// Runs the benchmark with `args` passed through; its exit status becomes ours.
pub fn run(args: &[&str]) -> ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace root");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let cargo_args = ["run", "--release", "-p", "e2e", "--bin", "stream_bench", "--"];
    eprintln!("==> cargo {} {}", cargo_args.join(" "), args.join(" "));
    match Command::new(&cargo).args(cargo_args).args(args).current_dir(root).status() {
        Ok(status) => match status.code() {
            Some(0) => ExitCode::SUCCESS,
            // Exit codes are 0..=255 on Unix; anything else still means failure.
            Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            None => {
                eprintln!("error: stream_bench was killed by a signal ({status})");
                ExitCode::FAILURE
            }
        },
        Err(error) => {
            eprintln!("error: cannot run cargo: {error}");
            ExitCode::FAILURE
        }
    }
}
