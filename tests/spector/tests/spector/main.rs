//! The Spector scenarios, one module per scenario folder (`type/model/empty` →
//! `type_model_empty.rs`), all in one test binary so it links once. Each test drives a
//! generated client through one scenario against the mock server at `$SPECTOR_ENDPOINT`
//! (started by `cargo xtask spector`) and asserts on what the client parsed; the server checks
//! the requests and records the scenario as passed.

mod common;

mod payload_content_negotiation;
mod payload_head;
mod payload_json_merge_patch;
mod payload_media_type;
mod payload_multipart;
mod payload_pageable;
mod payload_xml;
mod response_body_or_no_content;
mod streaming_jsonl;
mod streaming_sse;
mod type_model_empty;
mod type_property_additional_properties;
mod type_property_nullable;
mod type_property_optionality;
mod type_property_value_types;
