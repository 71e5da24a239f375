//! Snapshot tests: the Rust that restgen emits for small hand-written specs in
//! `tests/fixtures/`, one construct per fixture, pinned with `insta`.
//!
//! Each fixture test snapshots the service's `mod.rs` (client) and `models.rs`, and its
//! diagnostics (one line each, `file#pointer: message`) so that degradations show up in
//! review. `crate_files` snapshots the crate-level files once, `generation_is_deterministic`
//! checks that output is byte-identical across runs, and `fixtures_compile` builds every
//! fixture as one crate with `cargo check`.
//!
//! Update snapshots with `INSTA_UPDATE=always cargo test -p restgen --test snapshots` and
//! review the diff; CI (`CI=true`) fails on any missing or different snapshot.

use restgen::config::Input;
use restgen::Generation;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Folder of the fixture specs.
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// Every fixture, in a fixed order (also the module order of the combined crate).
const ALL: &[&str] = &[
    "models.yaml",
    "recursion.json",
    "enums.json",
    "polymorphism_graph.yaml",
    "polymorphism_swagger.json",
    "operations.json",
    "binary.yaml",
    "auth.json",
    "no_auth.yaml",
    "openapi31.json",
    "name_collisions.json",
    // Regressions for generator bugs found by these fixtures (now fixed).
    "multi_status_headers.json",
    "two_response_headers.json",
    "prelude_names.json",
    "self_names.json",
    // Regressions for generator bugs found by the corpus (`cargo xtask corpus`).
    "unsendable_methods.yaml",
    "enum_discriminator.json",
    "alias_params.yaml",
    "default_success.json",
    "paged_no_options.json",
    "oauth_no_scopes.yaml",
    "models_only.json",
    // Spector conventions (authentication, special headers, routes, server versions).
    "request_conventions.yaml",
];

/// Fixtures whose generated code does not compile, or that cannot be generated at all:
/// generator bugs. They are snapshotted like the others but left out of `fixtures_compile`.
/// Remove an entry once the generator is fixed (and accept the new snapshots).
const KNOWN_BROKEN: &[&str] = &[];

/// Fixtures whose generated code is compiled by `fixtures_compile`.
fn compiled() -> Vec<&'static str> {
    ALL.iter().copied().filter(|file| !KNOWN_BROKEN.contains(file)).collect()
}

/// The input for a fixture. `Input::from_path` names the module after the file stem; the
/// spec shown in file headers is the bare file name, so output does not depend on where
/// the repository is checked out.
fn input(file: &str) -> Input {
    let mut input = Input::from_path(&Path::new(FIXTURES).join(file));
    input.service.spec = file.to_owned();
    input
}

fn generate(crate_name: &str, inputs: &[Input]) -> Generation {
    restgen::generate(crate_name, inputs).unwrap_or_else(|e| panic!("generation failed: {e}"))
}

/// Generation, or the error as text (errors hold no `PartialEq`).
fn try_generate(crate_name: &str, inputs: &[Input]) -> Result<Generation, String> {
    restgen::generate(crate_name, inputs).map_err(|e| e.to_string())
}

/// Diagnostics one per line, `file#pointer: message`, with the file relative to the
/// fixtures folder (the loader reports paths as given, here absolute).
fn diagnostics(generation: &Generation) -> String {
    if generation.diagnostics.is_empty() {
        return "(no diagnostics)\n".to_owned();
    }
    generation
        .diagnostics
        .iter()
        .map(|d| {
            let file = Path::new(&d.source.file);
            let file = file.strip_prefix(FIXTURES).unwrap_or(file).to_string_lossy().replace('\\', "/");
            format!("{file}#{}: {}\n", d.source.pointer, d.message)
        })
        .collect()
}

/// Runs `f` with snapshot settings that say which fixture the snapshot comes from.
fn with_fixture_settings(file: &str, f: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.set_description(format!("restgen output for tests/fixtures/{file}"));
    settings.set_omit_expression(true);
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(f);
}

/// Generates one fixture as crate `fixture` and snapshots its service files and diagnostics
/// as `<stem>__mod`, `<stem>__models` and `<stem>__diagnostics`; when generation fails,
/// the error as `<stem>__error`.
fn snapshot_fixture(file: &str) {
    let input = input(file);
    let module = input.service.module.clone();
    let stem = Path::new(file).file_stem().and_then(|s| s.to_str()).expect("fixture file name");
    let generation = match try_generate("fixture", std::slice::from_ref(&input)) {
        Ok(generation) => generation,
        Err(error) => {
            with_fixture_settings(file, || insta::assert_snapshot!(format!("{stem}__error"), error));
            return;
        }
    };

    let paths: Vec<&str> = generation.files.iter().map(|f| f.path.as_str()).collect();
    let mod_rs = format!("src/{module}/mod.rs");
    let models_rs = format!("src/{module}/models.rs");
    assert_eq!(
        paths,
        ["Cargo.toml", "src/lib.rs", "src/runtime.rs", mod_rs.as_str(), models_rs.as_str()],
        "unexpected set of generated files for {file}"
    );

    with_fixture_settings(file, || {
        for generated in &generation.files {
            let kind = if generated.path == mod_rs {
                "mod"
            } else if generated.path == models_rs {
                "models"
            } else {
                continue;
            };
            insta::assert_snapshot!(format!("{stem}__{kind}"), generated.contents);
        }
        insta::assert_snapshot!(format!("{stem}__diagnostics"), diagnostics(&generation));
    });
}

/// Required vs optional vs nullable fields, every primitive format, lists, maps, keyword
/// and colliding property names (OpenAPI 3.0 YAML).
#[test]
fn models() {
    snapshot_fixture("models.yaml");
}

/// Directly and mutually recursive models: `Box` where a cycle needs it (Swagger 2.0).
#[test]
fn recursion() {
    snapshot_fixture("recursion.json");
}

/// String enum, `x-ms-enum` (modelAsString true/false, named values), integer enum,
/// inline enum, values that are not identifiers (Swagger 2.0).
#[test]
fn enums() {
    snapshot_fixture("enums.json");
}

/// Graph-style `@odata.type` discriminator with `mapping` and `allOf` subtypes, a nested
/// base (OpenAPI 3.0 YAML).
#[test]
fn polymorphism_graph() {
    snapshot_fixture("polymorphism_graph.yaml");
}

/// Swagger 2 `discriminator: kind` with and without `x-ms-discriminator-value`.
#[test]
fn polymorphism_swagger() {
    snapshot_fixture("polymorphism_swagger.json");
}

/// Path/query/header parameters, array query parameters (`multi`, `csv`), JSON body,
/// `x-ms-parameterized-host`, api-version client parameter, 200/201/204 in one operation,
/// `x-ms-error-response` both ways (Swagger 2.0).
#[test]
fn operations() {
    snapshot_fixture("operations.json");
}

/// Streamed octet-stream response, binary request body, text/plain both ways, a non-JSON
/// media type without a schema (OpenAPI 3.0 YAML, relative server URL).
#[test]
fn binary() {
    snapshot_fixture("binary.yaml");
}

/// apiKey header and oauth2: one constructor each; an unused scheme is left out (Swagger 2.0).
#[test]
fn auth() {
    snapshot_fixture("auth.json");
}

/// No security at all: a constructor without credential (OpenAPI 3.0 YAML).
#[test]
fn no_auth() {
    snapshot_fixture("no_auth.yaml");
}

/// OpenAPI 3.1: `type: [T, "null"]`, `const`, `anyOf` with a null branch, several types,
/// server variables with defaults.
#[test]
fn openapi31() {
    snapshot_fixture("openapi31.json");
}

/// Schema names that collide after casing (`pet`/`Pet`, `pet_food`/`PetFood`) or share a
/// last segment (`a.Pet`/`b.Pet`), operation ids that collide after snake_case.
#[test]
fn name_collisions() {
    snapshot_fixture("name_collisions.json");
}

/// BUG (not compiled): several success statuses, one with response headers.
#[test]
fn multi_status_headers() {
    snapshot_fixture("multi_status_headers.json");
}

/// BUG (generation fails): a success response with two headers.
#[test]
fn two_response_headers() {
    snapshot_fixture("two_response_headers.json");
}

/// BUG (not compiled): schemas named `Result`, `Option`, `Vec`, `String`.
#[test]
fn prelude_names() {
    snapshot_fixture("prelude_names.json");
}

/// BUG (generation fails): an enum value whose Rust name is `Self`.
#[test]
fn self_names() {
    snapshot_fixture("self_names.json");
}

/// OPTIONS and TRACE operations, which azure_core cannot send: left out, with diagnostics.
#[test]
fn unsendable_methods() {
    snapshot_fixture("unsendable_methods.yaml");
}

/// A union whose discriminator is an enum (no `Default`): optional in the union's structs,
/// required elsewhere.
#[test]
fn enum_discriminator() {
    snapshot_fixture("enum_discriminator.json");
}

/// Path, query and header parameters typed by named aliases of a string or a string list.
#[test]
fn alias_params() {
    snapshot_fixture("alias_params.yaml");
}

/// `default` as the only success response: no unreachable fallback arm.
#[test]
fn default_success() {
    snapshot_fixture("default_success.json");
}

/// A paged operation without optional parameters (its request builder ignores the options).
#[test]
fn paged_no_options() {
    snapshot_fixture("paged_no_options.json");
}

/// An OAuth2 scheme without scopes: the constructor takes them.
#[test]
fn oauth_no_scopes() {
    snapshot_fixture("oauth_no_scopes.yaml");
}

/// A custom HTTP scheme (`Authorization: SharedAccessKey …`) besides anonymous access,
/// repeatability headers filled in by the client, a list in the path, an enum response
/// header, a server variable defaulting to the document's version.
#[test]
fn request_conventions() {
    snapshot_fixture("request_conventions.yaml");
}

/// A spec without operations: no unused imports or fields.
#[test]
fn models_only() {
    snapshot_fixture("models_only.json");
}

/// The crate-level files (`Cargo.toml`, `lib.rs`, `runtime.rs`), once, for the crate made
/// of every fixture that generates.
#[test]
fn crate_files() {
    let inputs: Vec<Input> = compiled().iter().map(|file| input(file)).collect();
    let generation = generate("fixtures", &inputs);
    with_fixture_settings("*", || {
        for generated in &generation.files {
            let name = match generated.path.as_str() {
                "Cargo.toml" => "crate__cargo_toml",
                "src/lib.rs" => "crate__lib_rs",
                "src/runtime.rs" => "crate__runtime_rs",
                _ => continue,
            };
            insta::assert_snapshot!(name, generated.contents);
        }
    });
}

/// The same input gives the same bytes: per fixture, and for the combined crate.
#[test]
fn generation_is_deterministic() {
    let runs: Vec<(String, Vec<Input>)> = ALL
        .iter()
        .map(|file| (file.to_string(), vec![input(file)]))
        .chain(std::iter::once(("the combined crate".to_owned(), compiled().iter().map(|file| input(file)).collect())))
        .collect();
    for (what, inputs) in runs {
        let (first, second) = match (try_generate("fixture", &inputs), try_generate("fixture", &inputs)) {
            (Ok(first), Ok(second)) => (first, second),
            (Err(first), Err(second)) => {
                assert_eq!(first, second, "{what}: the generation error differs between runs");
                continue;
            }
            (first, second) => {
                panic!("{what}: one run failed and the other did not: {:?} / {:?}", first.err(), second.err())
            }
        };
        assert_eq!(first.files.len(), second.files.len(), "{what}: number of files differs between runs");
        for (a, b) in first.files.iter().zip(&second.files) {
            assert_eq!(a.path, b.path, "{what}: file order differs between runs");
            assert!(a.contents == b.contents, "{what}: {} differs between runs", a.path);
        }
        assert_eq!(first.diagnostics, second.diagnostics, "{what}: diagnostics differ between runs");
    }
}

/// The workspace root (the generator crate is one level below it).
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_owned()
}

/// Every compilable fixture as a module of one crate, checked with `cargo check --offline`
/// against the workspace's `Cargo.lock`. Dependencies are built once into a stable target
/// folder, `<workspace>/target/fixture-check`: the first run takes a minute or so, later
/// ones a second or two.
#[test]
fn fixtures_compile() {
    let mut inputs: Vec<Input> = compiled().iter().map(|file| input(file)).collect();
    // Module, feature and client names must be unique in one crate.
    let mut seen = std::collections::HashSet::new();
    for input in &mut inputs {
        let base = input.service.module.clone();
        let mut n = 1;
        while !seen.insert(input.service.module.clone()) {
            n += 1;
            input.service.module = format!("{base}_{n}");
            input.service.feature = input.service.module.replace('_', "-");
            input.service.client = format!("{}{n}", input.service.client);
        }
    }
    let generation = generate("fixtures", &inputs);

    let dir = std::env::temp_dir().join(format!("restgen-fixture-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    restgen::write_files(&dir, &generation.files).expect("write the generated crate");
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["check", "--offline", "--quiet"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", workspace_root().join("target/fixture-check"))
        // Flags meant for the workspace would change the dependencies' fingerprints.
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo check");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "cargo check of the fixture crate failed (crate kept in {}):\n{stderr}",
        dir.display()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
