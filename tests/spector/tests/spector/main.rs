//! The Spector scenarios, one module per scenario folder (`type/model/empty` →
//! `type_model_empty.rs`), all in one test binary so it links once. Each test drives a
//! generated client through one scenario against the mock server at `$SPECTOR_ENDPOINT`
//! (started by `cargo xtask spector`) and asserts on what the client parsed; the server checks
//! the requests and records the scenario as passed.

mod common;

mod azure_azure_core_basic;
mod azure_azure_core_lro_rpc;
mod azure_azure_core_lro_standard;
mod type_model_empty;
