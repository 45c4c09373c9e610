//! `sps demo`: the main job, end to end, against the embedded emulator. It creates a DV SAN
//! certificate with its edge hostname, serves the challenges itself, waits with progress,
//! adds a name with modSan, and creates a second edge hostname from the enrollment.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use sps_blocking::Client;
use sps_core::client::ClientOptions;
use sps_core::edgegrid::Credentials;
use sps_core::wait::{WaitOptions, WaitOutcome, WaitReason};
use sps_core::{CreateEdgeHost, CreateSpsRequest, EdgeHostForm, Endpoint, Scope, SpsRequest};
use sps_emulator::{BlockingEmulator, Config};

use super::dv::open_challenges;
use super::wait::watch;
use crate::args::Demo;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output;

type Tokens = Arc<Mutex<HashMap<String, String>>>;

async fn serve_token(State(tokens): State<Tokens>, Path(token): Path<String>) -> Response {
    match tokens.lock().unwrap_or_else(|p| p.into_inner()).get(&token) {
        Some(body) => body.clone().into_response(),
        None => (http::StatusCode::NOT_FOUND, "no such challenge").into_response(),
    }
}

/// A web server on 127.0.0.1 that answers the challenges it was given: the "serve the token
/// from your web server" option.
fn challenge_server(runtime: &tokio::runtime::Runtime) -> Result<(SocketAddr, Tokens), CliError> {
    let tokens: Tokens = Arc::default();
    let app = axum::Router::new()
        .route("/.well-known/acme-challenge/{token}", axum::routing::get(serve_token))
        .with_state(tokens.clone());
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .map_err(|e| CliError::Other(format!("cannot start the challenge server: {e}")))?;
    let addr = listener.local_addr().map_err(|e| CliError::Other(e.to_string()))?;
    runtime.spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok((addr, tokens))
}

struct Run<'a> {
    ctx: &'a Ctx,
    client: Client,
    scope: Scope,
    tokens: Tokens,
    step: usize,
}

impl Run<'_> {
    fn say(&mut self, text: &str) {
        self.step += 1;
        if !self.ctx.style.json {
            println!("\n{} {text}", self.ctx.style.paint(&format!("[{}/5]", self.step), anstyle::AnsiColor::Blue));
        }
    }

    fn options(stop_on_user_action: bool) -> WaitOptions {
        WaitOptions {
            interval: Duration::from_millis(100),
            max_interval: Duration::from_millis(250),
            timeout: Duration::from_secs(60),
            stop_on_user_action,
            until_validated: false,
        }
    }

    /// Waits for `id`; serves its challenges when it asks for them; returns it finished.
    fn until_done(&mut self, id: u64) -> Result<SpsRequest, CliError> {
        let mut served = false;
        loop {
            let outcome: WaitOutcome = watch(self.ctx, &self.client, &self.scope, &[id], Self::options(!served))?;
            let request = outcome
                .requests
                .into_iter()
                .next()
                .ok_or_else(|| CliError::Other("the wait returned nothing".into()))?;
            match outcome.reason {
                WaitReason::Finished if request.status.kind().is_success() => return Ok(request),
                WaitReason::Finished => {
                    return Err(CliError::Other(format!("request {id} failed: {}", request.status)))
                }
                WaitReason::TimedOut => {
                    return Err(CliError::TimedOut(format!("request {id} did not finish in a minute")))
                }
                WaitReason::UserActionNeeded => {
                    let open = open_challenges(&request)?;
                    if !self.ctx.style.json {
                        println!("      serving {} DV challenge(s) from the demo's web server:", open.len());
                        for c in &open {
                            println!("        {}", c.full_path);
                        }
                    }
                    let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
                    for c in open {
                        tokens.insert(c.token.to_string(), c.body.to_string());
                    }
                    served = true;
                }
            }
        }
    }
}

const DV_SAN: &str = "createType=san&validationType=dv&cnameHostname=www.shop.example.com&csr.cn=www.shop.example.com&csr.ou=Web\
&csr.sans=www.shop.example.com&csr.sans=shop.example.com&csr.sans=api.shop.example.com\
&organization-information.organization-name=Example+Shop+Inc.&organization-information.address-line-one=8+Cambridge+Center\
&organization-information.city=Cambridge&organization-information.region=MA&organization-information.postal-code=02142\
&organization-information.country=US&organization-information.phone=%2B1-617-444-3000\
&admin-contact.first-name=Mary&admin-contact.last-name=Jones&admin-contact.phone=%2B1-617-444-3001\
&admin-contact.email=mary.jones%40shop.example.com&product=alta";

/// `sps demo`.
pub fn demo(ctx: &Ctx, args: Demo) -> Result<(), CliError> {
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| CliError::Other(e.to_string()))?;
    let (challenge_addr, tokens) = challenge_server(&runtime)?;
    let emulator = BlockingEmulator::start(Config {
        time_scale: args.time_scale,
        challenge_addr: Some(challenge_addr),
        seed: Some(2026),
        ..Config::default()
    })
    .map_err(|e| CliError::Other(format!("cannot start the emulator: {e}")))?;
    let credentials = Credentials::new(
        Endpoint::parse(&emulator.base_url())?,
        emulator.client_token(),
        emulator.client_secret().clone(),
        emulator.access_token().clone(),
    );
    let (contract, group) = emulator.contract_and_group();
    let scope = Scope::new(contract, group)?;
    if !ctx.style.json {
        println!(
            "sps demo: an SPS emulator at {} (contract {contract}, group {group}, {}x time),",
            emulator.base_url(),
            args.time_scale
        );
        println!("          a challenge web server at http://{challenge_addr}, EdgeGrid-signed requests.");
    }
    let client = Client::new(credentials, ClientOptions::default())?;
    let mut run = Run { ctx, client, scope: scope.clone(), tokens, step: 0 };

    run.say("Create a DV SAN certificate for www.shop.example.com, shop.example.com, api.shop.example.com with edge hostname www.shop.example.com.edgekey.net");
    let op = CreateSpsRequest::from_urlencoded(scope.clone(), DV_SAN.as_bytes())?;
    let created = run.client.create_request(&op)?;
    if !ctx.style.json {
        println!(
            "      SPS request {} (job {}, enrollment {})",
            created.sps_id,
            created.job_id.unwrap_or_default(),
            created.enrollment_id.unwrap_or_default()
        );
    }
    run.say("Wait, proving control of each domain when asked");
    let first = run.until_done(created.sps_id)?;
    let enrollment =
        first.enrollment_id.or(created.enrollment_id).ok_or_else(|| CliError::Other("no enrollment ID".into()))?;
    let job = first.job_id.or(created.job_id).ok_or_else(|| CliError::Other("no job ID".into()))?;

    run.say("Add cdn.shop.example.com to the certificate (modSan), with its own edge hostname");
    let modsan = format!(
        "createType=modSan&cnameHostname=cdn.shop.example.com&jobId={job}&add.sans=cdn.shop.example.com&product=alta"
    );
    let added = run.client.create_request(&CreateSpsRequest::from_urlencoded(scope.clone(), modsan.as_bytes())?)?;
    let second = run.until_done(added.sps_id)?;

    run.say(&format!("Create edge hostname static.shop.example.com.edgekey.net for enrollment {enrollment}"));
    let edge = run.client.create_edge_host(&CreateEdgeHost::new(
        scope.clone(),
        EdgeHostForm::for_enrollment("static.shop.example.com", enrollment),
    )?)?;
    let third = run.until_done(edge.sps_id)?;

    run.say("Done");
    let ids = [first.sps_id, second.sps_id, third.sps_id];
    let all: Vec<SpsRequest> = run
        .client
        .list_requests(&sps_core::ListSpsRequests::new(scope.clone()).information(true))?
        .into_iter()
        .filter(|r| ids.contains(&r.sps_id))
        .collect();
    if ctx.style.json {
        output::json(&serde_json::json!({ "requestList": all, "seconds": started.elapsed().as_secs_f64() }));
    } else {
        println!("{}", output::requests(&all));
        println!("\nEdge hostnames: www.shop.example.com.edgekey.net, cdn.shop.example.com.edgekey.net, static.shop.example.com.edgekey.net");
        println!(
            "Certificate: enrollment {enrollment} (use it with the CPS API). Finished in {:.1} s.",
            started.elapsed().as_secs_f64()
        );
    }
    drop(emulator);
    runtime.shutdown_background();
    Ok(())
}
