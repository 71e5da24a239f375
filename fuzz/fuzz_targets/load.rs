//! cargo-fuzz target: the loader (JSON and YAML) and lowering must never panic, overflow the
//! stack or blow up memory, whatever the bytes. Run with `cargo +nightly fuzz run load`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| restgen_fuzz::load_target(data));
