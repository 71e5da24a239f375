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
    generate_and_check_with(name, specs, &[], |_| {});
}

/// `cargo check` in `dir` with `args`, sharing the dependencies built for the other crates.
fn cargo_check(dir: &Path, args: &[&str]) -> std::process::Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(["check", "--offline", "--quiet"])
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", workspace().join("target/standalone-check"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo check")
}

/// [`generate_and_check`] with extra command-line arguments, and `inspect` called on the
/// generated crate's folder before it is checked.
fn generate_and_check_with(name: &str, specs: &[PathBuf], args: &[&str], inspect: impl FnOnce(&Path)) {
    let out = std::env::temp_dir().join(format!("restgen-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let output = Command::new(env!("CARGO_BIN_EXE_restgen"))
        .arg("generate")
        .args(specs)
        .args(["--out".as_ref(), out.as_os_str(), "--crate-name".as_ref(), name.as_ref()])
        .args(args)
        .output()
        .expect("run restgen");
    assert!(output.status.success(), "restgen failed for {name}: {}", String::from_utf8_lossy(&output.stderr));
    inspect(&out);
    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).expect("copy Cargo.lock");
    let check = cargo_check(&out, &[]);
    assert!(
        check.status.success(),
        "generated crate {name} does not compile:\n{}",
        String::from_utf8_lossy(&check.stderr)
    );
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

/// `--include`/`--exclude` keep only the selected operations and the types they reach, and the
/// smaller crate still compiles.
#[test]
fn selected_operations_and_the_types_they_reach_are_generated() {
    let spec = workspace().join("../shared/corpus/msgraph-sdk-powershell/openApiDocs/v1.0/CloudCommunications.yml");
    if !spec.exists() {
        eprintln!("skipped: {} does not exist", spec.display());
        return;
    }
    let args = [
        "--include",
        "tag:communications.presence",
        "--include",
        "tag:users.presence",
        "--exclude",
        "op:user_DeletePresence",
    ];
    generate_and_check_with("graph-presence", &[spec], &args, |out| {
        let module = out.join("src/cloud_communications");
        let client = std::fs::read_to_string(module.join("mod.rs")).expect("client");
        let models = std::fs::read_to_string(module.join("models.rs")).expect("models");
        // Every root client also has `send_request`, which is no operation.
        let operations = client.matches("pub async fn ").count() - client.matches("pub async fn send_request").count();
        // communications.presence: 5 besides the pager (with $count), users.presence: 3, one excluded.
        assert_eq!(operations, 7, "{client}");
        assert!(client.contains("get_presence") && !client.contains("cancel_media_processing"), "{client}");
        // Presence and what it reaches are there; call records are not.
        assert!(
            models.contains("pub struct Presence ") && models.contains("pub struct PresenceStatusMessage "),
            "{models}"
        );
        assert!(!models.contains("pub struct CallRecord ") && !models.contains("pub struct Call "), "{models}");
    });
}

#[test]
fn a_malformed_selector_is_a_usage_error() {
    let spec = workspace().join("specs/acs-chat/swagger.json");
    let output = Command::new(env!("CARGO_BIN_EXE_restgen"))
        .args(["generate".as_ref(), spec.as_os_str(), "--out".as_ref(), "/nonexistent/never-written".as_ref()])
        .args(["--include", "label:x"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("unknown kind `label`") && stderr.contains("tag:"), "{stderr}");
}

/// Each operation group is a cargo feature that compiles alone, and gates its sub-client and
/// the models only it reaches.
#[test]
fn each_operation_group_feature_compiles_alone() {
    let spec = workspace().join("../shared/corpus/msgraph-sdk-powershell/openApiDocs/v1.0/CloudCommunications.yml");
    if !spec.exists() {
        eprintln!("skipped: {} does not exist", spec.display());
        return;
    }
    generate_and_check_with("graph-groups", &[spec], &[], |out| {
        let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("manifest");
        assert!(
            manifest.contains(
                "cloud-communications = [\"cloud-communications-communication\", \"cloud-communications-user\"]"
            ),
            "{manifest}"
        );
        let client = std::fs::read_to_string(out.join("src/cloud_communications/mod.rs")).expect("client");
        assert!(client.contains("#[cfg(feature = \"cloud-communications-user\")]\n#[derive(Debug, Clone, Copy)]\npub struct UserClient<'a>"), "{client}");
        std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).expect("copy Cargo.lock");
        for feature in ["cloud-communications-communication", "cloud-communications-user"] {
            let check = cargo_check(out, &["--no-default-features", "--features", feature]);
            assert!(
                check.status.success(),
                "feature {feature} alone does not compile:\n{}",
                String::from_utf8_lossy(&check.stderr)
            );
        }
    });
}
