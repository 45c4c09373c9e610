//! Every `sps` command line in the README and the guide is one `sps` accepts: the same
//! subcommands, flags and values (nothing is sent; the clap definition is asked).

use std::path::Path;

/// The `sps` command lines of the `sh` blocks of a Markdown file: continuation lines joined,
/// comments, a trailing `&` and pipes removed.
fn commands(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_sh = false;
    let mut current = String::new();
    for line in markdown.lines() {
        if line.starts_with("```") {
            in_sh = line.trim() == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        let line = line.split(" # ").next().unwrap_or_default().trim_end();
        if let Some(head) = line.strip_suffix('\\') {
            current.push_str(head);
            continue;
        }
        current.push_str(line);
        let full = std::mem::take(&mut current);
        let full = full.trim().split(" | ").next().unwrap_or_default().trim_end_matches('&').trim().to_string();
        if full.starts_with("sps ") {
            out.push(full);
        }
    }
    out
}

fn check(file: &str, at_least: usize) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let found = commands(&text);
    assert!(found.len() >= at_least, "{file}: only {} sps command lines found: {found:?}", found.len());
    for line in found {
        let words = shlex::split(&line).unwrap_or_else(|| panic!("{file}: cannot split {line:?}"));
        if let Err(e) = sps_cli::command().try_get_matches_from(&words) {
            panic!("{file}: `{line}` is not a command sps accepts:\n{e}");
        }
    }
}

#[test]
fn the_guides_commands_are_accepted() {
    check("docs/guide.md", 8);
}

#[test]
fn the_readmes_commands_are_accepted() {
    check("README.md", 8);
}

#[test]
fn commands_are_extracted_whole() {
    let md = "```sh\nsps create san --cn a \\\n    --san b   # note\nsps get 1 --json | jq .x\nsps emulator &\nexport X=1\n```\n```rust\nsps nope\n```\n";
    assert_eq!(commands(md), ["sps create san --cn a     --san b", "sps get 1 --json", "sps emulator"]);
}
