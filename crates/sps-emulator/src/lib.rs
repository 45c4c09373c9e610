//! `sps-emulator` is a local server that behaves like Akamai's Secure Provisioning Service
//! (SPS) API v1, for tests, CI and demos: what Pebble is for ACME.
//!
//! **What it is for:** driving an SPS client end to end without an Akamai contract. It
//! serves the four endpoints as the reference describes them, verifies EdgeGrid signatures
//! for real (tokens, signature, timestamp window, nonce replay), validates forms with the
//! reference's error format, moves requests through the workflow on a simulated clock
//! (`time_scale`), validates DV challenges by fetching them over HTTP, keeps its state in
//! SQLite (in memory, or a file that survives restarts), and injects faults on demand.
//!
//! **What it is not for:** issuing certificates, serving production traffic, or listening
//! on anything but loopback (unless `allow_remote` is set).
//!
//! # Example
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = sps_emulator::Emulator::start(sps_emulator::Config::default()).await?;
//! println!("listening on {}", emulator.base_url());
//! let edgerc = emulator.edgerc_section("default"); // ready for an .edgerc file
//! assert!(edgerc.starts_with("[default]\nhost = http://127.0.0.1:"));
//! emulator.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! From blocking code, [`BlockingEmulator`] runs one on its own runtime.
//!
//! The management API under `/_emulator/` (no authentication) inspects the state
//! (`GET state`), advances the clock (`POST advance?seconds=N`), reads and clears the
//! request log (`GET`/`DELETE log`), resets (`POST reset`) and sets faults (`GET`/`PUT faults`).

mod admin;
mod api;
mod auth;
pub mod cli;
pub mod clock;
pub mod config;
mod dv;
pub mod faults;
mod server;
mod store;
mod workflow;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub use config::{Config, Durations};
pub use faults::{Faults, RetryAfterForm};
use sps_core::edgegrid::Secret;

/// Entry points into the emulator's handling of client input, for the fuzz targets
/// (`fuzz/`). Not a stable API.
#[doc(hidden)]
pub mod fuzzing {
    fn pairs(body: &[u8]) -> Vec<(String, String)> {
        form_urlencoded::parse(body).into_owned().filter(|(k, _)| !k.is_empty()).collect()
    }

    /// Parses an `Authorization` header value; true when it has the EdgeGrid shape.
    pub fn authorization(value: &str) -> bool {
        crate::auth::parse_header(value).is_ok()
    }

    /// Validates a create form body as the emulator does; true when it is accepted.
    pub fn create_form(body: &[u8]) -> bool {
        crate::api::validate::create_form(&pairs(body)).is_ok()
    }

    /// Validates an edge-host form body as the emulator does; true when it is accepted.
    pub fn edge_host_form(body: &[u8]) -> bool {
        crate::api::validate::edge_host_form(&pairs(body)).is_ok()
    }
}

/// Why an emulator could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// Listening anywhere but loopback needs `allow_remote`.
    #[error("refusing to listen on {0}, which is not a loopback address (pass --allow-remote to allow it)")]
    NotLoopback(SocketAddr),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The database could not be opened.
    #[error("cannot open the database: {0}")]
    Database(#[from] rusqlite::Error),
    /// A background runtime could not be started.
    #[error("cannot start the runtime: {0}")]
    Runtime(std::io::Error),
}

/// One line of the request log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LogEntry {
    /// Simulated time of the call.
    pub at: String,
    /// The method.
    pub method: String,
    /// Path and query.
    pub path: String,
    /// The status answered; 0 while (or if never) answered.
    pub status: u16,
    /// Why authentication failed, if it did.
    pub auth: Option<String>,
    /// The fault injected, if any: `500`, `429`, or `dropped` (committed, connection dropped).
    pub fault: Option<String>,
}

/// Marks a response whose connection is dropped instead of answered.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DropConnection;

/// The state every handler shares.
pub(crate) struct Shared {
    pub config: Config,
    pub store: store::Store,
    pub clock: clock::Clock,
    pub client: auth::Client,
    pub rng: Mutex<fastrand::Rng>,
    pub faults: Mutex<Faults>,
    pub log: Mutex<Vec<LogEntry>>,
    pub flip: AtomicBool,
    pub addr: SocketAddr,
}

impl Shared {
    /// Performs every workflow step due now.
    pub fn advance(&self) -> rusqlite::Result<()> {
        let now = self.clock.now();
        let mut rng = self.rng.lock().unwrap_or_else(|p| p.into_inner());
        self.store.tx(|tx| {
            let mut ctx = workflow::Ctx {
                durations: &self.config.durations,
                auto_validate: self.config.auto_validate,
                rng: &mut rng,
            };
            workflow::advance(tx, now, &mut ctx)?;
            self.save_clock(tx, now)
        })
    }

    /// Remembers how far the simulated clock has run, so a restart does not go back.
    pub fn save_clock(&self, tx: &rusqlite::Transaction<'_>, now: i64) -> rusqlite::Result<()> {
        store::set_meta(tx, "sim_now", &now.to_string())
    }

    /// Verifies EdgeGrid and records the nonce.
    pub fn authenticate(&self, request: &http::Request<Vec<u8>>) -> Result<(), auth::Refusal> {
        let real_now = clock::real_unix();
        let header = auth::verify(&self.client, request, real_now, self.config.timestamp_window)?;
        let window = self.config.timestamp_window.as_secs() as i64;
        let fresh = self
            .store
            .tx(|tx| {
                store::remember_nonce(tx, &header.client_token, &header.nonce, real_now, real_now - 2 * window - 1)
            })
            .map_err(|e| auth::Refusal { code: "internal", detail: e.to_string() })?;
        if fresh {
            Ok(())
        } else {
            Err(auth::Refusal {
                code: "replayed_nonce",
                detail: format!("nonce {:?} was already used; sign every request with a new nonce", header.nonce),
            })
        }
    }

    /// Spells statuses as the server does: as stored, or oddly when that fault is on.
    pub fn speller(&self) -> impl FnMut(&str) -> String + '_ {
        let odd = self.faults.lock().unwrap_or_else(|p| p.into_inner()).odd_casing;
        move |status: &str| {
            if odd {
                let upper = self.flip.fetch_xor(true, Ordering::Relaxed);
                faults::odd_case(status, upper)
            } else {
                status.to_string()
            }
        }
    }
}

/// A running emulator. Dropping it stops it (as [`Emulator::shutdown`] does, without waiting).
pub struct Emulator {
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator").field("addr", &self.shared.addr).finish_non_exhaustive()
    }
}

fn random_token(rng: &mut fastrand::Rng, prefix: &str, n: usize) -> String {
    let body: String = (0..n).map(|_| rng.alphanumeric().to_ascii_lowercase()).collect();
    format!("{prefix}{body}")
}

impl Emulator {
    /// Starts an emulator on the current tokio runtime.
    ///
    /// # Errors
    /// A non-loopback address without `allow_remote`, a bind failure, a database failure.
    pub async fn start(config: Config) -> Result<Emulator, StartError> {
        if !config.allow_remote && !config.listen.ip().is_loopback() {
            return Err(StartError::NotLoopback(config.listen));
        }
        let store = store::Store::open(config.db.as_deref())?;
        let mut rng = match config.seed {
            Some(seed) => fastrand::Rng::with_seed(seed),
            None => fastrand::Rng::new(),
        };
        let (client, sim_now) = store.tx(|tx| -> rusqlite::Result<_> {
            let saved = |k: &str| store::meta(tx, k);
            let creds =
                match (&config.credentials, saved("client_token")?, saved("client_secret")?, saved("access_token")?) {
                    (Some(c), _, _, _) => c.clone(),
                    (None, Some(ct), Some(cs), Some(at)) => (ct, cs, at),
                    _ => (
                        random_token(&mut rng, "akab-", 32),
                        random_token(&mut rng, "", 43) + "=",
                        random_token(&mut rng, "akab-", 32),
                    ),
                };
            store::set_meta(tx, "client_token", &creds.0)?;
            store::set_meta(tx, "client_secret", &creds.1)?;
            store::set_meta(tx, "access_token", &creds.2)?;
            let sim_now: Option<i64> = saved("sim_now")?.and_then(|v| v.parse().ok());
            Ok((creds, sim_now))
        })?;
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|source| StartError::Bind { addr: config.listen, source })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind { addr: config.listen, source })?;
        let base = sim_now.unwrap_or(0).max(clock::real_unix());
        let shared = Arc::new(Shared {
            clock: clock::Clock::new(base, config.time_scale),
            client: auth::Client {
                client_token: client.0,
                client_secret: Secret::new(client.1),
                access_token: Secret::new(client.2),
            },
            faults: Mutex::new(config.faults.clone()),
            rng: Mutex::new(rng),
            log: Mutex::new(Vec::new()),
            flip: AtomicBool::new(false),
            store,
            addr,
            config,
        });
        let app = api::router(shared.clone()).merge(admin::router(shared.clone())).merge(dv::router(shared.clone()));
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let validator = dv::spawn_validator(shared.clone());
        let task = tokio::spawn(async move {
            server::serve(listener, app, stopped).await;
            validator.abort();
        });
        tracing::info!("sps-emulator listening on http://{addr}");
        Ok(Emulator { shared, stop: Some(stop), task: Some(task) })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.shared.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.shared.addr)
    }

    /// The client token of the credentials it accepts.
    pub fn client_token(&self) -> &str {
        &self.shared.client.client_token
    }

    /// The client secret.
    pub fn client_secret(&self) -> &Secret {
        &self.shared.client.client_secret
    }

    /// The access token.
    pub fn access_token(&self) -> &Secret {
        &self.shared.client.access_token
    }

    /// The contract and group the credentials may use (the first of each).
    pub fn contract_and_group(&self) -> (&str, &str) {
        (self.shared.config.contracts[0].as_str(), self.shared.config.groups[0].as_str())
    }

    /// An `.edgerc` section for these credentials.
    pub fn edgerc_section(&self, section: &str) -> String {
        format!(
            "[{section}]\nhost = {}\nclient_token = {}\nclient_secret = {}\naccess_token = {}\nmax_body = 131072\n",
            self.base_url(),
            self.shared.client.client_token,
            self.shared.client.client_secret.expose(),
            self.shared.client.access_token.expose()
        )
    }

    /// The request log so far.
    pub fn log(&self) -> Vec<LogEntry> {
        self.shared.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Replaces the faults in force.
    pub fn set_faults(&self, faults: Faults) {
        *self.shared.faults.lock().unwrap_or_else(|p| p.into_inner()) = faults;
    }

    /// Moves the simulated clock forward and performs what fell due.
    pub fn advance(&self, seconds: i64) {
        self.shared.clock.advance(seconds);
        if let Err(e) = self.shared.advance() {
            tracing::error!("advancing the workflow: {e}");
        }
    }

    /// Stops serving and waits until the listener is closed.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// An emulator on its own runtime thread, for blocking code and tests.
pub struct BlockingEmulator {
    emulator: Option<Emulator>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl BlockingEmulator {
    /// Starts an emulator on a runtime of its own.
    ///
    /// # Errors
    /// As [`Emulator::start`].
    pub fn start(config: Config) -> Result<BlockingEmulator, StartError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .thread_name("sps-emulator")
            .build()
            .map_err(StartError::Runtime)?;
        let emulator = runtime.block_on(Emulator::start(config))?;
        Ok(BlockingEmulator { emulator: Some(emulator), runtime: Some(runtime) })
    }
}

impl std::ops::Deref for BlockingEmulator {
    type Target = Emulator;
    fn deref(&self) -> &Emulator {
        self.emulator.as_ref().expect("running")
    }
}

impl Drop for BlockingEmulator {
    fn drop(&mut self) {
        if let (Some(e), Some(rt)) = (self.emulator.take(), self.runtime.take()) {
            rt.block_on(e.shutdown());
            rt.shutdown_background();
        }
    }
}
