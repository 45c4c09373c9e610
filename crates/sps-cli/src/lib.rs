//! The `sps` command as a library: its clap definition (for generated documentation,
//! completions and man pages) and [`main`], which the `sps` binary calls.
//!
//! **What it is for:** the command line of sps. **What it is not for:** programs that talk
//! to SPS: use `sps-blocking` or `sps-async`.

mod args;
mod commands;
mod context;
mod error;
mod output;

use std::process::ExitCode;

use clap::Parser;

/// The clap definition of `sps`.
pub fn command() -> clap::Command {
    <args::Cli as clap::CommandFactory>::command()
}

fn init_logging(verbose: u8) {
    let level = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    // Only sps's own crates log beyond warnings: they never log headers or secrets.
    let filter = format!("warn,sps_cli={level},sps_blocking={level},sps_core={level}");
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}

/// Runs `sps` with the process arguments; returns the documented exit code.
pub fn main() -> ExitCode {
    let cli = args::Cli::parse();
    init_logging(cli.global.verbose);
    let ctx = context::Ctx::new(cli.global);
    match commands::run(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if ctx.style.json {
                output::json(&e.to_json());
            }
            let prefix = ctx.style.paint("error:", anstyle::AnsiColor::Red);
            eprintln!("{prefix} {e}");
            e.exit_code()
        }
    }
}
