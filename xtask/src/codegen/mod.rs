//! `cargo xtask codegen [--check]`: the files written from the code, so documentation and
//! behaviour cannot drift: the CLI reference, man pages and completions (from clap), the
//! parameter reference and the OpenAPI description (from sps-core's form tables).

mod cli;
mod examples;
mod openapi;
mod parameters;
mod yaml;

use std::path::PathBuf;

use crate::root;

/// Every generated file: its path (from the workspace root) and content.
pub fn files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = vec![
        (PathBuf::from("docs/cli.md"), cli::markdown().into_bytes()),
        (PathBuf::from("docs/parameters.md"), parameters::markdown().into_bytes()),
        (PathBuf::from("docs/openapi.yaml"), yaml::to_yaml(&openapi::document()).into_bytes()),
    ];
    out.extend(cli::man_pages());
    out.extend(cli::completions());
    out
}

/// Writes the files, or with `check` lists the stale ones and fails.
pub fn run(check: bool) -> Result<(), String> {
    let mut stale = Vec::new();
    for (path, content) in files() {
        let full = root().join(&path);
        let current = std::fs::read(&full).ok();
        if current.as_deref() == Some(content.as_slice()) {
            continue;
        }
        if check {
            stale.push(path.display().to_string());
        } else {
            if let Some(dir) = full.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&full, content).map_err(|e| format!("{}: {e}", full.display()))?;
            println!("codegen: wrote {}", path.display());
        }
    }
    if stale.is_empty() {
        if check {
            println!("codegen: every generated file is fresh");
        }
        Ok(())
    } else {
        Err(format!("stale generated files (run `cargo xtask codegen`): {}", stale.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    /// A plain `cargo test` fails when a generated file is stale.
    #[test]
    fn generated_files_are_fresh() {
        super::run(true).unwrap();
    }
}
