//! `cargo xtask load`: the emulator, as its own released process, under 64 concurrent clients
//! for a fixed number of calls (errors, p50/p99, peak memory); then `sps-async` provisioning
//! 1,000 hostnames under a request limit while the emulator answers some calls with 429,
//! waiting for all of them, and accounting for every request on the server.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sps_core::client::ClientOptions;
use sps_core::edgegrid::Credentials;
use sps_core::wait::{WaitOptions, WaitReason};
use sps_core::{CreateSpsRequest, GetSpsRequest, ListSpsRequests, Scope};

use crate::root;

fn scope() -> Scope {
    Scope::new("11754", "1001").expect("scope")
}

/// A single-name certificate for `host`.
fn form(host: &str) -> CreateSpsRequest {
    CreateSpsRequest::from_urlencoded(scope(), crate::forms::single(host).as_bytes()).expect("a valid form")
}

/// The released emulator binary, run as a child so its memory is its own.
struct EmulatorProcess {
    child: Child,
    credentials: Credentials,
    base: String,
}

impl EmulatorProcess {
    fn start(dir: &Path, name: &str, extra: &[&str]) -> Result<EmulatorProcess, String> {
        let edgerc = dir.join(format!("{name}.edgerc"));
        let _ = std::fs::remove_file(&edgerc);
        let mut child = Command::new(root().join("target/release/sps-emulator"))
            .args(["--listen", "127.0.0.1:0", "--seed", "1", "--write-edgerc"])
            .arg(&edgerc)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("sps-emulator: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        // "sps-emulator listening on ADDR (...)"
        let addr = loop {
            let line = lines.next().ok_or("the emulator exited before listening")?.map_err(|e| e.to_string())?;
            if let Some(rest) = line.strip_prefix("sps-emulator listening on ") {
                break rest.split_whitespace().next().unwrap_or_default().to_string();
            }
        };
        std::thread::spawn(move || lines.for_each(drop));
        let resolved =
            sps_core::edgerc::load("default", &edgerc, std::iter::empty(), |p: &Path| std::fs::read_to_string(p))
                .map_err(|e| e.to_string())?;
        let base = if addr.starts_with("http") { addr } else { format!("http://{addr}") };
        Ok(EmulatorProcess { child, credentials: resolved.credentials, base })
    }

    /// Resident memory now and at its peak, in MiB (`/proc/PID/status`).
    fn memory(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        let field = |key: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
                .map_or(0.0, |kb| kb / 1024.0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }

    async fn log(&self, http: &reqwest::Client) -> Result<Vec<serde_json::Value>, String> {
        let body: serde_json::Value = http
            .get(format!("{}/_emulator/log", self.base))
            .send()
            .await
            .map_err(|e| e.to_string())?
            .bytes()
            .await
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))?;
        Ok(body["requests"].as_array().cloned().unwrap_or_default())
    }
}

impl Drop for EmulatorProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted.get(((sorted.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or(0.0)
}

struct LoadRun {
    calls: usize,
    errors: usize,
    rps: f64,
    p50: f64,
    p99: f64,
}

/// `clients` clients, each with its own connection pool, making `per_client` calls each: a
/// create every tenth call, otherwise a list or a get in turn.
async fn drive(em: &EmulatorProcess, clients: usize, per_client: usize, ids: &[u64]) -> Result<LoadRun, String> {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let client =
            sps_async::Client::new(em.credentials.clone(), ClientOptions::default()).map_err(|e| e.to_string())?;
        let ids = ids.to_vec();
        tasks.push(tokio::spawn(async move {
            let (mut latencies, mut errors) = (Vec::with_capacity(per_client), 0usize);
            for i in 0..per_client {
                let t = Instant::now();
                let ok = if i % 10 == 0 {
                    client.create_request(&form(&format!("c{c}-{i}-{clients}.load.example.com"))).await.is_ok()
                } else if i % 2 == 0 {
                    client.list_requests(&ListSpsRequests::new(scope())).await.is_ok()
                } else {
                    let id = ids[(c + i) % ids.len()];
                    client.get_request(&GetSpsRequest::new(scope(), id).expect("an id")).await.is_ok()
                };
                errors += usize::from(!ok);
                latencies.push(t.elapsed().as_secs_f64() * 1e3);
            }
            (latencies, errors)
        }));
    }
    let (mut all, mut errors) = (Vec::new(), 0);
    for t in tasks {
        let (l, e) = t.await.map_err(|e| e.to_string())?;
        all.extend(l);
        errors += e;
    }
    let wall = started.elapsed().as_secs_f64();
    all.sort_by(|a, b| a.total_cmp(b));
    Ok(LoadRun {
        calls: all.len(),
        errors,
        rps: all.len() as f64 / wall,
        p50: percentile(&all, 0.5),
        p99: percentile(&all, 0.99),
    })
}

/// One run on a fresh emulator holding 20 requests: its figures, and the emulator's resident
/// memory before and at its peak.
async fn level(dir: &Path, clients: usize, calls: usize) -> Result<(LoadRun, f64, f64), String> {
    let em = EmulatorProcess::start(dir, &format!("clients-{clients}"), &[])?;
    let seed = sps_async::Client::new(em.credentials.clone(), ClientOptions::default()).map_err(|e| e.to_string())?;
    let mut ids = Vec::new();
    for i in 0..20 {
        let created = seed.create_request(&form(&format!("seed{i}.load.example.com"))).await;
        ids.push(created.map_err(|e| e.to_string())?.sps_id);
    }
    let (idle, _) = em.memory();
    eprintln!("load: {clients} client(s), {calls} calls");
    let run = drive(&em, clients, calls / clients, &ids).await?;
    let (_, peak) = em.memory();
    Ok((run, idle, peak))
}

async fn concurrent(dir: &Path, calls: usize) -> Result<String, String> {
    let (one, _, one_peak) = level(dir, 1, calls).await?;
    let (many, idle, peak) = level(dir, 64, calls).await?;
    let mut t = String::from("| figure | 1 client (baseline) | 64 concurrent clients |\n|---|---|---|\n");
    let mut row = |k: &str, a: String, b: String| t.push_str(&format!("| {k} | {a} | {b} |\n"));
    row("calls (a create in ten, else list or get, all signed)", one.calls.to_string(), many.calls.to_string());
    row("**errors**", format!("**{}**", one.errors), format!("**{}**", many.errors));
    row(
        "throughput",
        format!("{:.0} calls/s", one.rps),
        format!("{:.0} calls/s ({:.2}x)", many.rps, many.rps / one.rps),
    );
    row("latency p50", format!("{:.2} ms", one.p50), format!("{:.2} ms", many.p50));
    row("latency p99", format!("{:.2} ms", one.p99), format!("{:.2} ms", many.p99));
    row(
        "emulator resident memory at its peak",
        format!("{one_peak:.1} MiB"),
        format!("{peak:.1} MiB ({:.2}x its {idle:.1} MiB before the load)", peak / idle.max(0.1)),
    );
    if one.errors + many.errors > 0 {
        return Err(format!("{t}\n{} calls failed", one.errors + many.errors));
    }
    Ok(t)
}

async fn provision(dir: &Path, hostnames: usize, limit: f64) -> Result<String, String> {
    // Real time (time scale 1) while creating, so the log's seconds are real seconds; then the
    // clock is moved on and the wait sees every request finish.
    let em = EmulatorProcess::start(
        dir,
        "provision",
        &["--auto-validate", "--rate-limit-rate", "0.03", "--retry-after-form", "rate-limit-next"],
    )?;
    let http = reqwest::Client::new();
    let client = sps_async::Client::new(
        em.credentials.clone(),
        ClientOptions { requests_per_second: Some(limit), ..ClientOptions::default() },
    )
    .map_err(|e| e.to_string())?;
    let hosts: Vec<String> = (0..hostnames).map(|i| format!("www{i}.provision.example.com")).collect();
    eprintln!("load: provisioning {hostnames} hostnames at most {limit} requests/s");
    let started = Instant::now();
    let mut tasks = Vec::new();
    for chunk in hosts.chunks(hostnames.div_ceil(32)) {
        let (client, chunk) = (client.clone(), chunk.to_vec());
        tasks.push(tokio::spawn(async move {
            let mut out = Vec::new();
            for host in chunk {
                let r = client.create_request(&form(&host)).await;
                out.push((host, r.map(|c| c.sps_id)));
            }
            out
        }));
    }
    let mut created: BTreeMap<String, u64> = BTreeMap::new();
    let mut failed = Vec::new();
    for t in tasks {
        for (host, r) in t.await.map_err(|e| e.to_string())? {
            match r {
                Ok(id) => {
                    created.insert(host, id);
                }
                Err(e) => failed.push(format!("{host}: {e}")),
            }
        }
    }
    let create_secs = started.elapsed().as_secs_f64();
    let log = em.log(&http).await?;
    let api_calls: Vec<&serde_json::Value> =
        log.iter().filter(|e| e["path"].as_str().is_some_and(|p| p.starts_with("/config-"))).collect();
    let rate_limited = api_calls.iter().filter(|e| e["fault"] == "429").count();
    let mut per_second: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &api_calls {
        *per_second.entry(e["at"].as_str().unwrap_or_default()).or_default() += 1;
    }
    let busiest = per_second.values().copied().max().unwrap_or(0);

    http.post(format!("{}/_emulator/advance?seconds=172800", em.base)).send().await.map_err(|e| e.to_string())?;
    let ids: Vec<u64> = created.values().copied().collect();
    let options = WaitOptions {
        interval: Duration::from_millis(200),
        timeout: Duration::from_secs(300),
        ..WaitOptions::default()
    };
    let waited = client.wait(&scope(), &ids, options, |_| {}).await.map_err(|e| e.to_string())?;
    let finished = waited.requests.iter().filter(|r| r.status.kind().is_terminal()).count();

    let on_server =
        client.list_requests(&ListSpsRequests::new(scope()).information(true)).await.map_err(|e| e.to_string())?;
    let mut by_host: BTreeMap<String, usize> = BTreeMap::new();
    for r in &on_server {
        *by_host.entry(r.parameters.get("cnameHostname").unwrap_or_default().to_string()).or_default() += 1;
    }
    let duplicates = by_host.values().filter(|n| **n > 1).count();
    let server_ids: BTreeSet<u64> = on_server.iter().map(|r| r.sps_id).collect();
    let lost = ids.iter().filter(|id| !server_ids.contains(id)).count();
    let unasked = hosts.iter().collect::<BTreeSet<_>>();
    let extra = by_host.keys().filter(|h| !unasked.contains(h)).count();
    let missing = hosts.iter().filter(|h| !by_host.contains_key(*h)).count();

    let mut t = String::from("| figure | value |\n|---|---|\n");
    let mut row = |k: &str, v: String| t.push_str(&format!("| {k} | {v} |\n"));
    row("hostnames asked", hostnames.to_string());
    row("request limit (client side)", format!("{limit:.0} requests/s"));
    row("creates answered with an spsId", format!("{} in {create_secs:.1} s", created.len()));
    row("creates that failed", failed.len().to_string());
    row(
        "calls the emulator received while creating",
        format!("{} ({} answered 429 and retried)", api_calls.len(), rate_limited),
    );
    row("busiest second at the emulator", format!("{busiest} calls (limit {limit:.0})"));
    row("requests on the server", on_server.len().to_string());
    row("**hostnames on the server more than once**", format!("**{duplicates}**"));
    row("**spsIds returned but not on the server**", format!("**{lost}**"));
    row("**hostnames asked but not on the server**", format!("**{missing}**"));
    row("requests on the server nobody asked for", extra.to_string());
    row(
        "finished when waiting ended",
        format!("{finished} of {} ({:?}, {} polls)", ids.len(), waited.reason, waited.polls),
    );
    let (_, peak) = em.memory();
    row("emulator peak resident memory", format!("{peak:.1} MiB"));
    let ok = failed.is_empty()
        && created.len() == hostnames
        && on_server.len() == hostnames
        && duplicates + lost + missing + extra == 0
        && waited.reason == WaitReason::Finished
        && finished == hostnames
        && busiest as f64 <= limit * 1.1 + 1.0;
    if !ok {
        return Err(format!(
            "{t}\nnot every hostname is accounted for, or the limit was exceeded: {:?}",
            failed.iter().take(5).collect::<Vec<_>>()
        ));
    }
    Ok(t)
}

/// Runs both parts; returns the Markdown report.
pub fn run(calls: usize, hostnames: usize, limit: f64) -> Result<Option<String>, String> {
    if cfg!(debug_assertions) {
        // The clients must be optimised too: run again, released.
        let status = Command::new("cargo")
            .args(["build", "-q", "--release", "-p", "sps-emulator", "-p", "xtask"])
            .current_dir(root())
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err("the release build failed".into());
        }
        let mut cmd = Command::new(root().join("target/release/xtask"));
        cmd.args(std::env::args().skip(1));
        let status = cmd.status().map_err(|e| e.to_string())?;
        return if status.success() { Ok(None) } else { Err("the released load run failed".into()) };
    }
    let dir: PathBuf = root().join("target/load");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    let concurrent = rt.block_on(concurrent(&dir, calls))?;
    println!("{concurrent}");
    let provision = rt.block_on(provision(&dir, hostnames, limit))?;
    println!("{provision}");
    Ok(Some(format!(
        "`cargo xtask load --calls {calls} --hostnames {hostnames} --limit {limit}` (released builds; the emulator runs as its own process with an in-memory database, its memory read from /proc):\n\n### 64 concurrent clients\n\nEach client is an `sps-async` client with its own connections, making calls one after another; the baseline is one client making the same number of calls, in the same run, on an emulator in the same state (20 requests held, a fresh process each).\n\n{concurrent}\n### Provisioning {hostnames} hostnames with a request limit\n\nOne `sps-async` client shared by 32 tasks, each creating certificates one after another, the client holding all of them to the limit; the emulator answers 3 % of calls with 429 and `Akamai-RateLimit-Next`. Then the emulator's clock is moved on two days and the client waits for all of them; then the server's list is compared with what was asked.\n\n{provision}"
    )))
}
