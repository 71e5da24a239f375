//! Schemas → [`TypeRef`]s and named [`TypeDef`]s.
//!
//! A `$ref` becomes `TypeRef::Named` and its target is lowered once, memoized by its
//! resolved location (inserted before the body is lowered, so recursive schemas stop).
//! Inline schemas that need a type of their own (objects with properties, `allOf`,
//! enums, discriminated unions) get a name from their context. Everything else is
//! structural: primitives, lists, maps, `Any`.

use super::context::{arr_of, bool_of, obj_of, ref_of, scalar_text, str_of, text, Lowerer, MAX_DEPTH};
use super::names::{key_name, synth};
use crate::ir::{Delimiter, Enum, EnumValue, Field, Number, Primitive, Struct, TypeDef, TypeId, TypeKind, TypeRef};
use crate::load::json::{Map, Value};
use crate::load::Location;
use std::collections::HashSet;

/// Note added to the doc text of Graph's "double or special string" numbers, which are
/// lowered to `F64`: the emitter may want to accept the strings too.
pub(super) const SPECIAL_FLOAT_NOTE: &str =
    "The service may also send the strings \"NaN\", \"INF\" or \"-INF\" for this number.";

/// The special values Graph's `ReferenceNumeric` enum allows in place of a number.
const SPECIAL_FLOATS: &[&str] = &["NaN", "INF", "-INF"];

/// A lowered schema as seen from where it is used.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shape {
    /// The type.
    pub ty: TypeRef,
    /// The value may be JSON `null` (`nullable`, `x-nullable`, a `null` type or branch).
    pub nullable: bool,
    /// Something the doc text of the field should mention (see [`SPECIAL_FLOAT_NOTE`]).
    pub note: Option<&'static str>,
}

impl Shape {
    fn of(ty: TypeRef) -> Shape {
        Shape { ty, nullable: false, note: None }
    }

    fn any() -> Shape {
        Shape::of(TypeRef::Any)
    }

    /// The type of a list item or map value: nullable ones say so in the type, since
    /// there is no field to carry the flag. `Any` already holds `null`.
    fn into_item(self) -> TypeRef {
        match self.ty {
            TypeRef::Any => TypeRef::Any,
            ty if self.nullable => TypeRef::Nullable(Box::new(ty)),
            ty => ty,
        }
    }

    fn or_nullable(mut self, nullable: bool) -> Shape {
        self.nullable |= nullable;
        self
    }
}

/// What an `anyOf` / `oneOf` without a discriminator lowers to.
enum Choice {
    /// A type that needs no name of its own (one branch, plain text, a number).
    Shape(Shape),
    /// A type of its own (a merged enum, a [`TypeKind::OneOf`]); and whether a branch was `null`.
    Kind(TypeKind, bool),
}

/// Fields gathered while merging an `allOf` chain.
#[derive(Default)]
struct Merged<'s> {
    fields: Vec<Field>,
    required: HashSet<&'s str>,
    additional: Option<TypeRef>,
}

impl<'s> Lowerer<'s> {
    /// Lowers the schema `v` found at `at`. `hint` is the name given to an inline type if
    /// this schema needs one (`{Parent}{Property}`, `{OperationId}Request`, …).
    pub fn schema(&mut self, at: &Location, v: &'s Value, hint: &str) -> Shape {
        if self.depth >= MAX_DEPTH {
            self.diag(at, format!("schema nested more than {MAX_DEPTH} levels deep; typed as any"));
            return Shape::any();
        }
        self.depth += 1;
        let shape = self.schema_inner(at, v, hint);
        self.depth -= 1;
        shape
    }

    fn schema_inner(&mut self, at: &Location, v: &'s Value, hint: &str) -> Shape {
        if !v.is_object() {
            // `true` / `false` schemas (OpenAPI 3.1) and malformed ones.
            return Shape::any();
        }
        let nullable = is_nullable(v);
        if let Some(reference) = ref_of(v) {
            return match self.spec.resolve(at, reference) {
                Ok((loc, target)) => {
                    let nullable = nullable || is_nullable(target);
                    Shape::of(TypeRef::Named(self.named(&loc, target))).or_nullable(nullable)
                }
                Err(e) => {
                    self.diag(at, format!("cannot follow $ref '{reference}' ({e}); typed as any"));
                    Shape::any().or_nullable(nullable)
                }
            };
        }
        if own_discriminator(at, v).is_some() || has_properties(v) || is_real_all_of(v) {
            return Shape::of(TypeRef::Named(self.declare(at, v, hint))).or_nullable(nullable);
        }
        if let [part] = arr_of(v, "allOf") {
            // `allOf: [{$ref: X}]` only attaches a description or nullability to X.
            return self.schema(&at.child("allOf").child("0"), part, hint).or_nullable(nullable);
        }
        if let Some((key, branches)) = alternatives_of(v) {
            if let Some(id) = self.memo.get(at) {
                return Shape::of(TypeRef::Named(id.clone())).or_nullable(nullable);
            }
            return match self.alternatives(at, key, branches, hint) {
                Choice::Shape(shape) => shape.or_nullable(nullable),
                Choice::Kind(kind, had_null) => {
                    let id = self.declare_kind(at, v, hint, kind);
                    Shape::of(TypeRef::Named(id)).or_nullable(nullable || had_null)
                }
            };
        }
        if v.get("enum").is_some() || v.get("const").is_some() {
            return self.inline_enum(at, v, hint).or_nullable(nullable);
        }
        self.structural(at, v, hint).or_nullable(nullable)
    }

    /// The named type for the schema at `loc` (a `$ref` target): memoized by location,
    /// named after its key (made unique). Its body is lowered later, by [`Self::drain`].
    pub fn named(&mut self, loc: &Location, v: &'s Value) -> TypeId {
        if let Some(id) = self.memo.get(loc) {
            return id.clone();
        }
        let name = key_name(self.spec, loc);
        let id = TypeId(self.names.unique(&name));
        self.memo.insert(loc.clone(), id.clone());
        self.reserve(&id, id.0.clone(), loc, v, describe_type(v, &name));
        self.register_enum_name(v, &id);
        self.pending.push_back((loc.clone(), v, id.clone()));
        id
    }

    /// Remembers an `x-ms-enum.name` (first declaration wins) so inline copies reuse it.
    fn register_enum_name(&mut self, v: &Value, id: &TypeId) {
        let Some(enum_name) = x_ms_enum_name(v) else { return };
        if self.enum_names.contains_key(enum_name) {
            return;
        }
        if let Some((e, _)) = enum_def(v) {
            let values = e.values.into_iter().map(|x| x.value).collect();
            self.enum_names.insert(enum_name.to_owned(), (id.clone(), values));
        }
    }

    /// Lowers every named type reached so far (and those they reach).
    pub fn drain(&mut self) {
        while let Some((loc, v, id)) = self.pending.pop_front() {
            self.define(&loc, v, &id);
        }
    }

    /// Lowers the named type at `loc` now if it is still waiting (a polymorphic variant
    /// must be lowered to know its base struct).
    pub(super) fn ensure_defined(&mut self, loc: &Location) {
        if let Some(i) = self.pending.iter().position(|(l, _, _)| l == loc) {
            if let Some((loc, v, id)) = self.pending.remove(i) {
                self.define(&loc, v, &id);
            }
        }
    }

    /// Gives an inline schema at `loc` a type id based on `name`, records it, and lowers it
    /// now (its nesting is bounded by the spec's text).
    fn declare(&mut self, loc: &Location, v: &'s Value, name: &str) -> TypeId {
        if let Some(id) = self.memo.get(loc) {
            return id.clone();
        }
        let id = TypeId(self.names.unique(name));
        self.memo.insert(loc.clone(), id.clone());
        self.reserve(&id, id.0.clone(), loc, v, describe_type(v, name));
        self.define(loc, v, &id);
        id
    }

    /// Gives the schema at `loc` a type id based on `name` with a kind already lowered.
    fn declare_kind(&mut self, loc: &Location, v: &Value, name: &str, kind: TypeKind) -> TypeId {
        let id = TypeId(self.names.unique(name));
        self.memo.insert(loc.clone(), id.clone());
        self.reserve(&id, id.0.clone(), loc, v, describe_type(v, name));
        self.set_kind(&id, kind);
        id
    }

    /// Lowers the body of the reserved type `id`.
    fn define(&mut self, loc: &Location, v: &'s Value, id: &TypeId) {
        let kind = self.kind_of(loc, v, &id.0);
        if matches!(kind, TypeKind::Enum(_)) {
            self.register_enum_name(v, id);
        }
        self.set_kind(id, kind);
    }

    /// Puts a placeholder for `id` in `Api::types` (an `Any` alias until its kind is known).
    pub(super) fn reserve(&mut self, id: &TypeId, name: String, loc: &Location, v: &Value, description: Option<String>) {
        let source = self.source(loc);
        let xml = super::xml::xml_node(v);
        self.api.types.insert(id.clone(), TypeDef { name, description, kind: TypeKind::Alias(TypeRef::Any), source, xml });
    }

    /// Replaces the placeholder's kind.
    pub(super) fn set_kind(&mut self, id: &TypeId, kind: TypeKind) {
        if let Some(def) = self.api.types.get_mut(id) {
            def.kind = kind;
        }
    }

    /// What a named schema is.
    fn kind_of(&mut self, loc: &Location, v: &'s Value, name: &str) -> TypeKind {
        if ref_of(v).is_some() {
            // A `$ref` with siblings that the loader did not follow: an alias of its target.
            return TypeKind::Alias(self.schema(loc, v, name).ty);
        }
        if let Some(d) = own_discriminator(loc, v) {
            if let Some((key, branches)) = alternatives_of(v).filter(|_| !has_properties(v)) {
                return self.alternatives_union(loc, &d, key, branches);
            }
            return self.polymorphic(loc, v, name, &d, false);
        }
        if let Some(d) = self.inherited_base(loc, v) {
            return self.polymorphic(loc, v, name, &d, true);
        }
        if has_properties(v) || !arr_of(v, "allOf").is_empty() {
            if let Some(inner) = self.single_part_alias(loc, v, name) {
                return TypeKind::Alias(inner);
            }
            return TypeKind::Struct(self.struct_of(loc, v, name));
        }
        if v.get("enum").is_some() || v.get("const").is_some() {
            if let Some((e, _)) = enum_def(v) {
                return TypeKind::Enum(e);
            }
        }
        if let Some((key, branches)) = alternatives_of(v) {
            return match self.alternatives(loc, key, branches, name) {
                Choice::Shape(shape) => TypeKind::Alias(shape.ty),
                Choice::Kind(kind, _) => kind,
            };
        }
        if is_empty_object(v) {
            return TypeKind::Struct(Struct { fields: Vec::new(), additional: None });
        }
        TypeKind::Alias(self.structural(loc, v, name).ty)
    }

    /// A named `allOf: [one part]` with nothing of its own names the part again; when the
    /// part is not an object it is an alias (an object part makes a distinct struct, e.g.
    /// a subtype that adds no fields).
    fn single_part_alias(&mut self, loc: &Location, v: &'s Value, name: &str) -> Option<TypeRef> {
        let [part] = arr_of(v, "allOf") else { return None };
        if has_properties(v) || v.get("additionalProperties").is_some() {
            return None;
        }
        let part_loc = loc.child("allOf").child("0");
        let target = match ref_of(part) {
            Some(r) => self.spec.resolve(&part_loc, r).map(|(_, t)| t).ok()?,
            None => part,
        };
        if has_properties(target) || !arr_of(target, "allOf").is_empty() {
            return None;
        }
        Some(self.schema(&part_loc, part, name).ty)
    }

    /// The fields of an object schema with its `allOf` parents merged in, parents first.
    /// A property declared again later replaces the earlier one in place; `required` is
    /// the union of every part's list.
    pub(super) fn struct_of(&mut self, loc: &Location, v: &'s Value, name: &str) -> Struct {
        let mut merged = Merged::default();
        let mut seen = HashSet::new();
        self.merge(loc, v, name, &mut merged, &mut seen);
        let Merged { mut fields, required, additional } = merged;
        for field in &mut fields {
            field.required = required.contains(field.name.as_str());
        }
        Struct { fields, additional }
    }

    fn merge(
        &mut self,
        loc: &Location,
        v: &'s Value,
        owner: &str,
        into: &mut Merged<'s>,
        seen: &mut HashSet<Location>,
    ) {
        if !seen.insert(loc.clone()) {
            return;
        }
        for (i, part) in arr_of(v, "allOf").iter().enumerate() {
            let part_loc = loc.child("allOf").child(&i.to_string());
            match ref_of(part) {
                Some(reference) => match self.spec.resolve(&part_loc, reference) {
                    Ok((parent_loc, parent)) => {
                        let parent_name = key_name(self.spec, &parent_loc);
                        self.merge(&parent_loc, parent, &parent_name, into, seen);
                    }
                    Err(e) => self.diag(
                        &part_loc,
                        format!("cannot follow allOf $ref '{reference}' ({e}); its fields are missing"),
                    ),
                },
                None => self.merge(&part_loc, part, owner, into, seen),
            }
        }
        if let Some(props) = obj_of(v, "properties") {
            let props_loc = loc.child("properties");
            for (prop, schema) in props {
                let field = self.field(&props_loc.child(prop), prop, schema, owner);
                match into.fields.iter_mut().find(|f| f.name == *prop) {
                    Some(existing) => *existing = field,
                    None => into.fields.push(field),
                }
            }
        }
        into.required.extend(arr_of(v, "required").iter().filter_map(Value::as_str));
        match v.get("additionalProperties") {
            Some(Value::Bool(true)) => into.additional = Some(TypeRef::Any),
            Some(ap @ Value::Object(o)) => {
                into.additional = Some(if o.is_empty() {
                    TypeRef::Any
                } else {
                    self.schema(&loc.child("additionalProperties"), ap, &synth(owner, "Value")).into_item()
                });
            }
            _ => {}
        }
    }

    /// One property of `owner`.
    fn field(&mut self, loc: &Location, name: &str, v: &'s Value, owner: &str) -> Field {
        let shape = self.schema(loc, v, &synth(owner, name));
        let mut description = text(v, "description").or_else(|| text(v, "title"));
        if let Some(note) = shape.note {
            description = Some(match description {
                Some(d) => format!("{d}\n\n{note}"),
                None => note.to_owned(),
            });
        }
        Field {
            name: name.to_owned(),
            client_name: str_of(v, "x-ms-client-name").map(str::to_owned),
            ty: shape.ty,
            required: false,
            nullable: shape.nullable,
            read_only: bool_of(v, "readOnly") == Some(true),
            description,
            xml: self.xml_field(loc, v),
            client_default: v.get("x-ms-client-default").and_then(scalar_text),
        }
    }

    /// An inline enum: its own type, except that enums sharing an `x-ms-enum.name` (and
    /// values) are one type. Boolean or empty enums are just their primitive.
    fn inline_enum(&mut self, at: &Location, v: &'s Value, hint: &str) -> Shape {
        if let Some(id) = self.memo.get(at) {
            return Shape::of(TypeRef::Named(id.clone()));
        }
        let Some((e, has_null)) = enum_def(v) else {
            return self.structural(at, v, hint);
        };
        let enum_name = x_ms_enum_name(v);
        if let Some((id, values)) = enum_name.and_then(|n| self.enum_names.get(n)) {
            // Same wire values is the same enum; names and docs may be given in one place only.
            if values.len() == e.values.len() && values.iter().zip(&e.values).all(|(a, b)| *a == b.value) {
                let id = id.clone();
                self.memo.insert(at.clone(), id.clone());
                return Shape::of(TypeRef::Named(id)).or_nullable(has_null);
            }
        }
        let id = self.declare(at, v, enum_name.unwrap_or(hint));
        Shape::of(TypeRef::Named(id)).or_nullable(has_null)
    }

    /// `anyOf` / `oneOf` without a discriminator. A null branch makes the rest nullable;
    /// branches naming the same schema count once; one branch left is just that branch;
    /// Graph's "double or special string" is `F64`. Otherwise string branches (plain, enums)
    /// merge into one: plain text, or an open enum of all their values (so an extensible
    /// enum `string | "b" | "c"` is an enum); and that string choice with the other
    /// branches becomes a [`TypeKind::OneOf`], tried in spec order.
    fn alternatives(&mut self, at: &Location, key: &str, branches: &'s [Value], hint: &str) -> Choice {
        let branches_loc = at.child(key);
        let mut rest: Vec<(Location, &'s Value, &'s Value)> = Vec::new();
        let mut targets: Vec<Location> = Vec::new();
        let mut had_null = false;
        for (i, branch) in branches.iter().enumerate() {
            if is_null_branch(branch) {
                had_null = true;
                continue;
            }
            let loc = branches_loc.child(&i.to_string());
            let target = match ref_of(branch).map(|r| self.spec.resolve(&loc, r)) {
                Some(Ok((target_loc, target))) => {
                    if targets.contains(&target_loc) {
                        continue;
                    }
                    targets.push(target_loc);
                    target
                }
                _ => branch,
            };
            rest.push((loc, branch, target));
        }
        match rest.as_slice() {
            [] => return Choice::Shape(Shape::any().or_nullable(had_null)),
            [(loc, only, _)] => return Choice::Shape(self.schema(loc, only, hint).or_nullable(had_null)),
            _ => {}
        }
        let plain: Vec<(Location, &'s Value)> = rest.iter().map(|(l, b, _)| (l.clone(), *b)).collect();
        if let Some(p) = self.special_float(&plain) {
            return Choice::Shape(Shape { ty: TypeRef::Primitive(p), nullable: had_null, note: Some(SPECIAL_FLOAT_NOTE) });
        }
        let strings: Vec<usize> = (0..rest.len()).filter(|&i| is_string_choice(rest[i].2)).collect();
        if strings.len() == rest.len() {
            return match self.string_choice(&rest, hint) {
                Ok(ty) => Choice::Shape(Shape::of(ty).or_nullable(had_null)),
                Err(e) => Choice::Kind(TypeKind::Enum(e), had_null),
            };
        }
        let mut members: Vec<TypeRef> = Vec::new();
        for (i, (loc, branch, target)) in rest.iter().enumerate() {
            let ty = if strings.first() == Some(&i) {
                let chosen: Vec<(Location, &'s Value, &'s Value)> = strings.iter().map(|&j| rest[j].clone()).collect();
                match self.string_choice(&chosen, &synth(hint, "String")) {
                    Ok(ty) => ty,
                    Err(e) => {
                        let v = self.get(at).unwrap_or(branch);
                        let name = synth(hint, "String");
                        TypeRef::Named(self.declare_kind(&branches_loc, v, &name, TypeKind::Enum(e)))
                    }
                }
            } else if strings.contains(&i) {
                continue;
            } else {
                self.schema(loc, branch, &synth(hint, json_kind(target))).ty
            };
            if !members.contains(&ty) {
                members.push(ty);
            }
        }
        match members.len() {
            1 => Choice::Shape(Shape::of(members.remove(0)).or_nullable(had_null)),
            _ => Choice::Kind(TypeKind::OneOf(members), had_null),
        }
    }

    /// String branches as one type: plain text when none lists values, the one branch that
    /// lists them (a named enum, kept), or (`Err`) a new open enum of every listed value.
    fn string_choice(&mut self, branches: &[(Location, &'s Value, &'s Value)], hint: &str) -> Result<TypeRef, Enum> {
        let with_values: Vec<&(Location, &'s Value, &'s Value)> =
            branches.iter().filter(|(_, _, t)| t.get("enum").is_some() || t.get("const").is_some()).collect();
        match with_values.as_slice() {
            [] => return Ok(TypeRef::Primitive(Primitive::String)),
            [(loc, branch, _)] if branches.len() == 1 || ref_of(branch).is_some() => {
                return Ok(self.schema(loc, branch, hint).ty);
            }
            _ => {}
        }
        let mut values: Vec<EnumValue> = Vec::new();
        for (_, _, target) in &with_values {
            if let Some((e, _)) = enum_def(target) {
                for value in e.values {
                    if !values.iter().any(|v| v.value == value.value) {
                        values.push(value);
                    }
                }
            }
        }
        Err(Enum { base: Primitive::String, values, open: true })
    }

    /// Graph's floats: one numeric branch, the others strings (plain, or an enum of
    /// `NaN`/`INF`/`-INF` such as `ReferenceNumeric`, which must be there). Gives the
    /// numeric branch's primitive.
    fn special_float(&mut self, branches: &[(Location, &'s Value)]) -> Option<Primitive> {
        let mut number = None;
        // Without the enum of special values it is a real `number | string` union.
        let mut specials = false;
        for (loc, branch) in branches {
            let target = match ref_of(branch) {
                Some(r) => self.spec.resolve(loc, r).ok()?.1,
                None => branch,
            };
            match str_of(target, "type") {
                Some(t @ ("number" | "integer")) if number.is_none() && ref_of(branch).is_none() => {
                    number = Some(primitive(t, str_of(target, "format").unwrap_or("")));
                }
                Some("string") => {
                    let values = arr_of(target, "enum");
                    let special = values.iter().all(|x| x.as_str().is_some_and(|s| SPECIAL_FLOATS.contains(&s)));
                    if !special {
                        return None;
                    }
                    specials |= !values.is_empty();
                }
                _ => return None,
            }
        }
        number.filter(|_| specials)
    }

    /// A schema that needs no name: primitives, arrays, maps, `Any`.
    fn structural(&mut self, at: &Location, v: &'s Value, hint: &str) -> Shape {
        let (ty, nullable) = match type_name(v) {
            Ok(t) => t,
            Err(types) => {
                self.diag(at, format!("type {types} (several types) is not supported; typed as any"));
                return Shape::any();
            }
        };
        let ty = match ty {
            Some("array") => self.list(at, v, hint),
            None if v.get("items").is_some() => self.list(at, v, hint),
            Some("object") | None => match v.get("additionalProperties") {
                Some(ap @ Value::Object(o)) if !o.is_empty() => {
                    let value = self.schema(&at.child("additionalProperties"), ap, &synth(hint, "Value"));
                    TypeRef::Map(Box::new(value.into_item()))
                }
                Some(Value::Object(_)) | Some(Value::Bool(true)) => TypeRef::Map(Box::new(TypeRef::Any)),
                // A bare `type: object` (or no type at all) is any JSON: Azure and Graph use it
                // for free-form values, and a typed map would reject the odd string.
                _ => TypeRef::Any,
            },
            Some(t @ ("string" | "integer" | "number" | "boolean")) => {
                let format = str_of(v, "format").unwrap_or("");
                if t == "string" && format == "binary" {
                    self.diag(at, "format: binary inside a JSON value is lowered to a string");
                }
                TypeRef::Primitive(primitive(t, format))
            }
            Some("file") => {
                self.diag(at, "type: file outside a request or response body is lowered to a string");
                TypeRef::Primitive(Primitive::String)
            }
            Some("null") => return Shape::any().or_nullable(true),
            Some(other) => {
                self.diag(at, format!("unknown type '{other}'; typed as any"));
                TypeRef::Any
            }
        };
        Shape::of(ty).or_nullable(nullable)
    }

    fn list(&mut self, at: &Location, v: &'s Value, hint: &str) -> TypeRef {
        let item = match v.get("items") {
            Some(items @ Value::Object(_)) => self.schema(&at.child("items"), items, &synth(hint, "Item")).into_item(),
            _ => TypeRef::Any,
        };
        TypeRef::List(Box::new(item))
    }
}

/// The scalar type for a `type` and `format`. Unknown formats fall back to the plain type.
///
/// Besides the OpenAPI and AutoRest formats, this reads what TypeSpec's `@encode` leaves in
/// OpenAPI 3: `http-date`, `base64`, `seconds` / `milliseconds` on numbers (durations), integer
/// and number formats on strings (numbers sent as text), and `ArrayEncoding.*` on strings
/// (delimited lists).
pub(super) fn primitive(ty: &str, format: &str) -> Primitive {
    let number = if ty == "integer" { Number::Integer } else { Number::Float };
    match (ty, format) {
        ("boolean", _) => Primitive::Bool,
        ("integer" | "number", "int32" | "int16" | "int8" | "uint8" | "uint16") => Primitive::I32,
        ("integer" | "number", "unixtime") => Primitive::UnixTime,
        ("integer" | "number", "seconds") => Primitive::DurationSeconds(number),
        ("integer" | "number", "milliseconds") => Primitive::DurationMilliseconds(number),
        ("integer", _) | ("number", "int64") => Primitive::I64,
        ("number", "float") => Primitive::F32,
        ("number", _) => Primitive::F64,
        ("string", f) if is_integer_format(f) => Primitive::IntegerText,
        ("string", "double" | "float" | "decimal") => Primitive::NumberText,
        (_, "date-time") => Primitive::DateTime,
        (_, "date-time-rfc1123" | "date-time-rfc7231" | "http-date") => Primitive::DateTimeRfc7231,
        (_, "unixtime") => Primitive::UnixTime,
        (_, "date") => Primitive::Date,
        (_, "time") => Primitive::Time,
        (_, "duration") => Primitive::Duration,
        (_, "uuid") => Primitive::Uuid,
        (_, "byte" | "base64") => Primitive::Base64,
        (_, "base64url") => Primitive::Base64Url,
        (_, "uri" | "url") => Primitive::Url,
        (_, "ArrayEncoding.commaDelimited") => Primitive::Delimited(Delimiter::Comma),
        (_, "ArrayEncoding.spaceDelimited") => Primitive::Delimited(Delimiter::Space),
        (_, "ArrayEncoding.pipeDelimited") => Primitive::Delimited(Delimiter::Pipe),
        (_, "ArrayEncoding.newlineDelimited") => Primitive::Delimited(Delimiter::Newline),
        _ => Primitive::String,
    }
}

/// Integer formats (OpenAPI's and TypeSpec's): on a string they mean an integer sent as text.
fn is_integer_format(format: &str) -> bool {
    matches!(
        format,
        "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64" | "safeint" | "integer"
    )
}

/// The schema's `type`, without `"null"` (OpenAPI 3.1 writes `[T, "null"]`), and whether
/// `"null"` was listed. `Err` carries the list when several non-null types remain.
fn type_name(v: &Value) -> Result<(Option<&str>, bool), String> {
    match v.get("type") {
        Some(Value::String(t)) => Ok((Some(&**t), false)),
        Some(Value::Array(types)) => {
            let names: Vec<&str> = types.iter().filter_map(Value::as_str).collect();
            let non_null: Vec<&str> = names.iter().copied().filter(|t| *t != "null").collect();
            let nullable = non_null.len() < names.len();
            match non_null.as_slice() {
                [] => Ok((Some("null"), true)),
                [one] => Ok((Some(one), nullable)),
                many => Err(format!("[{}]", many.join(", "))),
            }
        }
        _ => Ok((None, false)),
    }
}

/// May the value be `null`: `nullable` (3.0), `x-nullable` (Swagger 2), a `null` type (3.1),
/// a `null` enum value, or a null branch in `anyOf`/`oneOf`.
pub(super) fn is_nullable(v: &Value) -> bool {
    bool_of(v, "nullable") == Some(true)
        || bool_of(v, "x-nullable") == Some(true)
        || matches!(v.get("type"), Some(Value::Array(t)) if t.iter().any(|x| x == "null"))
        || arr_of(v, "enum").iter().any(Value::is_null)
        || alternatives_of(v).is_some_and(|(_, branches)| branches.iter().any(is_null_branch))
}

/// A branch of `anyOf`/`oneOf` that only allows `null`: `{type: "null"}`, or Graph's
/// `{type: object, nullable: true}` with nothing else.
fn is_null_branch(v: &Value) -> bool {
    if v.get("type").and_then(Value::as_str) == Some("null") {
        return true;
    }
    let Some(o) = v.as_object() else { return false };
    bool_of(v, "nullable") == Some(true)
        && o.keys().all(|k| matches!(k, "nullable" | "type" | "description" | "title"))
        && matches!(str_of(v, "type"), None | Some("object"))
}

/// A branch that only holds text: `type: string` with values (`enum`, `const`) or without a
/// format, and no properties.
fn is_string_choice(v: &Value) -> bool {
    str_of(v, "type") == Some("string")
        && !has_properties(v)
        && (v.get("enum").is_some() || v.get("const").is_some() || str_of(v, "format").is_none_or(str::is_empty))
}

/// The JSON kind of a branch, to name its inline type (`…Number`, `…Object`).
fn json_kind(v: &Value) -> &'static str {
    match str_of(v, "type") {
        Some("string") => "String",
        Some("number") => "Number",
        Some("integer") => "Integer",
        Some("boolean") => "Boolean",
        Some("array") => "List",
        _ => "Object",
    }
}

/// `anyOf` or `oneOf` (in that order of preference) when present and non-empty.
pub(super) fn alternatives_of(v: &Value) -> Option<(&'static str, &[Value])> {
    ["anyOf", "oneOf"].into_iter().find_map(|k| {
        let branches = arr_of(v, k);
        (!branches.is_empty()).then_some((k, branches))
    })
}

/// Has a non-empty `properties` object.
pub(super) fn has_properties(v: &Value) -> bool {
    obj_of(v, "properties").is_some_and(|p| !p.is_empty())
}

/// A named `type: object` that declares nothing else (no properties, no typed
/// `additionalProperties`): a model with no fields, such as TypeSpec's empty models. It is
/// a struct, so its default is `{}` rather than JSON `null`; undeclared properties are still
/// kept by the struct's catch-all. Inline ones stay any JSON (see `structural`).
fn is_empty_object(v: &Value) -> bool {
    str_of(v, "type") == Some("object")
        && matches!(v.get("additionalProperties"), None | Some(Value::Bool(false)))
        && v.get("items").is_none()
        && arr_of(v, "allOf").is_empty()
}

/// `allOf` that builds a new object (more than one part, or one part plus something of
/// its own), as opposed to a one-part wrapper around a `$ref`.
fn is_real_all_of(v: &Value) -> bool {
    let parts = arr_of(v, "allOf");
    parts.len() > 1 || (parts.len() == 1 && v.get("additionalProperties").is_some())
}

/// `x-ms-enum.name`.
fn x_ms_enum_name(v: &Value) -> Option<&str> {
    v.get("x-ms-enum").and_then(|x| str_of(x, "name")).filter(|n| !n.is_empty())
}

/// An enum from `enum` (or `const`), with `x-ms-enum` names and descriptions, and whether
/// `null` was among the values. `None` for boolean or empty enums. Open unless
/// `x-ms-enum.modelAsString` is `false`: the emitted type keeps unknown values anyway.
pub(super) fn enum_def(v: &Value) -> Option<(Enum, bool)> {
    let raw: &[Value] = match (v.get("enum"), v.get("const")) {
        (Some(Value::Array(values)), _) => values,
        (_, Some(c)) => std::slice::from_ref(c),
        _ => return None,
    };
    let first = raw.iter().find(|x| !x.is_null())?;
    let format = str_of(v, "format").unwrap_or("");
    let base = match str_of(v, "type") {
        Some(t @ ("integer" | "number")) => primitive(t, format),
        Some("boolean") => return None,
        Some(_) => Primitive::String,
        None => match first {
            Value::Number(n) if n.is_f64() => Primitive::F64,
            Value::Number(_) => Primitive::I64,
            Value::Bool(_) => return None,
            _ => Primitive::String,
        },
    };
    let x_ms_enum = v.get("x-ms-enum");
    let named: &[Value] = x_ms_enum.map(|x| arr_of(x, "values")).unwrap_or(&[]);
    let values = raw
        .iter()
        .filter_map(scalar_text)
        .map(|value| {
            let info = named.iter().find(|n| n.get("value").and_then(scalar_text).as_deref() == Some(value.as_str()));
            EnumValue {
                name: info.and_then(|n| text(n, "name")),
                description: info.and_then(|n| text(n, "description")),
                value,
            }
        })
        .collect::<Vec<_>>();
    if values.is_empty() {
        return None;
    }
    let open = x_ms_enum.and_then(|x| bool_of(x, "modelAsString")) != Some(false);
    let has_null = raw.iter().any(Value::is_null);
    Some((Enum { base, values, open }, has_null))
}

/// Doc text of a named type: `description`, else a `title` that says more than the name,
/// else the same from the first inline `allOf` part (Graph puts them there).
pub(super) fn describe_type(v: &Value, name: &str) -> Option<String> {
    let own = |v: &Value| {
        text(v, "description").or_else(|| {
            text(v, "title").filter(|t| {
                let last = name.rsplit('.').next().unwrap_or(name);
                !t.eq_ignore_ascii_case(last) && !t.eq_ignore_ascii_case(name)
            })
        })
    };
    own(v).or_else(|| arr_of(v, "allOf").iter().filter(|p| ref_of(p).is_none()).find_map(own))
}

/// A discriminator declared on a schema itself or in one of its inline `allOf` parts (Graph
/// declares `commsOperation`'s there), but not one inherited through a `$ref`.
pub(super) struct Discriminator<'s> {
    /// The property that picks the variant.
    pub property: &'s str,
    /// OpenAPI 3 `mapping` (wire value → schema reference) and where it is.
    pub mapping: Option<(&'s Map, Location)>,
}

/// See [`Discriminator`].
pub(super) fn own_discriminator<'s>(loc: &Location, v: &'s Value) -> Option<Discriminator<'s>> {
    fn direct<'s>(loc: &Location, v: &'s Value) -> Option<Discriminator<'s>> {
        match v.get("discriminator")? {
            Value::String(property) => Some(Discriminator { property, mapping: None }),
            d @ Value::Object(_) => Some(Discriminator {
                property: str_of(d, "propertyName")?,
                mapping: obj_of(d, "mapping").map(|m| (m, loc.child("discriminator").child("mapping"))),
            }),
            _ => None,
        }
    }
    direct(loc, v).or_else(|| {
        arr_of(v, "allOf").iter().enumerate().find_map(|(i, part)| {
            if ref_of(part).is_some() {
                return None;
            }
            direct(&loc.child("allOf").child(&i.to_string()), part)
        })
    })
}
