//! Tests of the load stage, on fixture files written to a fresh temp folder and on real specs.

use super::*;
use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A unique folder under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("restgen-load-{}-{name}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn load_text(name: &str, contents: impl AsRef<[u8]>) -> (TempDir, Result<Spec, LoadError>) {
    let dir = TempDir::new("t");
    let path = dir.write(name, contents);
    let spec = Spec::load(&path);
    (dir, spec)
}

fn loc(doc: usize, pointer: &str) -> Location {
    Location { doc: DocId(doc), pointer: pointer.to_owned() }
}

#[test]
fn loads_json_root() {
    let (_dir, spec) =
        load_text("spec.json", r#"{"swagger": "2.0", "paths": {}, "definitions": {"Pet": {"type": "object"}}}"#);
    let spec = spec.unwrap();
    assert_eq!(spec.dialect, Dialect::Swagger2);
    assert_eq!(spec.docs.len(), 1);
    let pet = spec.root().child("definitions").child("Pet");
    assert_eq!(spec.get(&pet).unwrap()["type"], "object");
    let (at, value) = spec.resolve(&spec.root(), "#/definitions/Pet").unwrap();
    assert_eq!(at, loc(0, "/definitions/Pet"));
    assert_eq!(value["type"], "object");
    let (at, value) = spec.resolve(&spec.root(), "#").unwrap();
    assert_eq!(at, spec.root());
    assert!(value.is_object());
}

#[test]
fn loads_yaml_root_with_non_string_keys_in_order() {
    let (_dir, spec) = load_text(
        "spec.yaml",
        "openapi: 3.0.3\n\
         paths:\n  /pets:\n    get:\n      responses:\n        200:\n          description: ok\n        default:\n          description: err\n\
         x:\n  zeta: 1\n  true: b\n  1.50: f\n  ~: n\n  alpha: 2\n  0x1F: h\n",
    );
    let spec = spec.unwrap();
    assert_eq!(spec.dialect, Dialect::OpenApi30);
    let responses = spec.get(&loc(0, "/paths/~1pets/get/responses")).unwrap();
    let keys: Vec<_> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["200", "default"]);
    let x = spec.docs[0].root["x"].as_object().unwrap();
    let keys: Vec<_> = x.keys().collect();
    assert_eq!(keys, ["zeta", "true", "1.50", "~", "alpha", "0x1F"]);
    assert_eq!(x.get("zeta").unwrap(), 1);
}

#[test]
fn yaml_tags_anchors_and_merge_keys() {
    let (_dir, spec) = load_text(
        "spec.yaml",
        "swagger: '2.0'\nbase: &b {a: 1, b: 2}\nderived:\n  <<: *b\n  b: 3\ntagged: !custom {c: 4}\nnan: .nan\n",
    );
    let root = &spec.unwrap().docs[0].root;
    assert_eq!(root["derived"]["a"], 1);
    assert_eq!(root["derived"]["b"], 3);
    assert_eq!(root["tagged"]["c"], 4);
    assert_eq!(root["nan"], ".nan");
}

#[test]
fn detects_dialects() {
    for (text, dialect) in [
        ("swagger: \"2.0\"\n", Dialect::Swagger2),
        ("swagger: 2.0\n", Dialect::Swagger2),
        ("openapi: 3.0.0\n", Dialect::OpenApi30),
        ("openapi: \"3.0\"\n", Dialect::OpenApi30),
        ("openapi: 3.1.0\n", Dialect::OpenApi31),
        ("{\"openapi\": \"3.1.1\"}", Dialect::OpenApi31),
    ] {
        let (_dir, spec) = load_text("spec.yaml", text);
        assert_eq!(spec.unwrap().dialect, dialect, "{text}");
    }
}

#[test]
fn rejects_unknown_dialects() {
    for (text, pointer, found, hint) in [
        ("swagger: \"1.2\"\n", "/swagger", "`swagger: \"1.2\"`", "convert the spec to Swagger 2.0 or OpenAPI 3"),
        ("swagger: 2\n", "/swagger", "`swagger: 2`", "write `swagger: \"2.0\"`"),
        ("swaggerVersion: \"1.2\"\n", "/swaggerVersion", "Swagger 1.x", "convert it"),
        ("openapi: 4.0.0\n", "/openapi", "`openapi: \"4.0.0\"`", "OpenAPI 3.0 and 3.1 only"),
        ("openapi: 3.10.0\n", "/openapi", "`openapi: \"3.10.0\"`", "expected `swagger: \"2.0\"` or `openapi: 3.0.x`"),
        ("openapi: 3\n", "/openapi", "`openapi: 3`", "write the full version"),
        ("openapi: \"2.0\"\n", "/openapi", "`openapi: \"2.0\"`", "Swagger 2.0 is written `swagger: \"2.0\"`"),
        ("openapi: [3]\n", "/openapi", "`openapi: [3]`", "must be a string"),
        ("info: {title: x}\n", "", "neither `swagger` nor `openapi`", "add `openapi: 3.0.3`"),
        ("type: object\nproperties: {}\n", "", "neither `swagger` nor `openapi`", "pass the spec that references it"),
        ("[1, 2]", "", "an array", "expected `swagger: \"2.0\"` or `openapi: 3.0.x`"),
        ("just a string\n", "", "a string (`\"just a string\"`)", "expected `swagger: \"2.0\"`"),
        ("<html><body>Not found</body></html>\n", "", "looks like HTML", "download the spec again"),
        ("# only a comment\n", "", "null", "expected `swagger: \"2.0\"`"),
    ] {
        let (_dir, spec) = load_text("spec.yaml", text);
        let err = spec.unwrap_err();
        let LoadError::UnknownDialect { pointer: at, .. } = &err else { panic!("{text}: {err:?}") };
        assert_eq!(at, pointer, "{text}");
        let msg = err.to_string();
        assert!(msg.contains(&format!("spec.yaml#{pointer}: ")), "{msg}");
        assert!(msg.contains(found), "{msg}");
        assert!(msg.contains(hint), "{msg}");
    }
}

#[test]
fn strips_bom() {
    let (_dir, spec) = load_text("spec.json", "\u{FEFF}  {\"swagger\": \"2.0\"}");
    assert_eq!(spec.unwrap().dialect, Dialect::Swagger2);
    let (_dir, spec) = load_text("spec.yaml", "\u{FEFF}openapi: 3.1.0\n");
    assert_eq!(spec.unwrap().dialect, Dialect::OpenApi31);
}

#[test]
fn rejects_empty_files() {
    for (text, what) in [("", "is empty"), ("  \n\t\n", "contains only whitespace"), ("\u{FEFF}", "is empty")] {
        let (_dir, spec) = load_text("empty.yaml", text);
        let err = spec.unwrap_err();
        assert!(matches!(err, LoadError::Parse { line: 1, column: 1, .. }), "{err:?}");
        let msg = err.to_string();
        assert!(
            msg.ends_with(&format!("empty.yaml:1:1: the file {what}; expected a JSON or YAML spec document")),
            "{msg}"
        );
    }
}

#[test]
fn rejects_binary_compressed_and_wide_text() {
    for (bytes, expected) in [
        (&b"\x1F\x8B\x08\x00rest"[..], "empty.yaml:1:1: the file is gzip-compressed"),
        (b"PK\x03\x04rest", "empty.yaml:1:1: the file is a ZIP archive"),
        (b"\xFF\xFE\x00\x00{\x00\x00\x00", "empty.yaml:1:1: the file is UTF-32 encoded"),
        (b"{\x00}\x00", "empty.yaml:1:2: the file contains a NUL byte (offset 1)"),
        (b"swagger: '2.0'\ninfo:\n  t\x00", "empty.yaml:3:4: the file contains a NUL byte"),
    ] {
        let (_dir, spec) = load_text("empty.yaml", bytes);
        let msg = spec.unwrap_err().to_string();
        assert!(msg.starts_with(&format!("{}", _dir.0.join(expected).display())), "{msg}");
    }
}

#[test]
fn rejects_duplicate_keys() {
    let (_dir, spec) = load_text("dup.json", "{\n  \"swagger\": \"2.0\",\n  \"a\": 1,\n  \"a\": 2\n}\n");
    let err = spec.unwrap_err();
    assert!(matches!(err, LoadError::Parse { line: 4, .. }), "{err:?}");
    assert!(err.to_string().contains("duplicate key `a`; a key may appear only once"), "{err}");
    let (_dir, spec) =
        load_text("dup.yaml", "swagger: '2.0'\npaths:\n  /a:\n    get: {}\n  /b: {}\n  /a:\n    put: {}\n");
    let err = spec.unwrap_err();
    assert!(matches!(err, LoadError::Parse { line: 6, column: 3, .. }), "{err:?}");
    // In a large object too (found by hash there), and a large object without one loads whole.
    let keys: Vec<String> = (0..40).map(|i| format!("  \"k{i}\": {i}")).collect();
    let text = |extra: &str| format!("{{\n  \"swagger\": \"2.0\",\n{},\n{extra}}}\n", keys.join(",\n"));
    let err = load_text("big.json", text("  \"k17\": 0\n")).1.unwrap_err();
    assert!(matches!(err, LoadError::Parse { line: 43, .. }), "{err:?}");
    let (_dir, spec) = load_text("big.json", text("  \"k40\": 40\n"));
    let root = &spec.unwrap().docs[0].root;
    assert!((0..=40).all(|i| root[format!("k{i}").as_str()] == i), "{root}");
    // Repeated merge keys are not duplicates.
    let (_dir, spec) = load_text("merge.yaml", "swagger: '2.0'\na: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n");
    let root = &spec.unwrap().docs[0].root;
    assert_eq!((root["c"]["x"].as_i64(), root["c"]["y"].as_i64()), (Some(1), Some(2)));
    // `<<` is an ordinary key in JSON.
    let (_dir, spec) = load_text("merge.json", r#"{"swagger": "2.0", "c": {"<<": {"x": 1}}}"#);
    assert_eq!(spec.unwrap().docs[0].root["c"]["<<"]["x"], 1);
}

#[test]
fn yaml_alias_bombs_are_refused_quickly() {
    let mut bomb = String::from("swagger: '2.0'\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"].iter().zip(["b", "c", "d", "e", "f", "g", "h", "i"]) {
        bomb.push_str(&format!("{name}: &{name} [{}]\n", vec![format!("*{prev}"); 9].join(", ")));
    }
    let start = std::time::Instant::now();
    let (_dir, spec) = load_text("bomb.yaml", &bomb);
    let err = spec.unwrap_err();
    assert!(matches!(err, LoadError::Parse { line: 3, .. }), "{err:?}");
    assert!(err.to_string().contains("billion laughs"), "{err}");
    // Few aliases of one large anchor: within the repetition limit, stopped by the budget.
    let mut wide = String::from("swagger: '2.0'\nbig: &big\n");
    for i in 0..2000 {
        wide.push_str(&format!("  k{i}: [\"{}\", {i}]\n", "x".repeat(40)));
    }
    wide.push_str(&format!("uses: [{}]\n", vec!["*big"; 3000].join(", ")));
    let (_dir, spec) = load_text("wide.yaml", &wide);
    let err = spec.unwrap_err();
    assert!(matches!(err, LoadError::Parse { line: 2003, .. }), "{err:?}");
    assert!(start.elapsed() < std::time::Duration::from_secs(30), "{:?}", start.elapsed());
    // Modest alias use is fine.
    let (_dir, spec) = load_text("ok.yaml", "swagger: '2.0'\nbase: &b {type: string}\nx: [*b, *b, *b]\n");
    assert_eq!(spec.unwrap().docs[0].root["x"][2]["type"], "string");
}

#[test]
fn yaml_errors_have_positions_and_hints() {
    for (text, place, hint) in [
        ("swagger: '2.0'\ninfo:\n\ttitle: x\n", ":3:1: ", "spaces, not tabs"),
        (
            "swagger: '2.0'\na: 1\n---\nb: 2\n",
            ":3:1: the file holds more than one YAML document",
            "remove the second `---`",
        ),
        ("swagger: '2.0'\ninfo: *nope\n", ":2:7: unknown anchor", "must come after an anchor"),
        ("swagger: '2.0'\ninfo: {title: x\n", ":3:1: did not find expected ',' or '}', while parsing", "is not closed"),
    ] {
        let (_dir, spec) = load_text("bad.yaml", text);
        let msg = spec.unwrap_err().to_string();
        assert!(msg.contains(&format!("bad.yaml{place}")), "{msg}");
        assert!(msg.contains(hint), "{msg}");
        assert!(!msg.contains(" at line "), "{msg}");
    }
}

#[test]
fn reports_json_syntax_error_position() {
    let text = "{\n  \"swagger\": \"2.0\",\n  \"info\": {\n    \"title\": \"x\"\n    \"version\": \"1\"\n  }\n}\n";
    let (_dir, spec) = load_text("bad.json", text);
    let err = spec.unwrap_err();
    let LoadError::Parse { line, column, message, .. } = &err else { panic!("{err:?}") };
    assert_eq!((*line, *column), (5, 5), "{message}");
    assert!(!message.contains("at line"), "{message}");
    assert!(err.to_string().contains("bad.json:5:5: expected `,` or `}`"), "{err}");
}

#[test]
fn reports_yaml_syntax_error_position() {
    let (_dir, spec) = load_text("bad.yaml", "swagger: '2.0'\ninfo:\n  title: x\n  - item\n");
    let err = spec.unwrap_err();
    let LoadError::Parse { line, .. } = &err else { panic!("{err:?}") };
    assert_eq!(*line, 4, "{err}");
    assert!(err.to_string().contains("bad.yaml:4:"), "{err}");
    // Complex keys cannot become JSON keys.
    let (_dir, spec) = load_text("bad.yaml", "swagger: '2.0'\n? [a, b]\n: x\n");
    assert!(matches!(spec.unwrap_err(), LoadError::Parse { .. }));
}

#[test]
fn json_like_yaml_falls_back_to_yaml() {
    let (_dir, spec) = load_text("flow.yaml", "{swagger: '2.0', paths: {}}");
    assert_eq!(spec.unwrap().dialect, Dialect::Swagger2);
}

#[test]
fn rejects_non_utf8() {
    let (_dir, spec) = load_text("latin1.yaml", b"swagger: \"2.0\"\ninfo:\n  title: caf\xE9\n");
    let err = spec.unwrap_err();
    let LoadError::Parse { line, column, message, .. } = &err else { panic!("{err:?}") };
    assert_eq!((*line, *column), (3, 13));
    assert!(message.contains("UTF-8") && message.contains("0xE9"), "{message}");
    let (_dir, spec) = load_text("utf16.json", b"\xFF\xFE{\x00}\x00");
    assert!(spec.unwrap_err().to_string().contains("UTF-16"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    let (_dir, spec) = load_text("deep.json", &deep);
    assert!(matches!(spec.unwrap_err(), LoadError::Parse { .. }));
    // libyaml takes time proportional to length × flow depth: refused before it parses.
    let start = std::time::Instant::now();
    let (_dir, spec) = load_text("deep.yaml", format!("a: {}", "[".repeat(100_000)));
    assert!(matches!(spec.unwrap_err(), LoadError::Parse { line: 1, column: 132, .. }));
    assert!(start.elapsed() < std::time::Duration::from_secs(5), "{:?}", start.elapsed());
    // As deep as the parsers allow, with a `$ref` at the bottom.
    let nested =
        format!("{{\"swagger\": \"2.0\", \"x\": {}{{\"$ref\": \"#/x\"}}{}}}", "[".repeat(120), "]".repeat(120));
    let (_dir, spec) = load_text("nested.json", nested);
    let spec = spec.unwrap();
    let bottom = format!("/x{}", "/0".repeat(120));
    assert!(spec.get(&loc(0, &bottom)).unwrap().get("$ref").is_some());
}

/// Files in three folders that reference each other, with `./` and `../`.
fn cross_file_fixture() -> (TempDir, PathBuf) {
    let dir = TempDir::new("cross");
    let root = dir.write(
        "api/root.yaml",
        "swagger: \"2.0\"\n\
         paths:\n  /pets:\n    get:\n      responses:\n        \"200\":\n          schema:\n            $ref: ../common/defs.yaml#/Pet\n\
         definitions:\n  Local:\n    $ref: './../common/defs.yaml#/Pet'\n  Back:\n    type: string\n",
    );
    dir.write(
        "common/defs.yaml",
        "Pet:\n  type: object\n  properties:\n    owner:\n      $ref: sub/owner.json\n    back:\n      $ref: ../api/root.yaml#/definitions/Back\n",
    );
    dir.write("common/sub/owner.json", r#"{"type": "object", "properties": {"pet": {"$ref": "../defs.yaml#/Pet"}}}"#);
    (dir, root)
}

#[test]
fn loads_cross_file_refs_once_each() {
    let (dir, root) = cross_file_fixture();
    let spec = Spec::load(&root).unwrap();
    let paths: Vec<_> = spec.docs.iter().map(|d| d.path.clone()).collect();
    assert_eq!(paths, [root.clone(), dir.0.join("common/defs.yaml"), dir.0.join("common/sub/owner.json")]);

    let at = loc(0, "/paths/~1pets/get/responses/200/schema");
    let (pet, value) = spec.resolve(&at, "../common/defs.yaml#/Pet").unwrap();
    assert_eq!(pet, loc(1, "/Pet"));
    assert_eq!(value["type"], "object");
    assert_eq!(spec.resolve(&loc(0, "/definitions/Local"), "./../common/defs.yaml#/Pet").unwrap().0, pet);
    // `Local` is a ref-only object, so a ref to it lands on `Pet`.
    assert_eq!(spec.resolve(&spec.root(), "#/definitions/Local").unwrap().0, pet);

    let (owner, _) = spec.resolve(&loc(1, "/Pet/properties/owner"), "sub/owner.json").unwrap();
    assert_eq!(owner, loc(2, ""));
    let (back, _) = spec.resolve(&loc(1, "/Pet/properties/back"), "../api/root.yaml#/definitions/Back").unwrap();
    assert_eq!(back, loc(0, "/definitions/Back"));
    assert_eq!(spec.resolve(&loc(2, "/properties/pet"), "../defs.yaml#/Pet").unwrap().0, pet);
}

#[test]
fn root_given_with_dot_segments() {
    let (dir, _) = cross_file_fixture();
    let root = dir.0.join("common/../api/./root.yaml");
    let spec = Spec::load(&root).unwrap();
    assert_eq!(spec.docs[0].path, root, "the root keeps the path as given");
    assert_eq!(spec.docs[1].path, dir.0.join("common/defs.yaml"));
    let (back, _) = spec.resolve(&loc(1, "/Pet/properties/back"), "../api/root.yaml#/definitions/Back").unwrap();
    assert_eq!(back.doc, DocId(0));
}

#[test]
fn follows_escapes_in_pointers() {
    let (_dir, spec) = load_text(
        "spec.json",
        r#"{"swagger": "2.0",
            "paths": {"/pets{id}": {"get": {"operationId": "g"}}, "/a%b": {}},
            "definitions": {"a/b": {"type": "string"}, "m~n": {"type": "integer"},
                            "list": [{"type": "boolean"}], "sp ace": {}, "é": {}}}"#,
    );
    let spec = spec.unwrap();
    let root = spec.root();
    let check = |reference: &str, pointer: &str| {
        let (at, _) = spec.resolve(&root, reference).unwrap_or_else(|e| panic!("{reference}: {e}"));
        assert_eq!(at, loc(0, pointer), "{reference}");
        assert!(spec.get(&at).is_some());
    };
    check("#/definitions/a~1b", "/definitions/a~1b");
    check("#/definitions/m~0n", "/definitions/m~0n");
    check("#/paths/~1pets%7Bid%7D", "/paths/~1pets{id}");
    check("#/paths/~1pets{id}/get", "/paths/~1pets{id}/get");
    check("#/paths/~1a%b", "/paths/~1a%b");
    check("#/paths/~1a%25b", "/paths/~1a%b");
    check("#/definitions/list/0", "/definitions/list/0");
    check("#/definitions/sp%20ace", "/definitions/sp ace");
    check("#/definitions/%C3%A9", "/definitions/é");
    assert_eq!(root.child("definitions").child("a/b").pointer, "/definitions/a~1b");
    assert_eq!(root.child("m~n").pointer, "/m~0n");
    assert_eq!(spec.get(&loc(0, "/paths/~1pets%7Bid%7D/get/operationId")).unwrap(), "g");
    assert_eq!(spec.get(&loc(0, "/definitions/list/01")), None);
    assert_eq!(spec.get(&loc(0, "definitions")), None);
    assert_eq!(spec.get(&loc(7, "")), None);
}

fn chain_spec() -> (TempDir, Spec) {
    let (dir, spec) = load_text(
        "chain.yaml",
        "openapi: 3.1.0\ncomponents:\n  schemas:\n\
         \x20   A: {$ref: '#/components/schemas/B', description: an A}\n\
         \x20   B: {$ref: '#/components/schemas/C', x-ms-client-name: Bee}\n\
         \x20   C: {type: string}\n\
         \x20   D: {$ref: '#/components/schemas/C', type: object}\n\
         \x20   X: {$ref: '#/components/schemas/Y'}\n\
         \x20   Y: {$ref: '#/components/schemas/X'}\n\
         \x20   S: {$ref: '#/components/schemas/S'}\n\
         \x20   R: {$ref: '#/components/schemas/Missing'}\n\
         \x20   L: [a, b]\n\
         \x20   T:\n      properties:\n        $ref: {type: string}\n        n: {$ref: 5}\n",
    );
    (dir, spec.unwrap())
}

#[test]
fn follows_ref_chains() {
    let (_dir, spec) = chain_spec();
    let (at, value) = spec.resolve(&spec.root(), "#/components/schemas/A").unwrap();
    assert_eq!(at, loc(0, "/components/schemas/C"));
    assert_eq!(value["type"], "string");
    // Structural siblings: the object itself is the target.
    let (at, _) = spec.resolve(&spec.root(), "#/components/schemas/D").unwrap();
    assert_eq!(at, loc(0, "/components/schemas/D"));
    // A property named `$ref` is a schema, not a reference.
    let (at, value) = spec.resolve(&spec.root(), "#/components/schemas/T/properties/$ref").unwrap();
    assert_eq!(at, loc(0, "/components/schemas/T/properties/$ref"));
    assert_eq!(value["type"], "string");
    let (_, value) = spec.resolve(&spec.root(), "#/components/schemas/T/properties/n").unwrap();
    assert_eq!(value["$ref"], 5);
}

#[test]
fn detects_ref_cycles() {
    let (_dir, spec) = chain_spec();
    let from = loc(0, "/paths/x");
    let err = spec.resolve(&from, "#/components/schemas/X").unwrap_err();
    let LoadError::RefCycle { chain, pointer, .. } = &err else { panic!("{err:?}") };
    assert_eq!(chain, "#/components/schemas/X -> #/components/schemas/Y -> #/components/schemas/X");
    assert_eq!(pointer, "/paths/x");
    assert!(err.to_string().contains("chain.yaml#/paths/x: $ref cycle: #/components/schemas/X -> "), "{err}");
    let err = spec.resolve(&spec.root(), "#/components/schemas/S").unwrap_err();
    assert!(matches!(err, LoadError::RefCycle { .. }), "{err:?}");
}

#[test]
fn detects_cross_file_ref_cycles() {
    let dir = TempDir::new("cycle");
    let root = dir.write("a.json", r##"{"swagger": "2.0", "definitions": {"X": {"$ref": "b.json#/Y"}}}"##);
    dir.write("b.json", r##"{"Y": {"$ref": "a.json#/definitions/X"}}"##);
    let spec = Spec::load(&root).unwrap();
    assert_eq!(spec.docs.len(), 2);
    let err = spec.resolve(&spec.root(), "#/definitions/X").unwrap_err();
    let LoadError::RefCycle { chain, .. } = &err else { panic!("{err:?}") };
    assert_eq!(chain, "#/definitions/X -> b.json#/Y -> a.json#/definitions/X");
}

#[test]
fn reports_dangling_pointers() {
    let (_dir, spec) = chain_spec();
    let err = spec.resolve(&loc(0, "/x"), "#/components/schemas/R").unwrap_err();
    let LoadError::BadRef { pointer, reference, message, .. } = &err else { panic!("{err:?}") };
    // Named where the failing `$ref` is written: the last link of the chain.
    assert_eq!(pointer, "/components/schemas/R");
    assert_eq!(reference, "#/components/schemas/Missing");
    assert_eq!(message, "points to nothing: no `Missing` under `/components/schemas`");
    assert!(err
        .to_string()
        .contains("chain.yaml#/components/schemas/R: $ref '#/components/schemas/Missing' points to nothing"));
    let message = |reference: &str| match spec.resolve(&spec.root(), reference) {
        Err(LoadError::BadRef { message, .. }) => message,
        other => panic!("{reference}: {other:?}"),
    };
    assert_eq!(message("#/nope"), "points to nothing: no `nope` at the top level");
    assert_eq!(
        message("#/components/schemas/L/2"),
        "points to nothing: no item 2 under `/components/schemas/L`, which has 2 items"
    );
    assert!(message("#/components/schemas/L/x").contains("`x` is not an array index"));
    assert!(message("#/openapi/x").contains("which is a string"));
    assert!(message("#Pet").contains("not a JSON pointer"));
    assert!(message("other.yaml#/X").contains("does not exist"));
    assert!(message("https://example.com/x.json").contains("remote references are not supported"));
    assert!(spec.resolve(&loc(9, ""), "#/x").is_err());
    assert_eq!(spec.path(DocId(9)), Path::new("<unknown document>"));
}

#[test]
fn reports_missing_files_at_load() {
    let dir = TempDir::new("missing");
    let root =
        dir.write("spec.json", r##"{"swagger": "2.0", "definitions": {"Pet": {"$ref": "../nope/pet.json#/Pet"}}}"##);
    let err = Spec::load(&root).unwrap_err();
    let LoadError::BadRef { path, pointer, reference, message } = &err else { panic!("{err:?}") };
    assert_eq!(path, &root);
    assert_eq!(pointer, "/definitions/Pet");
    assert_eq!(reference, "../nope/pet.json#/Pet");
    assert!(message.contains("does not exist") && message.contains("nope/pet.json"), "{message}");
    assert!(!message.contains(".."), "{message}");
    let shown = err.to_string();
    assert!(shown.contains("spec.json#/definitions/Pet: $ref '../nope/pet.json#/Pet' names file"), "{shown}");
}

#[test]
fn reports_parse_errors_in_referenced_files() {
    let dir = TempDir::new("badref");
    let root = dir.write("spec.json", r##"{"swagger": "2.0", "definitions": {"Pet": {"$ref": "pet.json"}}}"##);
    dir.write("pet.json", "{\n  \"type\": \n}");
    let err = Spec::load(&root).unwrap_err();
    assert!(matches!(err.innermost(), LoadError::Parse { line: 3, .. }), "{err:?}");
    let shown = err.to_string();
    assert!(shown.contains("pet.json:3:"), "{shown}");
    assert!(shown.ends_with(&format!("(the file is referenced at {}#/definitions/Pet)", root.display())), "{shown}");
}

#[test]
fn refuses_remote_refs() {
    let (_dir, spec) =
        load_text("spec.yaml", "swagger: '2.0'\ndefinitions:\n  Pet:\n    $ref: 'https://example.com/pet.json#/Pet'\n");
    let err = spec.unwrap_err();
    let LoadError::BadRef { pointer, message, .. } = &err else { panic!("{err:?}") };
    assert_eq!(pointer, "/definitions/Pet");
    assert!(message.contains("remote references are not supported"), "{message}");
}

#[test]
fn example_refs_do_not_stop_loading() {
    let dir = TempDir::new("examples");
    let root = dir.write(
        "spec.json",
        r##"{"swagger": "2.0", "paths": {"/p": {"get": {
              "x-ms-examples": {"Get": {"$ref": "./examples/Get.json"}},
              "responses": {"200": {"description": "ok", "examples": {"application/json": {"$ref": "https://x/y"}}}}
            }}},
            "definitions": {"Pet": {"example": {"$ref": "gone.json"}},
                            "Seen": {"example": {"$ref": "here.json"}}}}"##,
    );
    dir.write("here.json", r#"{"a": 1}"#);
    let spec = Spec::load(&root).unwrap();
    // Present example files are loaded; missing, remote and `x-ms-examples` ones are skipped.
    assert_eq!(spec.docs.len(), 2);
    let err = spec.resolve(&loc(0, "/definitions/Pet/example"), "gone.json").unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert_eq!(spec.resolve(&spec.root(), "here.json#/a").unwrap().1, 1);
}

#[test]
fn strict_use_of_a_file_wins_over_example_use() {
    let dir = TempDir::new("strict");
    let root = dir.write(
        "spec.json",
        r##"{"swagger": "2.0", "definitions": {"A": {"example": {"$ref": "gone.json"}}, "B": {"$ref": "gone.json"}}}"##,
    );
    let err = Spec::load(&root).unwrap_err();
    assert!(matches!(&err, LoadError::BadRef { pointer, .. } if pointer == "/definitions/B"), "{err:?}");
}

/// Every `$ref` string in `value` (outside `x-ms-examples`) with the location of its object.
fn all_refs(doc: DocId, value: &Value) -> Vec<(Location, String)> {
    let mut out = Vec::new();
    let mut stack = vec![(Location { doc, pointer: String::new() }, value)];
    while let Some((at, value)) = stack.pop() {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    out.push((at.clone(), r.to_string()));
                }
                for (k, v) in map {
                    if k != "x-ms-examples" {
                        stack.push((at.child(k), v));
                    }
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    stack.push((at.child(&i.to_string()), v));
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn resolves_every_ref_in_real_specs() {
    let corpus = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus"));
    if !corpus.is_dir() {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    }
    for (file, dialect, min_docs) in [
        ("oai-openapi-specification/examples/v2.0/yaml/petstore-separate/spec/swagger.yaml", Dialect::Swagger2, 5),
        ("oai-openapi-specification/examples/v3.0/petstore-expanded.json", Dialect::OpenApi30, 1),
        ("oai-openapi-specification/examples/v3.1/non-oauth-scopes.json", Dialect::OpenApi31, 1),
        (
            "azure-rest-api-specs/specification/communication/data-plane/Chat/stable/2025-03-15/communicationserviceschat.json",
            Dialect::Swagger2,
            2,
        ),
    ] {
        let spec = Spec::load(&corpus.join(file)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(spec.dialect, dialect, "{file}");
        assert!(spec.docs.len() >= min_docs, "{file}: {} docs", spec.docs.len());
        for doc in spec.docs.iter().skip(1) {
            // Readable paths of referenced files have their `..` folded away.
            let dotdot = doc.path.components().any(|c| c == std::path::Component::ParentDir);
            assert!(!dotdot, "{}", doc.path.display());
        }
        let mut count = 0;
        for (i, doc) in spec.docs.iter().enumerate() {
            for (at, reference) in all_refs(DocId(i), &doc.root) {
                let (target, _) = spec.resolve(&at, &reference).unwrap_or_else(|e| panic!("{e}"));
                assert!(spec.get(&target).is_some());
                count += 1;
            }
        }
        assert!(count > 0 || file.contains("non-oauth"), "{file}: no refs");
    }
}

/// Loads every spec in the corpus and resolves all its `$ref`s; slow, run with `--ignored`.
#[test]
#[ignore]
fn loads_whole_corpus() {
    let corpus = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus"));
    let mut stack = vec![corpus.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
            if !["json", "yaml", "yml"].contains(&ext) {
                continue;
            }
            let start = std::time::Instant::now();
            match Spec::load(&path) {
                Ok(spec) => {
                    let loaded = start.elapsed();
                    let mut errors = 0;
                    let mut count = 0;
                    for (i, doc) in spec.docs.iter().enumerate() {
                        for (at, reference) in all_refs(DocId(i), &doc.root) {
                            count += 1;
                            if let Err(e) = spec.resolve(&at, &reference) {
                                errors += 1;
                                if errors <= 3 {
                                    eprintln!("  {e}");
                                }
                            }
                        }
                    }
                    eprintln!(
                        "{:?} {} docs, {count} refs, {errors} bad, load {loaded:?}, all {:?}: {}",
                        spec.dialect,
                        spec.docs.len(),
                        start.elapsed(),
                        path.display()
                    );
                }
                Err(e) => eprintln!("ERR {e}"),
            }
        }
    }
}

#[test]
fn paths_that_are_not_an_object_are_an_error() {
    let (_dir, spec) = load_text("spec.yaml", "swagger: '2.0'\npaths: [/pets]\n");
    let err = spec.unwrap_err();
    let LoadError::Shape { pointer, .. } = &err else { panic!("{err:?}") };
    assert_eq!(pointer, "/paths");
    assert!(err.to_string().contains("spec.yaml#/paths: `paths` is an array, but must be an object;"), "{err}");
}

#[test]
fn shape_problems_are_warnings() {
    let (_dir, spec) = load_text(
        "spec.yaml",
        "openapi: 3.0.3\ninfo: x\nservers: https://x\n\
         paths:\n  pets:\n    GET: {}\n    get:\n      operationId: 5\n      parameters: {name: a}\n      responses: ok\n\
         \x20 /a/{id}:\n    parameters:\n      - {name: id, in: path, schema: {type: string}}\n    put: []\n    post: {}\n\
         components:\n  schemas:\n    A:\n      type: 5\n      required: true\n      enum: {a: 1}\n      properties: [x]\n\
         \x20   B:\n      type: array\n    C:\n      properties:\n        r: {$ref: 7}\n        s: {$ref: '#'}\n        t: 5\n\
         \x20       u: {allOf: {}}\n        v: {items: [1]}\n        w: {additionalProperties: 1}\n",
    );
    let spec = spec.unwrap();
    let warnings: Vec<String> = spec.warnings().iter().map(|w| format!("#{}: {}", w.pointer, w.message)).collect();
    let expected = [
        "#/info: `info` is a string, but must be an object",
        "#/servers: `servers` is a string, but must be an array",
        "#/paths/pets: path `pets` does not start with `/`; write `/pets`",
        "#/paths/pets/GET: `GET` is not an HTTP method or a path item field; ignored (HTTP methods are lower case: write `get`)",
        "#/paths/pets/get/operationId: `operationId` is a number, but must be a string",
        "#/paths/pets/get/parameters: `parameters` is an object, but must be an array",
        "#/paths/pets/get/responses: `responses` is a string, but must be an object",
        "#/paths/~1a~1{id}/parameters/0: path parameter `id` must have `required: true`",
        "#/paths/~1a~1{id}/put: operation `put` is an array, but must be an object",
        "#/paths/~1a~1{id}/post: operation has no `responses`",
        "#/components/schemas/A/type: `type` is a number",
        "#/components/schemas/A/required: `required` is a boolean, but must be an array",
        "#/components/schemas/A/enum: `enum` is an object, but must be an array",
        "#/components/schemas/A/properties: `properties` is an array, but must be an object",
        "#/components/schemas/B: array schema without `items`",
        "#/components/schemas/C/properties/r/$ref: `$ref` is a number, but must be a string",
        "#/components/schemas/C/properties/s: `$ref: '#'` points to the whole spec document",
        "#/components/schemas/C/properties/t: schema is a number, but must be an object",
        "#/components/schemas/C/properties/u/allOf: `allOf` is an object, but must be an array",
        "#/components/schemas/C/properties/v/items: `items` is an array, but must be one schema",
        "#/components/schemas/C/properties/w/additionalProperties: `additionalProperties` is a number",
    ];
    for e in expected {
        assert!(warnings.iter().any(|w| w.starts_with(e)), "missing {e}\nin {warnings:#?}");
    }
    assert_eq!(warnings.len(), expected.len(), "{warnings:#?}");
    assert_eq!(
        spec.warnings()[0].to_string(),
        format!("{}#/info: {}", spec.docs[0].path.display(), spec.warnings()[0].message)
    );
}

#[test]
fn well_formed_specs_have_no_shape_warnings() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    for spec in [
        "specs/acs-chat/swagger.json",
        "specs/acs-messages/openapi.json",
        "specs/device-update/swagger.json",
        "specs/graph/communications.yml",
    ] {
        let loaded = Spec::load(&root.join(spec)).unwrap();
        assert_eq!(loaded.warnings(), [], "{spec}");
    }
    // OpenAPI 3.1: no `paths`, no `responses`, boolean schemas and `items`-less arrays are fine.
    let (_dir, spec) = load_text(
        "spec.yaml",
        "openapi: 3.1.0\nwebhooks: {}\ncomponents:\n  schemas:\n    A: true\n    B: {type: array}\n    C: {type: [string, 'null']}\n",
    );
    assert_eq!(spec.unwrap().warnings(), []);
}
