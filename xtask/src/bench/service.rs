//! Whole-process and service figures: `sps --json get` against the Python stack, the
//! emulator under concurrent clients, and waiting on many requests.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use sps_core::client::ClientOptions;
use sps_core::edgegrid::Credentials;
use sps_core::wait::WaitOptions;
use sps_core::{CreateSpsRequest, Endpoint, ListSpsRequests, Scope};
use sps_emulator::{Config, Emulator};

use super::Row;
use crate::root;

fn scope() -> Scope {
    Scope::new("11754", "1001").expect("scope")
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn credentials(e: &Emulator) -> Credentials {
    Credentials::new(
        Endpoint::parse(&e.base_url()).expect("url"),
        e.client_token(),
        e.client_secret().clone(),
        e.access_token().clone(),
    )
}

/// A create form whose names are unique to `i`.
pub fn form(i: usize) -> CreateSpsRequest {
    let text = crate::forms::ov_san(&format!("www{i}.bench.example.com"));
    CreateSpsRequest::from_urlencoded(scope(), text.as_bytes()).expect("valid form")
}

fn timed(cmd: &mut Command) -> Result<f64, String> {
    let start = Instant::now();
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    let ms = start.elapsed().as_secs_f64() * 1e3;
    if !out.status.success() {
        return Err(format!("{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(ms)
}

/// `sps --json get ID` against requests + edgegrid-python doing the same GET.
pub fn end_to_end(python: &Path, dir: &Path, get_py: &str, runs: usize) -> Result<Vec<Row>, String> {
    eprintln!("bench: end to end, {runs} runs each");
    let status = Command::new("cargo")
        .args(["build", "-q", "--release", "-p", "sps-cli"])
        .current_dir(root())
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("building sps failed".into());
    }
    let sps = root().join("target/release/sps");
    let emulator = sps_emulator::BlockingEmulator::start(Config::default()).map_err(|e| e.to_string())?;
    let client =
        sps_blocking::Client::new(credentials(&emulator), ClientOptions::default()).map_err(|e| e.to_string())?;
    let id = client.create_request(&form(0)).map_err(|e| e.to_string())?.sps_id.to_string();
    let edgerc = dir.join("bench.edgerc");
    sps_emulator::cli::write_edgerc(&edgerc, "default", &emulator.edgerc_section("default"))
        .map_err(|e| e.to_string())?;
    let script = dir.join("get.py");
    std::fs::write(&script, get_py).map_err(|e| e.to_string())?;
    let ours = || {
        let mut c = Command::new(&sps);
        c.arg("--edgerc").arg(&edgerc).args(["--contract-id", "11754", "--group-id", "1001", "--json", "get", &id]);
        c
    };
    let theirs = || {
        let mut c = Command::new(python);
        c.arg(&script)
            .arg(emulator.base_url())
            .arg(emulator.client_token())
            .arg(emulator.client_secret().expose())
            .arg(emulator.access_token().expose())
            .arg(&id);
        c
    };
    timed(&mut ours())?;
    timed(&mut theirs())?;
    let (mut a, mut b, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let x = timed(&mut ours())?;
        let y = timed(&mut theirs())?;
        a.push(x);
        b.push(y);
        ratios.push(y / x);
    }
    Ok(vec![Row {
        what: format!("`sps --json get` vs requests + edgegrid-python, whole process, median of {runs}"),
        ours: format!("{:.1} ms", median(a)),
        baseline: format!("{:.1} ms", median(b)),
        ratio: format!("{:.1}x faster (median of pairwise ratios)", median(ratios)),
    }])
}

/// Requests per second and latency of the emulator under 1, 16 and 64 concurrent clients,
/// against the same load on its unauthenticated management endpoint (the HTTP stack alone).
pub fn emulator_load(total: usize) -> Result<Vec<Row>, String> {
    eprintln!("bench: emulator load, {total} requests per level");
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    rt.block_on(async move {
        let emulator = Emulator::start(Config::default()).await.map_err(|e| e.to_string())?;
        let client =
            sps_async::Client::new(credentials(&emulator), ClientOptions::default()).map_err(|e| e.to_string())?;
        for i in 0..5 {
            client.create_request(&form(i)).await.map_err(|e| e.to_string())?;
        }
        let raw = reqwest::Client::new();
        let faults_url = format!("{}/_emulator/faults", emulator.base_url());
        let mut rows = Vec::new();
        for clients in [1usize, 16, 64] {
            let per = total / clients;
            let measure = |signed: bool| {
                let (client, raw, url) = (client.clone(), raw.clone(), faults_url.clone());
                async move {
                    let start = Instant::now();
                    let mut tasks = Vec::new();
                    for _ in 0..clients {
                        let (client, raw, url) = (client.clone(), raw.clone(), url.clone());
                        tasks.push(tokio::spawn(async move {
                            let mut lat = Vec::with_capacity(per);
                            let mut errors = 0usize;
                            for _ in 0..per {
                                let t = Instant::now();
                                let ok = if signed {
                                    client.list_requests(&ListSpsRequests::new(scope())).await.is_ok()
                                } else {
                                    raw.get(&url).send().await.is_ok_and(|r| r.status().is_success())
                                };
                                errors += usize::from(!ok);
                                lat.push(t.elapsed().as_secs_f64() * 1e3);
                            }
                            (lat, errors)
                        }));
                    }
                    let mut all = Vec::new();
                    let mut errors = 0;
                    for t in tasks {
                        let (lat, e) = t.await.unwrap_or_default();
                        all.extend(lat);
                        errors += e;
                    }
                    let wall = start.elapsed().as_secs_f64();
                    all.sort_by(|a, b| a.total_cmp(b));
                    (all.len() as f64 / wall, percentile(&all, 0.5), percentile(&all, 0.99), errors)
                }
            };
            let (base_rps, _, _, _) = measure(false).await;
            let (rps, p50, p99, errors) = measure(true).await;
            rows.push(Row {
                what: format!(
                    "emulator: signed list calls, {clients} concurrent client(s), {} calls, {errors} errors",
                    per * clients
                ),
                ours: format!("{rps:.0} req/s, p50 {p50:.2} ms, p99 {p99:.2} ms"),
                baseline: format!("{base_rps:.0} req/s (unauthenticated /_emulator/faults)"),
                ratio: format!("{:.2} of the HTTP stack's rate", rps / base_rps),
            });
        }
        emulator.shutdown().await;
        Ok(rows)
    })
}

/// Waiting on many requests: HTTP calls per polling round.
pub fn waiting(n: usize) -> Result<Vec<Row>, String> {
    eprintln!("bench: waiting on {n} requests");
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    rt.block_on(async move {
        let emulator =
            Emulator::start(Config { time_scale: 200.0, ..Config::default() }).await.map_err(|e| e.to_string())?;
        let client = sps_async::Client::new(
            credentials(&emulator),
            ClientOptions { requests_per_second: Some(500.0), ..ClientOptions::default() },
        )
        .map_err(|e| e.to_string())?;
        let mut ids = Vec::with_capacity(n);
        let mut tasks = Vec::new();
        for chunk in (0..n).collect::<Vec<_>>().chunks(n.div_ceil(16)) {
            let (client, chunk) = (client.clone(), chunk.to_vec());
            tasks.push(tokio::spawn(async move {
                let mut out = Vec::new();
                for i in chunk {
                    out.push(client.create_request(&form(i)).await.map(|c| c.sps_id));
                }
                out
            }));
        }
        for t in tasks {
            for id in t.await.map_err(|e| e.to_string())? {
                ids.push(id.map_err(|e| e.to_string())?);
            }
        }
        let before = emulator.log().iter().filter(|l| l.method == "GET").count();
        let start = Instant::now();
        let options = WaitOptions {
            interval: Duration::from_millis(500),
            max_interval: Duration::from_secs(2),
            timeout: Duration::from_secs(600),
            ..WaitOptions::default()
        };
        let outcome = client.wait(&scope(), &ids, options, |_| {}).await.map_err(|e| e.to_string())?;
        let gets = emulator.log().iter().filter(|l| l.method == "GET").count() - before;
        emulator.shutdown().await;
        Ok(vec![Row {
            what: format!(
                "waiting on {n} requests until all finished ({:.1} s, {:?})",
                start.elapsed().as_secs_f64(),
                outcome.reason
            ),
            ours: format!(
                "{:.2} HTTP calls per polling round ({gets} calls, {} rounds)",
                gets as f64 / f64::from(outcome.polls),
                outcome.polls
            ),
            baseline: format!("{n} calls per round (one get per request)"),
            ratio: format!("{:.0}x fewer calls", n as f64 * f64::from(outcome.polls) / gets as f64),
        }])
    })
}
