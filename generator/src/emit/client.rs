//! The client of a service: a struct holding the pipeline and client-level values, one
//! constructor per way to authenticate, a sub-client per operation group with one async
//! method per operation, and the options and response types those methods use.
//!
//! Follows the Azure SDK for Rust conventions: operations are grouped into sub-clients
//! (`client.get_chat_thread_client().get_chat_thread(…)`), required parameters are
//! arguments, optional ones live in an `…Options` struct with `Default`.
//!
//! Every name depends only on the operation's own id (and on the service's client name):
//! the group (`ChatThread` of `ChatThread_GetChatThread`, see [`Operation::group`]) gives the
//! sub-client `ChatThreadClient` and its accessor `get_chat_thread_client`, the rest of the
//! id the method `get_chat_thread` and the types `ChatThreadClientGetChatThreadOptions` and
//! `…Response`. Operations without a group are methods of the client itself. A numeric
//! suffix (with a diagnostic) is added only where two names really clash after casing.

use super::docs::{doc, doc_or, first_line};
use super::names::{self, ident, Scope};
use super::types::{self, TypeMap};
use super::Service;
use crate::ir::{
    Api, AuthScheme, BodyType, ClientParamLocation, Collection, Diagnostic, Generated, LroFinalState, Method,
    Operation, ParamLocation,
    Parameter, PathSegment, Primitive, Response, StatusMatch, TypeKind, TypeRef,
};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::HashMap;

/// Everything an operation needs to know about its client.
struct ClientCtx<'a> {
    api: &'a Api,
    hmac_scheme: Option<&'a str>,
    module: &'a str,
    types: &'a TypeMap,
    /// The service's client.
    root: Ident,
    /// The client whose methods are being built: the root or one of its sub-clients.
    client: Ident,
    /// How those methods reach the root's fields (`self`, or `self.client` in a sub-client).
    this: TokenStream,
    models: TokenStream,
}

/// The service module, planned: which operations are generated, on which (sub-)client,
/// under which method and type names. Planning is serial (names are claimed in order); the
/// tokens of any range of a client's operations are then built independently, on any thread
/// (see [`super::emit_crate`]).
pub struct ClientModule<'a> {
    service: &'a Service,
    api: &'a Api,
    types: &'a TypeMap,
    crate_name: &'a str,
    /// The root client first, then a sub-client per operation group, in spec order.
    clients: Vec<PlannedClient<'a>>,
    /// The first operation in spec order (client, index): the root client's doc example.
    first: Option<(usize, usize)>,
}

/// A client to generate and the operations that are its methods.
struct PlannedClient<'a> {
    /// Rust struct name.
    name: String,
    /// `None` for the root client.
    sub: Option<SubClient<'a>>,
    ops: Vec<PlannedOp<'a>>,
}

/// What makes a client a sub-client.
struct SubClient<'a> {
    /// The operation group as its first operation spells it.
    group: &'a str,
    /// The root client's method that returns it.
    accessor: String,
}

/// An operation to generate, with the names planned for it.
struct PlannedOp<'a> {
    op: &'a Operation,
    method_name: String,
    type_names: TypeNames,
}

/// The module-level type names an operation claims: its options struct, and its response
/// type when it needs one (see [`response_type_needed`]).
struct TypeNames {
    options: String,
    response: Option<String>,
}

/// Methods of the root client that are not operations.
const ROOT_METHODS: &[&str] = &[
    "new",
    "endpoint",
    "send_request",
    "from_parts",
    "with_key",
    "with_token",
    "with_token_credential",
    "with_access_key",
    "with_no_credential",
];

/// Plans the service module: client, sub-clients, options, response types, and `pub mod models`.
/// Operations azure_core cannot send are left out, each with a diagnostic; names that had to
/// be suffixed are reported too.
pub fn plan<'a>(
    service: &'a Service,
    api: &'a Api,
    types: &'a TypeMap,
    crate_name: &'a str,
    diagnostics: &mut Vec<Diagnostic>,
) -> ClientModule<'a> {
    let mut sendable = Vec::with_capacity(api.operations.len());
    for op in &api.operations {
        match http_method(op.method) {
            Some(_) => sendable.push(op),
            None => diagnostics.push(Diagnostic {
                source: op.source.clone(),
                message: format!(
                    "`{} {}` (`{}`): azure_core has no {} method, so the operation was not generated",
                    method_text(op.method),
                    path_text(&op.path),
                    op.id,
                    method_text(op.method)
                ),
            }),
        }
    }
    let root = &service.client;
    // Names the module declares or imports; sub-clients are named before any operation type,
    // so that a sub-client's name depends on its group alone.
    let root_options = format!("{root}Options");
    let mut type_scope = Scope::with_reserved(&[
        root,
        &root_options,
        "ClientMethodOptions",
        "ClientOptions",
        "Method",
        "Pipeline",
        "Request",
        "Arc",
    ]);
    let mut clients = vec![PlannedClient { name: root.clone(), sub: None, ops: Vec::new() }];
    let mut members: Vec<Vec<&Operation>> = vec![Vec::new()];
    // Groups that differ only in case (`Pets_List`, `pets.get`) are one sub-client.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut first = None;
    for op in sendable {
        let client = match &op.group {
            None => 0,
            Some(group) => {
                let wanted = super::client_name(group);
                *by_name.entry(wanted.clone()).or_insert_with(|| {
                    let (name, renamed) = type_scope.claim(&wanted);
                    if renamed {
                        diagnostics.push(Diagnostic {
                            source: op.source.clone(),
                            message: format!(
                                "operation group `{group}` would be the client `{wanted}` in Rust, which is taken; named it `{name}`"
                            ),
                        });
                    }
                    clients.push(PlannedClient {
                        name,
                        sub: Some(SubClient { group, accessor: String::new() }),
                        ops: Vec::new(),
                    });
                    members.push(Vec::new());
                    clients.len() - 1
                })
            }
        };
        first.get_or_insert((client, members[client].len()));
        members[client].push(op);
    }

    // The root's methods: its constructors, then an accessor per sub-client, then its own
    // operations.
    let mut root_methods = Scope::with_reserved(ROOT_METHODS);
    for client in clients.iter_mut() {
        if let Some(sub) = client.sub.as_mut() {
            sub.accessor = root_methods.claim(&format!("get_{}", names::snake(&client.name))).0;
        }
    }
    let mut root_methods = Some(root_methods);
    for (client, ops) in clients.iter_mut().zip(members) {
        let mut methods = match client.sub {
            None => root_methods.take().unwrap_or_default(),
            Some(_) => Scope::default(),
        };
        for op in ops {
            let wanted = names::snake(&op.name);
            // A paged operation also has `…_from_link` and `…_request` methods.
            let twins: &[&str] = if types::paged_type(api, op).is_some() { &["_from_link", "_request"] } else { &[] };
            let (method_name, renamed) = methods.claim_with(&wanted, twins);
            if renamed {
                diagnostics.push(Diagnostic {
                    source: op.source.clone(),
                    message: format!(
                        "`{}` would be the method `{}::{wanted}` in Rust, which is taken; named it `{method_name}`",
                        op.id, client.name
                    ),
                });
            }
            let op_camel = names::camel(&method_name);
            let mut claim = |wanted: String| {
                let (name, renamed) = type_scope.claim(&wanted);
                if renamed {
                    diagnostics.push(Diagnostic {
                        source: op.source.clone(),
                        message: format!("`{}`: the type `{wanted}` is taken; named it `{name}`", op.id),
                    });
                }
                name
            };
            let options = claim(format!("{}{op_camel}Options", client.name));
            let successes: Vec<&Response> = op.responses.iter().filter(|r| !r.is_error).collect();
            // A long-running operation returns its final result, never a response type.
            let response = (response_type_needed(&successes) && !polled(op)).then(|| claim(format!("{}{op_camel}Response", client.name)));
            client.ops.push(PlannedOp { op, method_name, type_names: TypeNames { options, response } });
        }
    }
    ClientModule { service, api, types, crate_name, clients, first }
}

impl ClientModule<'_> {
    fn ctx(&self, client: usize) -> ClientCtx<'_> {
        let sub = client > 0;
        ClientCtx {
            api: self.api,
            hmac_scheme: self.service.hmac_scheme.as_deref(),
            module: &self.service.module,
            types: self.types,
            root: format_ident!("{}", self.service.client),
            client: format_ident!("{}", self.clients[client].name),
            this: if sub { quote!(self.client) } else { quote!(self) },
            models: quote!(models::),
        }
    }

    /// Each client's group (`None` for the root) and operations, the root's first.
    pub fn client_ops(&self) -> Vec<(Option<&str>, Vec<&Operation>)> {
        self.clients
            .iter()
            .map(|client| {
                (client.sub.as_ref().map(|sub| sub.group), client.ops.iter().map(|planned| planned.op).collect())
            })
            .collect()
    }

    /// How many operations each client has, the root's first.
    pub fn op_counts(&self) -> impl Iterator<Item = usize> + '_ {
        self.clients.iter().map(|client| client.ops.len())
    }

    /// The start of the module: `pub mod models;`, imports, and the client struct with its
    /// constructors (whose doc example calls the first operation) and sub-client accessors.
    pub fn head(&self, features: &super::features::Features) -> TokenStream {
        let ctx = self.ctx(0);
        let client_params = ClientParams::new(self.api);
        let first = self.first.map(|(client, index)| {
            let op = operation(&self.ctx(client), &client_params, &self.clients[client].ops[index]);
            (self.clients[client].sub.as_ref().map(|sub| sub.accessor.as_str()), op)
        });
        let accessors = self
            .clients
            .iter()
            .enumerate()
            .filter_map(|(i, client)| client.sub.as_ref().map(|sub| (i, client, sub)))
            .map(|(index, client, sub)| {
                let name = format_ident!("{}", client.name);
                let accessor = ident(&sub.accessor);
                let doc = format!(" The client for the `{}` operations ([`{name}`]), borrowing this one.", sub.group);
                let cfg = features.client_cfg(index);
                quote! {
                    #[doc = #doc]
                    #cfg
                    pub fn #accessor(&self) -> #name<'_> {
                        #name { client: self }
                    }
                }
            });
        let client_struct = client_struct(&ctx, &client_params, self.crate_name, first.as_ref(), accessors.collect());
        // A spec without operations (models only) gets a client that sends nothing.
        // Long-running operations take poller options instead of method options.
        let planned = || self.clients.iter().flat_map(|client| client.ops.iter());
        let method_options = planned().any(|p| !polled(p.op) || types::paged_type(self.api, p.op).is_some());
        let imports = if self.first.is_none() {
            quote!(use azure_core::http::{ClientOptions, Pipeline};)
        } else if !method_options {
            quote!(use azure_core::http::{ClientOptions, Method, Pipeline, Request};)
        } else {
            quote!(
                use azure_core::http::{ClientMethodOptions, ClientOptions, Method, Pipeline, Request};
            )
        };
        quote! {
            pub mod models;

            use crate::runtime;
            #imports
            use std::sync::Arc;

            #client_struct
        }
    }

    /// Operations `range` of client `client` (0 is the root): the sub-client's struct when
    /// the range starts at its first operation, `impl Client { their methods }`, and their
    /// options and response types. The module is the head, then each client's struct and
    /// one `impl` block of its methods, then every operation's types.
    pub fn operations(&self, client: usize, range: std::ops::Range<usize>) -> [TokenStream; 3] {
        if range.is_empty() {
            // No operations (a models-only spec): no empty `impl` block.
            return Default::default();
        }
        let ctx = self.ctx(client);
        let client_params = ClientParams::new(self.api);
        let planned = &self.clients[client];
        let operations: Vec<Op> =
            planned.ops[range.clone()].iter().map(|planned| operation(&ctx, &client_params, planned)).collect();
        let intro = match &planned.sub {
            Some(sub) if range.start == 0 => sub_client_struct(&ctx, self.crate_name, sub, operations.first()),
            _ => TokenStream::new(),
        };
        let methods = operations.iter().map(|op| &op.method);
        let items = operations.iter().map(|op| &op.items);
        let name = &ctx.client;
        let lifetime = planned.sub.as_ref().map(|_| quote!(<'_>));
        [intro, quote! { impl #name #lifetime { #(#methods)* } }, quote! { #(#items)* }]
    }
}

/// A sub-client: a borrow of the root client, whose methods are the operations of a group.
fn sub_client_struct(ctx: &ClientCtx, crate_name: &str, sub: &SubClient, first: Option<&Op>) -> TokenStream {
    let (root, name) = (&ctx.root, &ctx.client);
    let doc = format!(" The `{}` operations.", sub.group);
    let get = format!(" Get one with [`{root}::{}`]; it borrows that client.", sub.accessor);
    let example = first.and_then(|op| op.example_args.as_ref().map(|args| (op, args))).map(|(op, args)| {
        let krate = crate_name.replace('-', "_");
        let lines = [
            "```no_run".to_owned(),
            format!(
                "# async fn example(client: &{krate}::{}::{root}) -> Result<(), Box<dyn std::error::Error>> {{",
                ctx.module
            ),
            format!("let response = client.{}().{}({args}).await?;", sub.accessor, op.name),
            "println!(\"{response:?}\");".to_owned(),
            "# Ok(())".to_owned(),
            "# }".to_owned(),
            "```".to_owned(),
        ]
        .map(|line| format!(" {line}"));
        quote! { #[doc = ""] #[doc = " # Example"] #[doc = ""] #(#[doc = #lines])* }
    });
    quote! {
        #[doc = #doc]
        #[doc = ""]
        #[doc = #get]
        #example
        #[derive(Debug, Clone, Copy)]
        pub struct #name<'a> {
            client: &'a #root,
        }
    }
}

/// Whether an operation with these success responses returns a named response type
/// (a struct for one response with headers, an enum for several).
fn response_type_needed(successes: &[&Response]) -> bool {
    match successes {
        [] => false,
        [one] => !one.headers.is_empty(),
        _ => true,
    }
}

/// Client-level values and how callers provide them.
struct ClientParams {
    /// Base URL template (server URL).
    template: String,
    /// Constructor arguments: (wire name, rust field, doc), in order.
    required: Vec<(String, Ident, Option<String>)>,
    /// Options fields with defaults: (wire name, rust field, default, doc).
    defaulted: Vec<(String, Ident, String, Option<String>)>,
    /// The server URL has no required placeholder, so options may override it.
    endpoint_override: bool,
    /// Names of the params that only fill the server URL.
    server: Vec<String>,
}

impl ClientParams {
    fn new(api: &Api) -> ClientParams {
        let mut scope = Scope::with_reserved(&["pipeline", "endpoint_url", "client_options"]);
        let mut required = Vec::new();
        let mut defaulted = Vec::new();
        let template = match &api.server {
            Some(server) => server.url.clone(),
            None => {
                required.push((
                    "endpoint".to_owned(),
                    ident(&scope.claim("endpoint").0),
                    Some("Service URL, e.g. `https://example.com`.".to_owned()),
                ));
                "{endpoint}".to_owned()
            }
        };
        for param in &api.client_params {
            let field = ident(&scope.claim(&names::snake(&param.name)).0);
            match &param.default {
                Some(default) => {
                    defaulted.push((param.name.clone(), field, default.clone(), param.description.clone()))
                }
                None => required.push((param.name.clone(), field, param.description.clone())),
            }
        }
        let endpoint_override =
            !api.client_params.iter().any(|p| p.location == ClientParamLocation::Server && p.default.is_none())
                && api.server.is_some();
        let mut server: Vec<String> = api
            .client_params
            .iter()
            .filter(|p| p.location == ClientParamLocation::Server)
            .map(|p| p.name.clone())
            .collect();
        if api.server.is_none() {
            server.push("endpoint".to_owned());
        }
        ClientParams { template, required, defaulted, endpoint_override, server }
    }

    fn field(&self, wire: &str) -> Option<&Ident> {
        self.required
            .iter()
            .map(|(name, field, _)| (name, field))
            .chain(self.defaulted.iter().map(|(name, field, _, _)| (name, field)))
            .find(|(name, _)| *name == wire)
            .map(|(_, field)| field)
    }
}

/// A way to authenticate, as a constructor.
struct Constructor {
    name: Ident,
    doc: String,
    arg: TokenStream,
    policy: TokenStream,
}

/// One constructor per kind of authentication, the spec's first scheme as `new`.
/// `hmac_scheme` names an `apiKey` scheme that is really an Azure access key signed with
/// HMAC-SHA256 (the spec cannot say so; the service config does).
fn constructors(api: &Api, hmac_scheme: Option<&str>) -> Vec<Constructor> {
    let mut out: Vec<Constructor> = Vec::new();
    let mut kinds: Vec<&str> = Vec::new();
    for scheme in &api.auth {
        let (wanted, doc, arg, policy) = match scheme {
            // A spec without scopes leaves them to the caller.
            AuthScheme::OAuth2 { name, scopes } if scopes.is_empty() => (
                "with_token_credential",
                format!("Creates a client that authenticates with Entra ID bearer tokens for `scopes` (`{name}`)."),
                quote!(credential: Arc<dyn azure_core::credentials::TokenCredential>, scopes: &[&str]),
                quote!(Some(Arc::new(runtime::BearerTokenPolicy::new(credential, scopes.iter().copied())))),
            ),
            AuthScheme::OAuth2 { name, scopes } => (
                "with_token_credential",
                format!("Creates a client that authenticates with Entra ID bearer tokens (`{name}`)."),
                quote!(credential: Arc<dyn azure_core::credentials::TokenCredential>),
                quote!(Some(Arc::new(runtime::BearerTokenPolicy::new(credential, [#(#scopes),*])))),
            ),
            AuthScheme::ApiKey { name, .. } if Some(name.as_str()) == hmac_scheme => (
                "with_access_key",
                format!("Creates a client that signs requests with the resource's access key (HMAC-SHA256, `{name}`)."),
                quote!(key: azure_core::credentials::Secret),
                quote!(Some(Arc::new(runtime::AcsHmacPolicy::new(key)))),
            ),
            AuthScheme::ApiKey { name, param, location } => {
                if *location != ParamLocation::Header {
                    continue;
                }
                let header = param.to_ascii_lowercase();
                (
                    "with_key",
                    format!("Creates a client that sends a key in the `{param}` header (`{name}`)."),
                    quote!(key: azure_core::credentials::Secret),
                    quote!(Some(Arc::new(runtime::ApiKeyPolicy::new(#header, "", key)))),
                )
            }
            AuthScheme::Http { name, scheme } => {
                let prefix = match scheme.to_ascii_lowercase().as_str() {
                    "basic" => "Basic ".to_owned(),
                    "bearer" => "Bearer ".to_owned(),
                    _ => format!("{scheme} "),
                };
                (
                    "with_token",
                    format!("Creates a client that sends `Authorization: {prefix}<token>` (`{name}`)."),
                    quote!(token: azure_core::credentials::Secret),
                    quote!(Some(Arc::new(runtime::ApiKeyPolicy::new("authorization", #prefix, token)))),
                )
            }
        };
        if kinds.contains(&wanted) {
            continue;
        }
        kinds.push(wanted);
        let name = if out.is_empty() { "new" } else { wanted };
        out.push(Constructor { name: format_ident!("{}", name), doc, arg, policy });
    }
    // A service that also takes anonymous requests gets a constructor without credentials
    // (when it has no scheme at all, the one below).
    if api.anonymous && !out.is_empty() {
        out.push(Constructor {
            name: format_ident!("with_no_credential"),
            doc: "Creates a client that sends requests without credentials (the service also accepts anonymous requests).".to_owned(),
            arg: TokenStream::new(),
            policy: quote!(None),
        });
    }
    if out.is_empty() {
        out.push(Constructor {
            name: format_ident!("new"),
            doc: "Creates a client.".to_owned(),
            arg: TokenStream::new(),
            policy: quote!(None),
        });
    }
    out
}

/// The first operation of the service, and the accessor of its sub-client (if in one).
type FirstOp<'a> = (Option<&'a str>, Op);

fn client_struct(
    ctx: &ClientCtx,
    params: &ClientParams,
    crate_name: &str,
    first: Option<&FirstOp>,
    accessors: Vec<TokenStream>,
) -> TokenStream {
    let client = &ctx.client;
    let options = format_ident!("{}Options", client);
    let title = &ctx.api.title;
    let client_doc = doc_or(ctx.api.description.as_deref(), &format!("Client for {title}."));
    let example = example(ctx, params, crate_name, first);
    let options_doc = format!(" Options for creating a [`{client}`].");

    let option_fields = params.defaulted.iter().map(|(wire, field, default, description)| {
        let docs = doc_or(description.as_deref(), &format!("`{wire}`."));
        let default_doc = format!(" Defaults to `{default}`.");
        quote! { #docs #[doc = ""] #[doc = #default_doc] pub #field: String, }
    });
    let option_defaults = params.defaulted.iter().map(|(_, field, default, _)| quote!(#field: #default.to_owned(),));
    let endpoint_field = params.endpoint_override.then(|| {
        let docs =
            format!(" Base URL to use instead of `{}` (a sovereign cloud, a proxy, a test server).", params.template);
        quote! { #[doc = #docs] pub endpoint: Option<String>, }
    });
    let endpoint_default = params.endpoint_override.then(|| quote!(endpoint: None,));
    let (derive_default, default_impl) = if params.defaulted.is_empty() {
        (quote!(, Default), TokenStream::new())
    } else {
        let default_impl = quote! {
            impl Default for #options {
                fn default() -> Self {
                    Self {
                        client_options: ClientOptions::default(),
                        #endpoint_default
                        #(#option_defaults)*
                    }
                }
            }
        };
        (TokenStream::new(), default_impl)
    };

    let args = params.required.iter().map(|(_, field, _)| quote!(#field: &str,));
    let arg_docs: Vec<TokenStream> = params
        .required
        .iter()
        .map(|(wire, field, description)| {
            let line = format!(
                " * `{}`: {}",
                field.to_string().trim_start_matches("r#"),
                first_line(description.as_deref().unwrap_or(wire))
            );
            quote!(#[doc = #line])
        })
        .collect();
    let server_values = ctx
        .api
        .client_params
        .iter()
        .filter(|p| p.location == ClientParamLocation::Server)
        .filter_map(|p| params.field(&p.name).map(|field| (p.name.clone(), field.clone())))
        .map(|(name, field)| quote!((#name, #field.as_str()),));
    let template = &params.template;
    let endpoint_expr = if params.endpoint_override {
        quote! {
            match options.endpoint {
                Some(endpoint) => endpoint,
                None => runtime::server_url(#template, &[#(#server_values)*]),
            }
        }
    } else {
        quote!(runtime::server_url(#template, &[#(#server_values)*]))
    };
    let required_inits = params.required.iter().map(|(_, field, _)| quote!(let #field = #field.to_owned();));
    let defaulted_inits = params.defaulted.iter().map(|(_, field, _, _)| quote!(let #field = options.#field;));
    let required_names: Vec<&Ident> = params.required.iter().map(|(_, f, _)| f).collect();
    // Server values only shape `endpoint_url`; the rest are sent with requests, so kept.
    let field_names: Vec<&Ident> = params
        .required
        .iter()
        .map(|(wire, f, _)| (wire, f))
        .chain(params.defaulted.iter().map(|(wire, f, _, _)| (wire, f)))
        .filter(|(wire, _)| !params.server.contains(wire))
        .map(|(_, f)| f)
        .collect();

    let ctors = constructors(ctx.api, ctx.hmac_scheme).into_iter().map(|c| {
        let Constructor { name, doc, arg, policy } = c;
        let comma = (!arg.is_empty()).then(|| quote!(,));
        let args = args.clone();
        let arg_docs = &arg_docs;
        let doc = format!(" {doc}");
        quote! {
            #[doc = #doc]
            #(#arg_docs)*
            pub fn #name(#(#args)* #arg #comma options: Option<#options>) -> azure_core::Result<Self> {
                Self::from_parts(#(#required_names,)* #policy, options.unwrap_or_default())
            }
        }
    });
    let part_args = required_names.iter().map(|f| quote!(#f: &str,));

    quote! {
        #client_doc
        #example
        #[derive(Debug, Clone)]
        pub struct #client {
            endpoint_url: String,
            #(#field_names: String,)*
            pipeline: Pipeline,
        }

        #[doc = #options_doc]
        #[derive(Debug, Clone #derive_default)]
        pub struct #options {
            /// Pipeline options: retries, transport, per-call and per-try policies.
            pub client_options: ClientOptions,
            #endpoint_field
            #(#option_fields)*
        }

        #default_impl

        impl #client {
            #(#ctors)*

            fn from_parts(#(#part_args)* auth: Option<Arc<dyn azure_core::http::policies::Policy>>, options: #options) -> azure_core::Result<Self> {
                #(#required_inits)*
                #(#defaulted_inits)*
                let endpoint_url = #endpoint_expr;
                runtime::url(&endpoint_url, "")?;
                Ok(Self {
                    endpoint_url,
                    #(#field_names,)*
                    pipeline: runtime::pipeline(options.client_options, auth),
                })
            }

            /// The base URL requests are sent to.
            pub fn endpoint(&self) -> &str {
                &self.endpoint_url
            }

            /// Sends a request this client has no method for (say, an operation the service
            /// added after the client was generated) through the client's pipeline, so it gets
            /// the same authentication, retries and policies; build its URL from
            /// [`Self::endpoint`]. The response comes back whatever its status.
            pub async fn send_request(
                &self,
                request: &mut azure_core::http::Request,
                context: &azure_core::http::Context<'_>,
            ) -> azure_core::Result<azure_core::http::RawResponse> {
                runtime::send(&self.pipeline, context, request).await
            }

            #(#accessors)*
        }
    }
}

/// A `no_run` usage example for the client's docs: construct it, call the first operation
/// (through its sub-client).
fn example(ctx: &ClientCtx, params: &ClientParams, crate_name: &str, first: Option<&FirstOp>) -> TokenStream {
    let krate = crate_name.replace('-', "_");
    let module = ctx.module;
    let client = &ctx.client;
    let ctor = &constructors(ctx.api, ctx.hmac_scheme)[0];
    let mut args: Vec<String> = params.required.iter().map(|(wire, _, _)| format!("\"<{wire}>\"")).collect();
    let signature = if ctor.arg.to_string().contains("TokenCredential") {
        args.push("credential".into());
        if ctor.arg.to_string().contains("scopes") {
            args.push("&[\"<scope>\"]".into());
        }
        "credential: std::sync::Arc<dyn azure_core::credentials::TokenCredential>"
    } else if ctor.arg.is_empty() {
        ""
    } else {
        args.push("azure_core::credentials::Secret::new(\"<secret>\")".into());
        ""
    };
    args.push("None".into());
    let mut lines = vec![
        "```no_run".to_owned(),
        format!("# async fn example({signature}) -> Result<(), Box<dyn std::error::Error>> {{"),
        format!("use {krate}::{module}::{client};"),
        format!("let client = {client}::{}({})?;", ctor.name, args.join(", ")),
    ];
    if let Some((accessor, op)) = first.filter(|(_, op)| op.example_args.is_some()) {
        let call_args = op.example_args.clone().unwrap_or_default();
        let sub_client = accessor.map(|accessor| format!(".{accessor}()")).unwrap_or_default();
        lines.push(format!("let response = client{sub_client}.{}({call_args}).await?;", op.name));
        lines.push("println!(\"{response:?}\");".to_owned());
    }
    lines.push("# Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines.push("```".to_owned());
    let lines = lines.into_iter().map(|l| format!(" {l}"));
    quote! { #[doc = ""] #[doc = " # Example"] #[doc = ""] #(#[doc = #lines])* }
}

/// One emitted operation: the method and the types it needs.
struct Op {
    name: String,
    method: TokenStream,
    items: TokenStream,
    /// Arguments for the doc example when every required argument is text.
    example_args: Option<String>,
}

/// How a parameter is passed by the caller.
struct ParamPlan<'a> {
    param: &'a Parameter,
    /// Expression (of the param's Rust type, by reference where it is text) giving the value.
    value: TokenStream,
    /// Whether the value is optional (`Option<T>` in the options struct).
    optional: bool,
}

/// Whether values of `ty` are text in Rust (`String`, passed as `&str`).
fn is_text(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Primitive(Primitive::String | Primitive::Date | Primitive::Time | Primitive::Uuid | Primitive::Url)
    )
}

fn operation(ctx: &ClientCtx, client_params: &ClientParams, planned: &PlannedOp) -> Op {
    let (op, method_name) = (planned.op, planned.method_name.as_str());
    let client = &ctx.client;
    let this = &ctx.this;
    let models = &ctx.models;
    let options_name = format_ident!("{}", planned.type_names.options);
    let method_ident = ident(method_name);

    // Parameters: client-level ones come from `self`, constants are fixed, the rest are
    // arguments (required) or options fields (optional).
    let mut arg_scope = Scope::with_reserved(&["options", "body", "request", "response", "url", "path", "query"]);
    let mut args = Vec::new();
    let mut arg_names: Vec<Ident> = Vec::new();
    let mut arg_docs = Vec::new();
    let mut option_fields = Vec::new();
    let mut plans = Vec::new();
    let mut example_args = Vec::new();
    let mut all_text = true;
    let mut ordered: Vec<&Parameter> = op.params.iter().filter(|p| p.location == ParamLocation::Path).collect();
    ordered.extend(op.params.iter().filter(|p| p.location != ParamLocation::Path));
    for param in ordered {
        if param.client_level {
            if let Some(field) = client_params.field(&param.name) {
                plans.push(ParamPlan { param, value: quote!(&#this.#field), optional: false });
                continue;
            }
        }
        if let Some(constant) = &param.constant {
            plans.push(ParamPlan { param, value: quote!(#constant), optional: false });
            continue;
        }
        let rust = arg_scope.claim(&names::snake(param.client_name.as_deref().unwrap_or(&param.name))).0;
        let id = ident(&rust);
        let docs =
            doc_or(param.description.as_deref(), &format!("`{}` ({}).", param.name, location_name(param.location)));
        let defaulted = param.generated.is_some() || param.client_default.is_some();
        let required = (param.required && !defaulted) || param.location == ParamLocation::Path;
        let text = is_text(ctx.api.unaliased(&param.ty));
        // A text path parameter with a client default: an option, the default when `None`.
        let path_default = param.client_default.as_ref().filter(|_| text && param.location == ParamLocation::Path);
        if let Some(default) = path_default {
            let line = format!(" When `None`, the client sends `{default}`.");
            option_fields.push(quote! { #docs #[doc = ""] #[doc = #line] pub #id: Option<String>, });
            plans.push(ParamPlan { param, value: quote!(options.#id.as_deref().unwrap_or(#default)), optional: false });
        } else if required {
            let ty = if text { quote!(&str) } else { ctx.types.rust_type(&param.ty, models) };
            args.push(quote!(#id: #ty,));
            arg_names.push(id.clone());
            let line = format!(" * `{}`: {}", rust, first_line(param.description.as_deref().unwrap_or(&param.name)));
            arg_docs.push(quote!(#[doc = #line]));
            all_text &= text;
            example_args.push(format!("\"<{}>\"", param.name));
            plans.push(ParamPlan { param, value: quote!(#id), optional: false });
        } else {
            let ty = ctx.types.rust_type(&param.ty, models);
            let sent = param.generated.map(generated_text).map(str::to_owned);
            let sent = sent.or_else(|| param.client_default.as_ref().map(|value| format!("`{value}`")));
            let generated_doc = sent.map(|sent| format!(" When `None`, the client sends {sent}."));
            let generated_doc = generated_doc.map(|d| quote!(#[doc = ""] #[doc = #d]));
            option_fields.push(quote! { #docs #generated_doc pub #id: Option<#ty>, });
            plans.push(ParamPlan { param, value: quote!(options.#id), optional: true });
        }
    }

    // Path.
    let path_parts = op.path.iter().map(|segment| match segment {
        PathSegment::Literal(text) => quote!(#text),
        PathSegment::Param(name) | PathSegment::ODataParam(name) => {
            let odata = matches!(segment, PathSegment::ODataParam(_));
            match plans.iter().find(|p| p.param.location == ParamLocation::Path && p.param.name == *name) {
                Some(plan) => {
                    let value = &plan.value;
                    if let (TypeRef::List(item), false) = (ctx.api.unaliased(&plan.param.ty), plan.param.skip_url_encoding) {
                        // Items are encoded, the separators between them are not.
                        let item = to_text(ctx, item, quote!(item)).owned();
                        let sep = separator(plan.param.collection);
                        return quote!(&runtime::path_list(#value.iter().map(|item| #item), #sep)?);
                    }
                    let text = to_text(ctx, &plan.param.ty, quote!(#value)).arg();
                    if plan.param.skip_url_encoding {
                        text
                    } else if odata && is_text(ctx.api.unaliased(&plan.param.ty)) {
                        quote!(&runtime::odata_string(#text))
                    } else {
                        quote!(&runtime::path_segment(#text)?)
                    }
                }
                None => quote!(""),
            }
        }
    });
    let path = quote!([#(#path_parts),*].concat());

    // Query and headers.
    let mut query = Vec::new();
    let mut headers = Vec::new();
    for plan in &plans {
        let p = plan.param;
        let wire = &p.name;
        let (binding, value) =
            if plan.optional { (quote!(value), quote!(value)) } else { (TokenStream::new(), plan.value.clone()) };
        let stmt = match p.location {
            ParamLocation::Query => match (ctx.api.unaliased(&p.ty), p.collection) {
                (TypeRef::List(item), Collection::Multi) => {
                    let text = to_text(ctx, item, quote!(item)).arg();
                    quote! { for item in #value.iter() { query.append_pair(#wire, #text); } }
                }
                _ => {
                    let text = list_text(ctx, &p.ty, p.collection, value.clone()).arg();
                    quote! { query.append_pair(#wire, #text); }
                }
            },
            ParamLocation::Header => {
                let header = wire.to_ascii_lowercase();
                let text = list_text(ctx, &p.ty, p.collection, value.clone()).owned();
                quote! { request.insert_header(#header, #text); }
            }
            _ => continue,
        };
        let stmt = if let (true, Some(generated), ParamLocation::Header) = (plan.optional, p.generated, p.location) {
            // The caller's value, else one the client makes.
            let source = &plan.value;
            let header = wire.to_ascii_lowercase();
            let text = list_text(ctx, &p.ty, p.collection, quote!(value)).owned();
            let made = match generated {
                Generated::Uuid => quote!(azure_core::Uuid::new_v4().to_string()),
                Generated::HttpDateNow => quote!(azure_core::time::to_rfc7231(&azure_core::time::OffsetDateTime::now_utc())),
            };
            quote! { request.insert_header(#header, match &#source { Some(value) => #text, None => #made }); }
        } else if let (true, Some(default)) = (plan.optional, &p.client_default) {
            // The caller's value, else the spec's client default, written as the spec has it.
            let source = &plan.value;
            let sent = match p.location {
                ParamLocation::Query => quote! { query.append_pair(#wire, #default); },
                _ => {
                    let header = wire.to_ascii_lowercase();
                    quote! { request.insert_header(#header, #default); }
                }
            };
            quote! { match &#source { Some(#binding) => { #stmt } None => { #sent } } }
        } else if plan.optional {
            let source = &plan.value;
            quote! { if let Some(#binding) = &#source { #stmt } }
        } else {
            stmt
        };
        match p.location {
            ParamLocation::Query => query.push(stmt),
            _ => headers.push(stmt),
        }
    }
    let query_block = (!query.is_empty()).then(|| quote! { { let mut query = url.query_pairs_mut(); #(#query)* } });
    let mut_url = if query.is_empty() { TokenStream::new() } else { quote!(mut) };

    // Body.
    let mut body_stmt = TokenStream::new();
    if let Some(body) = &op.body {
        let content_type = &body.content_type;
        let ty = match &body.ty {
            BodyType::Json(ty) | BodyType::Xml(ty) => ctx.types.rust_type(ty, models),
            BodyType::Binary => quote!(azure_core::Bytes),
            BodyType::Text => quote!(String),
            BodyType::Multipart => quote!(runtime::Form),
        };
        let encode = match &body.ty {
            BodyType::Json(ty) => match json_encoding(ctx, ty) {
                Some(encoding) => quote!(runtime::json_body_as::<#encoding, _>(body)?),
                None => quote!(runtime::json_body(body)?),
            },
            BodyType::Xml(_) => quote!(runtime::xml::body(body)),
            BodyType::Binary => quote!(body.clone()),
            BodyType::Text => quote!(azure_core::Bytes::from(body.clone())),
            BodyType::Multipart => quote!(body),
        };
        // Bytes offered under several media types (or a wildcard) go with the caller's.
        let chosen_type = body.required
            && body.ty == BodyType::Binary
            && (body.content_types.len() > 1 || body.content_types.iter().any(|t| t.contains('*')));
        let type_arg = ident(&arg_scope.claim("content_type").0);
        let content_type = if chosen_type { quote!(#type_arg.to_owned()) } else { quote!(#content_type) };
        // A form's content type carries its boundary.
        let (set_type, encode) = match &body.ty {
            BodyType::Multipart => (
                quote! { let (content_type, body) = body.encode(); request.insert_header("content-type", content_type); },
                encode,
            ),
            _ => (quote! { request.insert_header("content-type", #content_type); }, encode),
        };
        if body.required {
            args.push(quote!(body: &#ty,));
            arg_names.push(format_ident!("body"));
            arg_docs.push(quote!(#[doc = " * `body`: the request body."]));
            if chosen_type {
                args.push(quote!(#type_arg: &str,));
                arg_names.push(type_arg.clone());
                let line = format!(" * `{type_arg}`: the media type of `body` (the service accepts `{}`).", body.content_types.join("`, `"));
                arg_docs.push(quote!(#[doc = #line]));
            }
            all_text = false;
            body_stmt = quote! {
                #set_type
                request.set_body(#encode);
            };
        } else {
            let docs = doc_or(body.description.as_deref(), "The request body.");
            option_fields.push(quote! { #docs pub body: Option<#ty>, });
            body_stmt = quote! {
                if let Some(body) = &options.body {
                    #set_type
                    request.set_body(#encode);
                }
            };
        }
    }

    // Responses.
    let plan = ResponsePlan::new(ctx, op, method_name, planned.type_names.response.as_deref());
    let output = &plan.output;
    let error = &plan.error;
    let accept = plan.accept.as_ref().map(|a| quote!(request.insert_header("accept", #a);));
    let send = if plan.streams {
        quote!(let response = runtime::stream(&#this.pipeline, &options.method_options.context, &mut request).await?;)
    } else {
        quote!(let response = runtime::send(&#this.pipeline, &options.method_options.context, &mut request).await?;)
    };
    let arms = &plan.arms;
    // A `default` success already matches every other status.
    let fallback = if plan.catch_all {
        TokenStream::new()
    } else if plan.xml_error {
        let read = plan.streams.then(|| quote!(let response = response.try_into_raw_response().await?;));
        quote!(_ => { #read Err(runtime::xml::service_error(response)) })
    } else if plan.streams {
        quote!(_ => Err(runtime::stream_service_error(response).await),)
    } else {
        quote!(_ => Err(runtime::service_error(response)),)
    };
    let http_method = http_method(op.method).unwrap_or_else(|| quote!(Get));

    let summary = doc_or(op.summary.as_deref().or(op.description.as_deref()), &format!("`{}`", op.id));
    let more = match (&op.summary, &op.description) {
        (Some(_), Some(d)) => {
            let d = doc(Some(d));
            quote!(#[doc = ""] #d)
        }
        _ => TokenStream::new(),
    };
    let wire_line = format!(" `{} {}` (`{}`).", method_text(op.method), path_text(&op.path), op.id);
    let args_section = (!arg_docs.is_empty()).then(|| quote!(#[doc = ""] #[doc = " # Arguments"] #(#arg_docs)*));
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    // A request that is sent here is borrowed mutably; one that is returned (long-running,
    // paged) is mutable only if something is added to it.
    let returned = op.lro.is_some() || types::paged_type(ctx.api, op).is_some();
    let changed = accept.is_some() || !headers.is_empty() || !body_stmt.is_empty();
    let mut_request = if changed || !returned { quote!(mut) } else { TokenStream::new() };
    let build = quote! {
        let path = #path;
        let #mut_url url = runtime::url(&#this.endpoint_url, &path)?;
        #query_block
        let #mut_request request = Request::new(url, Method::#http_method);
        #accept
        #(#headers)*
        #body_stmt
    };
    let docs = quote! {
        #summary
        #more
        #[doc = ""]
        #[doc = #wire_line]
        #args_section
        #deprecated
    };
    let lro = lro_plan(ctx, op);
    let page = types::paged_type(ctx.api, op);
    // The request reads the options only for optional parameters or body.
    let uses_options = plans.iter().any(|p| p.optional) || op.body.as_ref().is_some_and(|b| !b.required);
    let options_arg = if uses_options { quote!(options) } else { quote!(_options) };
    let method = match (&lro, page) {
        (Some(lro), page) => {
            let request_fn = format_ident!("{}_request", method_name.trim_start_matches("r#"));
            let LroPlan { result, decode, has_result, final_state, result_in } = lro;
            // A paged result: the poller gives the first page, `…_from_link` the rest.
            let from_link = page.map(|page| {
                let page = ctx.types.rust_type(&TypeRef::Named(page.clone()), models);
                let from_link = format_ident!("{}_from_link", method_name.trim_start_matches("r#"));
                let link_doc = format!(" The pages after the first result of [`{client}::{method_name}`], from its next link.");
                quote! {
                    #[doc = #link_doc]
                    pub fn #from_link(&self, link: &str, options: Option<ClientMethodOptions<'_>>) -> runtime::Pager<#page, #error> {
                        let context = options.unwrap_or_default().context.into_owned();
                        runtime::Pager::from_link(#this.pipeline.clone(), context, &#this.endpoint_url, link)
                    }
                }
            });
            let lro_doc = " Long-running: returns a [`runtime::Poller`]; await it to follow the operation to its end and get its result.";
            quote! {
                #docs
                #[doc = ""]
                #[doc = #lro_doc]
                pub fn #method_ident(&self, #(#args)* options: Option<#options_name<'_>>) -> runtime::Poller<#result, #error> {
                    let options = options.unwrap_or_default();
                    let request = self.#request_fn(#(#arg_names,)* &options);
                    runtime::Poller::new(#this.pipeline.clone(), options.method_options, request, runtime::FinalState::#final_state, #decode, #has_result)
                        #result_in
                }

                #from_link

                fn #request_fn(&self, #(#args)* #options_arg: &#options_name<'_>) -> azure_core::Result<Request> {
                    #build
                    Ok(request)
                }
            }
        }
        (None, None) => {
            let respond = match plan.simple {
                Some(Simple::Json(code)) => quote! {
                    runtime::send_json(&#this.pipeline, &options.method_options.context, &mut request, #code).await
                },
                Some(Simple::Empty(code)) => quote! {
                    runtime::send_empty(&#this.pipeline, &options.method_options.context, &mut request, #code).await
                },
                None => quote! {
                    #send
                    match u16::from(response.status()) {
                        #(#arms)*
                        #fallback
                    }
                },
            };
            quote! {
                #docs
                pub async fn #method_ident(&self, #(#args)* options: Option<#options_name<'_>>) -> Result<#output, runtime::Error<#error>> {
                    let options = options.unwrap_or_default();
                    #build
                    #respond
                }
            }
        }
        (None, Some(page)) => {
            let page = ctx.types.rust_type(&TypeRef::Named(page.clone()), models);
            let request_fn = format_ident!("{}_request", method_name.trim_start_matches("r#"));
            let from_link = format_ident!("{}_from_link", method_name.trim_start_matches("r#"));
            // The request reads the options only for optional parameters or body.
            let uses_options = plans.iter().any(|p| p.optional) || op.body.as_ref().is_some_and(|b| !b.required);
            let options_arg = if uses_options { quote!(options) } else { quote!(_options) };
            let xml_page = op.responses.iter().filter(|r| !r.is_error).any(|r| matches!(r.body.as_ref().map(|b| &b.ty), Some(BodyType::Xml(_))));
            let xml_pages = xml_page.then(|| quote!(.with_format("application/xml", runtime::xml::decode)));
            let pages_doc = " Returns a pager: call `next_page` until it returns `None`; it follows the service's next links.";
            let link_doc = format!(" Resumes [`{client}::{method_name}`] from a next link or a saved [`runtime::DeltaLink`] (`delta_link.as_str()`).");
            quote! {
                #docs
                #[doc = ""]
                #[doc = #pages_doc]
                pub fn #method_ident(&self, #(#args)* options: Option<#options_name<'_>>) -> runtime::Pager<#page, #error> {
                    let options = options.unwrap_or_default();
                    let request = self.#request_fn(#(#arg_names,)* &options);
                    runtime::Pager::new(#this.pipeline.clone(), options.method_options.context.into_owned(), &#this.endpoint_url, request)#xml_pages
                }

                #[doc = #link_doc]
                pub fn #from_link(&self, link: &str, options: Option<ClientMethodOptions<'_>>) -> runtime::Pager<#page, #error> {
                    let context = options.unwrap_or_default().context.into_owned();
                    runtime::Pager::from_link(#this.pipeline.clone(), context, &#this.endpoint_url, link)#xml_pages
                }

                fn #request_fn(&self, #(#args)* #options_arg: &#options_name<'_>) -> azure_core::Result<Request> {
                    #build
                    Ok(request)
                }
            }
        }
    };

    let options_doc = format!(" Options for [`{client}::{method_name}`].");
    let items = if lro.is_some() { TokenStream::new() } else { plan.items };
    let method_options = if lro.is_some() {
        quote! {
            /// Per-call options: the context (cancellation, client request id, …) and the
            /// wait between polls when the service sends no `Retry-After`.
            pub method_options: azure_core::http::poller::PollerOptions<'a>,
        }
    } else {
        quote! {
            /// Per-call options: the context (cancellation, client request id, …).
            pub method_options: ClientMethodOptions<'a>,
        }
    };
    let items = quote! {
        #[doc = #options_doc]
        #[derive(Debug, Clone, Default)]
        pub struct #options_name<'a> {
            #method_options
            #(#option_fields)*
        }

        #items
    };
    let example_args = (all_text && (page.is_none() || lro.is_some())).then(|| {
        example_args.push("None".into());
        example_args.join(", ")
    });
    Op { name: method_name.to_owned(), method, items, example_args }
}

/// How a long-running operation's method builds its poller.
struct LroPlan {
    /// Rust type of the final result.
    result: TokenStream,
    /// The `runtime::Decode` function for it.
    decode: TokenStream,
    /// The result is a body (not `()`).
    has_result: bool,
    /// The `runtime::FinalState` variant.
    final_state: Ident,
    /// `.result_in("…")` when the result is a property of the status monitor.
    result_in: TokenStream,
}

/// The poller plan of a long-running operation; `None` for other operations and for those
/// whose result is streamed (a poller reads whole bodies), which are emitted as plain calls.
fn lro_plan(ctx: &ClientCtx, op: &Operation) -> Option<LroPlan> {
    let lro = op.lro.as_ref().filter(|_| polled(op))?;
    let (result, decode, has_result) = match &lro.result {
        None => (quote!(()), quote!(runtime::no_body), false),
        Some(ty) => (ctx.types.rust_type(ty, &ctx.models), quote!(runtime::json), true),
    };
    let final_state = match lro.final_state {
        LroFinalState::OriginalUri => "OriginalUri",
        LroFinalState::Location => "Location",
        LroFinalState::AzureAsyncOperation | LroFinalState::OperationLocation => "StatusMonitor",
        LroFinalState::Default if matches!(op.method, Method::Put | Method::Patch) => "OriginalUri",
        LroFinalState::Default => "Location",
    };
    let result_in = match &lro.result_property {
        Some(name) if has_result => quote!(.result_in(#name)),
        _ => TokenStream::new(),
    };
    Some(LroPlan { result, decode, has_result, final_state: format_ident!("{}", final_state), result_in })
}

/// Whether the operation is emitted with a poller: long-running, with a result that is not
/// a stream.
fn polled(op: &Operation) -> bool {
    op.lro.is_some() && !matches!(types::lro_result(op).map(|b| &b.ty), Some(BodyType::Binary))
}

/// The `azure_core::http::Method` variant, `None` for methods azure_core cannot send.
fn http_method(method: Method) -> Option<TokenStream> {
    match method {
        Method::Get => Some(quote!(Get)),
        Method::Put => Some(quote!(Put)),
        Method::Post => Some(quote!(Post)),
        Method::Delete => Some(quote!(Delete)),
        Method::Patch => Some(quote!(Patch)),
        Method::Head => Some(quote!(Head)),
        Method::Options | Method::Trace => None,
    }
}

fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

fn method_text(method: Method) -> &'static str {
    match method {
        Method::Get => "GET",
        Method::Put => "PUT",
        Method::Post => "POST",
        Method::Delete => "DELETE",
        Method::Patch => "PATCH",
        Method::Head => "HEAD",
        Method::Options => "OPTIONS",
        Method::Trace => "TRACE",
    }
}

fn path_text(path: &[PathSegment]) -> String {
    path.iter()
        .map(|s| match s {
            PathSegment::Literal(t) => t.clone(),
            PathSegment::Param(n) | PathSegment::ODataParam(n) => format!("{{{n}}}"),
        })
        .collect()
}

/// An expression turning `value` (a `&str`, or a reference to the param's Rust type)
/// into text as sent on the wire.
struct Text {
    tokens: TokenStream,
    /// The expression makes a new `String` (else it borrows a `&str`-like value).
    owned: bool,
}

impl Text {
    /// The text as a `&str` argument.
    fn arg(&self) -> TokenStream {
        let tokens = &self.tokens;
        if self.owned {
            quote!(&#tokens)
        } else {
            tokens.clone()
        }
    }

    /// The text as a new `String`.
    fn owned(self) -> TokenStream {
        let tokens = self.tokens;
        if self.owned {
            tokens
        } else {
            quote!(#tokens.to_string())
        }
    }
}

/// The runtime function that writes a scalar of `ty` as text in its wire encoding (RFC 3339,
/// base64, an ISO 8601 duration, …); `None` for text, numbers, booleans and other types.
fn encoding_fn(ctx: &ClientCtx, ty: &TypeRef) -> Option<TokenStream> {
    let TypeRef::Primitive(p) = ty else { return None };
    if *p == Primitive::DateTime {
        return Some(quote!(runtime::rfc3339));
    }
    let marker = format_ident!("{}", types::marker(*p)?);
    let rust = ctx.types.rust_type(ty, &TokenStream::new());
    Some(quote!(runtime::to_text::<runtime::#marker, #rust>))
}

fn to_text(ctx: &ClientCtx, ty: &TypeRef, value: TokenStream) -> Text {
    let owned = |tokens| Text { tokens, owned: true };
    let ty = ctx.api.unaliased(ty);
    if let Some(function) = encoding_fn(ctx, ty) {
        return owned(quote!(#function(#value)));
    }
    match ty {
        t if is_text(t) => Text { tokens: value, owned: false },
        TypeRef::Primitive(_) | TypeRef::Any => owned(quote!(#value.to_string())),
        TypeRef::Named(id) => match ctx.api.types.get(id).map(|def| &def.kind) {
            Some(TypeKind::Enum(_)) => owned(quote!(#value.to_string())),
            _ => owned(quote!(runtime::param_text(#value))),
        },
        TypeRef::List(_) => list_text(ctx, ty, Collection::Csv, value),
        TypeRef::Map(_) | TypeRef::Nullable(_) => owned(quote!(runtime::param_text(#value))),
    }
}

/// Like [`to_text`], joining lists with the collection format's separator.
fn list_text(ctx: &ClientCtx, ty: &TypeRef, collection: Collection, value: TokenStream) -> Text {
    let TypeRef::List(item) = ctx.api.unaliased(ty) else {
        return to_text(ctx, ty, value);
    };
    let sep = separator(collection);
    // A function that takes the item as it is is passed itself, not wrapped in a closure.
    let item = encoding_fn(ctx, ctx.api.unaliased(item)).unwrap_or_else(|| {
        let text = to_text(ctx, item, quote!(item)).owned();
        quote!(|item| #text)
    });
    Text { tokens: quote!(#value.iter().map(#item).collect::<Vec<_>>().join(#sep)), owned: true }
}

/// What the client sends for a generated value, for docs.
fn generated_text(generated: Generated) -> &'static str {
    match generated {
        Generated::Uuid => "a new random UUID",
        Generated::HttpDateNow => "the current time (RFC 7231)",
    }
}

/// What goes between the items of a list sent as one value.
fn separator(collection: Collection) -> &'static str {
    match collection {
        Collection::Csv | Collection::Multi => ",",
        Collection::Ssv => " ",
        Collection::Tsv => "\t",
        Collection::Pipes => "|",
    }
}

/// How an operation's responses map to its Rust output.
struct ResponsePlan {
    output: TokenStream,
    error: TokenStream,
    items: TokenStream,
    arms: Vec<TokenStream>,
    streams: bool,
    /// The error model is decoded from XML.
    xml_error: bool,
    accept: Option<String>,
    /// A success arm matches any status (`default` is a success).
    catch_all: bool,
    /// The common shape that a runtime helper answers whole (see [`Simple`]).
    simple: Option<Simple>,
}

/// Operations with one success status, no response headers and a JSON body (or none), whose
/// other statuses are the service's error: `runtime::send_json` / `runtime::send_empty`
/// send them and read the response, so each such operation holds no `match` of its own.
#[derive(Clone, Copy)]
enum Simple {
    Json(u16),
    Empty(u16),
}

/// One success outcome.
struct Outcome<'a> {
    response: &'a Response,
    variant: Ident,
}

impl ResponsePlan {
    /// `response_name` is the type planned for it when [`response_type_needed`].
    fn new(ctx: &ClientCtx, op: &Operation, method_name: &str, response_name: Option<&str>) -> ResponsePlan {
        let models = &ctx.models;
        let successes: Vec<&Response> = op.responses.iter().filter(|r| !r.is_error).collect();
        let streams = successes.iter().any(|r| matches!(r.body.as_ref().map(|b| &b.ty), Some(BodyType::Binary)));
        let accept = op.responses.iter().filter_map(|r| r.body.as_ref()).map(|b| b.content_type.clone()).fold(
            Vec::<String>::new(),
            |mut acc, ct| {
                if !acc.contains(&ct) {
                    acc.push(ct);
                }
                acc
            },
        );
        let accept = (!accept.is_empty()).then(|| accept.join(", "));

        // Error model: the one JSON type all error responses share, else raw JSON.
        let mut error_types: Vec<&TypeRef> = Vec::new();
        let mut xml_errors = 0;
        for r in op.responses.iter().filter(|r| r.is_error) {
            if let Some(BodyType::Json(ty) | BodyType::Xml(ty)) = r.body.as_ref().map(|b| &b.ty) {
                xml_errors += usize::from(matches!(r.body.as_ref().map(|b| &b.ty), Some(BodyType::Xml(_))));
                if !error_types.contains(&ty) {
                    error_types.push(ty);
                }
            }
        }
        // An XML error model is decoded from XML; mixed JSON and XML errors stay raw JSON.
        let xml_error = error_types.len() == 1 && xml_errors > 0 && xml_errors == op.responses.iter().filter(|r| r.is_error && r.body.is_some()).count();
        let error = match error_types.as_slice() {
            [one] if xml_error || xml_errors == 0 => ctx.types.rust_type(one, models),
            _ => quote!(serde_json::Value),
        };

        let body_type = |r: &Response| -> Option<TokenStream> {
            r.body.as_ref().map(|b| match &b.ty {
                BodyType::Json(ty) | BodyType::Xml(ty) => ctx.types.rust_type(ty, models),
                BodyType::Binary => quote!(runtime::ByteStream),
                BodyType::Text => quote!(String),
                BodyType::Multipart => quote!(runtime::Form),
            })
        };

        let mut arms = Vec::new();
        let mut items = TokenStream::new();
        let output;
        let response_name = || format_ident!("{}", response_name.unwrap_or("Response"));
        match successes.as_slice() {
            [] => {
                output = quote!(());
                arms.push(quote!(200..=299 => Ok(()),));
            }
            [one] if one.headers.is_empty() => {
                output = body_type(one).unwrap_or_else(|| quote!(()));
                let read = read_body(ctx, one, streams);
                let pattern = status_pattern(one.status);
                let value = if one.body.is_some() { quote!(body) } else { quote!(()) };
                arms.push(quote!(#pattern => { #read Ok(#value) }));
            }
            [one] => {
                let name = response_name();
                let (fields, reads, inits) = header_parts(ctx, one, true);
                let body_field = body_type(one).map(|ty| {
                    quote!(/// The response body.
                    pub body: #ty,)
                });
                let body_init = body_field.as_ref().map(|_| quote!(body,));
                let doc = doc_or(one.description.as_deref(), "The successful response.");
                items = quote! {
                    #doc
                    #[derive(Debug)]
                    pub struct #name {
                        #body_field
                        #(#fields)*
                    }
                };
                let read = read_body(ctx, one, streams);
                let pattern = status_pattern(one.status);
                arms.push(quote!(#pattern => {
                    #read
                    #(#reads)*
                    Ok(#name { #body_init #(#inits,)* })
                }));
                output = quote!(#name);
            }
            many => {
                let name = response_name();
                let mut variant_scope = Scope::default();
                let outcomes: Vec<Outcome> = many
                    .iter()
                    .map(|r| Outcome {
                        response: r,
                        variant: format_ident!("{}", variant_scope.claim(&status_variant(r.status)).0),
                    })
                    .collect();
                let variants = outcomes.iter().map(|o| {
                    let doc = doc_or(
                        o.response.description.as_deref(),
                        &format!("Status {}.", status_text(o.response.status)),
                    );
                    let variant = &o.variant;
                    let body = body_type(o.response);
                    if o.response.headers.is_empty() {
                        match body {
                            Some(ty) => quote!(#doc #variant(#ty),),
                            None => quote!(#doc #variant,),
                        }
                    } else {
                        let (fields, _, _) = header_parts(ctx, o.response, false);
                        let body = body.map(|ty| {
                            quote!(/// The response body.
                            body: #ty,)
                        });
                        quote!(#doc #variant { #body #(#fields)* },)
                    }
                });
                let doc =
                    format!(" The outcomes of [`{}::{method_name}`]: one variant per success status.", ctx.client);
                items = quote! {
                    #[doc = #doc]
                    #[derive(Debug)]
                    pub enum #name {
                        #(#variants)*
                    }
                };
                for o in &outcomes {
                    let variant = &o.variant;
                    let pattern = status_pattern(o.response.status);
                    let read = read_body(ctx, o.response, streams);
                    let has_body = o.response.body.is_some();
                    let value = if o.response.headers.is_empty() {
                        if has_body {
                            quote!(#name::#variant(body))
                        } else {
                            quote!(#name::#variant)
                        }
                    } else {
                        let (_, reads, inits) = header_parts(ctx, o.response, false);
                        let body_init = has_body.then(|| quote!(body,));
                        quote!({ #(#reads)* #name::#variant { #body_init #(#inits,)* } })
                    };
                    arms.push(quote!(#pattern => { #read Ok(#value) }));
                }
                output = quote!(#name);
            }
        }
        // Exact codes before ranges before the catch-all, as `match` needs.
        let order = |r: &Response| match r.status {
            StatusMatch::Code(_) => 0,
            StatusMatch::Range(_) => 1,
            StatusMatch::Default => 2,
        };
        let mut indexed: Vec<(usize, TokenStream)> = successes.iter().map(|r| order(r)).zip(arms).collect();
        if successes.is_empty() {
            indexed = vec![(1, quote!(200..=299 => Ok(()),))];
        }
        indexed.sort_by_key(|(o, _)| *o);
        let arms = indexed.into_iter().map(|(_, a)| a).collect();
        let catch_all = successes.iter().any(|r| r.status == StatusMatch::Default);
        let simple = match successes.as_slice() {
            [one] if one.headers.is_empty() && !streams && !xml_error => match (one.status, one.body.as_ref().map(|b| &b.ty)) {
                (StatusMatch::Code(code), None) => Some(Simple::Empty(code)),
                (StatusMatch::Code(code), Some(BodyType::Json(ty))) if json_encoding(ctx, ty).is_none() => {
                    Some(Simple::Json(code))
                }
                _ => None,
            },
            _ => None,
        };
        ResponsePlan { output, error, items, arms, streams, xml_error, accept, catch_all, simple }
    }
}

/// Statements binding `headers` and `body` for a success response. A binary body only
/// occurs when the operation streams (`streams`), and stays a stream; other bodies are read
/// whole first.
fn read_body(ctx: &ClientCtx, r: &Response, streams: bool) -> TokenStream {
    let headers = if r.headers.is_empty() { quote!(_headers) } else { quote!(headers) };
    let decode = match r.body.as_ref().map(|b| &b.ty) {
        Some(BodyType::Binary) => return quote! { let (_status, #headers, body) = response.deconstruct(); },
        Some(BodyType::Json(ty)) => Some(match json_encoding(ctx, ty) {
            Some(encoding) => quote!(runtime::json_as::<#encoding, _, _>),
            None => quote!(runtime::json),
        }),
        Some(BodyType::Xml(_)) => Some(quote!(runtime::xml::decode)),
        Some(BodyType::Text) => Some(quote!(runtime::text)),
        Some(BodyType::Multipart) => Some(quote!(runtime::text)),
        None => None,
    };
    let read = match decode {
        Some(decode) => quote! {
            let (status, #headers, body) = response.deconstruct();
            let body = #decode(status, &body.into())?;
        },
        None if !r.headers.is_empty() => quote! { let headers = response.headers().clone(); },
        None => TokenStream::new(),
    };
    if streams {
        quote! { let response = response.try_into_raw_response().await?; #read }
    } else {
        read
    }
}

/// The encoding of a JSON body of type `ty` (a bare date-time, bytes, …) as a type
/// argument of `runtime::json_as` / `runtime::json_body_as`; `None` when serde's default is right.
fn json_encoding(ctx: &ClientCtx, ty: &TypeRef) -> Option<TokenStream> {
    let encoding = ctx.types.encoding(ty, "runtime")?;
    syn::parse_str::<syn::Type>(&encoding).ok().map(|ty| quote!(#ty))
}

/// Typed header fields, the statements reading them, and their initializers.
/// `public` fields for a struct; enum variant fields take no visibility.
fn header_parts(ctx: &ClientCtx, r: &Response, public: bool) -> (Vec<TokenStream>, Vec<TokenStream>, Vec<Ident>) {
    let vis = public.then(|| quote!(pub));
    let mut scope = Scope::with_reserved(&["body"]);
    let mut fields = Vec::new();
    let mut reads = Vec::new();
    let mut inits = Vec::new();
    for h in &r.headers {
        let field = ident(&scope.claim(&names::snake(&h.name)).0);
        let wire = h.name.to_ascii_lowercase();
        let (ty, read) = match ctx.api.unaliased(&h.ty) {
            TypeRef::Primitive(p @ (Primitive::I32 | Primitive::I64 | Primitive::F32 | Primitive::F64 | Primitive::Bool)) => {
                let ty = ctx.types.rust_type(&TypeRef::Primitive(*p), &TokenStream::new());
                (ty.clone(), quote!(runtime::header_parsed::<#ty>(&headers, #wire)))
            }
            TypeRef::Primitive(p) if types::marker(*p).is_some() => {
                let marker = format_ident!("{}", types::marker(*p).unwrap_or_default());
                let ty = ctx.types.rust_type(&TypeRef::Primitive(*p), &TokenStream::new());
                (ty.clone(), quote!(runtime::header_as::<runtime::#marker, #ty>(&headers, #wire)))
            }
            // An enum (`Repeatability-Result: accepted`): open enums take any text.
            TypeRef::Named(id) if is_string_enum(ctx.api, id) => {
                let ty = ctx.types.rust_type(&h.ty, &ctx.models);
                (ty.clone(), quote!(runtime::header(&headers, #wire).map(|value| #ty::from(value.as_str()))))
            }
            _ => (quote!(String), quote!(runtime::header(&headers, #wire))),
        };
        let doc = doc_or(h.description.as_deref(), &format!("The `{}` header.", h.name));
        fields.push(quote!(#doc #vis #field: Option<#ty>,));
        reads.push(quote!(let #field = #read;));
        inits.push(field);
    }
    (fields, reads, inits)
}

/// Whether `id` names a string enum: emitted open, so it converts from any `&str`.
fn is_string_enum(api: &Api, id: &crate::ir::TypeId) -> bool {
    matches!(api.types.get(id).map(|def| &def.kind), Some(TypeKind::Enum(e)) if e.base == Primitive::String)
}

fn status_pattern(status: StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            quote!(#code)
        }
        StatusMatch::Range(class) => {
            let low = proc_macro2::Literal::u16_unsuffixed(class as u16 * 100);
            let high = proc_macro2::Literal::u16_unsuffixed(class as u16 * 100 + 99);
            quote!(#low..=#high)
        }
        StatusMatch::Default => quote!(_),
    }
}

fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(class) => format!("{class}XX"),
        StatusMatch::Default => "default".to_owned(),
    }
}

fn status_variant(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => match code {
            200 => "Ok".into(),
            201 => "Created".into(),
            202 => "Accepted".into(),
            203 => "NonAuthoritativeInformation".into(),
            204 => "NoContent".into(),
            205 => "ResetContent".into(),
            206 => "PartialContent".into(),
            300 => "MultipleChoices".into(),
            301 => "MovedPermanently".into(),
            302 => "Found".into(),
            303 => "SeeOther".into(),
            304 => "NotModified".into(),
            307 => "TemporaryRedirect".into(),
            308 => "PermanentRedirect".into(),
            other => format!("Status{other}"),
        },
        StatusMatch::Range(class) => format!("Status{class}xx"),
        StatusMatch::Default => "Other".into(),
    }
}
