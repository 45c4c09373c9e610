//! sps-emulator's integration tests: the emulator started in-process, driven over HTTP with
//! requests built and signed by sps-core.
#![allow(missing_docs)]

mod auth;
mod dv;
mod endpoints;
mod faults;
mod persistence;
mod support;
mod workflow;
