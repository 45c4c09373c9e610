//! `docs/reliability.md`: the figures of the reliability tasks, written by them.

use crate::root;

const HEADER: &str =
    "# Reliability\n\n<!-- Sections written by `cargo xtask soak`, `fuzz`, `schemathesis` and `load` with `--write`; do not edit them by hand. -->\n";

fn today() -> String {
    std::process::Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%d")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

/// Replaces the soak section of `docs/reliability.md` with `report`.
pub fn write_soak(creates: usize, report: &str) -> Result<(), String> {
    let text = format!(
        "## Fault soak\n\n`cargo xtask soak --creates {creates} --write` ({}): creates through `sps-blocking`, `sps-async` and the `sps` command against the emulator with 8 % 500s, 4 % 429s (HTTP-date or Akamai-RateLimit-Next), 2 ms latency, 8 % of committed POSTs answered by a dropped connection, and restarts on its SQLite database; then a wait for all of them.\n\n{report}",
        today()
    );
    write_section("soak", &text)
}

/// Replaces the fuzzing section of `docs/reliability.md` with `report`.
pub fn write_fuzz(report: &str) -> Result<(), String> {
    write_section("fuzz", &format!("## Fuzzing\n\n{} {report}", today()))
}

/// Replaces the schemathesis section of `docs/reliability.md` with `report`.
pub fn write_schemathesis(report: &str) -> Result<(), String> {
    write_section("schemathesis", &format!("## schemathesis against docs/openapi.yaml\n\n{} {report}", today()))
}

/// Replaces the load section of `docs/reliability.md` with `report`.
pub fn write_load(report: &str) -> Result<(), String> {
    write_section("load", &format!("## Load\n\n{} {report}", today()))
}

/// Replaces the section between `<!-- NAME:start -->` and `<!-- NAME:end -->`.
fn write_section(name: &str, text: &str) -> Result<(), String> {
    let path = root().join("docs/reliability.md");
    let existing = std::fs::read_to_string(&path).unwrap_or_else(|_| HEADER.to_string());
    let start_marker = format!("<!-- {name}:start -->");
    let end_marker = format!("<!-- {name}:end -->");
    let section = format!("{start_marker}\n{text}\n{end_marker}");
    let updated = match (existing.find(&start_marker), existing.find(&end_marker)) {
        (Some(a), Some(b)) => format!("{}{section}{}", &existing[..a], &existing[b + end_marker.len()..]),
        _ => format!("{}\n{section}\n", existing.trim_end()),
    };
    std::fs::write(&path, updated).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote the {name} section of docs/reliability.md");
    Ok(())
}
