//! Emit: Rust source for a crate from the IR of one or more services.
//!
//! This stage knows Rust and `azure_core`; it knows nothing of Swagger or OpenAPI. Items
//! are built with `quote`, checked by `syn` and printed by `prettyplease`, in IR order, so
//! the same IR always gives the same bytes.

mod client;
mod docs;
mod features;
mod models;
mod names;
mod types;
mod xml;

use crate::ir::{Api, Diagnostic};
use proc_macro2::TokenStream;
use quote::quote;
use rayon::prelude::*;
use std::ops::Range;
use std::time::{Duration, Instant};

/// The bundled runtime module every generated crate gets (error type, request helpers).
const RUNTIME: &str = include_str!("../../templates/runtime.rs");
/// The runtime's pager, appended to [`RUNTIME`].
const PAGER: &str = include_str!("../../templates/pager.rs");
/// The long-running operation poller, appended to the runtime after the pager.
const POLLER: &str = include_str!("../../templates/poller.rs");
/// The runtime's XML support, appended when a service has XML bodies.
const XML: &str = include_str!("../../templates/xml.rs");

/// One service of a generated crate.
#[derive(Debug, Clone)]
pub struct Service {
    /// Spec path as shown in the generated header (relative, so output is machine-independent).
    pub spec: String,
    /// Rust module name.
    pub module: String,
    /// Cargo feature that gates the module.
    pub feature: String,
    /// Client struct name.
    pub client: String,
    /// The `apiKey` security scheme that is an access key signed with HMAC-SHA256 (ACS).
    pub hmac_scheme: Option<String>,
}

/// A file of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the crate root, `/`-separated.
    pub path: String,
    /// Full contents.
    pub contents: String,
}

/// Why emission failed: always a bug in the emitter, reported instead of panicking.
#[derive(Debug, thiserror::Error)]
#[error("internal error: emitted Rust for {file} does not parse ({message}); please report it with the spec")]
pub struct EmitError {
    /// The file being emitted.
    pub file: String,
    /// What `syn` said.
    pub message: String,
}

/// Emits a whole crate: `Cargo.toml`, `src/lib.rs`, `src/runtime.rs`, and per service
/// `src/<module>/mod.rs` (client) and `src/<module>/models.rs`.
/// Name collisions resolved on the way are pushed to `diagnostics`.
pub fn emit_crate(
    crate_name: &str,
    services: &[(Service, Api)],
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<GeneratedFile>, EmitError> {
    emit_crate_timed(crate_name, services, diagnostics).map(|(files, _)| files)
}

/// Where [`emit_crate_timed`] spent its time.
#[derive(Debug, Clone, Copy, Default)]
pub struct EmitTimes {
    /// Naming types and operations, in order (one thread, wall time).
    pub plan: Duration,
    /// Building items with `quote`: the time of every job, summed over threads (so on a
    /// busy machine it includes time other processes took from them).
    pub tokens: Duration,
    /// Parsing them with `syn`, printing with `prettyplease` and spacing, likewise summed.
    pub format: Duration,
}

/// Operations per job: each job builds and formats this many methods and their types.
const OPERATIONS_PER_JOB: usize = 16;
/// Models per job.
const MODELS_PER_JOB: usize = 32;
/// Stack of the emitting threads: types nest as deep as the spec's schemas.
const STACK: usize = 256 << 20;

/// A piece of a generated file, built and formatted on its own (on any thread), so that
/// neither the tokens nor the syntax tree of a whole module are ever held at once.
/// Items are printed alike alone or in a file, so the joined pieces read as one formatting.
enum Job {
    Lib,
    /// A service module's docs, `pub mod models;`, imports and client struct.
    Head {
        service: usize,
    },
    /// Operations `range` of a client (0 is the root, then the sub-clients) of a service:
    /// the sub-client's struct (from the first range), the methods (a slice of the one
    /// `impl` block of the client) and their options and response types.
    Operations {
        service: usize,
        client: usize,
        range: Range<usize>,
    },
    /// Models `range` of a service; the first job also gives the module's inner attributes.
    Models {
        service: usize,
        range: Range<usize>,
    },
}

/// What a job made: formatted texts, diagnostics and times.
#[derive(Default)]
struct Done {
    texts: Vec<String>,
    diagnostics: Vec<Diagnostic>,
    tokens: Duration,
    format: Duration,
}

/// [`emit_crate`], also telling where the time went. Naming is done first, in order, on
/// this thread; then items are built and formatted in small jobs on every core; the files
/// are the same bytes whatever the scheduling.
pub fn emit_crate_timed(
    crate_name: &str,
    services: &[(Service, Api)],
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(Vec<GeneratedFile>, EmitTimes), EmitError> {
    emit_in_jobs(crate_name, services, diagnostics, [OPERATIONS_PER_JOB, MODELS_PER_JOB])
}

/// [`emit_crate_timed`] with `per_job` operations and models in each job.
fn emit_in_jobs(
    crate_name: &str,
    services: &[(Service, Api)],
    diagnostics: &mut Vec<Diagnostic>,
    [operations_per_job, models_per_job]: [usize; 2],
) -> Result<(Vec<GeneratedFile>, EmitTimes), EmitError> {
    let started = Instant::now();
    let types: Vec<types::TypeMap> = services.iter().map(|(_, api)| types::TypeMap::new(api)).collect();
    let mut plan_diagnostics = Vec::with_capacity(services.len());
    let clients: Vec<client::ClientModule> = services
        .iter()
        .zip(&types)
        .map(|((service, api), types)| {
            let mut found = Vec::new();
            let client = client::plan(service, api, types, crate_name, &mut found);
            plan_diagnostics.push(found);
            client
        })
        .collect();
    let mut taken: std::collections::HashSet<String> =
        services.iter().map(|(s, _)| s.feature.clone()).chain(["default".to_owned()]).collect();
    let features: Vec<features::Features> = services
        .iter()
        .zip(&clients)
        .map(|((service, api), client)| {
            features::Features::plan(&service.feature, api, &client.client_ops(), &mut taken)
        })
        .collect();
    let mut jobs = vec![Job::Lib];
    for (service, ((_, api), client)) in services.iter().zip(&clients).enumerate() {
        jobs.push(Job::Head { service });
        let chunks =
            |len: usize, per: usize| (0..len.div_ceil(per).max(1)).map(move |i| i * per..len.min((i + 1) * per));
        for (index, count) in client.op_counts().enumerate() {
            jobs.extend(chunks(count, operations_per_job).map(|range| Job::Operations {
                service,
                client: index,
                range,
            }));
        }
        jobs.extend(chunks(api.types.len(), models_per_job).map(|range| Job::Models { service, range }));
    }
    let mut times = EmitTimes { plan: started.elapsed(), ..EmitTimes::default() };

    let run = |job: &Job| -> Result<Done, EmitError> {
        let mut done = Done::default();
        let started = Instant::now();
        let mut tokens = Vec::new();
        match job {
            Job::Lib => tokens.push((lib_rs(crate_name, services, &features), "lib.rs".to_owned(), None)),
            Job::Head { service } => {
                let (client, features) = (&clients[*service], &features[*service]);
                let (service, api) = &services[*service];
                let title = format!(" {}", api.title.trim());
                // The description, unless it only repeats the title.
                let description = docs::inner_doc(api.description.as_deref().filter(|d| d.trim() != api.title.trim()));
                let separator = (!description.is_empty()).then(|| quote!(#![doc = ""]));
                let head = client.head(features);
                let module = quote! {
                    #![doc = #title]
                    #separator
                    #description
                    #head
                };
                tokens.push((module, service.module.clone(), None));
            }
            Job::Operations { service, client, range } => {
                let module = &services[*service].0.module;
                let cfg = features[*service].client_cfg(*client);
                for part in clients[*service].operations(*client, range.clone()) {
                    tokens.push((part, module.clone(), cfg.clone()));
                }
            }
            Job::Models { service, range } => {
                let (_, api) = &services[*service];
                let what = format!("{}::models", services[*service].0.module);
                // Consecutive models under the same feature gate are formatted together.
                let mut segments: Vec<(Option<TokenStream>, TokenStream)> = Vec::new();
                if range.start == 0 {
                    let models_doc = format!(" Models of {}.", api.title.trim());
                    let attributes = models::attributes(api);
                    segments.push((None, quote! { #![doc = #models_doc] #attributes }));
                }
                for (id, def) in api.types.get_range(range.clone()).into_iter().flat_map(|slice| slice.iter()) {
                    let item = models::item(api, id, def, &types[*service], &mut done.diagnostics);
                    let cfg = features[*service].type_cfg(id);
                    match segments.last_mut() {
                        Some((last, tokens))
                            if last.as_ref().map(ToString::to_string) == cfg.as_ref().map(ToString::to_string) =>
                        {
                            tokens.extend(item)
                        }
                        _ => segments.push((cfg, item)),
                    }
                }
                for (cfg, segment) in segments {
                    tokens.push((segment, what.clone(), cfg));
                }
            }
        }
        done.tokens = started.elapsed();
        let started = Instant::now();
        for (tokens, what, cfg) in tokens {
            done.texts.push(if tokens.is_empty() { String::new() } else { format(tokens, &what, cfg)? });
        }
        done.format = started.elapsed();
        Ok(done)
    };
    let results: Vec<Result<Done, EmitError>> = pool().install(|| jobs.par_iter().map(run).collect());

    // Join the pieces in job order: the first error, the diagnostics and the files are the
    // ones a single thread would give.
    let mut lib = String::new();
    let mut modules: Vec<Module> = services.iter().map(|_| Module::default()).collect();
    let mut model_diagnostics: Vec<Vec<Diagnostic>> = vec![Vec::new(); services.len()];
    for (job, result) in jobs.iter().zip(results) {
        let mut done = result?;
        times.tokens += done.tokens;
        times.format += done.format;
        match job {
            Job::Lib => lib = done.texts.remove(0),
            Job::Head { service } => modules[*service].head = done.texts.remove(0),
            Job::Operations { service, client, .. } => {
                let module = &mut modules[*service];
                if module.clients.last().is_none_or(|(index, _)| index != client) {
                    module.clients.push((*client, Vec::new()));
                }
                let [intro, methods, items]: [String; 3] =
                    done.texts.try_into().unwrap_or_else(|_| unreachable!("three parts per operations job"));
                if let Some((_, pieces)) = module.clients.last_mut() {
                    pieces.push(intro);
                    pieces.push(methods);
                }
                module.items.push(items);
            }
            Job::Models { service, .. } => {
                modules[*service].models.extend(done.texts);
                model_diagnostics[*service].append(&mut done.diagnostics);
            }
        }
    }
    let mut files = vec![
        GeneratedFile { path: "Cargo.toml".into(), contents: cargo_toml(crate_name, services, &features) },
        GeneratedFile { path: "src/lib.rs".into(), contents: format!("{}{lib}", header(None)) },
        GeneratedFile {
            path: "src/runtime.rs".into(),
            contents: format!(
                "{}{RUNTIME}{PAGER}{POLLER}{}",
                header(None),
                if services.iter().any(|(_, api)| xml::uses_xml(api)) { XML } else { "" }
            ),
        },
    ];
    let pieces = services.iter().zip(modules).zip(plan_diagnostics.into_iter().zip(model_diagnostics));
    for (((service, _), module), (plan_found, models_found)) in pieces {
        diagnostics.extend(plan_found);
        diagnostics.extend(models_found);
        let mut client_pieces = vec![module.head];
        for (_, mut pieces) in module.clients {
            // Each job printed its sub-client's struct (only the first has one) and its methods
            // as `impl Client { … }`; together they are the struct and one `impl` block.
            let mut methods: Vec<&mut String> = pieces.iter_mut().skip(1).step_by(2).collect();
            join_impl(&mut methods).map_err(|message| EmitError { file: service.module.clone(), message })?;
            client_pieces.extend(pieces);
        }
        let source = header(Some(&service.spec));
        files.push(GeneratedFile {
            path: format!("src/{}/mod.rs", service.module),
            contents: join(source, client_pieces.into_iter().chain(module.items).collect()),
        });
        files.push(GeneratedFile {
            path: format!("src/{}/models.rs", service.module),
            contents: join(header(Some(&service.spec)), module.models),
        });
    }
    Ok((files, times))
}

/// The formatted pieces of a service's files, in job order.
#[derive(Default)]
struct Module {
    /// Docs, imports, the client struct and its constructors.
    head: String,
    /// Per client that has operations (index, pieces): each of its jobs' sub-client struct
    /// (empty but for the first job of a sub-client) and `impl` block.
    clients: Vec<(usize, Vec<String>)>,
    /// Options and response types.
    items: Vec<String>,
    /// `models.rs`.
    models: Vec<String>,
}

/// Turns consecutive `impl Client { … }` texts (each maybe under the same `#[cfg(...)]`
/// lines) into one block: the first keeps its header, the last its closing brace, the
/// others neither.
fn join_impl(texts: &mut [&mut String]) -> Result<(), String> {
    let count = texts.len();
    for (i, text) in texts.iter_mut().enumerate() {
        // The header ends with the `impl` line, after any attributes (which prettyplease may
        // spread over several lines when long).
        let start = if text.starts_with("#[") { text.find("\nimpl ").map_or(0, |n| n + 1) } else { 0 };
        let (Some(first), Some(last)) =
            (text[start..].find('\n').map(|n| start + n), text.trim_end_matches('\n').rfind('\n'))
        else {
            continue; // `impl Client {}`: the only job, there are no operations.
        };
        if !text[start..].starts_with("impl ") || last < first || &text[last..] != "\n}\n" {
            return Err("the client's methods did not print as one `impl` block".to_owned());
        }
        if i + 1 < count {
            text.truncate(last + 1);
        }
        if i > 0 {
            text.drain(..=first);
        }
    }
    Ok(())
}

/// The threads that emit: one per core, with room for deep types. (Taking this thread in
/// as one of them, `use_current_thread`, reuses the memory where the documents were freed
/// and so lowers the peak, by 10 % on GitHub's spec, but costs 10 to 25 % more CPU, the
/// allocator being slower in that memory.)
fn pool() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .stack_size(STACK)
        .thread_name(|i| format!("restgen-emit-{i}"))
        .build()
        .unwrap_or_else(|error| panic!("cannot start the emitting threads: {error}"))
}

/// Appends formatted pieces to `out`, with the blank line [`space_items`] would have put
/// between them had they been formatted as one text.
fn join(mut out: String, pieces: Vec<String>) -> String {
    out.reserve(pieces.iter().map(|p| p.len() + 1).sum());
    let mut previous: Option<String> = None;
    // Each piece is dropped once copied, so the file and its pieces are not all held at once.
    for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
        if let (Some(previous), Some(first)) = (&previous, piece.lines().next()) {
            if blank_between(previous, first) {
                out.push('\n');
            }
        }
        previous = piece.lines().next_back().map(str::to_owned);
        out.push_str(&piece);
    }
    out
}

fn header(source: Option<&str>) -> String {
    match source {
        Some(source) => format!("// Generated by restgen from {source}. Do not edit by hand.\n\n"),
        None => "// Generated by restgen. Do not edit by hand.\n\n".to_owned(),
    }
}

/// Checks and prints items; `cfg` (a `#[cfg(...)]`) is put on each of them.
fn format(tokens: TokenStream, what: &str, cfg: Option<TokenStream>) -> Result<String, EmitError> {
    let error = |error: syn::Error| EmitError { file: what.to_owned(), message: error.to_string() };
    let mut file = syn::parse2::<syn::File>(tokens).map_err(error)?;
    if let Some(cfg) = cfg {
        let attributes = syn::parse::Parser::parse2(syn::Attribute::parse_outer, cfg).map_err(error)?;
        for item in &mut file.items {
            if let Some(attrs) = item_attrs(item) {
                // After the doc comment, before the derives.
                let at = attrs.iter().take_while(|a| a.path().is_ident("doc")).count();
                attrs.splice(at..at, attributes.iter().cloned());
            }
        }
    }
    Ok(space_items(&prettyplease::unparse(&file)))
}

/// The outer attributes of the items emit makes.
fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    match item {
        syn::Item::Struct(i) => Some(&mut i.attrs),
        syn::Item::Enum(i) => Some(&mut i.attrs),
        syn::Item::Impl(i) => Some(&mut i.attrs),
        syn::Item::Type(i) => Some(&mut i.attrs),
        syn::Item::Fn(i) => Some(&mut i.attrs),
        syn::Item::Const(i) => Some(&mut i.attrs),
        syn::Item::Mod(i) => Some(&mut i.attrs),
        syn::Item::Use(i) => Some(&mut i.attrs),
        syn::Item::Trait(i) => Some(&mut i.attrs),
        syn::Item::Static(i) => Some(&mut i.attrs),
        syn::Item::Macro(i) => Some(&mut i.attrs),
        _ => None,
    }
}

/// Puts a blank line between consecutive items (prettyplease prints them back to back),
/// so the output reads like hand-written Rust in a PR diff.
fn space_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut previous = "";
    for line in source.lines() {
        if blank_between(previous, line) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}

/// Whether [`space_items`] puts a blank line between `previous` and `line`.
fn blank_between(previous: &str, line: &str) -> bool {
    let indent = line.len() - line.trim_start().len();
    let declaration = |l: &str| l.starts_with("use ") || l.starts_with("pub mod ") || l.starts_with("#![");
    let ends = previous.trim_start();
    // An item ends with `}`, or with `;` (a type alias, a macro call); declarations stay together.
    let closes_item = (ends == "}" || (ends.ends_with(';') && !ends.starts_with("//") && !declaration(ends)))
        && previous.len() - ends.len() == indent;
    let starts_item = ["///", "#[", "pub ", "impl", "fn ", "use ", "mod ", "const ", "struct ", "enum ", "type ", "crate::"]
        .iter()
        .any(|start| line.trim_start().starts_with(start));
    let after_header = previous.starts_with("//!") && !line.starts_with("//!");
    let after_declarations = declaration(previous) && !declaration(line) && !line.is_empty();
    (closes_item && starts_item && indent <= 4) || after_header || after_declarations
}

fn lib_rs(crate_name: &str, services: &[(Service, Api)], features: &[features::Features]) -> TokenStream {
    let modules = services.iter().zip(features).map(|((service, api), features)| {
        let module = names::ident(&service.module);
        let feature = &service.feature;
        let doc = format!(" {} (feature `{feature}`).", api.title);
        let cfg = features.module_cfg();
        quote! {
            #[doc = #doc]
            #cfg
            pub mod #module;
        }
    });
    let doc = format!(
        " Clients generated by restgen: {}.",
        services.iter().map(|(_, api)| api.title.as_str()).collect::<Vec<_>>().join(", ")
    );
    let tokens = quote! {
        #![doc = #doc]
        #![doc = ""]
        #![doc = " Each service is a module behind a cargo feature of the same name, which turns on a"]
        #![doc = " feature per operation group (`<service>-<group>`: its sub-client and the models only it"]
        #![doc = " uses); `runtime` holds what they share: the error type and request helpers."]
        #![warn(missing_docs)]

        pub mod runtime;
        #(#modules)*
    };
    let _ = crate_name;
    tokens
}

fn cargo_toml(crate_name: &str, services: &[(Service, Api)], features: &[features::Features]) -> String {
    let mut out = String::new();
    out.push_str("# Generated by restgen. Do not edit by hand.\n");
    out.push_str(&format!(
        "[package]\nname = \"{crate_name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n"
    ));
    out.push_str("[features]\n");
    let all: Vec<String> = services.iter().map(|(s, _)| format!("\"{}\"", s.feature)).collect();
    out.push_str(&format!("default = [{}]\n", all.join(", ")));
    for ((service, _), features) in services.iter().zip(features) {
        let groups: Vec<String> = features.groups().map(|g| format!("\"{g}\"")).collect();
        out.push_str(&format!("{} = [{}]\n", service.feature, groups.join(", ")));
        for group in features.groups() {
            out.push_str(&format!("{group} = []\n"));
        }
    }
    out.push_str("\n[dependencies]\n");
    out.push_str("async-trait = \"0.1\"\n");
    out.push_str("azure_core = { version = \"1.1\", features = [\"hmac_rust\"] }\n");
    out.push_str("serde = { version = \"1\", features = [\"derive\"] }\n");
    out.push_str("serde_json = \"1\"\n");
    out.push_str("sha2 = \"0.10\"\n");
    out.push_str("time = { version = \"0.3\", features = [\"serde\", \"formatting\", \"parsing\"] }\n");
    out
}

/// A Rust module name for free text (a file name).
pub fn module_name(text: &str) -> String {
    names::ident(&names::snake(text)).to_string().trim_start_matches("r#").to_owned()
}

/// The client type for free text (a service, an operation group): `Chat` → `ChatClient`;
/// text already named `…Client` (as TypeSpec sub-clients often are) is not suffixed twice.
pub fn client_name(text: &str) -> String {
    let name = names::camel(text);
    if name.ends_with("Client") {
        name
    } else {
        name + "Client"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The seed specs and a few fixtures (with diagnostics from planning and from models),
    /// as the services of one crate.
    fn services() -> Vec<(Service, Api)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let config = crate::config::Config::read(&root.join("../specs/services.toml")).expect("seed config");
        let mut inputs = config.inputs(&root.join("../specs"), "");
        for fixture in ["unsendable_methods.yaml", "name_collisions.json", "multi_status_headers.json", "models.yaml"] {
            inputs.push(crate::config::Input::from_path(&root.join("tests/fixtures").join(fixture)));
        }
        inputs
            .iter()
            .map(|input| {
                let spec = crate::load::Spec::load(&input.path).expect("spec loads");
                (input.service.clone(), crate::lower::lower(&spec))
            })
            .collect()
    }

    #[test]
    fn client_names_are_suffixed_once() {
        assert_eq!(client_name("chat_thread"), "ChatThreadClient");
        assert_eq!(client_name("IndividuallyNestedWithPathClient"), "IndividuallyNestedWithPathClient");
        assert_eq!(client_name("move_to_root_client"), "MoveToRootClient");
    }

    #[test]
    fn impl_pieces_join_under_a_long_cfg_attribute() {
        // prettyplease puts a long `#[cfg(...)]` over several lines.
        let cfg = "#[cfg(\n    feature = \"a-very-long-service-feature-name-for-one-group-of-the-service\"\n)]\n";
        let mut first = format!("{cfg}impl GroupClient<'_> {{\n    fn a() {{}}\n}}\n");
        let mut second = format!("{cfg}impl GroupClient<'_> {{\n    fn b() {{}}\n}}\n");
        join_impl(&mut [&mut first, &mut second]).unwrap();
        assert_eq!(format!("{first}{second}"), format!("{cfg}impl GroupClient<'_> {{\n    fn a() {{}}\n    fn b() {{}}\n}}\n"));
    }

    #[test]
    fn jobs_of_any_size_give_the_same_files_and_diagnostics() {
        let services = services();
        let emit = |per_job| {
            let mut diagnostics = Vec::new();
            let (files, _) = emit_in_jobs("jobs", &services, &mut diagnostics, per_job).expect("emits");
            (files, diagnostics.iter().map(|d| format!("{}: {}", d.source, d.message)).collect::<Vec<_>>())
        };
        let whole = emit([usize::MAX, usize::MAX]);
        assert!(!whole.1.is_empty(), "the fixtures are chosen to give diagnostics");
        for per_job in [[1, 1], [2, 3], [OPERATIONS_PER_JOB, MODELS_PER_JOB]] {
            assert_eq!(emit(per_job), whole, "{per_job:?} per job");
        }
    }
}
