//! Project automation: `cargo xtask codegen [--check]`, `corpus`, `spector`, `bench`, `bench-stream`
//! and `test`.

mod bench;
mod checkbench;
mod codegen;
mod corpus;
mod genbench;
mod spector;
mod test;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

  codegen          regenerate generated/ from specs/services.toml
  codegen --check  fail, naming the stale files, when generated/ differs
  corpus [FILTER]  generate a crate from every spec in ../shared/corpus (or those whose path
                   contains FILTER), cargo check them all, print a table (also
                   target/corpus/REPORT.md); fails unless 100 % generate and >= 98 %
                   compile (skipped when the corpus is absent)
  test             every check and test: clippy and rustdoc on the workspace
                   (generated crate included, -D warnings), the corpus, then
                   cargo test --workspace
  bench [--no-check] [--runs N]
                   time each stage of generation, and peak memory, on the largest corpus
                   specs and the whole of Graph v1.0 (fetched once with npm into
                   target/bench-cache); then cargo check time of the generated crates
                   (seed, CloudCommunications, nexus, whole Graph, each feature) against
                   progenitor's crate for nexus; prints tables and which targets are met
                   (timing is reported, never checked: fails only if something does not
                   generate or compile)
  spector [FILTER] the TypeSpec Spector suites (../shared/spector): a client module per
                   scenario in target/spector/clients, tests/spector run against one mock
                   server, the per-area table; fails on a failed test or a failed scenario
                   not listed in tests/spector/EXPECTED_FAILURES (skipped without the harness)
  bench-stream [--bytes N]
                   stream N bytes (default 1 GiB) through Get Media; fails unless all
                   arrive with peak RSS < 32 MiB (timing is reported, never checked)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => codegen::run(false),
        ["codegen", "--check"] => codegen::run(true),
        ["corpus"] => corpus::run(None),
        ["corpus", filter] => corpus::run(Some(filter)),
        ["test"] => test::run(),
        ["spector"] => spector::run(None),
        ["spector", filter] => spector::run(Some(filter)),
        ["bench", rest @ ..] => genbench::run(rest),
        ["bench-stream", rest @ ..] => return bench::run(rest),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
