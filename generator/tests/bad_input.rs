//! Malformed specs through the real CLI: every file in `tests/bad_input/` (see its
//! `EXPECTED.toml`) must fail with exit code 1 or warn with exit code 0, name the file and a
//! line:column or JSON pointer, say what to do, never panic, and leave the previous output
//! byte for byte when it fails.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Longest a single case may take (the largest takes a few seconds in a debug build).
const TIMEOUT: Duration = Duration::from_secs(120);

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_input")
}

#[derive(Debug, Clone)]
struct Case {
    file: String,
    category: String,
    kind: Kind,
    /// Substring of the `error:` / `warning:` line: file and position or pointer.
    place: String,
    /// Substring of the error line that says what to do.
    hint: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Error,
    Warning,
}

fn manifest() -> Vec<Case> {
    let text = std::fs::read_to_string(dir().join("EXPECTED.toml")).expect("read EXPECTED.toml");
    let table: toml::Table = text.parse().expect("EXPECTED.toml is TOML");
    table
        .into_iter()
        .map(|(file, entry)| {
            let get = |key: &str| entry.get(key).and_then(|v| v.as_str()).map(str::to_owned);
            let kind = match get("kind").as_deref() {
                Some("error") => Kind::Error,
                Some("warning") => Kind::Warning,
                other => panic!("{file}: kind must be \"error\" or \"warning\", not {other:?}"),
            };
            Case {
                category: get("category").unwrap_or_default(),
                place: get("where").unwrap_or_else(|| panic!("{file}: no `where`")),
                hint: get("hint"),
                kind,
                file,
            }
        })
        .collect()
}

/// The cases too large to keep in the repository, written at test time.
fn generated_cases(into: &Path) -> Vec<Case> {
    let huge = "a".repeat(16 << 20);
    std::fs::write(into.join("huge_string.json"), format!("{{\"swagger\": \"2.0\", \"info\": {{\"title\": \"{huge}"))
        .unwrap();
    let words = "lorem ipsum dolor sit amet ".repeat(300_000);
    std::fs::write(
        into.join("huge_description.yaml"),
        format!(
            "openapi: 3.0.3\ninfo:\n  title: Huge\n  version: \"1.0\"\n  description: \"{words}\"\n\
             servers:\n  - url: https://example.com\npaths:\n  /pets:\n    get:\n      responses:\n        \
             \"200\":\n          description: ok\n"
        ),
    )
    .unwrap();
    // Half a million `[`: libyaml alone would take hours (time grows with length × depth).
    let flows = "[".repeat(500_000);
    std::fs::write(into.join("huge_flow_nesting.yaml"), format!("openapi: 3.0.3\nx-deep: {flows}\n")).unwrap();
    vec![
        Case {
            file: "huge_flow_nesting.yaml".into(),
            category: "limits".into(),
            kind: Kind::Error,
            place: "huge_flow_nesting.yaml:2:137".into(),
            hint: Some("name the inner schemas".into()),
        },
        Case {
            file: "huge_string.json".into(),
            category: "limits".into(),
            kind: Kind::Error,
            place: "huge_string.json:1:".into(),
            hint: Some("truncated".into()),
        },
        Case {
            file: "huge_description.yaml".into(),
            category: "limits".into(),
            kind: Kind::Warning,
            place: "huge_description.yaml#/paths/~1pets/get".into(),
            hint: None,
        },
    ]
}

/// What one run of the CLI did.
#[derive(Debug)]
struct Outcome {
    case: Case,
    code: Option<i32>,
    stderr: String,
    elapsed: Duration,
    /// The output folder before and after.
    before: BTreeMap<PathBuf, Vec<u8>>,
    after: BTreeMap<PathBuf, Vec<u8>>,
    /// Entries next to the output folder after the run (temp folders must be gone).
    siblings: Vec<String>,
}

/// Every file below `root`, by relative path, with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// A good crate from an earlier run, as the output folder's previous content.
fn previous_output(out: &Path) {
    std::fs::create_dir_all(out.join("src")).unwrap();
    std::fs::write(out.join("GOOD_MARKER"), "previous good output\n").unwrap();
    std::fs::write(out.join("Cargo.toml"), "[package]\nname = \"previous\"\nversion = \"0.1.0\"\n").unwrap();
    std::fs::write(out.join("src/lib.rs"), "//! The previous, good, generated crate.\npub fn good() {}\n").unwrap();
}

fn run(case: Case, spec_dir: &Path, work: &Path) -> Outcome {
    let tmp = work.join(case.file.replace('.', "_"));
    let out = tmp.join("out");
    previous_output(&out);
    let before = snapshot(&out);
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_restgen"))
        .args(["generate".as_ref(), case.file.as_ref(), "--out".as_ref(), out.as_os_str()])
        .current_dir(spec_dir)
        .env_remove("RUST_BACKTRACE")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run restgen");
    let mut stderr_pipe = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stderr_pipe, &mut text).ok();
        text
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let stderr = reader.join().unwrap();
    let after = snapshot(&out);
    let mut siblings: Vec<String> =
        std::fs::read_dir(&tmp).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    siblings.sort();
    let _ = std::fs::remove_dir_all(&tmp);
    Outcome { case, code: status.and_then(|s| s.code()), stderr, elapsed, before, after, siblings }
}

/// Runs every case once (shared by the tests below); cases run on a few threads.
fn outcomes() -> &'static [Outcome] {
    static OUTCOMES: OnceLock<Vec<Outcome>> = OnceLock::new();
    OUTCOMES.get_or_init(|| {
        let work = std::env::temp_dir().join(format!("restgen-bad-input-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&work);
        std::fs::create_dir_all(&work).unwrap();
        let generated = work.join("generated-specs");
        std::fs::create_dir_all(&generated).unwrap();
        let mut jobs: Vec<(Case, PathBuf)> = manifest().into_iter().map(|c| (c, dir())).collect();
        jobs.extend(generated_cases(&generated).into_iter().map(|c| (c, generated.clone())));
        let jobs = std::sync::Mutex::new(jobs);
        let results = std::sync::Mutex::new(Vec::new());
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| loop {
                    let Some((case, spec_dir)) = jobs.lock().unwrap().pop() else { break };
                    let outcome = run(case, &spec_dir, &work);
                    results.lock().unwrap().push(outcome);
                });
            }
        });
        let _ = std::fs::remove_dir_all(&work);
        let mut results = results.into_inner().unwrap();
        results.sort_by(|a, b| a.case.file.cmp(&b.case.file));
        results
    })
}

/// The first `error:` / `warning:` line of stderr that contains `place`.
fn line_with<'s>(stderr: &'s str, prefix: &str, place: &str) -> Option<&'s str> {
    stderr.lines().find(|l| l.starts_with(prefix) && l.contains(place))
}

/// What is wrong with one outcome (empty when it is as expected).
fn problems(o: &Outcome) -> Vec<String> {
    let mut p = Vec::new();
    let c = &o.case;
    match o.code {
        None => p.push(format!("killed by a signal or timed out after {:?} (stack overflow? hang?)", o.elapsed)),
        Some(101) => p.push("exit code 101: a panic".into()),
        Some(code) if c.kind == Kind::Error && code == 0 => p.push("exit code 0, expected an error".into()),
        Some(code) if c.kind == Kind::Warning && code != 0 => p.push(format!("exit code {code}, expected 0")),
        Some(_) => {}
    }
    for bad in ["panicked", "internal error", "overflowed its stack", "RUST_BACKTRACE"] {
        if o.stderr.contains(bad) {
            p.push(format!("stderr mentions `{bad}`"));
        }
    }
    let stem = Path::new(&c.file).file_stem().unwrap().to_string_lossy().into_owned();
    if !o.stderr.contains(&stem) {
        p.push("stderr does not name the file".into());
    }
    let prefix = if c.kind == Kind::Error { "error: " } else { "warning: " };
    match line_with(&o.stderr, prefix, &c.place) {
        None => p.push(format!("no `{prefix}` line containing `{}`", c.place)),
        Some(line) => {
            if let Some(hint) = &c.hint {
                if !line.contains(hint.as_str()) {
                    p.push(format!("the line does not contain the hint `{hint}`"));
                }
            }
        }
    }
    if c.kind == Kind::Error {
        if o.after != o.before {
            p.push("the previous output was changed".into());
        }
    } else {
        if o.after.get(Path::new("GOOD_MARKER")) != o.before.get(Path::new("GOOD_MARKER")) {
            p.push("a file the generator does not own was removed or changed".into());
        }
        if o.after.get(Path::new("src/lib.rs")) == o.before.get(Path::new("src/lib.rs")) {
            p.push("src/lib.rs was not regenerated".into());
        }
    }
    if o.siblings != ["out"] {
        p.push(format!("left temp entries next to the output: {:?}", o.siblings));
    }
    p
}

#[test]
fn every_bad_input_fails_cleanly_or_warns() {
    let outcomes = outcomes();
    assert!(outcomes.len() >= 58, "only {} cases", outcomes.len());
    let mut report = String::new();
    for o in outcomes {
        let p = problems(o);
        if !p.is_empty() {
            report.push_str(&format!(
                "\n{} ({}, {:?}, exit {:?}):\n  - {}\n  stderr: {}\n",
                o.case.file,
                o.case.category,
                o.case.kind,
                o.code,
                p.join("\n  - "),
                o.stderr.trim().replace('\n', "\n          ")
            ));
        }
    }
    let slowest = outcomes.iter().max_by_key(|o| o.elapsed).unwrap();
    eprintln!("{} bad inputs; slowest {} in {:?}", outcomes.len(), slowest.case.file, slowest.elapsed);
    assert!(report.is_empty(), "bad inputs not handled as EXPECTED.toml says:{report}");
}

/// Every error says what to do: each error case has a hint in the manifest, and errors of
/// the common kinds end with advice after the parser's or loader's own words.
#[test]
fn every_error_says_what_to_do() {
    let mut missing = Vec::new();
    for o in outcomes().iter().filter(|o| o.case.kind == Kind::Error) {
        let Some(hint) = &o.case.hint else {
            missing.push(format!("{}: no hint in EXPECTED.toml", o.case.file));
            continue;
        };
        let line = o.stderr.lines().find(|l| l.starts_with("error: ")).unwrap_or_default();
        if !line.contains(hint.as_str()) {
            missing.push(format!("{}: `{line}` lacks `{hint}`", o.case.file));
        }
        // Advice comes after a `;` (or the message is itself an instruction).
        if !line.contains("; ") && !line.contains(": this is") {
            missing.push(format!("{}: `{line}` has no advice after `;`", o.case.file));
        }
    }
    assert!(missing.is_empty(), "errors without a hint:\n{}", missing.join("\n"));
}

#[test]
fn manifest_covers_every_file_and_every_category() {
    let listed: Vec<String> = manifest().into_iter().map(|c| c.file).collect();
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| f != "EXPECTED.toml")
        .collect();
    files.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(files, sorted, "every file in tests/bad_input/ has an entry in EXPECTED.toml, and vice versa");
    assert!(listed.len() >= 55, "{} files", listed.len());
    let categories: std::collections::BTreeSet<String> = manifest().into_iter().map(|c| c.category).collect();
    for needed in ["encoding", "json syntax", "yaml syntax", "limits", "dialect", "ref", "wrong type", "operations"] {
        assert!(categories.contains(needed), "no case of category {needed}");
    }
}

/// `--out` naming a file (not a folder) is an error that leaves the file alone.
#[test]
fn output_that_is_a_file_is_an_error_and_left_alone() {
    let work = std::env::temp_dir().join(format!("restgen-bad-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let out = work.join("out");
    std::fs::write(&out, "not a folder").unwrap();
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/no_auth.yaml");
    let output = Command::new(env!("CARGO_BIN_EXE_restgen"))
        .args(["generate".as_ref(), spec.as_os_str(), "--out".as_ref(), out.as_os_str()])
        .output()
        .expect("run restgen");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is not a folder") && stderr.contains("previous output"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "not a folder");
    assert_eq!(std::fs::read_dir(&work).unwrap().count(), 1, "no temp folders left");
    let _ = std::fs::remove_dir_all(&work);
}

/// A spec path that does not exist, or is a folder, is an error naming it and saying what to
/// do, and the previous output stays.
#[test]
fn unreadable_spec_paths_are_errors_with_hints() {
    let work = std::env::temp_dir().join(format!("restgen-bad-path-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let out = work.join("out");
    previous_output(&out);
    let before = snapshot(&out);
    for (spec, hint) in [("no_such_spec.yaml", "check the path"), ("refs", "pass the spec file itself, not its folder")]
    {
        let output = Command::new(env!("CARGO_BIN_EXE_restgen"))
            .args(["generate".as_ref(), spec.as_ref(), "--out".as_ref(), out.as_os_str()])
            .current_dir(dir())
            .output()
            .expect("run restgen");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.starts_with(&format!("error: {spec}: cannot read file: ")), "{stderr}");
        assert!(stderr.contains(hint), "{stderr}");
        assert_eq!(snapshot(&out), before);
    }
    let _ = std::fs::remove_dir_all(&work);
}
