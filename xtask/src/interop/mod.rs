//! `cargo xtask interop`: sps-core's EdgeGrid signer against Akamai's official
//! edgegrid-python, on fixed and random requests, with fixed timestamps and nonces.

mod cases;
#[path = "../../../crates/sps-core/tests/it/edgegrid_vector.rs"]
#[allow(dead_code)]
pub mod vector;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use vector::{Case, Expected, Vector, VectorsFile};

use crate::python::{venv_python, EDGEGRID_PYTHON};

const SIGN_PY: &str = include_str!("sign.py");
const EMULATOR_PY: &str = include_str!("emulator.py");

#[derive(serde::Deserialize)]
struct Answer {
    id: String,
    #[serde(flatten)]
    expected: Expected,
}

/// Signs `cases` with edgegrid-python; the answers in the same order.
pub fn official(cases: &[Case]) -> Result<Vec<Expected>, String> {
    let python = venv_python()?;
    let script = crate::root().join("target/interop/sign.py");
    std::fs::write(&script, SIGN_PY).map_err(|e| format!("{}: {e}", script.display()))?;
    let mut child = Command::new(&python)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let input: Vec<String> = cases.iter().map(|c| serde_json::to_string(c).expect("cases serialize")).collect();
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        for line in input {
            writeln!(stdin, "{line}")?;
        }
        Ok(())
    });
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut answers = Vec::with_capacity(cases.len());
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| e.to_string())?;
        let answer: Answer =
            serde_json::from_str(&line).map_err(|e| format!("edgegrid-python answered {line:?}: {e}"))?;
        answers.push(answer);
    }
    writer.join().map_err(|_| "writer thread panicked")?.map_err(|e| e.to_string())?;
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() || answers.len() != cases.len() {
        return Err(format!("edgegrid-python exited with {status} after {} of {} cases", answers.len(), cases.len()));
    }
    for (case, answer) in cases.iter().zip(&answers) {
        if case.id != answer.id {
            return Err(format!("answer {} out of order (expected {})", answer.id, case.id));
        }
    }
    Ok(answers.into_iter().map(|a| a.expected).collect())
}

/// Runs the comparison; writes the vectors when asked.
pub fn run(random_cases: usize, seed: Option<u64>, write: Option<&Path>) -> Result<(), String> {
    let seed = seed.unwrap_or_else(|| fastrand::u64(..));
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut cases = cases::fixed();
    let fixed = cases.len();
    cases.extend((0..random_cases).map(|i| cases::random(&mut rng, i)));
    for case in &cases {
        case.request()?;
    }
    eprintln!("xtask: interop seed {seed}: {fixed} fixed + {random_cases} random cases against {EDGEGRID_PYTHON}");
    let expected = official(&cases)?;
    let vectors: Vec<Vector> =
        cases.into_iter().zip(expected).map(|(case, expected)| Vector { case, expected }).collect();
    let failures: Vec<String> = vectors.iter().filter_map(|v| v.check().err()).collect();
    let body_bytes: usize = vectors.iter().map(|v| v.case.body.expand().len()).sum();
    println!(
        "interop: {} of {} signatures byte-identical to {EDGEGRID_PYTHON} (seed {seed}; {} POST, {} with signed headers, {} bodies over max_body, {body_bytes} body bytes)",
        vectors.len() - failures.len(),
        vectors.len(),
        vectors.iter().filter(|v| v.case.method == "POST").count(),
        vectors.iter().filter(|v| !v.case.headers_to_sign.is_empty()).count(),
        vectors.iter().filter(|v| v.case.body.expand().len() > v.case.max_body).count(),
    );
    for f in failures.iter().take(10) {
        println!("MISMATCH {f}");
    }
    if let Some(path) = write {
        let file = VectorsFile {
            generator: format!("cargo xtask interop --cases {random_cases} --seed {seed} ({EDGEGRID_PYTHON})"),
            vectors,
        };
        let json = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())?;
        std::fs::write(path, json + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
        println!("interop: wrote {}", path.display());
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("{} signatures differ from edgegrid-python", failures.len()))
    }
}

/// Drives the emulator with edgegrid-python + requests: signed calls pass, a changed body
/// fails.
pub fn emulator() -> Result<(), String> {
    let python = venv_python()?;
    let dir = crate::root().join("target/interop");
    let script = dir.join("emulator.py");
    std::fs::write(&script, EMULATOR_PY).map_err(|e| format!("{}: {e}", script.display()))?;
    let form = crate::root().join("crates/sps-core/tests/data/reference/ov_san.form");
    let emulator = sps_emulator::BlockingEmulator::start(sps_emulator::Config::default()).map_err(|e| e.to_string())?;
    let output = Command::new(&python)
        .arg(&script)
        .arg(emulator.base_url())
        .arg(emulator.client_token())
        .arg(emulator.client_secret().expose())
        .arg(emulator.access_token().expose())
        .arg(&form)
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if !output.status.success() {
        return Err(format!("emulator.py failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let got: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("emulator.py printed {:?}: {e}", String::from_utf8_lossy(&output.stdout)))?;
    let expected = serde_json::json!({"list": 200, "create": 202, "get": 200, "edge_host": 202, "tampered": 401, "tampered_reason": "signature_mismatch"});
    println!("interop: edgegrid-python + requests against sps-emulator: {got}");
    if got == expected {
        Ok(())
    } else {
        Err(format!("edgegrid-python against the emulator: expected {expected}, got {got}"))
    }
}
