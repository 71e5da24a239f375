//! The Spector scenarios, one module per scenario folder (`type/model/empty` →
//! `type_model_empty.rs`), all in one test binary so it links once. Each test drives a
//! generated client through one scenario against the mock server at `$SPECTOR_ENDPOINT`
//! (started by `cargo xtask spector`) and asserts on what the client parsed; the server checks
//! the requests and records the scenario as passed.

mod common;

mod type_model_empty;
mod type_property_additional_properties;
mod type_property_nullable;
mod type_property_optionality;
mod type_property_value_types;
