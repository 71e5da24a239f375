//! Selective generation: keep only the operations a config or the command line asks for,
//! and only the types they reach, so a consumer of a Graph-sized spec compiles what it uses.
//!
//! Runs on the IR, between lower and emit. A selector is `tag:NAME` (an operation tag),
//! `path:/PREFIX` (the path template starts with it, e.g. `path:/users/{user-id}/calendar`),
//! or `op:ID` (the operationId); a bare word is taken as `op:`. An operation is kept when no
//! include is given or one matches, and no exclude matches. With no selector at all, the IR
//! is left as lowered (every schema, reached or not).

use crate::ir::{Api, PathSegment};

/// Which operations to keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Keep only operations matching one of these (all, when empty).
    pub include: Vec<Selector>,
    /// Drop operations matching one of these.
    pub exclude: Vec<Selector>,
}

/// One way to name operations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// Operations carrying this tag.
    Tag(String),
    /// Operations whose path template starts with this.
    PathPrefix(String),
    /// The operation with this operationId.
    OperationId(String),
}

impl std::str::FromStr for Selector {
    type Err = String;

    fn from_str(text: &str) -> Result<Selector, String> {
        let (kind, value) = text.split_once(':').unwrap_or(("op", text));
        if value.is_empty() {
            return Err(format!("selector `{text}` names nothing; write tag:NAME, path:/PREFIX or op:OPERATION_ID"));
        }
        match kind {
            "tag" => Ok(Selector::Tag(value.to_owned())),
            "path" => Ok(Selector::PathPrefix(value.to_owned())),
            "op" => Ok(Selector::OperationId(value.to_owned())),
            _ => Err(format!("selector `{text}`: unknown kind `{kind}`; use tag:, path: or op:")),
        }
    }
}

impl Selection {
    /// Parses include and exclude selectors (config entries or command-line flags).
    pub fn parse(include: &[String], exclude: &[String]) -> Result<Selection, String> {
        let parse = |list: &[String]| list.iter().map(|s| s.parse()).collect::<Result<Vec<Selector>, String>>();
        Ok(Selection { include: parse(include)?, exclude: parse(exclude)? })
    }

    /// True when every operation is kept.
    pub fn is_all(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }
}

/// Drops the operations `selection` does not keep and the types no kept operation reaches.
/// Returns how many operations were dropped.
pub fn apply(api: &mut Api, selection: &Selection) -> usize {
    if selection.is_all() {
        return 0;
    }
    let before = api.operations.len();
    api.operations.retain(|op| {
        let path = path_template(&op.path);
        let matches = |s: &Selector| match s {
            Selector::Tag(tag) => op.tags.iter().any(|t| t == tag),
            Selector::PathPrefix(prefix) => path.starts_with(prefix.as_str()),
            Selector::OperationId(id) => op.id == *id,
        };
        (selection.include.is_empty() || selection.include.iter().any(matches))
            && !selection.exclude.iter().any(matches)
    });
    let reached = api.reached_types(&api.operations.iter().collect::<Vec<_>>(), &[]);
    api.types.retain(|id, _| reached.contains(id));
    before - api.operations.len()
}

/// The path template as the spec writes it (`/users/{user-id}/events`).
fn path_template(path: &[PathSegment]) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            PathSegment::Literal(literal) => text.push_str(literal),
            PathSegment::Param(name) => {
                text.push('{');
                text.push_str(name);
                text.push('}');
            }
            PathSegment::ODataParam(name) => {
                text.push_str(name);
                text.push_str("={");
                text.push_str(name);
                text.push('}');
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{BodyType, Method, Operation, Source, Struct, TypeDef, TypeId, TypeKind, TypeRef};

    fn source() -> Source {
        Source { file: "spec.json".to_owned(), pointer: String::new() }
    }

    fn op(id: &str, tag: &str, path: &str, returns: &str) -> Operation {
        Operation {
            id: id.to_owned(),
            group: None,
            name: id.to_owned(),
            tags: vec![tag.to_owned()],
            summary: None,
            description: None,
            method: Method::Get,
            path: vec![PathSegment::Literal(path.to_owned())],
            params: Vec::new(),
            body: None,
            responses: vec![crate::ir::Response {
                status: crate::ir::StatusMatch::Code(200),
                description: None,
                body: Some(crate::ir::ResponseBody {
                    content_type: "application/json".to_owned(),
                    ty: BodyType::Json(TypeRef::Named(TypeId(returns.to_owned()))),
                }),
                headers: Vec::new(),
                is_error: false,
            }],
            deprecated: false,
            paging: None,
            lro: None,
            source: source(),
        }
    }

    fn api() -> Api {
        let operations = vec![op("Pets_List", "pets", "/pets", "Pet"), op("Stores_List", "stores", "/stores", "Store")];
        let mut api = Api { operations, ..Api::default() };
        let struct_of = |field: Option<&str>| {
            TypeKind::Struct(Struct {
                fields: field
                    .map(|f| crate::ir::Field {
                        name: "owner".to_owned(),
                        client_name: None,
                        ty: TypeRef::List(Box::new(TypeRef::Named(TypeId(f.to_owned())))),
                        required: false,
                        nullable: false,
                        read_only: false,
                        description: None,
                        xml: Default::default(),
                        client_default: None,
                    })
                    .into_iter()
                    .collect(),
                additional: None,
            })
        };
        for (name, field) in [("Pet", Some("Owner")), ("Owner", None), ("Store", None), ("Unused", None)] {
            let def = TypeDef { name: name.to_owned(), description: None, kind: struct_of(field), source: source(), xml: Default::default() };
            api.types.insert(TypeId(name.to_owned()), def);
        }
        api
    }

    fn kept(selection: Selection) -> (Vec<String>, Vec<String>) {
        let mut api = api();
        apply(&mut api, &selection);
        (api.operations.iter().map(|o| o.id.clone()).collect(), api.types.keys().map(|t| t.0.clone()).collect())
    }

    #[test]
    fn no_selector_keeps_everything_even_unreached_types() {
        let (ops, types) = kept(Selection::default());
        assert_eq!(ops, ["Pets_List", "Stores_List"]);
        assert_eq!(types, ["Pet", "Owner", "Store", "Unused"]);
    }

    #[test]
    fn include_by_tag_keeps_the_types_reached_through_fields() {
        let (ops, types) = kept(Selection::parse(&["tag:pets".to_owned()], &[]).unwrap());
        assert_eq!(ops, ["Pets_List"]);
        assert_eq!(types, ["Pet", "Owner"]);
    }

    #[test]
    fn exclude_by_path_prefix_and_bare_operation_ids() {
        assert_eq!(kept(Selection::parse(&[], &["path:/pe".to_owned()]).unwrap()).0, ["Stores_List"]);
        assert_eq!(kept(Selection::parse(&["Stores_List".to_owned()], &[]).unwrap()).1, ["Store"]);
    }

    #[test]
    fn bad_selectors_say_what_to_write() {
        assert!(Selection::parse(&["tag:".to_owned()], &[]).unwrap_err().contains("tag:NAME"));
        assert!(Selection::parse(&[], &["kind:x".to_owned()]).unwrap_err().contains("unknown kind `kind`"));
    }
}
