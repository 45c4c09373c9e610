//! The commands, each a function of the parsed arguments.

mod create;
mod demo;
mod dv;
mod read;
mod tools;
mod wait;

use std::time::{SystemTime, UNIX_EPOCH};

use sps_core::call::{signed_request, Env};
use sps_core::edgegrid::{Credentials, Nonce};
use sps_core::{Operation, Warning};

use crate::args::Command;
use crate::context::Ctx;
use crate::error::CliError;

/// Runs `command`.
pub fn run(ctx: &Ctx, command: Command) -> Result<(), CliError> {
    match command {
        Command::Create(args) => create::create(ctx, args),
        Command::AddSans(args) => create::add_sans(ctx, args),
        Command::EdgeHost(crate::args::EdgeHost::Create(args)) => create::edge_host(ctx, args),
        Command::List(args) => read::list(ctx, args),
        Command::Get(args) => read::get(ctx, args),
        Command::Wait(args) => wait::wait_command(ctx, args),
        Command::Dv(crate::args::Dv::Challenges(args)) => dv::challenges(ctx, args),
        Command::Dv(crate::args::Dv::Hook(args)) => dv::hook(ctx, args),
        Command::Emulator(args) => tools::emulator(args),
        Command::Demo(args) => demo::demo(ctx, args),
        Command::Completions { shell } => tools::completions(shell),
        Command::Man => tools::man(),
    }
}

/// Prints what the user should know about a valid request.
pub fn warn(warnings: &[Warning]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

/// Prints the exact request `op` would send, Authorization redacted.
pub fn print_dry_run<O: Operation>(ctx: &Ctx, op: &O, credentials: &Credentials) -> Result<(), CliError> {
    let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    let env = Env {
        now_ms,
        nonce: Nonce::new("00000000-0000-4000-8000-000000000000").map_err(|e| CliError::Other(e.to_string()))?,
        jitter: 0.0,
    };
    let request = signed_request(op, credentials, &env)?;
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(k, v)| {
            let value = if k == http::header::AUTHORIZATION {
                "EG1-HMAC-SHA256 [redacted]".to_string()
            } else {
                v.to_str().unwrap_or("").to_string()
            };
            (k.to_string(), value)
        })
        .collect();
    let body = String::from_utf8_lossy(request.body()).into_owned();
    if ctx.style.json {
        let h: serde_json::Map<String, serde_json::Value> =
            headers.iter().map(|(k, v)| (k.clone(), v.clone().into())).collect();
        crate::output::json(
            &serde_json::json!({ "dryRun": true, "method": request.method().as_str(), "url": request.uri().to_string(), "headers": h, "body": body }),
        );
    } else {
        println!("{} {}", request.method(), request.uri());
        for (k, v) in &headers {
            println!("{k}: {v}");
        }
        if !body.is_empty() {
            println!("\n{body}");
        }
        eprintln!("(dry run: nothing was sent)");
    }
    Ok(())
}

/// Reads an ID as the user typed it, naming the flag when it is not one.
pub fn parse_id(value: &str, flag: &str) -> Result<u64, CliError> {
    sps_core::validate::check_id(value.trim()).map_err(|e| CliError::Usage(format!("{flag} {value:?} {e}")))
}
