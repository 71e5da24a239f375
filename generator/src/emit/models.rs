//! The `models` module of a service: one Rust item per named IR type.
//!
//! Structs derive serde; enums are open (an `UnknownValue` variant keeps values the spec
//! did not list); unions dispatch on their discriminator and keep unknown kinds as raw JSON.

use super::docs::doc_or;
use super::names::{self, ident, Scope};
use super::types::{self, TypeMap};
use crate::ir::{Api, Diagnostic, Enum, Field, Primitive, Struct, TypeDef, TypeId, TypeKind, TypeRef, Union};
use proc_macro2::TokenStream;
use quote::quote;

/// The models module's inner attributes; its items are [`item`] for each type, in order.
pub fn attributes(api: &Api) -> TokenStream {
    // Union variants hold whole structs side by side, as the wire format does.
    let has_unions = api.types.values().any(|def| matches!(def.kind, TypeKind::Union(_) | TypeKind::OneOf(_)));
    let allow = has_unions.then(|| quote!(#![allow(clippy::large_enum_variant)]));
    quote!(#allow)
}

/// The item of one named type.
/// Renamed fields and variants (collisions after casing) are reported in `diagnostics`.
pub fn item(api: &Api, id: &TypeId, def: &TypeDef, types: &TypeMap, diagnostics: &mut Vec<Diagnostic>) -> TokenStream {
    let name = ident(&types.name(id));
    let docs = doc_or(def.description.as_deref(), &format!("`{}` from the spec.", def.name));
    match &def.kind {
        TypeKind::Struct(s) => struct_item(api, id, def, &name, docs, s, types, diagnostics),
        TypeKind::Enum(e) => enum_item(def, &name, docs, e, diagnostics),
        TypeKind::Union(u) => union_item(&name, docs, def, u, types),
        TypeKind::OneOf(members) => one_of_item(id, &name, docs, members, types),
        TypeKind::Alias(ty) => {
            let ty = types.rust_type(ty, &TokenStream::new());
            quote! { #docs pub type #name = #ty; }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn struct_item(
    api: &Api,
    id: &TypeId,
    def: &TypeDef,
    name: &proc_macro2::Ident,
    docs: TokenStream,
    s: &Struct,
    types: &TypeMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> TokenStream {
    let mut scope = Scope::with_reserved(&["additional_properties"]);
    let mut defaultable = true;
    let mut client_defaults = Vec::new();
    let mut idents = Vec::new();
    let mut decls = Vec::new();
    let mut entries = Vec::new();
    let fields: Vec<TokenStream> = s
        .fields
        .iter()
        .map(|field| {
            let FieldOut { tokens, has_default, ident, optional, entry } =
                field_item(id, def, field, &mut scope, types, diagnostics);
            entries.push(entry);
            defaultable &= has_default;
            let value = client_default(api, types, field);
            client_defaults.push((ident.clone(), value.map(|value| if optional { quote!(Some(#value)) } else { value })));
            decls.push(super::xml::FieldDecl {
                field,
                ident: ident.clone(),
                optional: is_optional(id, field, types),
                boxed: matches!(&field.ty, crate::ir::TypeRef::Named(target) if types.needs_box(id, target)),
            });
            idents.push((field, ident));
            tokens
        })
        .collect();
    let xml_impl = types.xml.then(|| super::xml::model_impl(api, types, def, name, &decls));
    let page_impl = types.paging(id).map(|paging| {
        // Link fields are text, optional or not.
        let link = |wire: Option<&str>| {
            idents.iter().find(|(f, _)| Some(f.name.as_str()) == wire).map(|(f, ident)| {
                if !f.required || f.read_only || f.nullable { quote!(self.#ident.as_deref()) } else { quote!(Some(self.#ident.as_str())) }
            })
        };
        let next = link(paging.next_link_name.as_deref()).unwrap_or_else(|| quote!(None));
        let delta = link(paging.delta_link_name.as_deref()).map(|delta| {
            quote! { fn delta_link(&self) -> Option<&str> { #delta } }
        });
        quote! {
            impl crate::runtime::Page for #name {
                fn next_link(&self) -> Option<&str> { #next }
                #delta
            }
        }
    });
    // Undeclared properties are kept (as JSON when the spec does not type them), so a
    // model round-trips what the service sent: OData annotations, newer fields.
    let (additional, additional_encoding) = match &s.additional {
        Some(ty) => {
            let encoding = types.encoding_of(ty).map(|encoding| {
                let spec = encoding.spec();
                quote!((#spec))
            });
            let ty = types.rust_type(ty, &TokenStream::new());
            let field = quote! {
                /// Properties beyond the declared ones.
                pub additional_properties: std::collections::BTreeMap<String, #ty>,
            };
            (field, encoding)
        }
        None => {
            let field = quote! {
                /// Properties the spec does not declare, kept as received so they round-trip.
                pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
            };
            (field, None)
        }
    };
    // A model whose spec gives client defaults starts with them (as a caller's
    // `..Default::default()` then sends them); deserializing never uses them.
    let has_client_defaults = client_defaults.iter().any(|(_, value)| value.is_some());
    let default = (defaultable && !has_client_defaults).then(|| quote!(Default,));
    let default_impl = (defaultable && has_client_defaults).then(|| {
        let values = client_defaults.iter().map(|(ident, value)| match value {
            Some(value) => quote!(#ident: #value,),
            None => quote!(#ident: Default::default(),),
        });
        quote! {
            impl Default for #name {
                fn default() -> Self {
                    Self { #(#values)* additional_properties: Default::default() }
                }
            }
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default)]
        pub struct #name {
            #(#fields)*
            #additional
        }

        crate::runtime::json_object!(#name { #(#entries)* ..additional_properties #additional_encoding });

        #default_impl

        #page_impl

        #xml_impl
    }
}

/// The Rust value of a field's client default (`x-ms-client-default`), unwrapped: text,
/// numbers, booleans and string enums; `None` for other types, which then start empty like
/// any other field.
fn client_default(api: &Api, types: &TypeMap, field: &Field) -> Option<TokenStream> {
    let text = field.client_default.as_deref()?;
    let value = match api.unaliased(&field.ty) {
        TypeRef::Primitive(Primitive::String | Primitive::Date | Primitive::Time | Primitive::Url) => {
            quote!(#text.to_owned())
        }
        TypeRef::Primitive(Primitive::I32 | Primitive::I64) => {
            let number = proc_macro2::Literal::i64_unsuffixed(text.parse().ok()?);
            quote!(#number)
        }
        TypeRef::Primitive(Primitive::F32 | Primitive::F64) => {
            let number = proc_macro2::Literal::f64_unsuffixed(text.parse().ok()?);
            quote!(#number)
        }
        TypeRef::Primitive(Primitive::Bool) => {
            let value: bool = text.parse().ok()?;
            quote!(#value)
        }
        TypeRef::Named(id) => match api.types.get(id).map(|def| &def.kind) {
            Some(TypeKind::Enum(e)) if e.base == Primitive::String => {
                let name = ident(&types.name(id));
                quote!(#name::from(#text))
            }
            _ => return None,
        },
        _ => return None,
    };
    Some(value)
}

/// Whether a field is declared `Option<…>`: not required, nullable, or a discriminator
/// that services may omit (see [`field_item`]).
fn is_optional(owner: &TypeId, field: &Field, types: &TypeMap) -> bool {
    let absent_discriminator = types.picks_variant(owner, &field.name) && !types::has_default(&field.ty);
    !field.required || field.nullable || absent_discriminator
}

/// A printed struct field and what the rest of its struct needs to know of it.
struct FieldOut {
    /// The field, with its docs.
    tokens: TokenStream,
    /// Whether it can take part in `#[derive(Default)]`.
    has_default: bool,
    ident: proc_macro2::Ident,
    /// Whether it is declared `Option<…>`.
    optional: bool,
    /// Its entry in the struct's `runtime::json_object!`: wire name, kind and encoding.
    entry: TokenStream,
}

/// A struct field (see [`FieldOut`]).
fn field_item(
    owner: &TypeId,
    def: &TypeDef,
    field: &Field,
    scope: &mut Scope,
    types: &TypeMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> FieldOut {
    let wanted = names::snake(field.client_name.as_deref().unwrap_or(&field.name));
    let (rust_name, renamed) = scope.claim(&wanted);
    if renamed {
        diagnostics.push(renamed_diagnostic(def, &field.name, &wanted, &rust_name));
    }
    let ident = ident(&rust_name);
    let wire = &field.name;
    let docs = doc_or(field.description.as_deref(), &format!("`{}`", field.name));
    let mut ty = types.rust_type(&field.ty, &TokenStream::new());
    if let crate::ir::TypeRef::Named(target) = &field.ty {
        if types.needs_box(owner, target) {
            ty = quote!(Box<#ty>);
        }
    }
    // Services often omit the discriminator when it names the declared type: it defaults
    // when its type can, and is optional in the union's structs when it cannot (an enum).
    let defaults = types::has_default(&field.ty);
    let absent_discriminator = types.picks_variant(owner, &field.name) && !defaults;
    // A read-only field is never sent, so a request model must be buildable without it:
    // required or not, it is optional and left out when absent.
    let required = field.required && !field.read_only;
    let optional = !required || field.nullable || absent_discriminator;
    // Date-times, durations, bytes and the like: serde's form for the Rust type is not the wire's.
    let encoding = types.encoding_of(&field.ty).map(|encoding| {
        let spec = encoding.spec();
        quote!(, #spec)
    });
    // How `runtime::json_object!` reads the field when absent and whether it writes it.
    let kind = if optional {
        // Required but nullable: always sent, as `null` when `None`.
        if required && !absent_discriminator { quote!(nullable) } else { quote!(optional) }
    } else if defaults && types.is_discriminator(&field.name) {
        // An empty discriminator names no type: it is left out, so a struct built with
        // `Default` sends none and a union variant gets its own tag (`runtime::tagged`).
        if matches!(field.ty, TypeRef::Primitive(Primitive::String)) { quote!(tag) } else { quote!(default) }
    } else {
        quote!(required)
    };
    if optional {
        ty = quote!(Option<#ty>);
    }
    let has_default = optional || defaults;
    let entry = quote!(#ident(#wire, #kind #encoding),);
    FieldOut { tokens: quote! { #docs pub #ident: #ty, }, has_default, ident, optional, entry }
}

fn enum_item(def: &TypeDef, name: &proc_macro2::Ident, docs: TokenStream, e: &Enum, diagnostics: &mut Vec<Diagnostic>) -> TokenStream {
    if e.base != Primitive::String {
        // Numeric enums stay numbers: any value round-trips, the known ones are documented.
        let listed: Vec<String> = e.values.iter().map(|v| format!("`{}`", v.value)).collect();
        let note = format!(" Known values: {}.", listed.join(", "));
        let ty = match e.base {
            Primitive::F32 | Primitive::F64 => quote!(f64),
            Primitive::I32 => quote!(i32),
            _ => quote!(i64),
        };
        return quote! { #docs #[doc = ""] #[doc = #note] pub type #name = #ty; };
    }
    let mut scope = Scope::with_reserved(&["UnknownValue", "Self"]);
    let variants: Vec<(proc_macro2::Ident, &str, TokenStream)> = e
        .values
        .iter()
        .map(|v| {
            let wanted = names::camel(v.name.as_deref().unwrap_or(&v.value));
            let (variant, renamed) = scope.claim(&wanted);
            if renamed {
                diagnostics.push(renamed_diagnostic(def, &v.value, &wanted, &variant));
            }
            let docs = doc_or(v.description.as_deref(), &format!("`{}`", v.value));
            (ident(&variant), v.value.as_str(), docs)
        })
        .collect();
    let decls = variants.iter().map(|(variant, _, docs)| quote! { #docs #variant, });
    let to_str = variants.iter().map(|(variant, value, _)| quote! { Self::#variant => #value, });
    let known = variants.iter().map(|(variant, _, _)| variant);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#decls)*
            /// A value this version of the crate does not know; kept as sent.
            UnknownValue(String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    Self::UnknownValue(value) => value,
                }
            }
        }

        crate::runtime::open_enum!(#name { #(#known),* });
    }
}

fn union_item(name: &proc_macro2::Ident, docs: TokenStream, def: &TypeDef, u: &Union, types: &TypeMap) -> TokenStream {
    let mut scope = Scope::with_reserved(&["Unknown", "Base", "Self"]);
    let discriminator = &u.discriminator;
    // (variant, wire value, type, whether the type has a field for the discriminator)
    let variants: Vec<(proc_macro2::Ident, &str, proc_macro2::Ident, bool)> = u
        .variants
        .iter()
        .map(|(value, id)| {
            let ty = types.name(id);
            let (variant, _) = scope.claim(&strip_owner(&name.to_string(), &types.variant_name(id)));
            let own_field = types.declares(id, discriminator) || !types.is_struct(id);
            (ident(&variant), value.as_str(), ident(&ty), own_field)
        })
        .collect();
    let decls = variants.iter().map(|(variant, value, ty, _)| {
        let docs = format!(" `{discriminator}` is `{value}`.");
        quote! { #[doc = #docs] #variant(#ty), }
    });
    // A struct without a field for the discriminator leaves it out of its own JSON.
    let arms = variants.iter().map(|(variant, value, _, own_field)| {
        if *own_field {
            quote! { Some(#value) => crate::runtime::variant(value, Self::#variant), }
        } else {
            quote! { Some(#value) => crate::runtime::variant(crate::runtime::untag(value, #discriminator), Self::#variant), }
        }
    });
    let ser_arms = variants.iter().map(|(variant, value, _, _)| {
        quote! { Self::#variant(value) => crate::runtime::tagged(value, #discriminator, #value, serializer), }
    });
    let (base_decl, base_arm, base_ser) = match &u.base {
        Some(base) => {
            let ty = ident(&types.name(base));
            let docs = format!(" No `{discriminator}`, or the base type `{}` itself.", def.name);
            (
                quote! { #[doc = #docs] Base(#ty), },
                match &u.base_value {
                    Some(own) => quote! { None | Some(#own) => crate::runtime::variant(value, Self::Base), },
                    None => quote! { None => crate::runtime::variant(value, Self::Base), },
                },
                quote! { Self::Base(value) => serde::Serialize::serialize(value, serializer), },
            )
        }
        None => (TokenStream::new(), TokenStream::new(), TokenStream::new()),
    };
    let unknown_doc = format!(" A `{discriminator}` this version of the crate does not know: the JSON as received.");
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#decls)*
            #base_decl
            #[doc = #unknown_doc]
            Unknown(serde_json::Value),
        }

        // Each variant is sent with its discriminator value, whether or not its struct
        // holds one (or holds `None`).
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#ser_arms)*
                    #base_ser
                    Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                let kind = value.get(#discriminator).and_then(serde_json::Value::as_str).map(str::to_owned);
                match kind.as_deref() {
                    #(#arms)*
                    #base_arm
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
    }
}

/// A value of one of several types, told apart by its JSON form: the variants are tried in
/// order (`runtime::one_of!`), and a value none of them accepts is kept as `Unknown`
/// (forward compatible).
fn one_of_item(id: &TypeId, name: &proc_macro2::Ident, docs: TokenStream, members: &[TypeRef], types: &TypeMap) -> TokenStream {
    let mut scope = Scope::with_reserved(&["Unknown", "Self"]);
    let own = name.to_string();
    let mut variants = Vec::new();
    let decls: Vec<TokenStream> = members
        .iter()
        .map(|member| {
            let (variant, _) = scope.claim(&strip_owner(&own, &variant_label(member, types)));
            let variant = ident(&variant);
            let mut ty = types.rust_type_in_container(member);
            if let TypeRef::Named(target) = member {
                if types.needs_box(id, target) {
                    ty = quote!(Box<#ty>);
                }
            }
            let docs = format!(" The value as `{}`.", ty.to_string().replace(' ', ""));
            let decl = quote! { #[doc = #docs] #variant(#ty), };
            variants.push(variant);
            decl
        })
        .collect();
    // With a member of any type, every value has a variant.
    let open = !members.contains(&TypeRef::Any);
    let unknown = open.then(|| {
        quote! {
            /// A value of none of the types above: the JSON as received.
            Unknown(serde_json::Value),
        }
    });
    let unknown_entry = open.then(|| quote!(, ..Unknown));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#decls)*
            #unknown
        }

        crate::runtime::one_of!(#name { #(#variants),* #unknown_entry });
    }
}

/// A variant name without its enum's name in front: types named after the union they belong
/// to (`PetWithEnvelopeCat` in `PetWithEnvelope`, inline `FooString` in `Foo`) give `Cat`, `String`.
fn strip_owner(owner: &str, name: &str) -> String {
    match name.strip_prefix(owner) {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_uppercase()) => rest.to_owned(),
        _ => name.to_owned(),
    }
}

/// The variant name for a member of a [`TypeKind::OneOf`]: its type's name, or a short
/// name for a structural type (`String`, `I32`, `StringList`).
fn variant_label(ty: &TypeRef, types: &TypeMap) -> String {
    match ty {
        TypeRef::Named(id) => types.name(id),
        TypeRef::Primitive(p) => match p {
            Primitive::String => "String".to_owned(),
            Primitive::Bool => "Bool".to_owned(),
            Primitive::I32 => "I32".to_owned(),
            Primitive::I64 => "I64".to_owned(),
            Primitive::F32 => "F32".to_owned(),
            Primitive::F64 => "F64".to_owned(),
            other => format!("{other:?}"),
        },
        TypeRef::List(item) => format!("{}List", variant_label(item, types)),
        TypeRef::Map(value) => format!("{}Map", variant_label(value, types)),
        TypeRef::Nullable(inner) => variant_label(inner, types),
        TypeRef::Any => "Value".to_owned(),
    }
}

/// A name collision after conversion to Rust, resolved by a suffix.
fn renamed_diagnostic(def: &TypeDef, spec_name: &str, wanted: &str, got: &str) -> Diagnostic {
    Diagnostic {
        source: def.source.clone(),
        message: format!("`{spec_name}` of `{}` would be `{wanted}` in Rust, which is taken; named it `{got}`", def.name),
    }
}
