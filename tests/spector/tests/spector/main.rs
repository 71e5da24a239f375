//! The Spector scenarios, one module per scenario folder (`type/model/empty` →
//! `type_model_empty.rs`), all in one test binary so it links once. Each test drives a
//! generated client through one scenario against the mock server at `$SPECTOR_ENDPOINT`
//! (started by `cargo xtask spector`) and asserts on what the client parsed; the server checks
//! the requests and records the scenario as passed.

mod common;

mod serialization_encoded_name_json;
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
mod type_scalar;
mod type_union;
mod type_union_discriminated;
