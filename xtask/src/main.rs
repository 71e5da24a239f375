//! Project automation: `cargo xtask codegen [--check]` and `cargo xtask test`.

mod bench;
mod codegen;
mod test;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

  codegen          regenerate generated/ from specs/services.toml
  codegen --check  fail, naming the stale files, when generated/ differs
  test             every check and test: clippy and rustdoc on the workspace
                   (generated crate included, -D warnings), then cargo test --workspace
  bench-stream [--bytes N]
                   stream N bytes (default 1 GiB) through Get Media; fails unless all
                   arrive with peak RSS < 32 MiB (timing is reported, never checked)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => codegen::run(false),
        ["codegen", "--check"] => codegen::run(true),
        ["test"] => test::run(),
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
