//! The Spector scenarios, one module per scenario folder (`type/model/empty` →
//! `type_model_empty.rs`), all in one test binary so it links once. Each test drives a
//! generated client through one scenario against the mock server at `$SPECTOR_ENDPOINT`
//! (started by `cargo xtask spector`) and asserts on what the client parsed; the server checks
//! the requests and records the scenario as passed.

mod common;

mod azure_azure_client_generator_core_api_version;
mod azure_azure_client_generator_core_next_link_verb;
mod azure_azure_client_generator_core_response_as_bool;
mod azure_azure_core_basic;
mod azure_azure_core_lro_rpc;
mod azure_azure_core_lro_standard;
mod azure_azure_core_model;
mod azure_azure_core_page;
mod azure_azure_core_scalar;
mod azure_azure_core_traits;
mod azure_azure_encode_duration;
mod azure_azure_example_basic;
mod azure_azure_payload_pageable;
mod azure_azure_special_headers_client_request_id;
mod azure_azure_special_headers_conditional_request;
mod azure_azure_versioning_preview_version;
mod azure_client_overload;
mod azure_resiliency_srv_driven;
mod azure_service_multi_service;
mod type_model_empty;
