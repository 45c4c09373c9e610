//! Architecture invariants of sps-core, checked: it stays sans-IO.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Invariant: sps-core's source never reads the clock, sleeps, or opens files, sockets or
/// the environment.
#[test]
fn source_does_no_io() {
    let forbidden = [
        "Instant::now",
        "SystemTime::now",
        "OffsetDateTime::now",
        "thread::sleep",
        "std::fs",
        "File::open",
        "File::create",
        "std::net::Tcp",
        "TcpStream",
        "UdpSocket",
        "std::env::var",
        "env::vars",
        "std::process",
        "rand::",
    ];
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 10);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for word in forbidden {
            assert!(!text.contains(word), "{} uses {word}", file.display());
        }
    }
}

/// Invariant: sps-core depends on no async runtime or HTTP client.
#[test]
fn depends_on_no_transport() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["tree", "--package", "sps-core", "--edges", "normal", "--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.contains("sps-core") && tree.contains("hmac"), "{tree}");
    for name in ["tokio", "ureq", "reqwest", "hyper", "mio", "socket2", "rand", "getrandom"] {
        assert!(!tree.lines().any(|l| l.starts_with(&format!("{name} "))), "sps-core depends on {name}:\n{tree}");
    }
}
