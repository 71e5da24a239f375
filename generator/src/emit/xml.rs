//! XML for models: `impl runtime::xml::XmlModel` for each struct of a service with XML
//! bodies, writing and reading elements, attributes, text and (un)wrapped arrays as the
//! properties' XML names say.

use super::types::TypeMap;
use crate::ir::{Api, BodyType, Field, Primitive, TypeDef, TypeKind, TypeRef, XmlNode};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// Whether any operation of `api` sends or receives an XML body.
pub fn uses_xml(api: &Api) -> bool {
    api.operations.iter().any(|op| {
        op.body.iter().map(|b| &b.ty).chain(op.responses.iter().filter_map(|r| r.body.as_ref()).map(|b| &b.ty)).any(|ty| matches!(ty, BodyType::Xml(_)))
    })
}

/// A field as the model emitter declared it.
pub struct FieldDecl<'a> {
    /// The IR field.
    pub field: &'a Field,
    /// Its Rust name.
    pub ident: Ident,
    /// Declared as `Option<…>`.
    pub optional: bool,
    /// Held in a `Box`.
    pub boxed: bool,
}

/// `prefix:name`, or `name`.
fn qualified(node: &XmlNode, name: &str) -> String {
    match &node.prefix {
        Some(prefix) if !prefix.is_empty() => format!("{prefix}:{name}"),
        _ => name.to_owned(),
    }
}

/// The root element name of a type: its `xml.name`, else its spec name, with its prefix.
pub fn element_name(def: &TypeDef) -> String {
    qualified(&def.xml, def.xml.name.as_deref().unwrap_or(&def.name))
}

/// The `XmlModel` impl of struct `name`.
pub fn model_impl(api: &Api, types: &TypeMap, def: &TypeDef, name: &Ident, fields: &[FieldDecl]) -> TokenStream {
    let element = element_name(def);
    let gen = Gen { api, types };
    let mut namespaces = Vec::new();
    let mut declare = |node: &XmlNode| {
        if let Some(uri) = &node.namespace {
            let prefix = node.prefix.clone().unwrap_or_default();
            if !namespaces.contains(&(prefix.clone(), uri.clone())) {
                namespaces.push((prefix, uri.clone()));
            }
        }
    };
    declare(&def.xml);
    for f in fields {
        declare(&f.field.xml.node);
    }
    let declarations = namespaces.iter().map(|(prefix, uri)| quote!(element.declare_namespace(#prefix, #uri);));
    let writes: Vec<TokenStream> = fields.iter().map(|f| gen.write_field(f)).collect();
    let reads: Vec<TokenStream> = fields.iter().map(|f| gen.read_field(f)).collect();
    let additional = quote!(additional_properties: Default::default(),);
    let uses_element = if reads.is_empty() { quote!(_element) } else { quote!(element) };
    quote! {
        impl crate::runtime::xml::XmlModel for #name {
            const ELEMENT: &'static str = #element;

            fn to_xml(&self, name: &str) -> crate::runtime::xml::Element {
                #[allow(unused_imports)]
                use crate::runtime::xml::{XmlModel as _, XmlText as _};
                let mut element = crate::runtime::xml::Element::new(name);
                #(#declarations)*
                #(#writes)*
                element
            }

            // Item readers are closures whatever the item type, some of them plain calls.
            #[allow(clippy::redundant_closure)]
            fn from_xml(#uses_element: &crate::runtime::xml::Element) -> Result<Self, String> {
                Ok(Self {
                    #(#reads)*
                    #additional
                })
            }
        }
    }
}

/// What a type is, for XML purposes, once aliases are followed.
enum Shape<'a> {
    /// Written as text: a primitive (the one given, aliases and nullability followed), `Any`
    /// or a numeric enum.
    Scalar(&'a TypeRef),
    /// An open string enum (`as_str` / `From<&str>`).
    StringEnum,
    /// A struct with its own `XmlModel` impl.
    Model,
    /// An array of items.
    List(&'a TypeRef),
    /// A map: one child element per key.
    Map(&'a TypeRef),
    /// Not expressible in XML here (polymorphic unions).
    Unsupported,
}

struct Gen<'a> {
    api: &'a Api,
    types: &'a TypeMap,
}

impl<'a> Gen<'a> {
    fn shape(&self, mut ty: &'a TypeRef) -> Shape<'a> {
        for _ in 0..64 {
            match ty {
                TypeRef::Named(id) => match self.api.types.get(id).map(|d| &d.kind) {
                    Some(TypeKind::Alias(inner)) => ty = inner,
                    Some(TypeKind::Struct(_)) => return Shape::Model,
                    Some(TypeKind::Enum(e)) if e.base == Primitive::String => return Shape::StringEnum,
                    Some(TypeKind::Enum(_)) => return Shape::Scalar(ty),
                    _ => return Shape::Unsupported,
                },
                TypeRef::Nullable(inner) => ty = inner,
                TypeRef::Primitive(_) | TypeRef::Any => return Shape::Scalar(ty),
                TypeRef::List(item) => return Shape::List(item),
                TypeRef::Map(value) => return Shape::Map(value),
            }
        }
        Shape::Unsupported
    }

    fn rust(&self, ty: &TypeRef) -> TokenStream {
        self.types.rust_type(ty, &TokenStream::new())
    }

    /// The runtime encoding of a scalar (as [`Shape::Scalar`] holds it) whose text form is not
    /// its Rust type's (an RFC 7231 or Unix date-time, a duration in seconds, …), as
    /// `<Marker as Encoding<T>>`.
    fn encoding(&self, scalar: &TypeRef) -> Option<TokenStream> {
        let marker = self.types.encoding(scalar, "crate::runtime")?;
        let marker: syn::Type = syn::parse_str(&marker).ok()?;
        let rust = self.rust(scalar);
        Some(quote!(<#marker as crate::runtime::Encoding<#rust>>))
    }

    /// Text of a scalar `value` (a reference), when `ty` is one.
    fn text(&self, ty: &TypeRef, value: &TokenStream) -> Option<TokenStream> {
        match self.shape(ty) {
            Shape::Scalar(scalar) => Some(match self.encoding(scalar) {
                Some(encoding) => quote!(#encoding::to_text(&#value)),
                None => quote!(#value.to_xml_text()),
            }),
            Shape::StringEnum => Some(quote!(#value.as_str().to_owned())),
            _ => None,
        }
    }

    /// `Result<T, String>` parsing `text` (a `&str`) as `ty`.
    fn parse_text(&self, ty: &TypeRef, text: TokenStream) -> TokenStream {
        let rust = self.rust(ty);
        let encoding = match self.shape(ty) {
            Shape::StringEnum => return quote!(Ok::<#rust, String>(#rust::from(#text))),
            Shape::Scalar(scalar) => self.encoding(scalar),
            _ => None,
        };
        match encoding {
            Some(encoding) => quote!(#encoding::from_text(#text.trim())),
            None => quote!(<#rust as crate::runtime::xml::XmlText>::from_xml_text(#text)),
        }
    }

    /// An `Element` called `name` (an expression of `&str`) holding `value` (a reference).
    fn element(&self, ty: &TypeRef, value: TokenStream, name: TokenStream) -> TokenStream {
        if let Some(text) = self.text(ty, &value) {
            return quote!(crate::runtime::xml::Element::with_text(#name, #text));
        }
        match self.shape(ty) {
            Shape::Model => quote!(#value.to_xml(#name)),
            Shape::Map(inner) => {
                let child = self.element(inner, quote!(value), quote!(key));
                quote!({
                    let mut map = crate::runtime::xml::Element::new(#name);
                    for (key, value) in #value.iter() { map.children.push(#child); }
                    map
                })
            }
            Shape::List(inner) => {
                let child = self.element(inner, quote!(item), quote!(#name));
                quote!({
                    let mut list = crate::runtime::xml::Element::new(#name);
                    for item in #value.iter() { list.children.push(#child); }
                    list
                })
            }
            _ => quote!(crate::runtime::xml::Element::new(#name)),
        }
    }

    /// `Result<T, String>` reading `ty` from `element` (an expression of `&Element`).
    fn read_element(&self, ty: &TypeRef, element: TokenStream) -> TokenStream {
        let rust = self.rust(ty);
        match self.shape(ty) {
            Shape::Scalar(_) | Shape::StringEnum => self.parse_text(ty, quote!(#element.text.as_str())),
            Shape::Model => quote!(<#rust as crate::runtime::xml::XmlModel>::from_xml(#element)),
            Shape::Map(inner) => {
                let value = self.read_element(inner, quote!(child));
                quote!(#element.children.iter().map(|child| Ok((crate::runtime::xml::local_name(&child.name).to_owned(), #value?))).collect::<Result<#rust, String>>())
            }
            Shape::List(inner) => {
                let value = self.read_element(inner, quote!(child));
                quote!(#element.children.iter().map(|child| #value).collect::<Result<#rust, String>>())
            }
            Shape::Unsupported => {
                let message = "this type cannot be read from XML";
                quote!(Err::<#rust, String>(#message.to_owned()))
            }
        }
    }

    fn names(&self, f: &FieldDecl) -> (String, String) {
        let field = f.field;
        let own = field.xml.node.name.as_deref().unwrap_or(&field.name);
        let name = qualified(&field.xml.node, own);
        let item = field.xml.item_name.clone().unwrap_or_else(|| own.to_owned());
        (name, item)
    }

    fn write_field(&self, f: &FieldDecl) -> TokenStream {
        let field = f.field;
        let ident = &f.ident;
        let (name, item_name) = self.names(f);
        let value = if f.optional { quote!(value) } else { quote!(self.#ident) };
        let stmt = if field.xml.attribute || field.xml.text {
            let text = self.text(&field.ty, &value).unwrap_or_else(|| quote!(String::new()));
            if field.xml.text {
                quote!(element.text = #text;)
            } else {
                quote!(element.attributes.push((#name.to_owned(), #text));)
            }
        } else {
            match self.shape(&field.ty) {
                Shape::List(item) if field.xml.wrapped => {
                    let child = self.element(item, quote!(item), quote!(#item_name));
                    quote! {
                        let mut wrapper = crate::runtime::xml::Element::new(#name);
                        for item in #value.iter() { wrapper.children.push(#child); }
                        element.children.push(wrapper);
                    }
                }
                Shape::List(item) => {
                    let child = self.element(item, quote!(item), quote!(#name));
                    quote! { for item in #value.iter() { element.children.push(#child); } }
                }
                _ => {
                    let child = self.element(&field.ty, value.clone(), quote!(#name));
                    quote!(element.children.push(#child);)
                }
            }
        };
        if f.optional {
            quote!(if let Some(value) = &self.#ident { #stmt })
        } else {
            stmt
        }
    }

    fn read_field(&self, f: &FieldDecl) -> TokenStream {
        let field = f.field;
        let ident = &f.ident;
        let (name, _) = self.names(f);
        let boxed = |read: TokenStream| if f.boxed { quote!(#read.map(Box::new)) } else { read };
        let value = if field.xml.text {
            let read = boxed(self.parse_text(&field.ty, quote!(element.text.as_str())));
            if f.optional {
                quote!((!element.text.is_empty()).then(|| #read).transpose()?)
            } else {
                quote!(#read?)
            }
        } else if field.xml.attribute {
            let read = boxed(self.parse_text(&field.ty, quote!(text)));
            if f.optional {
                quote!(element.attribute(#name).map(|text| #read).transpose()?)
            } else {
                quote!({ let text = crate::runtime::xml::required_attribute(element, #name)?; #read? })
            }
        } else {
            match self.shape(&field.ty) {
                Shape::List(item) => {
                    let rust = self.rust(&field.ty);
                    let one = self.read_element(item, quote!(child));
                    let items = if field.xml.wrapped {
                        quote!(element.child(#name).map(|wrapper| wrapper.children.iter().map(|child| #one).collect::<Result<#rust, String>>()).transpose()?)
                    } else {
                        quote!({
                            let items = element.children_named(#name).map(|child| #one).collect::<Result<#rust, String>>()?;
                            (!items.is_empty()).then_some(items)
                        })
                    };
                    let items = if f.boxed { quote!(#items.map(Box::new)) } else { items };
                    if f.optional {
                        items
                    } else {
                        quote!(#items.unwrap_or_default())
                    }
                }
                _ => {
                    let read = boxed(self.read_element(&field.ty, quote!(child)));
                    if f.optional {
                        quote!(element.child(#name).map(|child| #read).transpose()?)
                    } else {
                        quote!({ let child = crate::runtime::xml::required(element, #name)?; #read? })
                    }
                }
            }
        };
        quote!(#ident: #value,)
    }
}

