//! Discriminated unions: Graph (OpenAPI 3 mapping), Swagger 2, implicit subtypes, oneOf.

use super::*;
use crate::ir::{TypeKind, Union};
use serde_json::json;

fn union<'a>(api: &'a Api, id: &str) -> &'a Union {
    match &ty(api, id).kind {
        TypeKind::Union(u) => u,
        other => panic!("{id} is not a union: {other:?}"),
    }
}

fn variants(u: &Union) -> Vec<(&str, &str)> {
    u.variants.iter().map(|(k, v)| (k.as_str(), v.0.as_str())).collect()
}

/// Graph's shape: the discriminator sits in the inline allOf part of commsOperation.
fn graph_schemas() -> serde_json::Value {
    json!({
        "microsoft.graph.entity": {"title": "entity", "type": "object", "properties": {
            "id": {"type": "string"},
            "@odata.type": {"type": "string"}
        }, "required": ["@odata.type"]},
        "microsoft.graph.commsOperation": {"allOf": [
            {"$ref": "#/components/schemas/microsoft.graph.entity"},
            {"title": "commsOperation", "type": "object", "description": "An operation.", "properties": {
                "clientContext": {"type": "string", "nullable": true},
                "resultInfo": {"anyOf": [{"$ref": "#/components/schemas/microsoft.graph.resultInfo"}, {"type": "object", "nullable": true}]}
            }, "discriminator": {"propertyName": "@odata.type", "mapping": {
                "#microsoft.graph.commsOperation": "#/components/schemas/microsoft.graph.commsOperation",
                "#microsoft.graph.cancelMediaProcessingOperation": "#/components/schemas/microsoft.graph.cancelMediaProcessingOperation",
                "#microsoft.graph.recordOperation": "#/components/schemas/microsoft.graph.recordOperation"
            }}}
        ]},
        "microsoft.graph.cancelMediaProcessingOperation": {"allOf": [
            {"$ref": "#/components/schemas/microsoft.graph.commsOperation"},
            {"title": "cancelMediaProcessingOperation", "type": "object", "properties": {}}
        ]},
        "microsoft.graph.recordOperation": {"allOf": [
            {"$ref": "#/components/schemas/microsoft.graph.commsOperation"},
            {"title": "recordOperation", "type": "object", "properties": {"recordingLocation": {"type": "string"}}}
        ]},
        "microsoft.graph.muteParticipantOperation": {"allOf": [
            {"$ref": "#/components/schemas/microsoft.graph.commsOperation"},
            {"title": "muteParticipantOperation", "type": "object"}
        ]},
        "microsoft.graph.resultInfo": {"type": "object", "properties": {"code": {"type": "integer", "format": "int32"}}}
    })
}

#[test]
fn graph_discriminator_with_mapping() {
    let api =
        oas3(oas3_returning(json!({"$ref": "#/components/schemas/microsoft.graph.commsOperation"}), graph_schemas()));
    let u = union(&api, "microsoft.graph.commsOperation");
    assert_eq!(u.discriminator, "@odata.type");
    assert_eq!(
        variants(u),
        [
            ("#microsoft.graph.cancelMediaProcessingOperation", "microsoft.graph.cancelMediaProcessingOperation"),
            ("#microsoft.graph.recordOperation", "microsoft.graph.recordOperation"),
            // Not in the mapping, found through allOf.
            ("#microsoft.graph.muteParticipantOperation", "microsoft.graph.muteParticipantOperation"),
        ]
    );
    let base_id = u.base.clone().expect("base struct");
    assert_eq!(base_id.0, "microsoft.graph.commsOperation.base");
    let base = &api.types[&base_id];
    assert_eq!(base.name, "microsoft.graph.commsOperation");
    assert_eq!(base.description.as_deref(), Some("An operation."));
    let TypeKind::Struct(base) = &base.kind else { panic!() };
    let names: Vec<_> = base.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["id", "@odata.type", "clientContext", "resultInfo"]);

    // Subtypes hold every inherited field, the discriminator included.
    let record = strukt(&api, "microsoft.graph.recordOperation");
    let names: Vec<_> = record.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["id", "@odata.type", "clientContext", "resultInfo", "recordingLocation"]);
    assert!(record.fields[1].required);
    assert!(record.fields[3].nullable);
    assert_eq!(record.fields[3].ty, named("microsoft.graph.resultInfo"));
    assert!(strukt(&api, "microsoft.graph.cancelMediaProcessingOperation").fields.len() == 4);
    assert!(api.diagnostics.is_empty(), "{:?}", api.diagnostics);

    // The union comes first, then its base struct.
    let at = |id: &str| api.types.keys().position(|k| k.0 == id).expect(id);
    assert_eq!(at("microsoft.graph.commsOperation") + 1, at("microsoft.graph.commsOperation.base"));
}

#[test]
fn references_to_a_base_are_the_union() {
    let mut schemas = graph_schemas();
    schemas["microsoft.graph.holder"] = json!({"properties": {
        "op": {"$ref": "#/components/schemas/microsoft.graph.commsOperation"},
        "ops": {"type": "array", "items": {"$ref": "#/components/schemas/microsoft.graph.recordOperation"}}
    }});
    let api = oas3(oas3_returning(json!({"$ref": "#/components/schemas/microsoft.graph.holder"}), schemas));
    let holder = strukt(&api, "microsoft.graph.holder");
    assert_eq!(holder.fields[0].ty, named("microsoft.graph.commsOperation"));
    assert_eq!(holder.fields[1].ty, TypeRef::List(Box::new(named("microsoft.graph.recordOperation"))));
}

#[test]
fn swagger2_discriminator_with_x_ms_discriminator_value() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/Fish"}),
        json!({
            "Fish": {"type": "object", "discriminator": "fishtype", "required": ["fishtype"], "properties": {
                "fishtype": {"type": "string"}, "length": {"type": "number", "format": "float"}
            }},
            "Salmon": {"x-ms-discriminator-value": "smart_salmon", "allOf": [{"$ref": "#/definitions/Fish"}],
                "properties": {"location": {"type": "string"}}},
            "Shark": {"allOf": [{"$ref": "#/definitions/Fish"}], "properties": {"age": {"type": "integer"}}},
            "Sawshark": {"allOf": [{"$ref": "#/definitions/Shark"}], "properties": {"picture": {"type": "string", "format": "byte"}}},
            "Unrelated": {"properties": {"x": {"type": "string"}}}
        }),
    ));
    let u = union(&api, "Fish");
    assert_eq!(u.discriminator, "fishtype");
    // Shark, an intermediate base, is its own fields here.
    assert_eq!(variants(u), [("smart_salmon", "Salmon"), ("Shark", "Shark.base"), ("Sawshark", "Sawshark")]);
    assert_eq!(u.base.as_ref().map(|b| b.0.as_str()), Some("Fish.base"));
    // A Shark in a body may be a Sawshark: it picks by the inherited property.
    let shark = union(&api, "Shark");
    assert_eq!(shark.discriminator, "fishtype");
    assert_eq!(variants(shark), [("Sawshark", "Sawshark")]);
    assert_eq!(shark.base_value.as_deref(), Some("Shark"));
    let saw: Vec<_> = strukt(&api, "Sawshark").fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(saw, ["fishtype", "length", "age", "picture"]);
    // Not a subtype, but still generated: unreached schemas are kept, as plain structs.
    assert!(matches!(api.types[&TypeId("Unrelated".into())].kind, TypeKind::Struct(_)));
}

#[test]
fn base_without_subtypes_is_a_struct() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/Lonely"}),
        json!({"Lonely": {"discriminator": "kind", "properties": {"kind": {"type": "string"}}}}),
    ));
    assert_eq!(strukt(&api, "Lonely").fields.len(), 1);
}

#[test]
fn nested_polymorphic_variant_maps_to_its_base_struct() {
    let api = swagger(swagger_returning(
        json!({"$ref": "#/definitions/Animal"}),
        json!({
            "Animal": {"discriminator": "kind", "properties": {"kind": {"type": "string"}}},
            "Dog": {"allOf": [{"$ref": "#/definitions/Animal"}], "discriminator": "kind", "properties": {"bark": {"type": "string"}}},
            "Puppy": {"allOf": [{"$ref": "#/definitions/Dog"}], "properties": {"age": {"type": "integer"}}}
        }),
    ));
    let u = union(&api, "Animal");
    assert_eq!(variants(u), [("Dog", "Dog.base"), ("Puppy", "Puppy")]);
    let dog = union(&api, "Dog");
    assert_eq!(variants(dog), [("Puppy", "Puppy")]);
}

#[test]
fn one_of_with_discriminator_is_a_union_without_base() {
    let api = oas3(oas3_returning(
        json!({"$ref": "#/components/schemas/Pet"}),
        json!({
            "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "petType", "mapping": {"dog": "Dog"}}},
            "Cat": {"properties": {"petType": {"type": "string"}, "meow": {"type": "boolean"}}},
            "Dog": {"properties": {"petType": {"type": "string"}, "bark": {"type": "boolean"}}}
        }),
    ));
    let u = union(&api, "Pet");
    assert_eq!(variants(u), [("dog", "Dog"), ("Cat", "Cat")]);
    assert_eq!(u.base, None);
}

#[test]
fn bad_mapping_target_is_reported() {
    let api = oas3(oas3_returning(
        json!({"$ref": "#/components/schemas/Base"}),
        json!({
            "Base": {"properties": {"k": {"type": "string"}}, "discriminator": {"propertyName": "k", "mapping": {"x": "#/components/schemas/Nope"}}},
            "Sub": {"allOf": [{"$ref": "#/components/schemas/Base"}]}
        }),
    ));
    assert_eq!(variants(union(&api, "Base")), [("Sub", "Sub")]);
    assert!(has_diag(&api, "discriminator mapping 'x'"));
}
