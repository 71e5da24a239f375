//! The `restgen` command line: generate a Rust client crate from specs.


/// Generation allocates and frees many small token trees on both cores, which glibc's
/// allocator serves slowly (a third of the run in malloc and free); mimalloc does not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use restgen::config::{Config, Input};
use std::path::PathBuf;
use std::process::ExitCode;

/// Generate Rust clients (on azure_core 1.x) from Swagger 2.0 and OpenAPI 3.0/3.1 specs.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a standalone crate (Cargo.toml + src/) from one or more specs.
    ///
    /// Each spec becomes a module with a client struct, behind a cargo feature of the same
    /// name. Specs may be JSON or YAML and may `$ref` other files. Diagnostics (constructs
    /// that were degraded or skipped) are printed as warnings; the crate is written only
    /// when every spec loaded, and as a whole: a failure leaves the previous output as it
    /// was. Exit code 0 on success (warnings included), 1 when a spec cannot be used or the
    /// output cannot be written, 2 for bad arguments.
    Generate {
        /// Spec files (module names come from the file names).
        #[arg(required_unless_present = "config")]
        specs: Vec<PathBuf>,
        /// A services.toml naming the specs, modules, features and clients instead.
        #[arg(long, conflicts_with = "specs")]
        config: Option<PathBuf>,
        /// Folder to write the crate into (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Package name of the generated crate (default: from the config, else `api-client`).
        #[arg(long)]
        crate_name: Option<String>,
        /// Generate only the operations this selects, and the types they reach (repeatable):
        /// `tag:NAME`, `path:/PREFIX` or `op:OPERATION_ID`. Adds to a config's `include`.
        #[arg(long, value_name = "SELECTOR")]
        include: Vec<String>,
        /// Leave out the operations this selects (repeatable; same forms as --include).
        /// Adds to a config's `exclude`.
        #[arg(long, value_name = "SELECTOR")]
        exclude: Vec<String>,
    },
}

fn main() -> ExitCode {
    // A panic is a bug in restgen, never the spec's fault: say so, and how to report it.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        eprintln!(
            "error: internal error in restgen (a bug, not a problem in your spec); nothing was written. \
             Please report it with the spec that triggered it."
        );
        default_hook(info);
    }));
    let Command::Generate { specs, config, out, crate_name, include, exclude } = Cli::parse().command;
    let extra = match restgen::select::Selection::parse(&include, &exclude) {
        Ok(extra) => extra,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let (inputs, config_crate) = match config {
        Some(path) => match Config::read(&path) {
            Ok(config) => {
                let base = path.parent().map(PathBuf::from).unwrap_or_default();
                (config.inputs(&base, ""), Some(config.crate_name))
            }
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        },
        None => (specs.iter().map(|p| Input::from_path(p)).collect(), None),
    };
    let mut inputs = inputs;
    for input in &mut inputs {
        input.selection.include.extend(extra.include.iter().cloned());
        input.selection.exclude.extend(extra.exclude.iter().cloned());
    }
    let crate_name = crate_name.or(config_crate).unwrap_or_else(|| "api-client".to_owned());
    if crate_name.is_empty() || !crate_name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        eprintln!("error: invalid crate name '{crate_name}': use letters, digits, '-' and '_' only");
        return ExitCode::from(2);
    }
    let generation = match restgen::generate(&crate_name, &inputs) {
        Ok(generation) => generation,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    for diagnostic in &generation.diagnostics {
        eprintln!("warning: {}: {}", diagnostic.source, diagnostic.message);
    }
    if let Err(error) = restgen::write_files(&out, &generation.files) {
        eprintln!(
            "error: cannot write to {}: {error}; the previous output (if any) is unchanged: fix the path or its \
             permissions and run again",
            out.display()
        );
        return ExitCode::FAILURE;
    }
    eprintln!(
        "wrote {} files to {} ({} warnings)",
        generation.files.len(),
        out.display(),
        generation.diagnostics.len()
    );
    ExitCode::SUCCESS
}
