//! How an emulator is set up.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::faults::Faults;

/// How long each automatic stage of the workflow takes, in simulated seconds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Durations {
    /// Queued, before CPS starts.
    pub queued: u64,
    /// CPS prepares the certificate request.
    pub preparing: u64,
    /// The CA issues an OV certificate.
    pub ca_ov: u64,
    /// Post-verification warnings, acknowledged automatically (OV).
    pub acknowledgement: u64,
    /// Let's Encrypt validates a domain once the challenge is served (`Pending RA`).
    pub le_validation: u64,
    /// The network deploys the certificate.
    pub deploying: u64,
    /// The secure edge hostname is created.
    pub edge_host: u64,
    /// How often the DV validator fetches challenges (simulated seconds).
    pub dv_poll: u64,
}

impl Default for Durations {
    fn default() -> Self {
        Durations {
            queued: 30,
            preparing: 120,
            ca_ov: 3600,
            acknowledgement: 60,
            le_validation: 30,
            deploying: 600,
            edge_host: 300,
            dv_poll: 60,
        }
    }
}

/// An emulator's configuration. `Config::default()` is what tests want: loopback, port 0,
/// in-memory database, contract `11754` and group `1001`.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen.
    pub listen: SocketAddr,
    /// Whether a non-loopback listen address is allowed.
    pub allow_remote: bool,
    /// The SQLite file; in memory when `None`.
    pub db: Option<PathBuf>,
    /// Simulated seconds per real second.
    pub time_scale: f64,
    /// Seed of every random choice (tokens, credentials, fault draws); random when `None`.
    pub seed: Option<u64>,
    /// Contract IDs the credentials may use.
    pub contracts: Vec<String>,
    /// Group IDs the credentials may use.
    pub groups: Vec<String>,
    /// Where the DV validator connects for a domain (`--resolve DOMAIN=IP:PORT`).
    pub resolve: BTreeMap<String, SocketAddr>,
    /// Where the DV validator connects for any other domain (`--challenge-addr`).
    pub challenge_addr: Option<SocketAddr>,
    /// Mark DV domains valid at once, as if CNAMEd to edgekey (Pebble's always-valid).
    pub auto_validate: bool,
    /// Allowed clock skew of EdgeGrid timestamps.
    pub timestamp_window: Duration,
    /// Stage durations.
    pub durations: Durations,
    /// Faults active from the start.
    pub faults: Faults,
    /// Fixed credentials (client token, client secret, access token); generated when `None`.
    pub credentials: Option<(String, String, String)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            allow_remote: false,
            db: None,
            time_scale: 1.0,
            seed: None,
            contracts: vec!["11754".into()],
            groups: vec!["1001".into()],
            resolve: BTreeMap::new(),
            challenge_addr: None,
            auto_validate: false,
            timestamp_window: Duration::from_secs(30),
            durations: Durations::default(),
            faults: Faults::default(),
            credentials: None,
        }
    }
}
