//! Paging: `x-ms-pageable`, OData collections, and Graph delta links.
//!
//! - `x-ms-pageable: {nextLinkName, itemName}` → [`Paging`] (`itemName` defaults to
//!   `value`; `nextLinkName: null` is a single page that is still a list).
//! - Without it, a success body whose struct has a `value` array and `@odata.nextLink`
//!   is an OData collection and pages the same way.
//! - Without it, a success body whose struct has a `value` array and `nextLink` is an Azure
//!   list result (what TypeSpec's OpenAPI 3 output keeps of `x-ms-pageable`) and pages the same way.
//! - When the paged body also has `@odata.deltaLink` (Graph delta functions), it is the
//!   delta link to keep.

use super::context::{str_of, Lowerer};
use crate::ir::{BodyType, Field, Paging, Response, TypeId, TypeKind, TypeRef};
use crate::load::json::Value;
use crate::load::Location;

/// What the paged body's struct has.
struct BodyFacts {
    has_item: bool,
    value_list: bool,
    next_link: bool,
    azure_next_link: bool,
    delta_link: bool,
}

/// Graph's next-page link property.
const NEXT_LINK: &str = "@odata.nextLink";
/// Azure's next-page link property (the default `nextLinkName` of `x-ms-pageable`).
const AZURE_NEXT_LINK: &str = "nextLink";
/// Graph's delta link property.
const DELTA_LINK: &str = "@odata.deltaLink";

impl<'s> Lowerer<'s> {
    /// How the operation at `op_loc` pages, if it does.
    pub(super) fn paging(&mut self, op_loc: &Location, op: &'s Value, responses: &[Response]) -> Option<Paging> {
        let pageable = op.get("x-ms-pageable");
        let item_name = pageable.and_then(|p| str_of(p, "itemName")).unwrap_or("value");
        let body = self.success_fields(responses).map(|fields| {
            let has = |name: &str| fields.iter().any(|f| f.name == name);
            BodyFacts {
                has_item: has(item_name),
                value_list: fields.iter().any(|f| f.name == "value" && matches!(f.ty, TypeRef::List(_))),
                next_link: has(NEXT_LINK),
                azure_next_link: has(AZURE_NEXT_LINK),
                delta_link: has(DELTA_LINK),
            }
        });
        let mut paging = match pageable {
            Some(pageable) => {
                if body.as_ref().is_some_and(|b| !b.has_item) {
                    self.diag(
                        &op_loc.child("x-ms-pageable"),
                        format!("x-ms-pageable itemName '{item_name}' is not a property of the response"),
                    );
                }
                let next_link_name = str_of(pageable, "nextLinkName").map(str::to_owned);
                Paging { item_name: item_name.to_owned(), next_link_name, delta_link_name: None }
            }
            None if body.as_ref().is_some_and(|b| b.value_list && b.next_link) => Paging {
                item_name: "value".to_owned(),
                next_link_name: Some(NEXT_LINK.to_owned()),
                delta_link_name: None,
            },
            None if body.as_ref().is_some_and(|b| b.value_list && b.azure_next_link) => Paging {
                item_name: "value".to_owned(),
                next_link_name: Some(AZURE_NEXT_LINK.to_owned()),
                delta_link_name: None,
            },
            None => return None,
        };
        if body.is_some_and(|b| b.next_link && b.delta_link) {
            paging.delta_link_name = Some(DELTA_LINK.to_owned());
        }
        Some(paging)
    }

    /// Fields of the first success response's JSON body, when it is a struct.
    fn success_fields(&self, responses: &[Response]) -> Option<&[Field]> {
        let body = responses.iter().filter(|r| !r.is_error).find_map(|r| r.body.as_ref())?;
        let (BodyType::Json(TypeRef::Named(id)) | BodyType::Xml(TypeRef::Named(id))) = &body.ty else { return None };
        self.struct_fields(id, 0)
    }

    /// The fields of a named struct, looking through aliases.
    pub(super) fn struct_fields(&self, id: &TypeId, hops: u8) -> Option<&[Field]> {
        match &self.api.types.get(id)?.kind {
            TypeKind::Struct(s) => Some(&s.fields),
            TypeKind::Alias(TypeRef::Named(next)) if hops < 8 => self.struct_fields(next, hops + 1),
            _ => None,
        }
    }
}
