//! Discriminated unions: a base schema with a discriminator becomes a
//! [`TypeKind::Union`] of its subtypes, plus a struct of its own fields.
//!
//! Conventions the emitter relies on:
//! - The union keeps the base's id (`TypeId(X)`), so every reference to the base is a
//!   reference to the union.
//! - The base's own fields are a struct with id `"{X}.base"` (made unique) whose
//!   `TypeDef::name` is `X`, the same as the union's; the emitter names it `{X}Base`.
//! - Variants map wire values to plain structs holding every inherited field, the
//!   discriminator property included. A variant that is itself a polymorphic base maps to
//!   that base's `.base` struct.
//! - Variants come from the OpenAPI 3 `mapping` first (in its order), then from every
//!   schema that `allOf`-references the base directly or through other subtypes (in
//!   definition order, documents in load order). Their wire value is
//!   `x-ms-discriminator-value`, else `#` + the schema key for Graph (`@odata.type`
//!   discriminators or `microsoft.graph.*` keys), else the schema key.
//! - A base with no subtypes at all is a plain struct.
//! - An intermediate base (no discriminator of its own, below one that has it, with subtypes
//!   of its own: `Animal` ← `Pet` ← `Dog`) is polymorphic on the inherited property too, so a
//!   `Pet` in a body may be a `Dog`. In its ancestor's union it is the variant its `.base`
//!   struct stands for, like a nested base on the same property.

use super::context::{arr_of, ref_of, str_of, Lowerer};
use super::names::key_name;
use super::schema::{describe_type, own_discriminator, Discriminator};
use crate::ir::{TypeId, TypeKind, Union};
use crate::load::json::{Map, Value};
use crate::load::{DocId, Location};
use indexmap::IndexMap;
use std::collections::{HashMap, HashSet};

/// Every schema declared in a `definitions` or `components/schemas` section of any loaded
/// document, with the schemas each one `allOf`-references: enough to find subtypes.
pub(super) struct SubtypeIndex<'s> {
    /// Schemas in document order, then declaration order.
    schemas: Vec<(Location, &'s Value)>,
    /// Position in `schemas` by location.
    by_loc: HashMap<Location, usize>,
    /// Direct `allOf` parents of each schema (positions in `schemas`).
    parents: Vec<Vec<usize>>,
    /// Whether some schema `allOf`-references each one (it has subtypes).
    has_children: Vec<bool>,
}

impl<'s> SubtypeIndex<'s> {
    fn build(cx: &Lowerer<'s>) -> SubtypeIndex<'s> {
        let mut schemas = Vec::new();
        for (i, doc) in cx.spec.docs.iter().enumerate() {
            let root = Location { doc: DocId(i), pointer: String::new() };
            let sections = [
                (doc.root.get("definitions"), root.child("definitions")),
                (doc.root.get("components").and_then(|c| c.get("schemas")), root.child("components").child("schemas")),
            ];
            for (section, section_loc) in sections {
                if let Some(section) = section.and_then(Value::as_object) {
                    schemas.extend(section.iter().map(|(key, v)| (section_loc.child(key), v)));
                }
            }
        }
        let by_loc: HashMap<Location, usize> =
            schemas.iter().enumerate().map(|(i, (loc, _))| (loc.clone(), i)).collect();
        let parents = schemas
            .iter()
            .map(|(loc, v)| {
                arr_of(v, "allOf")
                    .iter()
                    .enumerate()
                    .filter_map(|(i, part)| {
                        let reference = ref_of(part)?;
                        let from = loc.child("allOf").child(&i.to_string());
                        let (target, _) = cx.spec.resolve(&from, reference).ok()?;
                        by_loc.get(&target).copied()
                    })
                    .collect()
            })
            .collect::<Vec<Vec<usize>>>();
        let mut has_children = vec![false; schemas.len()];
        parents.iter().flatten().for_each(|&p| has_children[p] = true);
        SubtypeIndex { schemas, by_loc, parents, has_children }
    }

    /// Schemas that have `base` among their `allOf` ancestors, in index order.
    fn descendants(&self, base: &Location) -> Vec<(Location, &'s Value)> {
        let Some(&base) = self.by_loc.get(base) else { return Vec::new() };
        (0..self.schemas.len())
            .filter(|&i| i != base && self.has_ancestor(i, base))
            .map(|i| self.schemas[i].clone())
            .collect()
    }

    /// Whether `sub` has `mid` among its `allOf` ancestors.
    fn is_below(&self, sub: &Location, mid: &Location) -> bool {
        match (self.by_loc.get(sub), self.by_loc.get(mid)) {
            (Some(&sub), Some(&mid)) => sub != mid && self.has_ancestor(sub, mid),
            _ => false,
        }
    }

    /// The discriminator `loc` inherits: the nearest `allOf` ancestor's own one. `None` when
    /// `loc` has no subtypes (nothing to pick among) or no ancestor has a discriminator.
    fn inherited_discriminator(&self, loc: &Location) -> Option<Discriminator<'s>> {
        let &start = self.by_loc.get(loc)?;
        if !self.has_children[start] {
            return None;
        }
        // Breadth first, so the nearest ancestor wins.
        let mut queue: std::collections::VecDeque<usize> = self.parents[start].iter().copied().collect();
        let mut seen = HashSet::new();
        while let Some(p) = queue.pop_front() {
            if !seen.insert(p) {
                continue;
            }
            let (ancestor_loc, ancestor) = &self.schemas[p];
            if let Some(d) = own_discriminator(ancestor_loc, ancestor) {
                return Some(d);
            }
            queue.extend(self.parents[p].iter().copied());
        }
        None
    }

    fn has_ancestor(&self, start: usize, ancestor: usize) -> bool {
        let mut stack = self.parents[start].clone();
        let mut seen = HashSet::new();
        while let Some(p) = stack.pop() {
            if p == ancestor {
                return true;
            }
            if seen.insert(p) {
                stack.extend_from_slice(&self.parents[p]);
            }
        }
        false
    }
}

impl<'s> Lowerer<'s> {
    /// The discriminator of an intermediate base at `loc` (see the module docs): inherited,
    /// with subtypes of its own, and none declared on the schema itself.
    pub(super) fn inherited_base(&mut self, loc: &Location, v: &'s Value) -> Option<Discriminator<'s>> {
        if own_discriminator(loc, v).is_some() {
            return None;
        }
        if self.subtypes.is_none() {
            self.subtypes = Some(SubtypeIndex::build(self));
        }
        self.subtypes.as_ref()?.inherited_discriminator(loc)
    }

    /// The kind of a polymorphic base `X` at `loc` (see the module docs); `inherited` when
    /// `d` is an ancestor's, whose `mapping` then also names types that are not below `X`.
    pub(super) fn polymorphic(
        &mut self,
        loc: &Location,
        v: &'s Value,
        name: &str,
        d: &Discriminator<'s>,
        inherited: bool,
    ) -> TypeKind {
        let mut found: Vec<(String, Location, &'s Value)> = Vec::new();
        if let Some((mapping, mapping_loc)) = &d.mapping {
            self.mapped_variants(loc, mapping, mapping_loc, &mut found);
        }
        if self.subtypes.is_none() {
            self.subtypes = Some(SubtypeIndex::build(self));
        }
        if inherited {
            let index = self.subtypes.as_ref();
            found.retain(|(_, sub, _)| index.is_some_and(|index| index.is_below(sub, loc)));
        }
        let descendants = self.subtypes.as_ref().map(|index| index.descendants(loc)).unwrap_or_default();
        // A subtype below an intermediate base that picks by another property is reached
        // through that base's own union (nested discriminators), not listed here.
        let nested: Vec<&Location> = descendants
            .iter()
            .filter(|(l, v)| own_discriminator(l, v).is_some_and(|own| own.property != d.property))
            .map(|(l, _)| l)
            .collect();
        let below_nested = |sub: &Location| {
            let index = self.subtypes.as_ref();
            nested.iter().any(|mid| index.is_some_and(|index| index.is_below(sub, mid)))
        };
        let descendants: Vec<(Location, &'s Value)> =
            descendants.iter().filter(|(l, _)| !below_nested(l)).cloned().collect();
        for (sub_loc, sub) in descendants {
            if found.iter().any(|(_, l, _)| *l == sub_loc) {
                continue;
            }
            let value = self.implicit_value(&sub_loc, sub, d.property);
            found.push((value, sub_loc, sub));
        }
        if found.is_empty() {
            return TypeKind::Struct(self.struct_of(loc, v, name));
        }

        let base_id = TypeId(self.names.unique(&format!("{name}.base")));
        self.base_structs.insert(loc.clone(), base_id.clone());
        self.reserve(&base_id, name.to_owned(), loc, v, describe_type(v, name));
        // The base struct is listed right after its union, whenever the union was named.
        let union_at = self.memo.get(loc).and_then(|union| self.api.types.get_index_of(union));
        if let (Some(union_at), Some(base_at)) = (union_at, self.api.types.get_index_of(&base_id)) {
            self.api.types.move_index(base_at, union_at + 1);
        }
        let base = self.struct_of(loc, v, name);
        self.set_kind(&base_id, TypeKind::Struct(base));

        let variants = self.variants(found, d.property);
        let base_value = Some(self.implicit_value(loc, v, d.property));
        TypeKind::Union(Union { discriminator: d.property.to_owned(), variants, base: Some(base_id), base_value })
    }

    /// The kind of a `oneOf`/`anyOf` with a discriminator: a union without a base struct,
    /// variants from the mapping, then from the `$ref` branches.
    pub(super) fn alternatives_union(
        &mut self,
        loc: &Location,
        d: &Discriminator<'s>,
        key: &str,
        branches: &'s [Value],
    ) -> TypeKind {
        let mut found: Vec<(String, Location, &'s Value)> = Vec::new();
        if let Some((mapping, mapping_loc)) = &d.mapping {
            self.mapped_variants(loc, mapping, mapping_loc, &mut found);
        }
        let branches_loc = loc.child(key);
        for (i, branch) in branches.iter().enumerate() {
            let at = branches_loc.child(&i.to_string());
            let Some(reference) = ref_of(branch) else {
                self.diag(&at, format!("inline {key} branch of a discriminated union is not supported; skipped"));
                continue;
            };
            match self.spec.resolve(&at, reference) {
                Ok((sub_loc, sub)) => {
                    if !found.iter().any(|(_, l, _)| *l == sub_loc) {
                        let value = self.implicit_value(&sub_loc, sub, d.property);
                        found.push((value, sub_loc, sub));
                    }
                }
                Err(e) => self.diag(&at, format!("cannot follow $ref '{reference}' ({e}); variant skipped")),
            }
        }
        let variants = self.variants(found, d.property);
        TypeKind::Union(Union { discriminator: d.property.to_owned(), variants, base: None, base_value: None })
    }

    /// Entries of an OpenAPI 3 discriminator `mapping`, resolved; the base itself is left
    /// out (it is the union's `base`), bad references are reported and skipped.
    fn mapped_variants(
        &mut self,
        base: &Location,
        mapping: &'s Map,
        mapping_loc: &Location,
        found: &mut Vec<(String, Location, &'s Value)>,
    ) {
        for (value, target) in mapping {
            let at = mapping_loc.child(value);
            let Some(target) = target.as_str() else { continue };
            // A bare schema name is short for a reference into the same document.
            let reference = if target.contains('#')
                || target.contains('/')
                || target.contains(".json")
                || target.contains(".yaml")
                || target.contains(".yml")
            {
                target.to_owned()
            } else if self.oas3() {
                format!("#/components/schemas/{target}")
            } else {
                format!("#/definitions/{target}")
            };
            match self.spec.resolve(&at, &reference) {
                Ok((sub_loc, sub)) if sub_loc != *base => found.push((value.to_owned(), sub_loc, sub)),
                Ok(_) => {}
                Err(e) => self.diag(
                    &at,
                    format!("discriminator mapping '{value}' -> '{target}' cannot be followed ({e}); variant skipped"),
                ),
            }
        }
    }

    /// Lowers each variant (first value wins when two are equal); `property` is the
    /// union's discriminator.
    fn variants(&mut self, found: Vec<(String, Location, &'s Value)>, property: &str) -> IndexMap<String, TypeId> {
        let mut variants = IndexMap::new();
        for (value, sub_loc, sub) in found {
            if variants.contains_key(&value) {
                continue;
            }
            let id = self.variant_struct(&sub_loc, sub, property);
            variants.insert(value, id);
        }
        variants
    }

    /// The concrete type for a subtype: its named type, or, when the subtype is a
    /// polymorphic base on the same property (its subtypes are variants here already),
    /// that base's `.base` struct. A base on another property stays its own union, which
    /// picks among its subtypes by that property.
    fn variant_struct(&mut self, loc: &Location, v: &'s Value, property: &str) -> TypeId {
        let id = self.named(loc, v);
        let base_on = own_discriminator(loc, v).or_else(|| self.inherited_base(loc, v));
        if base_on.is_some_and(|d| d.property == property) {
            self.ensure_defined(loc);
            if let Some(base) = self.base_structs.get(loc) {
                return base.clone();
            }
        }
        id
    }

    /// A subtype's wire value when no mapping names it: `x-ms-discriminator-value`, else
    /// the one value its own discriminator property allows, else its name.
    fn implicit_value(&self, loc: &Location, v: &Value, property: &str) -> String {
        if let Some(value) = str_of(v, "x-ms-discriminator-value") {
            return value.to_owned();
        }
        if let Some(value) = own_constant(v, property) {
            return value.to_owned();
        }
        let key = key_name(self.spec, loc);
        if property == "@odata.type" || key.starts_with("microsoft.graph.") {
            format!("#{key}")
        } else {
            key
        }
    }
}

/// The single value a schema's own `property` allows (`enum: [x]` or `const: x`), looking in
/// its own `properties` and its inline `allOf` parts.
fn own_constant<'v>(v: &'v Value, property: &str) -> Option<&'v str> {
    let direct = |v: &'v Value| {
        let schema = v.get("properties")?.get(property)?;
        match (schema.get("enum").and_then(Value::as_array), schema.get("const")) {
            (Some([one]), _) => one.as_str(),
            (_, Some(c)) => c.as_str(),
            _ => None,
        }
    };
    direct(v).or_else(|| arr_of(v, "allOf").iter().filter(|p| ref_of(p).is_none()).find_map(direct))
}
