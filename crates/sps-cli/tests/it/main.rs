//! The `sps` command, run as a process against an emulator started in the test.
#![allow(missing_docs)]

mod commands;
mod dv;
mod errors;
mod support;
