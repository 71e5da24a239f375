//! How IR types look in Rust: type names, which fields need a `Box`, and the Rust type
//! (plus serde attributes) for each `TypeRef`.

use super::names;
use crate::ir::{Api, BodyType, Operation, Paging, Primitive, TypeId, TypeKind, TypeRef};
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
        for def in api.types.values() {
            if let TypeKind::Union(union) = &def.kind {
                if !discriminators.contains(&union.discriminator) {
                    discriminators.push(union.discriminator.clone());
                }
                for member in union.variants.values().chain(union.base.iter()) {
                    let properties = member_discriminators.entry(member.clone()).or_default();
                    if !properties.contains(&union.discriminator) {
                        properties.push(union.discriminator.clone());
                    }
                }
            }
        }
        let pages = page_types(api).into_iter().map(|(id, paging)| (id.clone(), paging.clone())).collect();
        TypeMap { component: components(api), names, discriminators, member_discriminators, pages, xml: super::xml::uses_xml(api) }
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

    /// The Rust name of a named type.
    pub fn name(&self, id: &TypeId) -> String {
        self.names.get(id).cloned().unwrap_or_else(|| names::camel(&id.0))
    }

    /// Whether a field of `owner` holding `target` directly must be boxed to keep the type finite.
    pub fn needs_box(&self, owner: &TypeId, target: &TypeId) -> bool {
        match (self.component.get(owner), self.component.get(target)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        }
    }

    /// The Rust type of `ty`. `models` is the path prefix to the models module (empty
    /// inside it). Date-times inside lists or maps stay text: serde helpers for them are
    /// per field, not per element.
    pub fn rust_type(&self, ty: &TypeRef, models: &TokenStream) -> TokenStream {
        self.rust_type_in(ty, models, false)
    }

    fn rust_type_in(&self, ty: &TypeRef, models: &TokenStream, in_container: bool) -> TokenStream {
        match ty {
            TypeRef::Named(id) => {
                let name = names::ident(&self.name(id));
                quote!(#models #name)
            }
            TypeRef::Primitive(p) => primitive(*p, in_container),
            TypeRef::List(item) => {
                let item = self.rust_type_in(item, models, true);
                quote!(Vec<#item>)
            }
            TypeRef::Map(value) => {
                let value = self.rust_type_in(value, models, true);
                quote!(std::collections::BTreeMap<String, #value>)
            }
            TypeRef::Any => quote!(serde_json::Value),
        }
    }
}

fn primitive(p: Primitive, in_container: bool) -> TokenStream {
    match p {
        Primitive::Bool => quote!(bool),
        Primitive::I32 => quote!(i32),
        Primitive::I64 | Primitive::UnixTime => quote!(i64),
        Primitive::F32 => quote!(f32),
        Primitive::F64 => quote!(f64),
        Primitive::DateTime if !in_container => quote!(time::OffsetDateTime),
        _ => quote!(String),
    }
}

/// Whether `ty` is held as an RFC 3339 `OffsetDateTime` (and so needs serde helpers).
pub fn is_date_time(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Primitive(Primitive::DateTime))
}

/// Whether `Default` can be derived for a required field of this type.
pub fn has_default(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(_) => false,
        TypeRef::Primitive(p) => *p != Primitive::DateTime,
        TypeRef::List(_) | TypeRef::Map(_) | TypeRef::Any => true,
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
    let mut successes = op.responses.iter().filter(|r| !r.is_error);
    let only = successes.next()?;
    if successes.next().is_some() {
        return None;
    }
    let Some(BodyType::Json(TypeRef::Named(id)) | BodyType::Xml(TypeRef::Named(id))) = only.body.as_ref().map(|b| &b.ty)
    else {
        return None;
    };
    match &api.types.get(id)?.kind {
        TypeKind::Struct(s) if s.fields.iter().any(|f| f.name == next) => Some(id),
        _ => None,
    }
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
