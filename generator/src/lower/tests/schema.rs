//! Schemas: primitives, containers, allOf, enums, nullability, cycles, bad references, names.

use super::*;
use crate::ir::{BodyType, Delimiter, Enum, EnumValue, Number, Primitive, Struct, TypeKind};
use serde_json::json;

fn response_type(api: &Api) -> &TypeRef {
    match &api.operations[0].responses[0].body.as_ref().expect("body").ty {
        BodyType::Json(t) => t,
        other => panic!("not JSON: {other:?}"),
    }
}

#[test]
fn primitives_and_formats() {
    let cases = [
        (json!({"type": "integer", "format": "int32"}), Primitive::I32),
        (json!({"type": "integer", "format": "int64"}), Primitive::I64),
        (json!({"type": "integer"}), Primitive::I64),
        (json!({"type": "number", "format": "float"}), Primitive::F32),
        (json!({"type": "number", "format": "double"}), Primitive::F64),
        (json!({"type": "number"}), Primitive::F64),
        (json!({"type": "boolean"}), Primitive::Bool),
        (json!({"type": "string"}), Primitive::String),
        (json!({"type": "string", "format": "date-time"}), Primitive::DateTime),
        (json!({"type": "string", "format": "date-time-rfc1123"}), Primitive::DateTimeRfc7231),
        (json!({"type": "string", "format": "date-time-rfc7231"}), Primitive::DateTimeRfc7231),
        (json!({"type": "integer", "format": "unixtime"}), Primitive::UnixTime),
        (json!({"type": "string", "format": "date"}), Primitive::Date),
        (json!({"type": "string", "format": "time"}), Primitive::Time),
        (json!({"type": "string", "format": "duration"}), Primitive::Duration),
        (json!({"type": "string", "format": "uuid"}), Primitive::Uuid),
        (json!({"type": "string", "format": "byte"}), Primitive::Base64),
        (json!({"type": "string", "format": "base64url"}), Primitive::Base64Url),
        (json!({"type": "string", "format": "uri"}), Primitive::Url),
        (json!({"type": "string", "format": "url"}), Primitive::Url),
        (json!({"type": "string", "format": "email"}), Primitive::String),
        // What TypeSpec's `@encode` leaves in OpenAPI 3.
        (json!({"type": "string", "format": "http-date"}), Primitive::DateTimeRfc7231),
        (json!({"type": "string", "format": "base64"}), Primitive::Base64),
        (json!({"type": "number", "format": "seconds"}), Primitive::DurationSeconds(Number::Float)),
        (json!({"type": "integer", "format": "seconds"}), Primitive::DurationSeconds(Number::Integer)),
        (json!({"type": "number", "format": "milliseconds"}), Primitive::DurationMilliseconds(Number::Float)),
        (json!({"type": "string", "format": "int64"}), Primitive::IntegerText),
        (json!({"type": "string", "format": "uint8"}), Primitive::IntegerText),
        (json!({"type": "string", "format": "double"}), Primitive::NumberText),
        (json!({"type": "string", "format": "ArrayEncoding.pipeDelimited"}), Primitive::Delimited(Delimiter::Pipe)),
    ];
    for (schema, expected) in cases {
        let api = swagger(swagger_returning(schema.clone(), json!({})));
        assert_eq!(response_type(&api), &TypeRef::Primitive(expected), "{schema}");
        assert!(api.diagnostics.is_empty(), "{schema}: {:?}", api.diagnostics);
    }
}

#[test]
fn containers_and_any() {
    let api = swagger(swagger_returning(json!({"type": "array", "items": {"type": "string"}}), json!({})));
    assert_eq!(response_type(&api), &TypeRef::List(Box::new(TypeRef::Primitive(Primitive::String))));

    let api = swagger(swagger_returning(
        json!({"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}}),
        json!({}),
    ));
    assert_eq!(response_type(&api), &TypeRef::Map(Box::new(TypeRef::Primitive(Primitive::I32))));

    let api = swagger(swagger_returning(json!({"type": "object", "additionalProperties": true}), json!({})));
    assert_eq!(response_type(&api), &TypeRef::Map(Box::new(TypeRef::Any)));

    for schema in [json!({}), json!({"type": "object"})] {
        let api = swagger(swagger_returning(schema, json!({})));
        assert_eq!(response_type(&api), &TypeRef::Any);
    }
}

#[test]
fn named_refs_and_inline_structs() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/File"}),
        json!({"File": {
            "type": "object",
            "required": ["fileId"],
            "properties": {
                "fileId": {"type": "string", "description": "File id."},
                "sizeInBytes": {"type": "integer", "format": "int64", "readOnly": true},
                "hashes": {"type": "object", "additionalProperties": {"type": "string"}},
                "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
                "parts": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}},
                "odata": {"type": "object", "x-ms-client-name": "OData", "properties": {"@odata.type": {"type": "string"}}}
            },
            "additionalProperties": {"type": "string"}
        }}),
    ));
    assert_eq!(response_type(&api), &named("File"));
    let file = strukt(&api, "File");
    let names: Vec<_> = file.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["fileId", "sizeInBytes", "hashes", "owner", "parts", "odata"]);
    assert!(file.fields[0].required && !file.fields[1].required);
    assert_eq!(file.fields[0].description.as_deref(), Some("File id."));
    assert!(file.fields[1].read_only);
    assert_eq!(file.fields[2].ty, TypeRef::Map(Box::new(TypeRef::Primitive(Primitive::String))));
    assert_eq!(file.fields[3].ty, named("FileOwner"));
    assert_eq!(file.fields[4].ty, TypeRef::List(Box::new(named("FilePartsItem"))));
    assert_eq!(file.fields[5].client_name.as_deref(), Some("OData"));
    assert_eq!(file.additional, Some(TypeRef::Primitive(Primitive::String)));
    // First-reached order: the parent, then what its fields reach.
    let order: Vec<_> = api.types.keys().map(|k| k.0.as_str()).collect();
    assert_eq!(order, ["File", "FileOwner", "FilePartsItem", "FileOdata"]);
    assert_eq!(ty(&api, "File").name, "File");
    assert_eq!(ty(&api, "File").source.pointer, "/definitions/File");
}

#[test]
fn all_of_merges_parents_first_and_unions_required() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/Child"}),
        json!({
            "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "kind": {"type": "string"}}},
            "Mid": {"allOf": [{"$ref": "#/definitions/Base"}], "properties": {"mid": {"type": "integer"}}},
            "Child": {
                "allOf": [{"$ref": "#/definitions/Mid"}, {"type": "object", "required": ["own"], "properties": {"own": {"type": "boolean"}}}],
                "required": ["mid"],
                "properties": {"kind": {"type": "string", "description": "overridden"}}
            }
        }),
    ));
    let child = strukt(&api, "Child");
    let names: Vec<_> = child.fields.iter().map(|f| (f.name.as_str(), f.required)).collect();
    assert_eq!(names, [("id", true), ("kind", false), ("mid", true), ("own", true)]);
    assert_eq!(child.fields[1].description.as_deref(), Some("overridden"));
    // Parents are merged into the child, and (like every schema) generated on their own too.
    assert!(api.types.contains_key(&TypeId("Base".into())));
}

#[test]
fn single_ref_all_of_is_the_ref() {
    let api = oas3(oas3_returning(
        json!({"type": "object", "properties": {"a": {"allOf": [{"$ref": "#/components/schemas/A"}], "description": "an A"}}}),
        json!({"A": {"type": "object", "properties": {"x": {"type": "string"}}}}),
    ));
    assert_eq!(response_type(&api), &named("GetResponse"));
    let f = &strukt(&api, "GetResponse").fields[0];
    assert_eq!(f.ty, named("A"));
    assert_eq!(f.description.as_deref(), Some("an A"));
}

#[test]
fn enums_with_x_ms_enum() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/Thing"}),
        json!({"Thing": {"properties": {
            "status": {"type": "string", "enum": ["on", "off"], "x-ms-enum": {"name": "Status", "modelAsString": false,
                "values": [{"value": "on", "name": "On", "description": "Running."}, {"value": "off"}]}},
            "again": {"type": "string", "enum": ["on", "off"], "x-ms-enum": {"name": "Status"}},
            "level": {"type": "integer", "enum": [1, 2]},
            "flag": {"type": "boolean", "enum": [true]}
        }}}),
    ));
    let thing = strukt(&api, "Thing");
    assert_eq!(thing.fields[0].ty, named("Status"));
    assert_eq!(thing.fields[1].ty, named("Status"), "same x-ms-enum name and values: one type");
    assert_eq!(thing.fields[2].ty, named("ThingLevel"));
    assert_eq!(thing.fields[3].ty, TypeRef::Primitive(Primitive::Bool));
    assert_eq!(
        ty(&api, "Status").kind,
        TypeKind::Enum(Enum {
            base: Primitive::String,
            values: vec![
                EnumValue { value: "on".into(), name: Some("On".into()), description: Some("Running.".into()) },
                EnumValue { value: "off".into(), name: None, description: None },
            ],
            open: false,
        })
    );
    let TypeKind::Enum(level) = &ty(&api, "ThingLevel").kind else { panic!() };
    assert_eq!(level.base, Primitive::I64);
    assert!(level.open, "enums are open unless modelAsString is false");
    assert_eq!(level.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>(), ["1", "2"]);
}

#[test]
fn nullability() {
    let api = oas3(oas3_returning(
        json!({"$ref": "#/components/schemas/T"}),
        json!({
            "T": {"properties": {
                "a": {"anyOf": [{"$ref": "#/components/schemas/U"}, {"type": "object", "nullable": true}]},
                "b": {"type": "string", "nullable": true},
                "c": {"type": "string"},
                "d": {"$ref": "#/components/schemas/N"}
            }},
            "U": {"properties": {"x": {"type": "string"}}},
            "N": {"type": "string", "nullable": true}
        }),
    ));
    let t = strukt(&api, "T");
    assert_eq!(t.fields[0].ty, named("U"));
    assert!(t.fields[0].nullable);
    assert!(t.fields[1].nullable);
    assert!(!t.fields[2].nullable);
    assert!(t.fields[3].nullable, "nullable target");
    assert!(api.diagnostics.is_empty(), "{:?}", api.diagnostics);

    let api = swagger(swagger_returning(
        json!({"type": "object", "properties": {"x": {"type": "string", "x-nullable": true}}}),
        json!({}),
    ));
    assert!(strukt(&api, "GetResponse").fields[0].nullable);
}

#[test]
fn openapi_31_type_arrays_and_const() {
    let api = oas31(oas3_returning(
        json!({"type": "object", "properties": {
            "a": {"type": ["string", "null"], "format": "date-time"},
            "b": {"const": "fixed"},
            "c": {"type": ["string", "integer"]}
        }}),
        json!({}),
    ));
    let s = strukt(&api, "GetResponse");
    assert_eq!(s.fields[0].ty, TypeRef::Primitive(Primitive::DateTime));
    assert!(s.fields[0].nullable);
    assert_eq!(s.fields[1].ty, named("GetResponseB"));
    let TypeKind::Enum(e) = &ty(&api, "GetResponseB").kind else { panic!() };
    assert_eq!(e.values.len(), 1);
    assert_eq!(s.fields[2].ty, TypeRef::Any);
    assert!(has_diag(&api, "several types"));
}

#[test]
fn graph_special_floats_are_f64_with_a_note() {
    let api = oas3(oas3_returning(
        json!({"type": "object", "properties": {"score": {"oneOf": [
            {"type": "number", "format": "double", "nullable": true},
            {"type": "string", "nullable": true},
            {"$ref": "#/components/schemas/ReferenceNumeric"}
        ], "description": "A score."}}}),
        json!({"ReferenceNumeric": {"enum": ["-INF", "INF", "NaN"], "type": "string", "nullable": true}}),
    ));
    let f = &strukt(&api, "GetResponse").fields[0];
    assert_eq!(f.ty, TypeRef::Primitive(Primitive::F64));
    assert!(f.description.as_deref().unwrap().starts_with("A score.\n\n"));
    assert!(f.description.as_deref().unwrap().contains("NaN"));
    assert!(api.diagnostics.is_empty(), "{:?}", api.diagnostics);
}

#[test]
fn number_or_plain_string_is_not_a_special_float() {
    // TypeSpec's `string | float32`: no enum of special values, so a real union.
    let api = oas3(oas3_returning(
        json!({"type": "object", "properties": {"v": {"anyOf": [{"type": "string"}, {"type": "number", "format": "float"}]}}}),
        json!({}),
    ));
    assert_ne!(strukt(&api, "GetResponse").fields[0].ty, TypeRef::Primitive(Primitive::F32));
}

#[test]
fn named_empty_objects_are_structs() {
    // TypeSpec's empty models: a struct (its default is `{}`), where an inline bare object
    // stays any JSON.
    let api = oas3(oas3_returning(
        json!({"type": "object", "properties": {"e": {"$ref": "#/components/schemas/Empty"}, "free": {"type": "object"}}}),
        json!({"Empty": {"type": "object", "description": "Nothing yet."}}),
    ));
    assert_eq!(ty(&api, "Empty").kind, TypeKind::Struct(Struct { fields: Vec::new(), additional: None }));
    assert_eq!(strukt(&api, "GetResponse").fields[1].ty, TypeRef::Any);
}

#[test]
fn other_unions_are_one_of_their_branches() {
    let api = oas3(oas3_returning(
        json!({"oneOf": [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "null"}]}),
        json!({}),
    ));
    let TypeRef::Named(id) = response_type(&api) else { panic!("expected a named union") };
    let TypeKind::OneOf(members) = &api.types[id].kind else { panic!("expected OneOf, got {:?}", api.types[id].kind) };
    assert_eq!(members.len(), 2);
    assert_eq!(members[0], TypeRef::Primitive(Primitive::String));
    assert!(matches!(&members[1], TypeRef::Named(_)));
    assert!(api.diagnostics.is_empty(), "{:?}", api.diagnostics);
}

#[test]
fn string_unions_merge_into_one_open_enum() {
    let api = oas3(oas3_returning(
        json!({"type": "object", "properties": {
            "ext": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["b", "c"]}]},
            "both": {"anyOf": [{"$ref": "#/components/schemas/LR"}, {"$ref": "#/components/schemas/UD"}]},
            "same": {"anyOf": [{"$ref": "#/components/schemas/UD"}, {"$ref": "#/components/schemas/UD"}]},
            "text": {"anyOf": [{"type": "string"}, {"type": "string"}]}
        }}),
        json!({"LR": {"type": "string", "enum": ["left", "right"]}, "UD": {"type": "string", "enum": ["up", "down"]}}),
    ));
    let fields = &strukt(&api, "GetResponse").fields;
    let values = |ty: &TypeRef| match ty {
        TypeRef::Named(id) => match &api.types[id].kind {
            TypeKind::Enum(e) => e.values.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
            other => panic!("expected an enum, got {other:?}"),
        },
        other => panic!("expected a named type, got {other:?}"),
    };
    assert_eq!(values(&fields[0].ty), ["b", "c"]);
    assert_eq!(values(&fields[1].ty), ["left", "right", "up", "down"]);
    assert_eq!(fields[2].ty, TypeRef::Named(TypeId("UD".into())));
    assert_eq!(fields[3].ty, TypeRef::Primitive(Primitive::String));
}

#[test]
fn list_items_and_map_values_keep_nullability() {
    let api = oas3(oas3_returning(
        json!({"type": "object", "properties": {
            "list": {"type": "array", "items": {"type": "integer", "format": "int32", "nullable": true}},
            "map": {"type": "object", "additionalProperties": {"type": "string", "nullable": true}}
        }}),
        json!({}),
    ));
    let fields = &strukt(&api, "GetResponse").fields;
    let nullable = |p| TypeRef::Nullable(Box::new(TypeRef::Primitive(p)));
    assert_eq!(fields[0].ty, TypeRef::List(Box::new(nullable(Primitive::I32))));
    assert_eq!(fields[1].ty, TypeRef::Map(Box::new(nullable(Primitive::String))));
}

#[test]
fn recursive_schemas_terminate() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/CommunicationErrorResponse"}),
        json!({
            "CommunicationErrorResponse": {"required": ["error"], "properties": {"error": {"$ref": "#/definitions/CommunicationError"}}},
            "CommunicationError": {"properties": {
                "code": {"type": "string"},
                "innerErrors": {"type": "array", "items": {"$ref": "#/definitions/CommunicationError"}},
                "innerError": {"$ref": "#/definitions/CommunicationError"}
            }}
        }),
    ));
    let e = strukt(&api, "CommunicationError");
    assert_eq!(e.fields[1].ty, TypeRef::List(Box::new(named("CommunicationError"))));
    assert_eq!(e.fields[2].ty, named("CommunicationError"));
    assert_eq!(api.types.len(), 2);
}

#[test]
fn recursive_all_of_terminates() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/A"}),
        json!({
            "A": {"allOf": [{"$ref": "#/definitions/B"}], "properties": {"a": {"type": "string"}}},
            "B": {"allOf": [{"$ref": "#/definitions/A"}], "properties": {"b": {"type": "string"}}}
        }),
    ));
    let names: Vec<_> = strukt(&api, "A").fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["b", "a"]);
}

#[test]
fn bad_ref_is_any_with_a_diagnostic() {
    let api = swagger(swagger_returning(
        json!({"type": "object", "properties": {"x": {"$ref": "#/definitions/Missing"}}}),
        json!({}),
    ));
    assert_eq!(strukt(&api, "GetResponse").fields[0].ty, TypeRef::Any);
    let d = api.diagnostics.iter().find(|d| d.message.contains("#/definitions/Missing")).expect("diagnostic");
    assert_eq!(d.source.pointer, "/paths/~1x/get/responses/200/schema/properties/x");
    assert_eq!(d.source.file, "spec.json");
}

#[test]
fn named_primitives_and_arrays_are_aliases() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/Ids"}),
        json!({"Ids": {"type": "array", "items": {"$ref": "#/definitions/Id"}}, "Id": {"type": "string", "format": "uuid"}}),
    ));
    assert_eq!(ty(&api, "Ids").kind, TypeKind::Alias(TypeRef::List(Box::new(named("Id")))));
    assert_eq!(ty(&api, "Id").kind, TypeKind::Alias(TypeRef::Primitive(Primitive::Uuid)));
}

#[test]
fn same_key_in_two_documents_gets_a_unique_id() {
    let root = swagger_returning(
        json!({"type": "object", "properties": {
            "a": {"$ref": "#/definitions/Error"},
            "b": {"$ref": "other.json#/definitions/Error"}
        }}),
        json!({"Error": {"properties": {"code": {"type": "string"}}}}),
    );
    let other = json!({"definitions": {"Error": {"properties": {"message": {"type": "string"}}}}});
    let spec = Spec {
        dialect: Dialect::Swagger2,
        docs: vec![
            Document { path: "spec.json".into(), root: root.into() },
            Document { path: "other.json".into(), root: other.into() },
        ],
    };
    let api = lower(&spec);
    let s = strukt(&api, "GetResponse");
    assert_eq!(s.fields[0].ty, named("Error"));
    assert_eq!(s.fields[1].ty, named("Error2"));
    assert_eq!(ty(&api, "Error2").name, "Error2");
    assert_eq!(ty(&api, "Error2").source.file, "other.json");
    assert_eq!(strukt(&api, "Error2").fields[0].name, "message");
}

#[test]
fn binary_inside_json_is_a_string_with_a_diagnostic() {
    let api = oas3(oas3_returning(
        json!({"type": "object", "properties": {"content": {"type": "string", "format": "binary"}}}),
        json!({}),
    ));
    assert_eq!(strukt(&api, "GetResponse").fields[0].ty, TypeRef::Primitive(Primitive::String));
    assert!(has_diag(&api, "format: binary"));
}

#[test]
fn long_reference_chains_are_not_cut_short() {
    // A0 -> A1 -> … -> A999: far deeper than the inline nesting limit; lowered from a
    // queue, so neither the stack nor the limit is in the way.
    let mut defs = serde_json::Map::new();
    for i in 0..1000 {
        let next =
            if i == 999 { json!({"type": "string"}) } else { json!({"$ref": format!("#/definitions/A{}", i + 1)}) };
        defs.insert(format!("A{i}"), json!({"properties": {"next": next}}));
    }
    let api = swagger(swagger_returning(json!({"$ref": "#/definitions/A0"}), serde_json::Value::Object(defs)));
    assert_eq!(api.types.len(), 1000);
    assert_eq!(strukt(&api, "A998").fields[0].ty, named("A999"));
    assert!(api.diagnostics.is_empty());
}

#[test]
fn absurd_inline_nesting_is_cut_with_a_diagnostic() {
    let mut schema = json!({"type": "string"});
    for _ in 0..100 {
        schema = json!({"type": "array", "items": schema});
    }
    let api = swagger(swagger_returning(schema, json!({})));
    assert!(has_diag(&api, "nested more than 64 levels"));
}

#[test]
fn inline_enums_reuse_a_named_enum_with_the_same_x_ms_enum_name() {
    let api = swagger(swagger_returning(
        json!({"type": "object", "properties": {
            "a": {"$ref": "#/definitions/Color"},
            "b": {"type": "string", "enum": ["red", "blue"], "x-ms-enum": {"name": "Color"}},
            "c": {"type": "string", "enum": ["red", "green"], "x-ms-enum": {"name": "Color"}}
        }}),
        json!({"Color": {"type": "string", "enum": ["red", "blue"], "x-ms-enum": {"name": "Color", "modelAsString": true}}}),
    ));
    let s = strukt(&api, "GetResponse");
    assert_eq!(s.fields[0].ty, named("Color"));
    assert_eq!(s.fields[1].ty, named("Color"));
    assert_eq!(s.fields[2].ty, named("Color2"), "different values: a type of its own");
}

#[test]
fn xml_names_attributes_and_item_names() {
    let api = swagger(json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "paths": {"/m": {"get": {"operationId": "Get", "produces": ["application/xml"],
            "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Model"}}}}}},
        "definitions": {
            "Tag": {"type": "string", "xml": {"name": "ItemName"}},
            "Model": {"type": "object", "xml": {"name": "Root", "prefix": "smp", "namespace": "http://example.com/schema"},
                "properties": {
                    "id": {"type": "integer", "format": "int32", "xml": {"attribute": true, "name": "xml-id"}},
                    "content": {"type": "string", "xml": {"x-ms-text": true}},
                    "counts": {"type": "array", "items": {"type": "integer", "format": "int32"}, "xml": {"wrapped": true}},
                    "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}, "xml": {"name": "Tags", "wrapped": true}},
                    "colors": {"type": "array", "items": {"type": "string"}}
                }}
        }
    }));
    assert!(matches!(&op(&api, "Get").responses[0].body.as_ref().unwrap().ty, BodyType::Xml(_)));
    let model = ty(&api, "Model");
    assert_eq!(model.xml.name.as_deref(), Some("Root"));
    assert_eq!((model.xml.prefix.as_deref(), model.xml.namespace.as_deref()), (Some("smp"), Some("http://example.com/schema")));
    let fields = &strukt(&api, "Model").fields;
    let field = |name: &str| fields.iter().find(|f| f.name == name).unwrap();
    assert!(field("id").xml.attribute);
    assert_eq!(field("id").xml.node.name.as_deref(), Some("xml-id"));
    assert!(field("content").xml.text);
    assert!(field("counts").xml.wrapped);
    assert_eq!(field("counts").xml.item_name.as_deref(), Some("int32"));
    assert_eq!(field("tags").xml.item_name.as_deref(), Some("ItemName"));
    assert!(!field("colors").xml.wrapped);
}
