//! The CLI end to end: `restgen generate` writes a standalone crate that `cargo check`s,
//! for each seed spec and for OpenAPI example specs of every dialect.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_owned()
}

/// Generates `specs` into a fresh crate and runs `cargo check` on it (dependencies come
/// from the workspace lock file, built once into a shared target folder).
fn generate_and_check(name: &str, specs: &[PathBuf]) {
    let out = std::env::temp_dir().join(format!("restgen-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let output = Command::new(env!("CARGO_BIN_EXE_restgen"))
        .arg("generate")
        .args(specs)
        .args(["--out".as_ref(), out.as_os_str(), "--crate-name".as_ref(), name.as_ref()])
        .output()
        .expect("run restgen");
    assert!(output.status.success(), "restgen failed for {name}: {}", String::from_utf8_lossy(&output.stderr));
    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).expect("copy Cargo.lock");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let check = Command::new(cargo)
        .args(["check", "--offline", "--quiet"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", workspace().join("target/standalone-check"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo check");
    assert!(check.status.success(), "generated crate {name} does not compile:\n{}", String::from_utf8_lossy(&check.stderr));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn help_explains_the_command() {
    let output = Command::new(env!("CARGO_BIN_EXE_restgen")).args(["generate", "--help"]).output().expect("run");
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert!(help.contains("--out") && help.contains("--crate-name") && help.contains("--config"), "{help}");
}

#[test]
fn bad_spec_fails_with_file_and_position_and_writes_nothing() {
    let dir = std::env::temp_dir().join(format!("restgen-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec = dir.join("broken.json");
    std::fs::write(&spec, "{\n  \"swagger\": \"2.0\",\n  \"paths\": {,}\n}\n").unwrap();
    let out = dir.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_restgen"))
        .args(["generate".as_ref(), spec.as_os_str(), "--out".as_ref(), out.as_os_str()])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("broken.json:3:"), "{stderr}");
    assert!(!out.exists(), "nothing may be written when a spec fails");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn standalone_crates_compile() {
    let specs = workspace().join("specs");
    for (name, spec) in [
        ("seed-acs-messages", "acs-messages/openapi.json"),
        ("seed-acs-chat", "acs-chat/swagger.json"),
        ("seed-device-update", "device-update/swagger.json"),
        ("seed-graph", "graph/communications.yml"),
    ] {
        generate_and_check(name, &[specs.join(spec)]);
    }
    let examples = workspace().join("../shared/corpus/oai-openapi-specification/examples");
    if !examples.exists() {
        eprintln!("skipped the corpus examples: {} does not exist", examples.display());
        return;
    }
    for (name, spec) in [
        ("petstore-separate", "v2.0/yaml/petstore-separate/spec/swagger.yaml"),
        ("petstore-expanded", "v3.0/petstore-expanded.json"),
        ("non-oauth-scopes", "v3.1/non-oauth-scopes.json"),
    ] {
        generate_and_check(name, &[examples.join(spec)]);
    }
}
