//! `cargo xtask release [--dry-run] VERSION`: the checks and steps of a release. With
//! `--dry-run` nothing is written: it reports what it would change.

use std::process::Command;

use crate::root;

/// The publishable crates, in dependency order.
pub const CRATES: [&str; 5] = ["sps-core", "sps-blocking", "sps-async", "sps-emulator", "sps-cli"];

fn step(name: &str, cmd: &mut Command) -> Result<(), String> {
    eprintln!("release: {name}");
    let status = cmd.current_dir(root()).status().map_err(|e| format!("{name}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed"))
    }
}

fn cargo(args: &[&str]) -> Command {
    let mut c = Command::new("cargo");
    c.args(args);
    c
}

fn valid_version(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && (p.len() == 1 || !p.starts_with('0')))
}

/// The root manifest with every version of the workspace set to `version`.
pub fn bump(manifest: &str, version: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut section = String::new();
    let mut bumped = 0;
    for line in manifest.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            section = t.to_string();
        }
        let mut line = line.to_string();
        if section == "[workspace.package]" && t.starts_with("version") {
            line = format!("version = \"{version}\"");
            bumped += 1;
        } else if section == "[workspace.dependencies]" && CRATES.iter().any(|c| t.starts_with(&format!("{c} ="))) {
            if let Some(start) = line.find("version = \"") {
                let rest = &line[start + 11..];
                let end = rest.find('"').ok_or("a malformed version")?;
                line = format!("{}version = \"{version}\"{}", &line[..start], &rest[end + 1..]);
                bumped += 1;
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    if bumped != 1 + CRATES.len() {
        return Err(format!("expected to bump {} versions in Cargo.toml, found {bumped}", 1 + CRATES.len()));
    }
    Ok(out)
}

/// Runs the release.
pub fn run(version: &str, dry_run: bool) -> Result<(), String> {
    if !valid_version(version) {
        return Err(format!("{version:?} is not a version such as 0.2.0 or 1.0.0-rc.1"));
    }
    let root = root();
    let changelog = std::fs::read_to_string(root.join("CHANGELOG.md")).map_err(|e| format!("CHANGELOG.md: {e}"))?;
    let has_entry = changelog.lines().any(|l| l.starts_with(&format!("## [{version}]")));
    let manifest_path = root.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path).map_err(|e| format!("Cargo.toml: {e}"))?;
    let bumped = bump(&manifest, version)?;

    step("format", &mut cargo(&["fmt", "--all", "--check"]))?;
    step("lint", &mut cargo(&["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"]))?;
    step("tests", &mut cargo(&["test", "--workspace", "--locked"]))?;
    let mut doc = cargo(&["doc", "--workspace", "--no-deps", "--locked"]);
    doc.env("RUSTDOCFLAGS", "-D warnings");
    step("docs", &mut doc)?;
    eprintln!("release: generated files");
    crate::codegen::run(true)?;
    let mut problems = Vec::new();
    if !has_entry {
        let message = format!("CHANGELOG.md has no `## [{version}]` section: move the Unreleased entries under it");
        if !dry_run {
            return Err(message);
        }
        eprintln!("release: (dry run) {message}");
        problems.push(message);
    }
    if dry_run {
        let changed: Vec<String> = manifest
            .lines()
            .zip(bumped.lines())
            .filter(|(a, b)| a != b)
            .map(|(a, b)| format!("  - {a}\n  + {b}"))
            .collect();
        eprintln!("release: (dry run) Cargo.toml would change:\n{}", changed.join("\n"));
    } else {
        std::fs::write(&manifest_path, &bumped).map_err(|e| format!("Cargo.toml: {e}"))?;
        step("lock file", &mut cargo(&["update", "--workspace"]))?;
    }
    let mut package = cargo(&["package", "--no-verify"]);
    if dry_run {
        package.arg("--allow-dirty");
    }
    for c in CRATES {
        package.args(["-p", c]);
    }
    step("package", &mut package)?;
    if dry_run {
        if !problems.is_empty() {
            return Err(format!("dry run: everything else passed, but: {}", problems.join("; ")));
        }
        println!("release {version}: dry run passed; nothing was written (packages in target/package/)");
    } else {
        println!("release {version}: versions bumped and packages built; commit, tag v{version}, then `cargo publish` each of {} in this order", CRATES.join(", "));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert!(valid_version("0.2.0") && valid_version("1.0.0-rc.1") && valid_version("10.20.30"));
        assert!(!valid_version("1.0") && !valid_version("01.0.0") && !valid_version("v1.0.0"));
    }

    #[test]
    fn bumps_every_version_of_the_workspace() {
        let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
        let bumped = bump(&manifest, "9.8.7").unwrap();
        assert!(bumped.contains("[workspace.package]\nversion = \"9.8.7\""));
        assert_eq!(bumped.matches("version = \"9.8.7\"").count(), 1 + CRATES.len());
        assert_eq!(bumped.lines().count(), manifest.lines().count());
    }
}
