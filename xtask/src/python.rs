//! The Python virtual environment with Akamai's official libraries, made on demand under
//! `target/interop/venv`.

use std::path::PathBuf;
use std::process::Command;

use crate::root;

/// The edgegrid-python release the project checks against.
pub const EDGEGRID_PYTHON: &str = "edgegrid-python==2.0.9";

/// The venv's python, creating the venv and installing the packages when needed.
pub fn venv_python() -> Result<PathBuf, String> {
    let dir = root().join("target/interop/venv");
    let python = dir.join("bin/python");
    let marker = dir.join(".sps-installed");
    if marker.exists() && python.exists() {
        return Ok(python);
    }
    let system = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    eprintln!("xtask: creating {} with {EDGEGRID_PYTHON}", dir.display());
    run(Command::new(&system).args(["-m", "venv"]).arg(&dir))?;
    run(Command::new(&python).args([
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        EDGEGRID_PYTHON,
    ]))?;
    std::fs::write(&marker, EDGEGRID_PYTHON).map_err(|e| format!("{}: {e}", marker.display()))?;
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
