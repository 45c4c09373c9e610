//! `cargo xtask bench`: speed and memory, each figure beside a baseline measured in the same
//! run; prints one table and writes it to `docs/benchmarks.md` with the machine it ran on.

mod service;

use std::path::Path;
use std::process::Command;

use crate::python::venv_python;
use crate::root;

const BENCH_PY: &str = include_str!("bench.py");
const GET_PY: &str = include_str!("get.py");

/// One row of the table.
pub struct Row {
    pub what: String,
    pub ours: String,
    pub baseline: String,
    pub ratio: String,
}

fn run(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn criterion_ns(group: &str, name: &str) -> Result<f64, String> {
    let path = root().join(format!("target/criterion/{group}/{name}/new/estimates.json"));
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?)
            .map_err(|e| e.to_string())?;
    v["median"]["point_estimate"].as_f64().ok_or_else(|| format!("{}: no median", path.display()))
}

fn fmt_ns(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find_map(|l| l.strip_prefix("model name").map(|v| v.trim_start_matches([' ', '\t', ':']).to_string()))
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .next()
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse::<u64>().unwrap_or(0) / 1024 / 1024)
        })
        .unwrap_or(0);
    let rustc = run(Command::new("rustc").arg("--version")).unwrap_or_default();
    format!("{cpu}, {cores} cores, {mem} GiB; {}", rustc.trim())
}

/// Runs everything.
pub fn run_all(quick: bool) -> Result<(), String> {
    let root = root();
    if cfg!(debug_assertions) {
        // The in-process emulator and clients must be optimised too: run again, released.
        let mut cmd = Command::new("cargo");
        cmd.args(["run", "-q", "--release", "-p", "xtask", "--", "bench"]).current_dir(&root);
        if quick {
            cmd.arg("--quick");
        }
        let status = cmd.status().map_err(|e| e.to_string())?;
        return if status.success() { Ok(()) } else { Err("the release build of the benchmarks failed".into()) };
    }
    let timing: &[&str] = if quick {
        &["--warm-up-time", "1", "--measurement-time", "2"]
    } else {
        &["--warm-up-time", "2", "--measurement-time", "5"]
    };
    eprintln!("bench: criterion (sps-core)");
    let status = Command::new("cargo")
        .args(["bench", "-q", "-p", "sps-core", "--bench", "core", "--"])
        .args(timing)
        .current_dir(&root)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("cargo bench failed".into());
    }
    let python = venv_python()?;
    let dir = root.join("target/bench");
    std::fs::write(dir.join("bench.py"), BENCH_PY).map_err(|e| e.to_string())?;
    eprintln!("bench: the same work in Python");
    let py: serde_json::Value = serde_json::from_str(&run(Command::new(&python).arg(dir.join("bench.py")).arg(&dir))?)
        .map_err(|e| e.to_string())?;

    let mut rows = Vec::new();
    let list_bytes = std::fs::metadata(dir.join("list10k.json")).map(|m| m.len()).unwrap_or(0) as f64;
    for (group, what) in [
        ("sign", "sign a create request"),
        ("form", "encode a create form"),
        ("parse-get", "parse a get answer"),
        ("parse-list-10k", "parse a list of 10,000 (information=true)"),
    ] {
        let ours = criterion_ns(group, "sps-core")?;
        let base = criterion_ns(group, "baseline")?;
        let python_ns = py[group].as_f64().unwrap_or(f64::NAN);
        let throughput =
            if group == "parse-list-10k" { format!(" ({:.0} MB/s)", list_bytes / ours * 1e3) } else { String::new() };
        rows.push(Row {
            what: format!("{what}: sps-core vs Rust baseline"),
            ours: fmt_ns(ours) + &throughput,
            baseline: fmt_ns(base),
            ratio: format!("{:.2}x the baseline's time", ours / base),
        });
        rows.push(Row {
            what: format!("{what}: sps-core vs Python"),
            ours: fmt_ns(ours),
            baseline: fmt_ns(python_ns),
            ratio: format!("{:.1}x faster", python_ns / ours),
        });
    }

    eprintln!("bench: peak memory of parsing the 10,000-request list");
    run(Command::new("cargo")
        .args(["build", "-q", "--release", "-p", "sps-core", "--example", "list_memory"])
        .current_dir(&root))?;
    let example = root.join("target/release/examples/list_memory");
    let peak = |mode: &str| -> Result<f64, String> {
        let out = run(Command::new(&example).arg(dir.join("list10k.json")).arg(mode))?;
        out.split_whitespace()
            .next()
            .and_then(|k| k.parse::<f64>().ok())
            .ok_or_else(|| format!("list_memory printed {out:?}"))
    };
    let (read_kib, parse_kib) = (peak("read")?, peak("parse")?);
    rows.push(Row {
        what: "list parsing memory (peak RSS above reading the body) vs body size".into(),
        ours: format!("{:.1} MiB", (parse_kib - read_kib) / 1024.0),
        baseline: format!("{:.1} MiB", list_bytes / 1024.0 / 1024.0),
        ratio: format!("{:.2}x the body", (parse_kib - read_kib) * 1024.0 / list_bytes),
    });

    rows.extend(service::end_to_end(&python, &dir, GET_PY, if quick { 10 } else { 30 })?);
    rows.extend(service::emulator_load(if quick { 600 } else { 3000 })?);
    rows.extend(service::waiting(if quick { 300 } else { 1000 })?);

    let mut table = String::from("| what | sps | baseline | ratio |\n|---|---|---|---|\n");
    for r in &rows {
        table.push_str(&format!("| {} | {} | {} | {} |\n", r.what, r.ours, r.baseline, r.ratio));
    }
    println!("{table}");
    let doc = format!(
        "# Benchmarks\n\n<!-- Written by `cargo xtask bench`{}; do not edit. -->\n\nMachine: {}.\n\nEvery figure is beside a baseline measured in the same run: the bare primitive work \
         (HMAC/SHA-256, `serde_json::Value`, `serde_urlencoded`) for sps-core, the Python tools users use today \
         (edgegrid-python 2.0.9, `urllib`, `json`) for the same work, and requests + edgegrid-python (egcurl's stack) \
         for a whole `sps --json get`. In-process times are criterion medians; whole-process times are medians of \
         repeated runs. Client and server share the machine in the end-to-end and load figures.\n\n{table}\n\
         Reproduce: `cargo xtask bench` (or `--quick`).\n",
        if quick { " --quick" } else { "" },
        machine()
    );
    let path = root.join("docs/benchmarks.md");
    std::fs::write(&path, doc).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("bench: wrote {}", Path::new("docs/benchmarks.md").display());
    Ok(())
}
