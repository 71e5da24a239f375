//! The Spector scenarios, one module per scenario folder (`type/model/empty` →
//! `type_model_empty.rs`), all in one test binary so it links once. Each test drives a
//! generated client through one scenario against the mock server at `$SPECTOR_ENDPOINT`
//! (started by `cargo xtask spector`) and asserts on what the client parsed; the server checks
//! the requests and records the scenario as passed.

mod bearer;
mod common;

mod azure_azure_resource_manager_common_properties_2023_12_01_preview;
mod azure_azure_resource_manager_large_header_2023_12_01_preview;
mod azure_azure_resource_manager_management_group_2023_12_01_preview;
mod azure_azure_resource_manager_method_subscription_id_2023_12_01_preview;
mod azure_azure_resource_manager_multi_service;
mod azure_azure_resource_manager_multi_service_shared_models;
mod azure_azure_resource_manager_non_resource_2023_12_01_preview;
mod azure_azure_resource_manager_operation_templates_2023_12_01_preview;
mod azure_azure_resource_manager_resources_2023_12_01_preview;
mod azure_azure_resource_manager_service_group_2023_12_01_preview;
mod encode_array;
mod encode_boolean;
mod encode_bytes;
mod encode_datetime;
mod encode_duration;
mod encode_numeric;
mod payload_content_negotiation;
mod payload_head;
mod payload_json_merge_patch;
mod payload_media_type;
mod payload_multipart;
mod payload_pageable;
mod payload_xml;
mod response_body_or_no_content;
mod serialization_encoded_name_json;
mod special_words;
mod streaming_jsonl;
mod streaming_sse;
mod type_array;
mod type_dictionary;
mod type_enum_extensible;
mod type_enum_fixed;
mod type_file;
mod type_model_empty;
mod type_model_inheritance_enum_discriminator;
mod type_model_inheritance_nested_discriminator;
mod type_model_inheritance_not_discriminated;
mod type_model_inheritance_recursive;
mod type_model_inheritance_single_discriminator;
mod type_model_usage;
mod type_model_visibility;
mod type_property_additional_properties;
mod type_property_nullable;
mod type_property_optionality;
mod type_property_value_types;
mod type_scalar;
mod type_union;
mod type_union_discriminated;
