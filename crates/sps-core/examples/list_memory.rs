//! Peak memory of parsing a list answer, for `cargo xtask bench`: prints the process's peak
//! resident size (VmHWM, Linux) after reading the file, and after also parsing it.
//!
//! usage: list_memory FILE read|parse

use sps_core::{ListSpsRequests, Operation, Scope};

fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let body = std::fs::read(&args[1]).expect("the list file");
    let response = http::Response::builder().status(200).body(body).expect("a response");
    let count = if args[2] == "parse" {
        let op = ListSpsRequests::new(Scope::new("11754", "1001").expect("scope")).information(true);
        op.parse(&response).expect("parses").len()
    } else {
        0
    };
    println!("{} {count}", peak_kib());
}
