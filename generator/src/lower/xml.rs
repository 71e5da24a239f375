//! XML names of types and properties: the schemas' `xml` objects (`name`, `prefix`,
//! `namespace`, `attribute`, `wrapped`, and AutoRest's `x-ms-text`).
//!
//! Item names of wrapped arrays are settled here, where the item schema is still at hand:
//! the items' own `xml.name`, else the referenced schema's XML name or key, else the
//! scalar's format or type (`int32`, `string`), as TypeSpec writes them.

use super::context::{arr_of, bool_of, ref_of, str_of, Lowerer};
use super::names::key_name;
use crate::ir::{XmlField, XmlNode};
use crate::load::json::Value;
use crate::load::Location;

/// The `xml` object's name and namespace.
pub(super) fn xml_node(v: &Value) -> XmlNode {
    let Some(xml) = v.get("xml") else { return XmlNode::default() };
    XmlNode {
        name: str_of(xml, "name").map(str::to_owned),
        prefix: str_of(xml, "prefix").map(str::to_owned),
        namespace: str_of(xml, "namespace").map(str::to_owned),
    }
}

impl<'s> Lowerer<'s> {
    /// How the property with schema `v` at `loc` is written in XML.
    pub(super) fn xml_field(&self, loc: &Location, v: &'s Value) -> XmlField {
        let xml = v.get("xml");
        let flag = |key: &str| xml.and_then(|x| bool_of(x, key)) == Some(true);
        let mut field = XmlField {
            node: xml_node(v),
            attribute: flag("attribute"),
            text: flag("x-ms-text"),
            wrapped: flag("wrapped"),
            item_name: None,
        };
        if let Some(items) = v.get("items") {
            field.item_name = self.xml_item_name(&loc.child("items"), items);
        }
        field
    }

    /// The element name of one item of an array whose item schema is `v`.
    fn xml_item_name(&self, loc: &Location, v: &'s Value) -> Option<String> {
        if let Some(name) = xml_node(v).name {
            return Some(name);
        }
        // `allOf: [$ref]` wraps a reference to add siblings: name it after the reference.
        let reference = ref_of(v).or_else(|| match arr_of(v, "allOf") {
            [only] => ref_of(only),
            _ => None,
        });
        if let Some(reference) = reference {
            let (target_loc, target) = self.spec.resolve(loc, reference).ok()?;
            return xml_node(target).name.or_else(|| Some(key_name(self.spec, &target_loc)));
        }
        str_of(v, "format").or_else(|| str_of(v, "type")).map(str::to_owned)
    }
}

impl Lowerer<'_> {
    /// Whether `id` is a named type still waiting to be lowered whose schema is an object
    /// (bodies are lowered before the types they reference).
    pub(super) fn is_pending_object(&self, id: &crate::ir::TypeId) -> bool {
        self.pending.iter().any(|(_, v, pending)| {
            pending == id && (super::schema::has_properties(v) || !arr_of(v, "allOf").is_empty())
        })
    }
}
