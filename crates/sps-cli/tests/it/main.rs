//! The `sps` command, run as a process against an emulator started in the test.
#![allow(missing_docs)]

mod bad_input;
mod commands;
mod documented;
mod dv;
mod errors;
mod support;
