//! Project tasks, run as `cargo xtask <task>`.
//!
//! - `bench [--quick]`: speed and memory against same-run baselines, into docs/benchmarks.md.
//! - `release [--dry-run] VERSION`: fmt, clippy, tests, docs, codegen check, CHANGELOG entry,
//!   version bump, `cargo package` of each publishable crate in dependency order.
//! - `soak [--creates N] [--write]`: creates through both transports and the CLI against a
//!   faulty, restarting emulator; checks nothing is duplicated or lost.
//! - `fuzz [--seconds N] [--targets A,B] [--write]`: the cargo-fuzz targets, seeded with the
//!   reference's samples.
//! - `schemathesis [--examples N] [--seed S] [--write]`: schemathesis generates calls from
//!   docs/openapi.yaml, signed with edgegrid-python, against a faulty emulator; every answer
//!   must match the document and every 500 must be an injected one.
//! - `load [--calls N] [--hostnames N] [--limit R] [--write]`: the released emulator under 64
//!   concurrent clients; sps-async provisioning 1,000 hostnames under a request limit.
//! - `codegen [--check]`: the files written from the code (docs/cli.md, man pages,
//!   completions, docs/parameters.md, docs/openapi.yaml).
//! - `interop`: compares sps-core's EdgeGrid signer with Akamai's official edgegrid-python
//!   on random requests (and writes the vectors file the unit tests load), then drives
//!   sps-emulator with edgegrid-python + requests.

mod bench;
mod codegen;
mod forms;
mod fuzz;
mod interop;
mod load;
mod python;
mod release;
mod reliability;
mod schemathesis;
mod soak;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Project tasks for sps")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Measure speed and memory against baselines in the same run; write docs/benchmarks.md.
    Bench {
        /// Shorter measurements (for a quick look; the committed figures use the full run).
        #[arg(long)]
        quick: bool,
    },
    /// Check, bump versions and package the publishable crates (nothing written with --dry-run).
    Release {
        /// Report what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// The new version (such as 0.2.0).
        version: String,
    },
    /// Creates through both transports and the CLI against a faulty, restarting emulator.
    Soak {
        /// How many creates.
        #[arg(long, default_value_t = 300)]
        creates: usize,
        /// Seed of the emulator's fault draws.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write the report into docs/reliability.md.
        #[arg(long)]
        write: bool,
    },
    /// Run every cargo-fuzz target (stable Rust, via RUSTC_BOOTSTRAP=1).
    Fuzz {
        /// Seconds per target.
        #[arg(long, default_value_t = 60)]
        seconds: u64,
        /// Only these targets (comma-separated; default: all).
        #[arg(long, value_delimiter = ',')]
        targets: Vec<String>,
        /// Write the figures into docs/reliability.md.
        #[arg(long)]
        write: bool,
    },
    /// schemathesis against the emulator from docs/openapi.yaml, each call signed with edgegrid-python.
    Schemathesis {
        /// Test cases per operation and phase.
        #[arg(long, default_value_t = 100)]
        examples: u32,
        /// Seed of schemathesis and of the emulator's fault draws.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write the report into docs/reliability.md.
        #[arg(long)]
        write: bool,
    },
    /// The emulator under 64 concurrent clients; sps-async provisioning hostnames under a request limit.
    Load {
        /// Calls made by the 64 clients together.
        #[arg(long, default_value_t = 12_800)]
        calls: usize,
        /// Hostnames to provision.
        #[arg(long, default_value_t = 1_000)]
        hostnames: usize,
        /// The client's request limit, in requests a second.
        #[arg(long, default_value_t = 100.0)]
        limit: f64,
        /// Write the report into docs/reliability.md.
        #[arg(long)]
        write: bool,
    },
    /// Write the generated docs (CLI reference, man pages, completions, parameters, OpenAPI).
    Codegen {
        /// Fail when a generated file is stale instead of writing it.
        #[arg(long)]
        check: bool,
    },
    /// Sign random requests with sps-core and with the official edgegrid-python, compare;
    /// then call sps-emulator with edgegrid-python.
    Interop {
        /// How many random cases (the fixed reference-shaped cases come on top).
        #[arg(long, default_value_t = 500)]
        cases: usize,
        /// Seed of the case generator (default: random, printed).
        #[arg(long)]
        seed: Option<u64>,
        /// Also write the cases and edgegrid-python's answers as a vectors file.
        #[arg(long)]
        write: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.task {
        Task::Codegen { check } => codegen::run(check),
        Task::Bench { quick } => bench::run_all(quick),
        Task::Fuzz { seconds, targets, write } => {
            fuzz::run(seconds, &targets)
                .and_then(|report| if write { reliability::write_fuzz(&report) } else { Ok(()) })
        }
        Task::Soak { creates, seed, write } => {
            soak::run(creates, seed)
                .and_then(|report| if write { reliability::write_soak(creates, &report) } else { Ok(()) })
        }
        Task::Schemathesis { examples, seed, write } => schemathesis::run(examples, seed).and_then(|report| {
            if write {
                reliability::write_schemathesis(&report)
            } else {
                Ok(())
            }
        }),
        Task::Load { calls, hostnames, limit, write } => {
            load::run(calls, hostnames, limit).and_then(|report| match report {
                Some(report) if write => reliability::write_load(&report),
                _ => Ok(()),
            })
        }
        Task::Release { dry_run, version } => release::run(&version, dry_run),
        Task::Interop { cases, seed, write } => {
            interop::run(cases, seed, write.as_deref()).and_then(|()| interop::emulator())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask is in the workspace").to_path_buf()
}
