//! `sps-emulator`: a local Akamai SPS API v1 server.

use clap::Parser;

/// A local server that behaves like Akamai's Secure Provisioning Service API v1.
#[derive(Parser)]
#[command(name = "sps-emulator", version)]
struct Cli {
    #[command(flatten)]
    args: sps_emulator::cli::Args,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match sps_emulator::cli::run(&cli.args).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sps-emulator: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
