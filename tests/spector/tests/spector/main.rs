//! The Spector scenarios, one module per scenario folder (`type/model/empty` →
//! `type_model_empty.rs`), all in one test binary so it links once. Each test drives a
//! generated client through one scenario against the mock server at `$SPECTOR_ENDPOINT`
//! (started by `cargo xtask spector`) and asserts on what the client parsed; the server checks
//! the requests and records the scenario as passed.

mod common;
mod credential;

mod authentication_api_key;
mod authentication_http_custom;
mod authentication_noauth_union;
mod authentication_oauth2;
mod authentication_union;
mod documentation;
mod parameters_basic;
mod parameters_body_optionality;
mod parameters_body_root;
mod parameters_collection_format;
mod parameters_path;
mod parameters_query;
mod parameters_spread;
mod routes;
mod server_endpoint_not_defined;
mod server_path_multiple_v1_0;
mod server_path_single;
mod server_versions_not_versioned;
mod server_versions_versioned_2022_12_01_preview;
mod special_headers_conditional_request;
mod special_headers_repeatability;
mod type_model_empty;
mod type_property_additional_properties;
mod type_property_nullable;
mod type_property_optionality;
mod type_property_value_types;
mod versioning_added_v2;
mod versioning_made_optional_v2;
mod versioning_removed_v1;
mod versioning_removed_v2;
mod versioning_removed_v2preview;
mod versioning_renamed_from_v2;
mod versioning_return_type_changed_from_v2;
mod versioning_type_changed_from_v2;
