//! The `load` fuzz target, and a small deterministic mutational fuzzer that runs it on stable
//! Rust (no libFuzzer, no sanitizers).
//!
//! This file depends only on `std`, `restgen`, `serde_json` and `serde_yaml_ng`, so the
//! generator's test suite includes it as a module (`generator/tests/fuzz_load.rs`) for a short,
//! fixed-seed run on every `cargo test`; `src/bin/stable.rs` runs it for longer, and
//! `fuzz_targets/load.rs` hands the same target to libFuzzer.

use std::cell::RefCell;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The target: `data` becomes a spec file (`.json` when it starts with `{` or `[`, else
/// `.yaml`), which is loaded, checked and lowered. Load errors are fine; a panic, a stack
/// overflow or runaway memory is a bug.
///
/// The file is written to a per-thread temp folder, `spec.json` / `spec.yaml` (the last input
/// stays there, which is how an input that aborts the process is found).
pub fn load_target(data: &[u8]) {
    let json = matches!(data.first(), Some(b'{' | b'['));
    let path = scratch_dir().join(if json { "spec.json" } else { "spec.yaml" });
    if std::fs::write(&path, data).is_err() {
        return;
    }
    if let Ok(spec) = restgen::load::Spec::load(&path) {
        let _ = spec.warnings();
        let api = restgen::lower::lower(&spec);
        std::hint::black_box(api);
    }
}

/// A temp folder for this thread's spec files.
pub fn scratch_dir() -> PathBuf {
    thread_local! {
        static DIR: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
    }
    DIR.with(|dir| {
        dir.borrow_mut()
            .get_or_insert_with(|| {
                let id = format!("{:?}", std::thread::current().id()).replace(|c: char| !c.is_ascii_alphanumeric(), "");
                let path = std::env::temp_dir().join(format!("restgen-fuzz-{}-{id}", std::process::id()));
                let _ = std::fs::create_dir_all(&path);
                path
            })
            .clone()
    })
}

/// xorshift64*: small, fast, and the same sequence everywhere for a given seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator; seed 0 is replaced by a fixed constant.
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed })
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    /// True once in `n` times.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// Tokens that matter to the JSON and YAML parsers and to the loader and lowering.
const DICTIONARY: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    "'",
    ":",
    ": ",
    ",",
    "\n",
    "\n  ",
    "  ",
    "\t",
    "- ",
    "? ",
    "&a ",
    "*a",
    "<<: ",
    "!!binary ",
    "!tag ",
    "---\n",
    "...\n",
    "#",
    "|\n",
    ">\n",
    "%YAML 1.2\n",
    "~",
    "null",
    "true",
    "false",
    "-0",
    "1e999",
    "0x1F",
    ".nan",
    "\\u0000",
    "\\ud800",
    "\u{FEFF}",
    "\u{0}",
    "\u{7f}",
    "é",
    "\"$ref\"",
    "$ref: ",
    "\"#/definitions/",
    "\"#/components/schemas/",
    "#/paths/~1",
    "~0",
    "~1",
    "%7B",
    "%",
    "{id}",
    "{",
    "/",
    "../",
    "spec.json#/",
    "spec.yaml#/",
    "other.yaml",
    "http://x/y.json",
    "file:spec.json",
    "swagger: \"2.0\"\n",
    "openapi: 3.0.0\n",
    "openapi: 3.1.0\n",
    "\"swagger\": \"2.0\"",
    "\"openapi\": \"3.1.0\"",
    "paths",
    "definitions",
    "components",
    "schemas",
    "parameters",
    "responses",
    "requestBody",
    "content",
    "application/json",
    "schema",
    "type",
    "object",
    "array",
    "string",
    "integer",
    "file",
    "binary",
    "items",
    "properties",
    "additionalProperties",
    "required",
    "enum",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "discriminator",
    "propertyName",
    "mapping",
    "x-ms-discriminator-value",
    "x-ms-enum",
    "x-ms-paths",
    "x-ms-parameterized-host",
    "x-ms-pageable",
    "nextLinkName",
    "itemName",
    "operationId",
    "in",
    "path",
    "query",
    "header",
    "body",
    "formData",
    "cookie",
    "default",
    "200",
    "2XX",
    "servers",
    "url",
    "variables",
    "security",
    "securitySchemes",
    "securityDefinitions",
    "oauth2",
    "apiKey",
    "flows",
    "scopes",
    "x-ms-client-name",
    "nullable",
    "readOnly",
    "format",
    "date-time",
    "byte",
    "int64",
    "const",
    "get",
    "post",
    "put",
    "delete",
    "patch",
    "options",
    "head",
    "@odata.type",
    "/$delta",
    "(",
    ")",
    "=",
];

/// Changes `input` in one to four random ways, using `others` for crossover.
pub fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    // Structure-aware changes keep the document parseable, so they reach lowering.
    if rng.one_in(3) {
        if let Some(tree) = tree_mutate(rng, &out) {
            out = tree;
            if rng.one_in(2) {
                return out;
            }
        }
    }
    for _ in 0..1 + rng.below(4) {
        byte_mutate(rng, &mut out, others);
    }
    out.truncate(1 << 20);
    out
}

fn byte_mutate(rng: &mut Rng, out: &mut Vec<u8>, others: &[Vec<u8>]) {
    let len = out.len();
    match rng.below(10) {
        0 if len > 0 => {
            let i = rng.below(len);
            out[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            out[i] = rng.next_u64() as u8;
        }
        2 => {
            let i = rng.below(len + 1);
            out.insert(i, rng.next_u64() as u8);
        }
        3 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(32)).min(len);
            out.drain(start..end);
        }
        4 if len > 0 => {
            // Duplicate a chunk (nesting, repeated keys).
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            let chunk = out[start..end].to_vec();
            let at = rng.below(len + 1);
            out.splice(at..at, chunk);
        }
        5 if len > 0 => {
            out.truncate(rng.below(len));
        }
        6 => {
            if let Some(other) = rng.pick(others) {
                if !other.is_empty() {
                    let start = rng.below(other.len());
                    let end = (start + 1 + rng.below(256)).min(other.len());
                    let at = rng.below(len + 1);
                    out.splice(at..at, other[start..end].iter().copied());
                }
            }
        }
        _ => {
            let token = rng.pick(DICTIONARY).copied().unwrap_or("{");
            let at = rng.below(len + 1);
            if rng.one_in(3) && len > 0 {
                let end = (at + 1 + rng.below(8)).min(len);
                out.splice(at.min(len)..end.max(at.min(len)), token.bytes());
            } else {
                out.splice(at..at, token.bytes());
            }
        }
    }
}

/// Parses `input` as JSON or YAML, changes one node, and prints it back in a random one of
/// the two syntaxes; `None` when `input` does not parse.
fn tree_mutate(rng: &mut Rng, input: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(input).ok()?;
    let mut root: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) => serde_yaml_ng::from_str(text).ok()?,
    };
    let mut pointers = Vec::new();
    collect_pointers(&root, &mut pointers);
    let target = rng.pick(&pointers)?.clone();
    let donor_ptr = rng.pick(&pointers)?.clone();
    let donor = root.pointer(&donor_ptr).cloned().unwrap_or(serde_json::Value::Null);
    let replacement = match rng.below(8) {
        0 => serde_json::json!({ "$ref": format!("#{}", donor_ptr) }),
        1 => donor,
        2 => serde_json::Value::Null,
        3 => serde_json::json!([]),
        4 => serde_json::json!({}),
        5 => serde_json::Value::String((*rng.pick(DICTIONARY).unwrap_or(&"x")).to_owned()),
        6 => serde_json::json!(rng.next_u64() as i64),
        _ => serde_json::json!([donor]),
    };
    match root.pointer_mut(&target) {
        Some(slot) if !target.is_empty() => *slot = replacement,
        _ => return None,
    }
    if rng.one_in(2) {
        serde_json::to_vec_pretty(&root).ok()
    } else {
        serde_yaml_ng::to_string(&root).ok().map(String::into_bytes)
    }
}

/// JSON pointers of every node (up to a few thousand), escaped.
fn collect_pointers(root: &serde_json::Value, out: &mut Vec<String>) {
    let mut stack = vec![(String::new(), root)];
    while let Some((at, value)) = stack.pop() {
        if out.len() > 4096 {
            return;
        }
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    stack.push((format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), v));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    stack.push((format!("{at}/{i}"), v));
                }
            }
            _ => {}
        }
        out.push(at);
    }
}

/// Seed inputs: every file up to `max_len` bytes in `dirs` (recursively), sorted by path.
pub fn seeds(dirs: &[PathBuf], max_len: u64) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = dirs.to_vec();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if entry.metadata().is_ok_and(|m| m.len() <= max_len) {
                files.push(path);
            }
        }
    }
    files.sort();
    files.into_iter().filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b))).collect()
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Stats {
    /// Inputs run (seeds included).
    pub iterations: u64,
    /// Inputs that panicked, with the panic message.
    pub crashes: Vec<(Vec<u8>, String)>,
    /// How long it took.
    pub elapsed: Duration,
}

/// Replaces the panic hook with a silent one (panics are reported by [`run`] instead of
/// printed), once for the process.
pub fn silence_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|_| {})));
}

/// Runs every seed, then mutations of them, until `iterations` inputs or `time` have passed.
/// Panics are caught and collected (with the input), so one crash does not end the run; a
/// stack overflow or abort does end the process, leaving its input in [`scratch_dir`]. Call
/// [`silence_panics`] first to keep the output readable.
pub fn run(seeds: &[Vec<u8>], rng_seed: u64, iterations: u64, time: Duration) -> Stats {
    let start = Instant::now();
    let mut rng = Rng::new(rng_seed);
    let mut stats = Stats::default();
    let mut pool: Vec<Vec<u8>> = seeds.to_vec();
    let check = |input: &[u8], stats: &mut Stats| {
        stats.iterations += 1;
        if let Err(panic) = std::panic::catch_unwind(AssertUnwindSafe(|| load_target(input))) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            stats.crashes.push((input.to_vec(), message));
        }
    };
    for seed in seeds {
        if stats.iterations >= iterations || start.elapsed() >= time {
            break;
        }
        check(seed, &mut stats);
    }
    while stats.iterations < iterations && start.elapsed() < time && !pool.is_empty() {
        let base = pool[rng.below(pool.len())].clone();
        let input = mutate(&mut rng, &base, &pool);
        check(&input, &mut stats);
        // Keep some mutants as bases, so changes accumulate (bounded pool).
        if rng.one_in(4) && input.len() < 256 << 10 {
            if pool.len() < 4 * seeds.len().max(16) {
                pool.push(input);
            } else {
                let i = seeds.len() + rng.below(pool.len() - seeds.len().min(pool.len()));
                if let Some(slot) = pool.get_mut(i) {
                    *slot = input;
                }
            }
        }
    }
    stats.elapsed = start.elapsed();
    stats
}

/// Writes each crash input to `dir` (named by a hash of its bytes) and returns the paths.
pub fn save_crashes(stats: &Stats, dir: &Path) -> Vec<PathBuf> {
    let _ = std::fs::create_dir_all(dir);
    stats
        .crashes
        .iter()
        .map(|(input, _)| {
            let hash =
                input.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
            let path = dir.join(format!("crash-{hash:016x}"));
            let _ = std::fs::write(&path, input);
            path
        })
        .collect()
}
