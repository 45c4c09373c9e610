//! Runs `sps` against an in-process emulator.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use sps_emulator::{BlockingEmulator, Config};

pub struct Env {
    pub emulator: BlockingEmulator,
    pub dir: tempfile::TempDir,
    pub edgerc: PathBuf,
}

pub fn manual() -> Config {
    Config { time_scale: 0.0, seed: Some(3), ..Config::default() }
}

impl Env {
    pub fn start(config: Config) -> Env {
        let emulator = BlockingEmulator::start(config).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let edgerc = dir.path().join("edgerc");
        sps_emulator::cli::write_edgerc(&edgerc, "default", &emulator.edgerc_section("default")).unwrap();
        Env { emulator, dir, edgerc }
    }

    /// `sps` with the emulator's credentials and the example contract and group.
    pub fn sps(&self) -> Command {
        let mut cmd = bare();
        cmd.arg("--edgerc").arg(&self.edgerc).args(["--contract-id", "11754", "--group-id", "1001"]);
        cmd
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// `sps` with a clean environment: no AKAMAI_* or SPS_* variables, no colors.
pub fn bare() -> Command {
    let mut cmd = Command::cargo_bin("sps").unwrap();
    for (k, _) in std::env::vars() {
        if k.starts_with("AKAMAI_") || k.starts_with("SPS_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("NO_COLOR", "1");
    cmd
}

pub fn reference(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../sps-core/tests/data/reference").join(name)
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

pub fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: stdout {:?} stderr {:?}", stdout(out), stderr(out)))
}

pub const SAN_FLAGS: &[&str] = &[
    "create",
    "san",
    "--cname-hostname",
    "www.example.com",
    "--cn",
    "www.example.com",
    "--ou",
    "IT",
    "--san",
    "www.example.com",
    "--san",
    "www.example.net",
    "--org-name",
    "My Example Inc.",
    "--org-address",
    "8 Cambridge Center",
    "--org-city",
    "Cambridge",
    "--org-region",
    "MA",
    "--org-postal-code",
    "02136",
    "--org-country",
    "US",
    "--org-phone",
    "18008008000",
    "--admin-first-name",
    "Mary",
    "--admin-last-name",
    "Jones",
    "--admin-phone",
    "18008008001",
    "--admin-email",
    "m.jones@example.com",
    "--product",
    "alta",
    "--validation",
    "ov",
];
