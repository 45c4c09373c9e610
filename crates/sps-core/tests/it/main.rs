//! sps-core's integration tests: one binary, one module per subject.
#![allow(missing_docs)]

mod call;
mod edgegrid;
#[allow(dead_code)] // Its constructors serve `cargo xtask interop`, which includes this file.
mod edgegrid_vector;
mod invariants;
mod props;
mod requests;
mod responses;
mod support;
mod validation;
