//! Emit: Rust source from the IR.
