//! The Python virtual environment with Akamai's official libraries (and the other Python
//! tools the tasks drive), made on demand under `target/interop/venv`.

use std::path::PathBuf;
use std::process::Command;

use crate::root;

/// The edgegrid-python release the project checks against.
pub const EDGEGRID_PYTHON: &str = "edgegrid-python==2.0.9";

/// The schemathesis release `cargo xtask schemathesis` runs.
pub const SCHEMATHESIS: &str = "schemathesis==4.32.5";

/// The venv's python with edgegrid-python, creating the venv when needed.
pub fn venv_python() -> Result<PathBuf, String> {
    venv_with(&[EDGEGRID_PYTHON])
}

/// The venv's python with `packages` (pip requirement specifiers) installed; installs the
/// missing ones. The venv remembers what it was given in `.sps-installed`.
pub fn venv_with(packages: &[&str]) -> Result<PathBuf, String> {
    let dir = root().join("target/interop/venv");
    let python = dir.join("bin/python");
    let marker = dir.join(".sps-installed");
    let installed = if python.exists() { std::fs::read_to_string(&marker).unwrap_or_default() } else { String::new() };
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed.lines().any(|l| l == *p)).collect();
    if missing.is_empty() {
        return Ok(python);
    }
    if !python.exists() {
        let system = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
        eprintln!("xtask: creating {}", dir.display());
        run(Command::new(&system).args(["-m", "venv"]).arg(&dir))?;
    }
    eprintln!("xtask: installing {} into {}", missing.join(" "), dir.display());
    run(Command::new(&python).args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]).args(&missing))?;
    let mut lines: Vec<&str> = installed.lines().collect();
    lines.extend(&missing);
    std::fs::write(&marker, lines.join("\n") + "\n").map_err(|e| format!("{}: {e}", marker.display()))?;
    Ok(python)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let status = cmd.status().map_err(|e| format!("{cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}
