//! `sps`: provision TLS certificates and secure edge hostnames with Akamai's Secure
//! Provisioning Service (SPS) API v1, from a terminal or a script.

fn main() -> std::process::ExitCode {
    sps_cli::main()
}
