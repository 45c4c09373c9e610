//! `cargo xtask soak`: hundreds of creates (single, SAN, DV, modSan, edge hostnames) through
//! both transports and the CLI, against the emulator with faults on (500s, 429s in both header
//! forms, latency, connections dropped after a committed POST) and restarts on its database;
//! then waits for all of them and checks that nothing was duplicated or lost.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::process::Command;
use std::time::{Duration, Instant};

use sps_core::client::ClientOptions;
use sps_core::edgegrid::Credentials;
use sps_core::retry::RetryPolicy;
use sps_core::wait::{WaitOptions, WaitReason};
use sps_core::{CreateEdgeHost, CreateSpsRequest, EdgeHostForm, Endpoint, Error, ListSpsRequests, Scope};
use sps_emulator::{Config, Emulator, Faults, RetryAfterForm};

use crate::root;

fn scope() -> Scope {
    Scope::new("11754", "1001").expect("scope")
}

#[derive(Default)]
struct Counts {
    created: usize,
    recovered: usize,
    unknown_then_found: usize,
    resent_after_refusal: usize,
    by_kind: BTreeMap<&'static str, usize>,
    by_transport: BTreeMap<&'static str, usize>,
}

fn faults(seed: u64) -> Faults {
    Faults {
        error_rate: 0.08,
        rate_limit_rate: 0.04,
        retry_after_form: if seed.is_multiple_of(2) { RetryAfterForm::HttpDate } else { RetryAfterForm::RateLimitNext },
        retry_after_seconds: 1,
        latency_ms: 2,
        drop_after_commit_rate: 0.08,
        ..Faults::default()
    }
}

fn config(db: &std::path::Path, listen: SocketAddr, seed: u64) -> Config {
    Config {
        db: Some(db.to_path_buf()),
        listen,
        time_scale: 5_000.0,
        auto_validate: true,
        seed: Some(seed),
        faults: faults(seed),
        ..Config::default()
    }
}

fn form(i: usize, kind: usize, sans_job: Option<u64>) -> String {
    let host = format!("www{i}.soak.example.com");
    let base = crate::forms::ov_san(&host);
    match (kind, sans_job) {
        (0, _) => crate::forms::single(&host),
        (2, _) => base.replace("validationType=ov", "validationType=dv"),
        (3, Some(job)) => format!("cnameHostname=add{i}.soak.example.com&createType=modSan&jobId={job}&add.sans=add{i}.soak.example.com&product=alta"),
        _ => base,
    }
}

enum Outcome {
    Created(u64, bool),
    Refused,
    Unknown,
    Down,
}

fn classify<T>(r: Result<T, Error>, id: impl Fn(&T) -> (u64, bool)) -> Result<Outcome, String> {
    match r {
        Ok(v) => {
            let (id, recovered) = id(&v);
            Ok(Outcome::Created(id, recovered))
        }
        Err(Error::Api(e)) if e.status == 500 || e.status == 429 => Ok(Outcome::Refused),
        Err(Error::OutcomeUnknown(_)) => Ok(Outcome::Unknown),
        Err(Error::Transport(t)) if !t.maybe_sent => Ok(Outcome::Down),
        Err(e) => Err(e.to_string()),
    }
}

/// Runs the soak; returns the Markdown report.
pub fn run(creates: usize, seed: u64) -> Result<String, String> {
    let started = Instant::now();
    let dir = root().join("target/soak");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let db = dir.join(format!("soak-{seed}.sqlite"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    let mut emulator = rt
        .block_on(Emulator::start(config(&db, "127.0.0.1:0".parse().expect("addr"), seed)))
        .map_err(|e| e.to_string())?;
    let addr = emulator.addr();
    let creds = Credentials::new(
        Endpoint::parse(&emulator.base_url()).map_err(|e| e.to_string())?,
        emulator.client_token(),
        emulator.client_secret().clone(),
        emulator.access_token().clone(),
    );
    let edgerc = dir.join("soak.edgerc");
    sps_emulator::cli::write_edgerc(&edgerc, "default", &emulator.edgerc_section("default"))
        .map_err(|e| e.to_string())?;
    let options = ClientOptions {
        retry: RetryPolicy {
            max_attempts: 6,
            base_delay: Duration::from_millis(20),
            max_delay: Duration::from_millis(500),
            ..RetryPolicy::default()
        },
        ..ClientOptions::default()
    };
    let blocking = sps_blocking::Client::new(creds.clone(), options.clone()).map_err(|e| e.to_string())?;
    let asynchronous = sps_async::Client::new(creds, options).map_err(|e| e.to_string())?;
    let status = Command::new("cargo")
        .args(["build", "-q", "-p", "sps-cli"])
        .current_dir(root())
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("building sps failed".into());
    }
    let sps = root().join("target/debug/sps");

    let mut counts = Counts::default();
    let mut ids: Vec<u64> = Vec::new();
    let mut names: BTreeSet<String> = BTreeSet::new();
    let mut san_jobs: Vec<u64> = Vec::new();
    let mut enrollments: Vec<u64> = Vec::new();
    let mut restarts = 0;
    let mut all_log = Vec::new();
    for i in 0..creates {
        if i > 0 && i.is_multiple_of((creates / 3).max(1)) {
            all_log.extend(emulator.log());
            rt.block_on(emulator.shutdown());
            emulator = rt
                .block_on(Emulator::start(config(&db, addr, seed + i as u64)))
                .map_err(|e| format!("restart: {e}"))?;
            restarts += 1;
        }
        let kind = if i < 4 { i % 3 } else { i % 5 };
        let transport = ["blocking", "async", "cli"][i % 3];
        let cname = if kind == 4 {
            format!("edge{i}.soak.example.com")
        } else if kind == 3 {
            format!("add{i}.soak.example.com")
        } else {
            format!("www{i}.soak.example.com")
        };
        names.insert(cname.clone());
        let kind_name = ["single", "san", "dv-san", "modSan", "edge-host"][kind];
        let mut attempts = 0;
        let id = loop {
            attempts += 1;
            if attempts > 30 {
                return Err(format!("create {i} ({kind_name}) did not go through in 30 attempts"));
            }
            let outcome = if kind == 4 {
                let enrollment = enrollments[i % enrollments.len()];
                let op = CreateEdgeHost::new(scope(), EdgeHostForm::for_enrollment(cname.clone(), enrollment))
                    .map_err(|e| e.to_string())?;
                match transport {
                    "async" => classify(rt.block_on(asynchronous.send(&op)), |c| (c.sps_id, c.recovered))?,
                    _ => classify(blocking.send(&op), |c| (c.sps_id, c.recovered))?,
                }
            } else {
                let text = form(i, kind, san_jobs.get(i % san_jobs.len().max(1)).copied());
                let op =
                    CreateSpsRequest::from_urlencoded(scope(), text.as_bytes()).map_err(|e| format!("{i}: {e}"))?;
                match transport {
                    "blocking" => classify(blocking.send(&op), |c| (c.sps_id, c.recovered))?,
                    "async" => classify(rt.block_on(asynchronous.send(&op)), |c| (c.sps_id, c.recovered))?,
                    _ => {
                        let file = dir.join("form");
                        std::fs::write(&file, &text).map_err(|e| e.to_string())?;
                        let out = Command::new(&sps)
                            .arg("--edgerc")
                            .arg(&edgerc)
                            .args(["--contract-id", "11754", "--group-id", "1001", "--json", "create", "--form-file"])
                            .arg(&file)
                            .output()
                            .map_err(|e| e.to_string())?;
                        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
                        if out.status.success() {
                            Outcome::Created(
                                v["spsId"].as_u64().unwrap_or_default(),
                                v["recovered"].as_bool().unwrap_or(false),
                            )
                        } else if matches!(v["error"]["status"].as_u64(), Some(500 | 429)) {
                            Outcome::Refused
                        } else if String::from_utf8_lossy(&out.stderr).contains("outcome of") {
                            Outcome::Unknown
                        } else if String::from_utf8_lossy(&out.stderr).contains("could not connect") {
                            Outcome::Down
                        } else {
                            return Err(format!("sps create failed: {}", String::from_utf8_lossy(&out.stderr)));
                        }
                    }
                }
            };
            match outcome {
                Outcome::Created(id, recovered) => {
                    counts.recovered += usize::from(recovered);
                    break id;
                }
                Outcome::Refused => counts.resent_after_refusal += 1,
                Outcome::Down => std::thread::sleep(Duration::from_millis(100)),
                Outcome::Unknown => {
                    // Look for it the way a user would, before sending it again.
                    let list =
                        blocking.send(&ListSpsRequests::new(scope()).information(true)).map_err(|e| e.to_string())?;
                    if let Some(found) = list.iter().find(|r| r.parameters.get("cnameHostname") == Some(cname.as_str()))
                    {
                        counts.unknown_then_found += 1;
                        break found.sps_id;
                    }
                }
            }
        };
        counts.created += 1;
        *counts.by_kind.entry(kind_name).or_default() += 1;
        *counts.by_transport.entry(transport).or_default() += 1;
        ids.push(id);
        if kind == 1 || kind == 2 {
            let r = blocking
                .send(&sps_core::GetSpsRequest::new(scope(), id).map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
            san_jobs.extend(r.job_id);
            enrollments.extend(r.enrollment_id);
        }
    }
    let wait_started = Instant::now();
    let outcome = blocking
        .wait(
            &scope(),
            &ids,
            WaitOptions {
                interval: Duration::from_millis(200),
                max_interval: Duration::from_secs(1),
                timeout: Duration::from_secs(600),
                ..WaitOptions::default()
            },
            |_| {},
        )
        .map_err(|e| e.to_string())?;
    let waited = wait_started.elapsed();
    let server = blocking.send(&ListSpsRequests::new(scope()).information(true)).map_err(|e| e.to_string())?;
    all_log.extend(emulator.log());
    let log = all_log;
    rt.block_on(emulator.shutdown());

    let mut per_name: BTreeMap<String, usize> = BTreeMap::new();
    for r in &server {
        *per_name.entry(r.parameters.get("cnameHostname").unwrap_or_default().to_string()).or_default() += 1;
    }
    let duplicates: usize = per_name.values().map(|n| n.saturating_sub(1)).sum();
    let server_ids: BTreeSet<u64> = server.iter().map(|r| r.sps_id).collect();
    let lost = ids.iter().filter(|id| !server_ids.contains(id)).count();
    let unexpected = server.len().saturating_sub(names.len());
    let finished = outcome.requests.iter().filter(|r| r.status.kind().is_terminal()).count();
    let faults = |f: &str| log.iter().filter(|l| l.fault.as_deref() == Some(f)).count();
    let dropped = faults("dropped");
    // The clients retry a 429 on any call and a 500 on a GET themselves; a create answered 500
    // comes back to the harness (nothing was created), which sends it again.
    let retried_by_clients = log
        .iter()
        .filter(|l| l.fault.as_deref() == Some("429") || (l.fault.as_deref() == Some("500") && l.method == "GET"))
        .count();
    let report = format!(
        "| figure | value |\n|---|---|\n\
         | creates asked (seed {seed}) | {creates} |\n\
         | creates that went through | {} ({}) |\n\
         | by transport | {} |\n\
         | emulator restarts on its database | {restarts} |\n\
         | calls the emulator received, and its faults | {} calls: {} × 500, {} × 429, {} connections dropped after commit |\n\
         | answers lost and recovered by the client (found by listing) | {} |\n\
         | outcomes reported unknown, then found by the harness | {} |\n\
         | calls the clients retry themselves (a 429, or a 500 on a GET; up to 5 attempts) | {retried_by_clients} |\n\
         | creates sent again by the harness after a 500, or a 429 past the attempts (nothing had been created) | {} |\n\
         | requests on the server | {} |\n\
         | **duplicates on the server** | **{duplicates}** |\n\
         | **spsIds lost** | **{lost}** |\n\
         | requests on the server nobody asked for | {unexpected} |\n\
         | finished when waiting ended ({:?}, {} polls, {:.1} s) | {finished} of {} |\n\
         | wall time | {:.1} s |\n",
        counts.created,
        counts.by_kind.iter().map(|(k, v)| format!("{v} {k}")).collect::<Vec<_>>().join(", "),
        counts.by_transport.iter().map(|(k, v)| format!("{v} {k}")).collect::<Vec<_>>().join(", "),
        log.len(),
        faults("500"),
        faults("429"),
        dropped,
        counts.recovered,
        counts.unknown_then_found,
        counts.resent_after_refusal,
        server.len(),
        outcome.reason,
        outcome.polls,
        waited.as_secs_f64(),
        ids.len(),
        started.elapsed().as_secs_f64(),
    );
    println!("{report}");
    if duplicates > 0 || lost > 0 || unexpected > 0 || outcome.reason != WaitReason::Finished {
        return Err(format!(
            "soak failed: {duplicates} duplicates, {lost} lost, {unexpected} unexpected, waiting ended {:?}",
            outcome.reason
        ));
    }
    Ok(report)
}
