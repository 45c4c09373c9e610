//! `cargo xtask fuzz [--seconds N] [--targets A,B]`: the cargo-fuzz (libFuzzer) targets in `fuzz/`
//! and `fuzz/emulator/`, each for N seconds, seeded with the reference's samples; reports executions and coverage.
//!
//! The machine has stable Rust only: cargo-fuzz's `-Z` flags are allowed with
//! `RUSTC_BOOTSTRAP=1`, which this task sets. cargo-fuzz is installed from crates.io when it
//! is missing.

use std::path::Path;
use std::process::Command;

use crate::root;

/// A cargo-fuzz target: its name, the fuzz directory it lives in, what it feeds.
pub struct Target {
    /// The target's name (`fuzz_targets/<name>.rs`).
    pub name: &'static str,
    /// Its cargo-fuzz directory, relative to the workspace root.
    pub dir: &'static str,
    /// What it feeds, for the report.
    pub what: &'static str,
}

/// Every target. The emulator's has a fuzz directory of its own because it builds the
/// emulator's server stack (several minutes on two cores), which the others do not need.
pub const TARGETS: [Target; 4] = [
    Target { name: "responses", dir: "fuzz", what: "every response parser, any status and bytes" },
    Target { name: "forms", dir: "fuzz", what: "the form parser and validation (a valid form must round-trip)" },
    Target { name: "edgerc", dir: "fuzz", what: "the .edgerc parser and credential resolution" },
    Target {
        name: "emulator_requests",
        dir: "fuzz/emulator",
        what: "the emulator's Authorization parsing and form validation",
    },
];

fn seed(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join(name), bytes).map_err(|e| e.to_string())
}

fn seeds(corpus: &Path) -> Result<(), String> {
    let reference = root().join("crates/sps-core/tests/data/reference");
    for entry in std::fs::read_dir(&reference).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        if name.ends_with(".json") {
            // The first byte picks the status.
            seed(&corpus.join("responses"), &name, &[&[0u8][..], &bytes].concat())?;
        } else {
            seed(&corpus.join("forms"), &name, &bytes)?;
            seed(&corpus.join("emulator_requests"), &name, &bytes)?;
        }
    }
    let header = "EG1-HMAC-SHA256 client_token=akab-c;access_token=akab-a;timestamp=20140321T19:34:21+0000;nonce=n-1;signature=tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU=";
    seed(&corpus.join("emulator_requests"), "authorization", header.as_bytes())?;
    let edgerc = "[DEFAULT]\nmax-body = 131072\n[default]\nhost = akab-h.luna.akamaiapis.net/\nclient_token = akab-c\nclient_secret = s3cr3t=\naccess_token = akab-a\n[q]\nhost: \"https://h.example.com\"\nclient-token = 'x' ; c\nheaders_to_sign = X-A, X-B\n";
    seed(&corpus.join("edgerc"), "sample", edgerc.as_bytes())
}

fn stat(output: &str, key: &str) -> Option<u64> {
    output.lines().rev().find_map(|l| l.strip_prefix(key).and_then(|v| v.trim().parse().ok()))
}

fn coverage(output: &str) -> Option<u64> {
    output.lines().rev().find_map(|l| {
        let i = l.find("cov: ")?;
        l[i + 5..].split_whitespace().next()?.parse().ok()
    })
}

/// Runs the targets named in `only` (every target when empty), each for `seconds`; returns
/// the Markdown report.
pub fn run(seconds: u64, only: &[String]) -> Result<String, String> {
    if let Some(unknown) = only.iter().find(|n| !TARGETS.iter().any(|t| t.name == n.as_str())) {
        let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
        return Err(format!("no fuzz target {unknown}; the targets are {}", names.join(", ")));
    }
    let have = Command::new("cargo").args(["fuzz", "--version"]).output().is_ok_and(|o| o.status.success());
    if !have {
        eprintln!("fuzz: installing cargo-fuzz");
        let status = Command::new("cargo")
            .args(["install", "--locked", "cargo-fuzz@0.13.2"])
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err("cargo install cargo-fuzz failed".into());
        }
    }
    let corpus = root().join("target/fuzz-corpus");
    seeds(&corpus)?;
    let mut table =
        String::from("| target | what it feeds | executions | coverage (edges) | crashes |\n|---|---|---|---|---|\n");
    for target in TARGETS.iter().filter(|t| only.is_empty() || only.iter().any(|n| n == t.name)) {
        eprintln!("fuzz: {} for {seconds} s", target.name);
        let out = Command::new("cargo")
            .args(["fuzz", "run", "--fuzz-dir", target.dir, "-O", target.name])
            .arg(corpus.join(target.name))
            .args(["--", &format!("-max_total_time={seconds}"), "-print_final_stats=1"])
            .env("RUSTC_BOOTSTRAP", "1")
            .current_dir(root())
            .output()
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stderr).into_owned();
        if !out.status.success() {
            let tail: Vec<&str> = text.lines().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
            return Err(format!(
                "fuzz target {} failed (a crash is kept under {}/artifacts/):\n{}",
                target.name,
                target.dir,
                tail.join("\n")
            ));
        }
        let execs = stat(&text, "stat::number_of_executed_units:").unwrap_or(0);
        table.push_str(&format!(
            "| `{}` | {} | {execs} | {} | 0 |\n",
            target.name,
            target.what,
            coverage(&text).map_or("?".into(), |c| c.to_string())
        ));
    }
    println!("{table}");
    Ok(format!(
        "`cargo xtask fuzz --seconds {seconds}` (libFuzzer through cargo-fuzz, on stable Rust with `RUSTC_BOOTSTRAP=1`; seeds from the reference's samples):\n\n{table}"
    ))
}
