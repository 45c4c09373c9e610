//! `sps dv challenges` and `sps dv hook`: the three ways to prove control of a domain.

use std::path::Path;
use std::process::Command;

use sps_core::{DvStatus, GetSpsRequest, SpsRequest};

use super::{parse_id, wait};
use crate::args::{ChallengeFormat, DvChallenges, DvHook};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output;

/// A challenge, with its token checked (it becomes a path and a file name).
pub struct Challenge<'a> {
    /// The domain.
    pub domain: &'a str,
    /// The token.
    pub token: &'a str,
    /// What to serve.
    pub body: &'a str,
    /// The URL the CA fetches.
    pub full_path: String,
    /// Where that URL may redirect to (Akamai serves the token there).
    pub redirect: &'a str,
}

fn challenge(d: &DvStatus) -> Result<Challenge<'_>, CliError> {
    let token = d.token.as_deref().unwrap_or_default();
    if token.is_empty() || !token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(CliError::Other(format!(
            "the service sent an unusable token {token:?} for {}; expected base64url characters",
            d.domain_name
        )));
    }
    Ok(Challenge {
        domain: &d.domain_name,
        token,
        body: d.response_body.as_deref().unwrap_or_default(),
        // From the token, never from the service's fullPath (which can carry junk).
        full_path: format!("http://{}/.well-known/acme-challenge/{token}", d.domain_name),
        redirect: d.redirect_full_path.as_deref().unwrap_or_default(),
    })
}

/// The challenges still to be proven.
pub fn open_challenges(r: &SpsRequest) -> Result<Vec<Challenge<'_>>, CliError> {
    r.dv_status.iter().filter(|d| !d.status.kind().is_terminal()).map(challenge).collect()
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

fn fetch(ctx: &Ctx, sps_id: &str) -> Result<(sps_blocking::Client, sps_core::Scope, SpsRequest), CliError> {
    let id = parse_id(sps_id, "SPS_ID")?;
    let scope = ctx.scope()?;
    let client = ctx.client()?;
    let request = client.get_request(&GetSpsRequest::new(scope.clone(), id)?)?;
    if request.dv_status.is_empty() {
        return Err(CliError::Usage(format!("request {id} has no DV challenges (status: {}); only DV SAN requests have them, once CPS has asked Let's Encrypt", request.status)));
    }
    Ok((client, scope, request))
}

/// Writes each open challenge's token file under `webroot`.
pub fn write_webroot(webroot: &Path, challenges: &[Challenge<'_>]) -> Result<(), CliError> {
    let dir = webroot.join(".well-known/acme-challenge");
    std::fs::create_dir_all(&dir).map_err(|e| CliError::Other(format!("{}: {e}", dir.display())))?;
    for c in challenges {
        let path = dir.join(c.token);
        std::fs::write(&path, c.body).map_err(|e| CliError::Other(format!("{}: {e}", path.display())))?;
        eprintln!("wrote {} for {}", path.display(), c.domain);
    }
    Ok(())
}

/// `sps dv challenges`.
pub fn challenges(ctx: &Ctx, args: DvChallenges) -> Result<(), CliError> {
    let (_, _, request) = fetch(ctx, &args.sps_id)?;
    let open = open_challenges(&request)?;
    if let Some(root) = &args.webroot {
        write_webroot(root, &open)?;
    }
    if ctx.style.json {
        output::json(&request.dv_status);
        return Ok(());
    }
    match args.format {
        ChallengeFormat::Table => {
            println!("{}", output::challenges(&request.dv_status));
            if !open.is_empty() {
                println!("\nServe each response body at its path over http (option 3), or redirect the path to Akamai (option 2):");
                for c in &open {
                    println!("  {} -> {}", c.full_path, c.redirect);
                }
            }
        }
        ChallengeFormat::Env => {
            println!("SPS_CHALLENGE_COUNT={}", open.len());
            for (i, c) in open.iter().enumerate() {
                let n = i + 1;
                println!("SPS_DOMAIN_{n}={}", quote(c.domain));
                println!("SPS_TOKEN_{n}={}", quote(c.token));
                println!("SPS_RESPONSE_BODY_{n}={}", quote(c.body));
                println!("SPS_FULL_PATH_{n}={}", quote(&c.full_path));
                println!("SPS_REDIRECT_FULL_PATH_{n}={}", quote(c.redirect));
            }
        }
        ChallengeFormat::Nginx => {
            for c in &open {
                let action = if args.redirect {
                    format!("return 302 {};", c.redirect)
                } else {
                    format!("default_type text/plain;\n        return 200 \"{}\";", c.body)
                };
                println!("server {{\n    listen 80;\n    server_name {};\n    location = /.well-known/acme-challenge/{} {{\n        {action}\n    }}\n}}", c.domain, c.token);
            }
        }
        ChallengeFormat::Apache => {
            for c in &open {
                let action = if args.redirect {
                    format!("Redirect 302 /.well-known/acme-challenge/{} {}", c.token, c.redirect)
                } else {
                    format!("# serve the file written by: sps dv challenges {} --webroot /var/www/acme\n    Alias /.well-known/acme-challenge/{} /var/www/acme/.well-known/acme-challenge/{}", args.sps_id, c.token, c.token)
                };
                println!("<VirtualHost *:80>\n    ServerName {}\n    {action}\n</VirtualHost>", c.domain);
            }
        }
    }
    Ok(())
}

fn run_hook(command: &str, c: &Challenge<'_>) -> Result<(), CliError> {
    let status = Command::new("sh")
        .arg("-c")
        .arg(command)
        .env("SPS_DOMAIN", c.domain)
        .env("SPS_TOKEN", c.token)
        .env("SPS_RESPONSE_BODY", c.body)
        .env("SPS_FULL_PATH", &c.full_path)
        .env("SPS_REDIRECT_FULL_PATH", c.redirect)
        .status()
        .map_err(|e| CliError::Other(format!("cannot run {command:?}: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(CliError::Other(format!("the hook {command:?} failed for {} ({status})", c.domain)))
    }
}

/// `sps dv hook`: certbot's manual hooks, for SPS.
pub fn hook(ctx: &Ctx, args: DvHook) -> Result<(), CliError> {
    let (client, scope, request) = fetch(ctx, &args.sps_id)?;
    let open = open_challenges(&request)?;
    let mut done = Vec::new();
    let mut failure = None;
    for c in &open {
        eprintln!("auth hook for {}", c.domain);
        match run_hook(&args.auth_hook, c) {
            Ok(()) => done.push(c),
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    let outcome = match failure {
        Some(e) => Err(e),
        None => {
            let mut options = wait::options(&args.timing, false);
            options.until_validated = true;
            wait::watch(ctx, &client, &scope, &[request.sps_id], options)
        }
    };
    if let Some(cleanup) = &args.cleanup_hook {
        for c in &done {
            eprintln!("cleanup hook for {}", c.domain);
            if let Err(e) = run_hook(cleanup, c) {
                eprintln!("warning: {e}");
            }
        }
    }
    let outcome = outcome?;
    let r = outcome.requests.first().ok_or_else(|| CliError::Other("no request in the outcome".into()))?;
    if ctx.style.json {
        output::json(&r.dv_status);
    } else {
        println!("{}", output::challenges(&r.dv_status));
    }
    match outcome.reason {
        sps_core::wait::WaitReason::TimedOut => Err(CliError::TimedOut(format!(
            "validation did not finish within {}",
            humantime::format_duration(args.timing.timeout)
        ))),
        _ if r.dv_status.iter().all(|d| *d.status.kind() == sps_core::model::DomainStatus::Valid) => Ok(()),
        _ => Err(CliError::Other(format!("validation failed for request {}: {}", r.sps_id, r.status))),
    }
}
