//! How IR types look in Rust: type names, which fields need a `Box`, and the Rust type
//! (plus serde attributes) for each `TypeRef`.

use super::names;
use crate::ir::{
    Api, BodyType, Delimiter, Number, Operation, Paging, Primitive, Response, ResponseBody, StatusMatch, TypeId, TypeKind,
    TypeRef,
};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashMap;

/// Names and shapes of one service's types, shared by the model and client emitters.
pub struct TypeMap {
    names: HashMap<TypeId, String>,
    /// Strongly connected component of each type over direct (unboxed) containment.
    component: HashMap<TypeId, usize>,
    /// Properties that pick a union variant somewhere in the API (`@odata.type`, `kind`).
    discriminators: Vec<String>,
    /// The discriminator of each union's base and variant structs.
    member_discriminators: HashMap<TypeId, Vec<String>>,
    /// Page models of paged operations, with how to read their links.
    pages: HashMap<TypeId, Paging>,
    /// What each alias stands for, to find the wire encoding of values typed by an alias.
    aliases: HashMap<TypeId, TypeRef>,
    /// Union members that are structs declaring the union's discriminator as a field.
    declares: std::collections::HashSet<(TypeId, String)>,
    /// Named types that are structs.
    structs: std::collections::HashSet<TypeId>,
    /// The union each base struct holds the own fields of.
    union_of_base: HashMap<TypeId, TypeId>,
    /// Some operation has an XML body, so the models map themselves onto XML too.
    pub xml: bool,
}

impl TypeMap {
    /// Names every type of `api` and finds its recursive cycles.
    pub fn new(api: &Api) -> TypeMap {
        // Union bases take their union's name plus `Base`, so name everything else first.
        let bases: HashMap<&TypeId, &TypeId> = api
            .types
            .iter()
            .filter_map(|(id, def)| match &def.kind {
                TypeKind::Union(union) => union.base.as_ref().map(|base| (base, id)),
                _ => None,
            })
            .collect();
        let plain: Vec<(&TypeId, &str)> = api
            .types
            .iter()
            .filter(|(id, _)| !bases.contains_key(id))
            .map(|(id, def)| (id, def.name.as_str()))
            .collect();
        let rust_names = names::type_names(plain.iter().map(|(_, name)| *name), names::PRELUDE);
        let mut names: HashMap<TypeId, String> =
            plain.iter().map(|(id, _)| (*id).clone()).zip(rust_names).collect();
        let mut scope = names::Scope::with_reserved(
            &names.values().map(String::as_str).collect::<Vec<_>>(),
        );
        for (id, _) in api.types.iter().filter(|(id, _)| bases.contains_key(id)) {
            let union_name = names.get(bases[id]).cloned().unwrap_or_default();
            let (name, _) = scope.claim(&format!("{union_name}Base"));
            names.insert(id.clone(), name);
        }
        let mut discriminators = Vec::new();
        let mut member_discriminators: HashMap<TypeId, Vec<String>> = HashMap::new();
        let mut declares = std::collections::HashSet::new();
        for def in api.types.values() {
            if let TypeKind::Union(union) = &def.kind {
                if !discriminators.contains(&union.discriminator) {
                    discriminators.push(union.discriminator.clone());
                }
                for member in union_members(api, union) {
                    if let Some(TypeKind::Struct(s)) = api.types.get(&member).map(|d| &d.kind) {
                        if s.fields.iter().any(|f| f.name == union.discriminator) {
                            declares.insert((member.clone(), union.discriminator.clone()));
                        }
                    }
                    let properties = member_discriminators.entry(member.clone()).or_default();
                    if !properties.contains(&union.discriminator) {
                        properties.push(union.discriminator.clone());
                    }
                }
            }
        }
        let pages = page_types(api).into_iter().map(|(id, paging)| (id.clone(), paging.clone())).collect();
        let aliases = api
            .types
            .iter()
            .filter_map(|(id, def)| match &def.kind {
                TypeKind::Alias(target) => Some((id.clone(), target.clone())),
                _ => None,
            })
            .collect();
        let structs = api
            .types
            .iter()
            .filter(|(_, def)| matches!(def.kind, TypeKind::Struct(_)))
            .map(|(id, _)| id.clone())
            .collect();
        let union_of_base = bases.iter().map(|(base, union)| ((*base).clone(), (*union).clone())).collect();
        TypeMap {
            component: components(api),
            names,
            discriminators,
            member_discriminators,
            pages,
            aliases,
            declares,
            structs,
            union_of_base,
            xml: super::xml::uses_xml(api),
        }
    }

    /// How to read the links of a page model, when `id` is one.
    pub fn paging(&self, id: &TypeId) -> Option<&Paging> {
        self.pages.get(id)
    }

    /// Whether `property` is a discriminator of some union.
    pub fn is_discriminator(&self, property: &str) -> bool {
        self.discriminators.iter().any(|d| d == property)
    }

    /// Whether `property` of struct `owner` picks the variant of a union `owner` belongs to
    /// (as its base or one of its variants).
    pub fn picks_variant(&self, owner: &TypeId, property: &str) -> bool {
        self.member_discriminators.get(owner).is_some_and(|properties| properties.iter().any(|p| p == property))
    }

    /// Whether union member `id` is a struct with a field for `property` (a variant without
    /// one, e.g. a model of a no-envelope union, gets the value added on the wire).
    pub fn declares(&self, id: &TypeId, property: &str) -> bool {
        self.declares.contains(&(id.clone(), property.to_owned()))
    }

    /// Whether `id` is a struct.
    pub fn is_struct(&self, id: &TypeId) -> bool {
        self.structs.contains(id)
    }

    /// The Rust name of a named type.
    pub fn name(&self, id: &TypeId) -> String {
        self.names.get(id).cloned().unwrap_or_else(|| names::camel(&id.0))
    }

    /// The name a union variant holding `id` is given: the type's, except that the base
    /// struct of a nested union on the same property (`PetBase` in `Animal`) is named after
    /// its union (`Pet`), the kind it stands for.
    pub fn variant_name(&self, id: &TypeId) -> String {
        self.name(self.union_of_base.get(id).unwrap_or(id))
    }

    /// Whether a field of `owner` holding `target` directly must be boxed to keep the type finite.
    pub fn needs_box(&self, owner: &TypeId, target: &TypeId) -> bool {
        match (self.component.get(owner), self.component.get(target)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        }
    }

    /// The Rust type of `ty`. `models` is the path prefix to the models module (empty
    /// inside it).
    pub fn rust_type(&self, ty: &TypeRef, models: &TokenStream) -> TokenStream {
        self.rust_type_in(ty, models, false)
    }

    /// The Rust type of `ty` inside the models module where no per-field serde helper
    /// applies (date-times stay text).
    pub fn rust_type_in_container(&self, ty: &TypeRef) -> TokenStream {
        self.rust_type_in(ty, &TokenStream::new(), true)
    }

    fn rust_type_in(&self, ty: &TypeRef, models: &TokenStream, in_container: bool) -> TokenStream {
        match ty {
            TypeRef::Named(id) => {
                let name = names::ident(&self.name(id));
                quote!(#models #name)
            }
            // Inside untagged unions no serde helper applies: encoded scalars stay text.
            TypeRef::Primitive(p) if in_container && marker(*p).is_some() => quote!(String),
            TypeRef::Primitive(p) => primitive(*p),
            TypeRef::List(item) => {
                let item = self.rust_type(item, models);
                quote!(Vec<#item>)
            }
            TypeRef::Map(value) => {
                let value = self.rust_type(value, models);
                quote!(std::collections::BTreeMap<String, #value>)
            }
            TypeRef::Nullable(inner) => {
                let inner = self.rust_type_in(inner, models, in_container);
                quote!(Option<#inner>)
            }
            TypeRef::Any => quote!(serde_json::Value),
        }
    }

    /// How values of `ty` are (de)serialized when serde's default for their Rust type is not
    /// the wire form: the marker type of `runtime::SerializeWith` and `runtime::DeserializeWith`, e.g. `Vec<{runtime}::Base64Url>`,
    /// with `runtime` the path to the runtime module. `None` when serde's default is right.
    /// Aliases are followed; other named types encode themselves.
    pub fn encoding(&self, ty: &TypeRef, runtime: &str) -> Option<String> {
        self.encoding_of(ty).map(|encoding| encoding.type_text(runtime))
    }

    /// The [`Encoding`] of `ty`, to print in more than one form.
    pub fn encoding_of(&self, ty: &TypeRef) -> Option<Encoding> {
        self.encoding_in(ty, 0)
    }

    fn encoding_in(&self, ty: &TypeRef, depth: usize) -> Option<Encoding> {
        // Bounded: lowering never makes alias cycles, but a bug must not hang the emitter.
        if depth > 64 {
            return None;
        }
        let inner = |inner: &TypeRef| self.encoding_in(inner, depth + 1).map(Box::new);
        match ty {
            TypeRef::Named(id) => self.aliases.get(id).and_then(|target| self.encoding_in(target, depth + 1)),
            TypeRef::Primitive(p) => marker(*p).map(Encoding::Marker),
            TypeRef::List(item) => inner(item).map(Encoding::Vec),
            TypeRef::Map(value) => inner(value).map(Encoding::Map),
            TypeRef::Nullable(value) => inner(value).map(Encoding::Option),
            TypeRef::Any => None,
        }
    }
}

/// How a type's values are written when serde's default is not the wire form: a marker type
/// of the runtime, or a collection of such values.
pub enum Encoding {
    /// A marker type of the runtime (`Rfc3339`, `Base64Url`, …).
    Marker(&'static str),
    /// Each item of a list.
    Vec(Box<Encoding>),
    /// Each value of a map.
    Map(Box<Encoding>),
    /// The value, when there is one.
    Option(Box<Encoding>),
}

impl Encoding {
    /// As a type (the marker of `runtime::SerializeWith`), with `runtime` the path to the runtime module.
    pub fn type_text(&self, runtime: &str) -> String {
        match self {
            Encoding::Marker(marker) => format!("{runtime}::{marker}"),
            Encoding::Vec(item) => format!("Vec<{}>", item.type_text(runtime)),
            Encoding::Map(value) => format!("std::collections::BTreeMap<String, {}>", value.type_text(runtime)),
            Encoding::Option(value) => format!("Option<{}>", value.type_text(runtime)),
        }
    }

    /// As `runtime::json_object!` takes it: a marker (`Rfc3339`), or `Vec(…)`, `Map(…)`,
    /// `Option(…)` of one, which prettyplease prints as written (it would space out a type's
    /// `<…>` inside a macro).
    pub fn spec(&self) -> TokenStream {
        match self {
            Encoding::Marker(marker) => {
                let marker = proc_macro2::Ident::new(marker, proc_macro2::Span::call_site());
                quote!(#marker)
            }
            Encoding::Vec(item) => {
                let item = item.spec();
                quote!(Vec(#item))
            }
            Encoding::Map(value) => {
                let value = value.spec();
                quote!(Map(#value))
            }
            Encoding::Option(value) => {
                let value = value.spec();
                quote!(Option(#value))
            }
        }
    }
}

/// The Rust type of a scalar.
fn primitive(p: Primitive) -> TokenStream {
    match p {
        Primitive::Bool => quote!(bool),
        Primitive::I32 => quote!(i32),
        Primitive::I64 | Primitive::IntegerText => quote!(i64),
        Primitive::F32 => quote!(f32),
        Primitive::F64 | Primitive::NumberText => quote!(f64),
        Primitive::DateTime | Primitive::DateTimeRfc7231 | Primitive::UnixTime => quote!(time::OffsetDateTime),
        Primitive::Duration | Primitive::DurationSeconds(_) | Primitive::DurationMilliseconds(_) => {
            quote!(time::Duration)
        }
        Primitive::Base64 | Primitive::Base64Url => quote!(Vec<u8>),
        Primitive::Delimited(_) => quote!(Vec<String>),
        Primitive::String | Primitive::Date | Primitive::Time | Primitive::Uuid | Primitive::Url => quote!(String),
    }
}

/// The structs a union may hold: its variants and base, and those of the unions among its
/// variants (a nested discriminator: their structs carry this union's property too).
fn union_members(api: &Api, union: &crate::ir::Union) -> Vec<TypeId> {
    let mut out: Vec<TypeId> = Vec::new();
    let mut stack: Vec<&TypeId> = union.variants.values().chain(union.base.iter()).collect();
    while let Some(id) = stack.pop() {
        if out.contains(id) {
            continue;
        }
        out.push(id.clone());
        if let Some(TypeKind::Union(nested)) = api.types.get(id).map(|d| &d.kind) {
            stack.extend(nested.variants.values().chain(nested.base.iter()));
        }
    }
    out
}

/// The runtime's marker type (an `Encoding` implementation) for a scalar whose wire form is
/// not serde's default for its Rust type.
pub fn marker(p: Primitive) -> Option<&'static str> {
    Some(match p {
        Primitive::DateTime => "Rfc3339",
        Primitive::DateTimeRfc7231 => "Rfc7231",
        Primitive::UnixTime => "UnixTime",
        Primitive::Duration => "Iso8601Duration",
        Primitive::DurationSeconds(Number::Float) => "Seconds",
        Primitive::DurationSeconds(Number::Integer) => "WholeSeconds",
        Primitive::DurationMilliseconds(Number::Float) => "Milliseconds",
        Primitive::DurationMilliseconds(Number::Integer) => "WholeMilliseconds",
        Primitive::Base64 => "Base64",
        Primitive::Base64Url => "Base64Url",
        Primitive::IntegerText | Primitive::NumberText => "NumberText",
        Primitive::Delimited(Delimiter::Comma) => "CommaDelimited",
        Primitive::Delimited(Delimiter::Space) => "SpaceDelimited",
        Primitive::Delimited(Delimiter::Pipe) => "PipeDelimited",
        Primitive::Delimited(Delimiter::Newline) => "NewlineDelimited",
        Primitive::String
        | Primitive::Bool
        | Primitive::I32
        | Primitive::I64
        | Primitive::F32
        | Primitive::F64
        | Primitive::Date
        | Primitive::Time
        | Primitive::Uuid
        | Primitive::Url => return None,
    })
}

/// Whether `Default` can be derived for a required field of this type (`OffsetDateTime`
/// has no default).
pub fn has_default(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(_) => false,
        TypeRef::Primitive(p) => {
            !matches!(p, Primitive::DateTime | Primitive::DateTimeRfc7231 | Primitive::UnixTime)
        }
        TypeRef::List(_) | TypeRef::Map(_) | TypeRef::Nullable(_) | TypeRef::Any => true,
    }
}

/// Strongly connected components of the "holds directly" graph (struct field → named
/// type, union → variants and base, alias → target), by Tarjan's algorithm. Lists and
/// maps are already indirections, so they add no edge.
fn components(api: &Api) -> HashMap<TypeId, usize> {
    let index: HashMap<&TypeId, usize> = api.types.keys().enumerate().map(|(i, id)| (id, i)).collect();
    let direct = |ty: &TypeRef| match ty {
        TypeRef::Named(id) => index.get(id).copied(),
        _ => None,
    };
    let edges: Vec<Vec<usize>> = api
        .types
        .values()
        .map(|def| match &def.kind {
            TypeKind::Struct(s) => s.fields.iter().filter_map(|f| direct(&f.ty)).collect(),
            TypeKind::Union(u) => u
                .variants
                .values()
                .chain(u.base.iter())
                .filter_map(|id| index.get(id).copied())
                .collect(),
            TypeKind::Alias(ty) => direct(ty).into_iter().collect(),
            TypeKind::OneOf(members) => members.iter().filter_map(direct).collect(),
            TypeKind::Enum(_) => Vec::new(),
        })
        .collect();

    let n = edges.len();
    let mut order = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![usize::MAX; n];
    let mut next_order = 0;
    let mut next_comp = 0;
    // Iterative DFS: (node, next edge to visit).
    for root in 0..n {
        if order[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 && order[v] == usize::MAX {
                order[v] = next_order;
                low[v] = next_order;
                next_order += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*edge) {
                *edge += 1;
                if order[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(order[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == order[v] {
                let mut size = 0;
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = next_comp;
                    size += 1;
                    if w == v {
                        break;
                    }
                }
                // A single type is only cyclic when it holds itself.
                if size == 1 && !edges[v].contains(&v) {
                    comp[v] = usize::MAX - 1 - v;
                }
                next_comp += 1;
            }
        }
    }
    api.types.keys().cloned().zip(comp).collect()
}

/// The page model of a paged operation: its only success body, a struct that holds the
/// next-link property. `None` when the operation is not paged that way (it then returns
/// its first page like any other operation).
pub fn paged_type<'a>(api: &'a Api, op: &'a Operation) -> Option<&'a TypeId> {
    let paging = op.paging.as_ref()?;
    let next = paging.next_link_name.as_deref()?;
    // A long-running operation's pages start with its final result.
    let body = if op.lro.is_some() {
        lro_result(op)?
    } else {
        let mut successes = op.responses.iter().filter(|r| !r.is_error);
        let only = successes.next()?;
        if successes.next().is_some() {
            return None;
        }
        only.body.as_ref()?
    };
    let (BodyType::Json(TypeRef::Named(id)) | BodyType::Xml(TypeRef::Named(id))) = &body.ty else {
        return None;
    };
    match &api.types.get(id)?.kind {
        TypeKind::Struct(s) if s.fields.iter().any(|f| f.name == next) => Some(id),
        _ => None,
    }
}

/// The body of a long-running operation's final result: what the 200 carries, else any
/// success body.
pub fn lro_result(op: &Operation) -> Option<&ResponseBody> {
    let successes: Vec<&Response> = op.responses.iter().filter(|r| !r.is_error).collect();
    successes
        .iter()
        .find(|r| r.status == StatusMatch::Code(200) && r.body.is_some())
        .or_else(|| successes.iter().find(|r| r.body.is_some()))
        .and_then(|r| r.body.as_ref())
}

/// Every page model of `api` with the paging that reads it, in operation order.
pub fn page_types(api: &Api) -> Vec<(&TypeId, &Paging)> {
    let mut pages: Vec<(&TypeId, &Paging)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for op in &api.operations {
        if let (Some(id), Some(paging)) = (paged_type(api, op), op.paging.as_ref()) {
            if seen.insert(id) {
                pages.push((id, paging));
            }
        }
    }
    pages
}
