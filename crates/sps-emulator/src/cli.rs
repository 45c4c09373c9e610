//! The command line of the emulator, shared by the `sps-emulator` binary and `sps emulator`.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use crate::{Config, Emulator, Faults, RetryAfterForm};

/// Runs a local SPS API v1 server for tests, CI and demos.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Address to listen on; port 0 picks a free port (printed).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Allow listening on a non-loopback address.
    #[arg(long)]
    pub allow_remote: bool,
    /// Keep state in this SQLite file (survives restarts); in memory otherwise.
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Simulated seconds per real second (3600: an hour a second).
    #[arg(long, default_value_t = 1.0, value_name = "N")]
    pub time_scale: f64,
    /// Seed every random choice (tokens, credentials, faults) for repeatable runs.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// A contract the credentials may use (repeatable; default 11754).
    #[arg(long = "contract", value_name = "ID")]
    pub contracts: Vec<String>,
    /// A group the credentials may use (repeatable; default 1001).
    #[arg(long = "group", value_name = "ID")]
    pub groups: Vec<String>,
    /// Where the DV validator connects for DOMAIN (repeatable): DOMAIN=IP:PORT.
    #[arg(long, value_name = "DOMAIN=IP:PORT", value_parser = parse_resolve)]
    pub resolve: Vec<(String, SocketAddr)>,
    /// Where the DV validator connects for every other domain.
    #[arg(long, value_name = "IP:PORT")]
    pub challenge_addr: Option<SocketAddr>,
    /// Mark DV domains valid at once, as if CNAMEd to edgekey.net.
    #[arg(long)]
    pub auto_validate: bool,
    /// Write an .edgerc section for the emulator's credentials to PATH (mode 0600).
    #[arg(long, value_name = "PATH")]
    pub write_edgerc: Option<PathBuf>,
    /// The section name for --write-edgerc.
    #[arg(long, default_value = "default", value_name = "NAME")]
    pub section: String,
    /// Fault: answer this share (0 to 1) of API calls with 500.
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    pub error_rate: f64,
    /// Fault: answer this share (0 to 1) of API calls with 429.
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    pub rate_limit_rate: f64,
    /// Fault: how a 429 says when to retry.
    #[arg(long, value_enum, default_value = "seconds")]
    pub retry_after_form: RetryAfterArg,
    /// Fault: delay every answer by this many milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency_ms: u64,
    /// Fault: drop the connection after committing this share (0 to 1) of POSTs.
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    pub drop_after_commit_rate: f64,
    /// Fault: spell statuses in odd casing.
    #[arg(long)]
    pub odd_casing: bool,
}

/// `--retry-after-form`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum RetryAfterArg {
    /// `Retry-After: <seconds>`.
    Seconds,
    /// `Retry-After: <HTTP-date>`.
    HttpDate,
    /// `Akamai-RateLimit-Next` with `Date`.
    RateLimitNext,
}

fn parse_resolve(s: &str) -> Result<(String, SocketAddr), String> {
    let (domain, addr) = s.split_once('=').ok_or("expected DOMAIN=IP:PORT")?;
    let addr = addr.parse().map_err(|e| format!("{addr:?} is not IP:PORT: {e}"))?;
    Ok((domain.to_ascii_lowercase(), addr))
}

impl Args {
    /// The configuration these options describe.
    pub fn config(&self) -> Config {
        let mut c = Config {
            listen: self.listen,
            allow_remote: self.allow_remote,
            db: self.db.clone(),
            time_scale: self.time_scale,
            seed: self.seed,
            ..Config::default()
        };
        if !self.contracts.is_empty() {
            c.contracts = self.contracts.clone();
        }
        if !self.groups.is_empty() {
            c.groups = self.groups.clone();
        }
        c.resolve = self.resolve.iter().cloned().collect::<BTreeMap<_, _>>();
        c.challenge_addr = self.challenge_addr;
        c.auto_validate = self.auto_validate;
        c.faults = Faults {
            error_rate: self.error_rate,
            rate_limit_rate: self.rate_limit_rate,
            retry_after_form: match self.retry_after_form {
                RetryAfterArg::Seconds => RetryAfterForm::Seconds,
                RetryAfterArg::HttpDate => RetryAfterForm::HttpDate,
                RetryAfterArg::RateLimitNext => RetryAfterForm::RateLimitNext,
            },
            retry_after_seconds: 1,
            latency_ms: self.latency_ms,
            drop_after_commit_rate: self.drop_after_commit_rate,
            odd_casing: self.odd_casing,
            ..Faults::default()
        };
        c
    }
}

/// Writes (or replaces) `section` of the `.edgerc` at `path` with `text`, mode 0600.
///
/// # Errors
/// The file cannot be read or written.
pub fn write_edgerc(path: &Path, section: &str, text: &str) -> std::io::Result<()> {
    let existing = std::fs::read_to_string(path).unwrap_or_default();
    let mut kept = String::new();
    let mut skipping = false;
    for line in existing.lines() {
        let t = line.trim();
        if t.starts_with('[') && t.ends_with(']') {
            skipping = t[1..t.len() - 1].trim() == section;
        }
        if !skipping {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    if !kept.is_empty() && !kept.ends_with("\n\n") {
        kept.push('\n');
    }
    kept.push_str(text);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    #[cfg(unix)]
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    std::io::Write::write_all(&mut file, kept.as_bytes())
}

/// Runs the emulator in the foreground until Ctrl-C.
///
/// # Errors
/// It cannot start, or the `.edgerc` cannot be written.
pub async fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::start(args.config()).await?;
    if let Some(path) = &args.write_edgerc {
        write_edgerc(path, &args.section, &emulator.edgerc_section(&args.section))?;
        println!("wrote section [{}] of {}", args.section, path.display());
    }
    let (contract, group) = emulator.contract_and_group();
    println!(
        "sps-emulator listening on {} (contract {contract}, group {group}, time scale {})",
        emulator.base_url(),
        args.time_scale
    );
    tokio::signal::ctrl_c().await?;
    emulator.shutdown().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_private_section_and_keeps_the_others() {
        let dir = std::env::temp_dir().join(format!("sps-edgerc-{}-{}", std::process::id(), fastrand::u64(..)));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("edgerc");
        std::fs::write(&path, "[prod]\nhost = akab-p.luna.akamaiapis.net\n\n[emulator]\nhost = old\n").unwrap();
        write_edgerc(&path, "emulator", "[emulator]\nhost = http://127.0.0.1:1\n").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text, "[prod]\nhost = akab-p.luna.akamaiapis.net\n\n[emulator]\nhost = http://127.0.0.1:1\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn resolve_option() {
        assert_eq!(parse_resolve("WWW.Example.com=127.0.0.1:8080").unwrap().0, "www.example.com");
        assert!(parse_resolve("www.example.com").is_err());
        assert!(parse_resolve("a=b").is_err());
    }
}
