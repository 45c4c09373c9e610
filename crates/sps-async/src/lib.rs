//! `sps-async` is an async client for Akamai's Secure Provisioning Service (SPS) API v1, for
//! services that provision many hostnames at once. It sends requests with `reqwest` over
//! rustls, on tokio.
//!
//! **What it is for:** doing the I/O that `sps-core` decides: it converts types, sends,
//! receives, and sleeps when told. Retries, rate limits, recovery of lost create answers and
//! waiting are all decided by `sps-core` (`call::Call`, `wait::Waiter`); this crate is the
//! loop around them. Its API is the blocking client's, with `async`.
//!
//! **What it is not for:** blocking code (use `sps-blocking`; it does not wrap this crate),
//! and anything `sps-core` does. It never follows redirects, sends plain http only to
//! loopback hosts, caps response bodies and keeps error bodies.
//!
//! # Example
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! # let emulator = sps_emulator::Emulator::start(Default::default()).await?;
//! # let edgerc = std::env::temp_dir().join(format!("sps-async-doc-{}", std::process::id()));
//! # sps_emulator::cli::write_edgerc(&edgerc, "default", &emulator.edgerc_section("default"))?;
//! use sps_async::Client;
//! use sps_core::{ListSpsRequests, Scope};
//!
//! // Against Akamai: Client::from_edgerc(None, "default") reads ~/.edgerc.
//! let client = Client::from_edgerc(Some(&edgerc), "default")?;
//! for request in client.list_requests(&ListSpsRequests::new(Scope::new("11754", "1001")?)).await? {
//!     println!("{}: {}", request.sps_id, request.status);
//! }
//! # std::fs::remove_file(&edgerc).ok();
//! # Ok(()) }
//! ```
//!
//! # Errors
//!
//! Every call returns [`sps_core::Error`], split by phase.

use std::path::Path;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use sps_core::call::{Call, Env, Input, Step};
use sps_core::client::ClientOptions;
use sps_core::edgegrid::{Credentials, Nonce};
use sps_core::edgerc::{self, EdgercError, Resolved};
use sps_core::retry::RequestLimit;
use sps_core::wait::{Poll, WaitEvent, WaitInput, WaitOptions, WaitOutcome, WaitStep, Waiter};
use sps_core::{
    CreateEdgeHost, CreateSpsRequest, EdgeHostCreated, Error, GetSpsRequest, ListSpsRequests, Operation, Scope,
    SpsRequest, SpsRequestCreated, TransportError, TransportErrorKind,
};

/// An async SPS client. Clone it freely: clones share the connection pool and the limit.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    credentials: Credentials,
    options: ClientOptions,
    limit: Option<std::sync::Arc<Mutex<RequestLimit>>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("credentials", &self.credentials)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

fn env() -> Env {
    Env {
        now_ms: now_ms(),
        nonce: Nonce::new(uuid::Uuid::new_v4().to_string()).expect("a UUID is a valid nonce"),
        jitter: fastrand::f64(),
    }
}

/// Reads `.edgerc` at `path` (default `~/.edgerc`) and the `AKAMAI_*` environment, and
/// resolves the credentials of `section` (see `sps_core::edgerc` for the precedence).
///
/// # Errors
/// The file or section is missing or malformed, naming file, section and key.
pub fn load_credentials(path: Option<&Path>, section: &str) -> Result<Resolved, EdgercError> {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    let path = path.map(Path::to_path_buf).unwrap_or_else(|| edgerc::default_path(home.as_deref()));
    edgerc::load(section, &path, std::env::vars(), |p| std::fs::read_to_string(p))
}

fn transport_error(e: &reqwest::Error) -> TransportError {
    let kind = if e.is_connect() {
        TransportErrorKind::Connect
    } else if e.is_timeout() {
        TransportErrorKind::Timeout
    } else if e.is_redirect() {
        TransportErrorKind::Redirect
    } else if e.is_builder() {
        TransportErrorKind::Other
    } else {
        TransportErrorKind::ConnectionLost
    };
    // reqwest's messages name the URL; the query has no secrets, the headers are not shown.
    TransportError::new(kind, e.to_string())
}

impl Client {
    /// A client for `credentials`.
    ///
    /// # Errors
    /// A proxy URL that cannot be read, or a TLS setup failure.
    pub fn new(credentials: Credentials, options: ClientOptions) -> Result<Client, Error> {
        let invalid = |field: &str, value: &str, why: String| {
            Error::Invalid(sps_core::Invalid::one(sps_core::Violation::bad(field, value, why)))
        };
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(options.timeout)
            .connect_timeout(options.connect_timeout)
            .user_agent(options.user_agent.as_str())
            .use_rustls_tls();
        if let Some(url) = &options.proxy {
            builder = builder.proxy(
                reqwest::Proxy::all(url).map_err(|e| invalid("proxy", url, format!("is not a proxy URL ({e})")))?,
            );
        }
        let http = builder.build().map_err(|e| Error::Transport(transport_error(&e)))?;
        let limit = options.requests_per_second.map(|rps| std::sync::Arc::new(Mutex::new(RequestLimit::new(rps))));
        Ok(Client { http, credentials, options, limit })
    }

    /// A client with the credentials of `section` of the `.edgerc` at `path` (or the
    /// environment), and default options.
    ///
    /// # Errors
    /// The credentials cannot be loaded.
    pub fn from_edgerc(path: Option<&Path>, section: &str) -> Result<Client, Box<dyn std::error::Error + Send + Sync>> {
        let resolved = load_credentials(path, section)?;
        for note in &resolved.notes {
            tracing::warn!("{note}");
        }
        Ok(Client::new(resolved.credentials, ClientOptions::default())?)
    }

    /// The credentials in use.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    async fn transmit(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError> {
        if let Some(limit) = &self.limit {
            let wait = limit.lock().unwrap_or_else(|p| p.into_inner()).acquire(now_ms());
            tokio::time::sleep(wait).await;
        }
        let request = reqwest::Request::try_from(request).map_err(|e| transport_error(&e))?;
        let mut response = self.http.execute(request).await.map_err(|e| transport_error(&e))?;
        let mut builder = http::Response::builder().status(response.status()).version(response.version());
        for (k, v) in response.headers() {
            builder = builder.header(k, v);
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| transport_error(&e))? {
            if body.len() + chunk.len() > self.options.max_response_bytes {
                return Err(TransportError::new(
                    TransportErrorKind::ResponseTooLarge,
                    format!("the response is larger than {} bytes", self.options.max_response_bytes),
                ));
            }
            body.extend_from_slice(&chunk);
        }
        builder.body(body).map_err(|e| TransportError::new(TransportErrorKind::Other, e.to_string()))
    }

    /// Runs any operation, with the retries and recovery `sps-core` decides.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub async fn send<O: Operation>(&self, op: &O) -> Result<O::Output, Error> {
        let mut call = Call::new(op, &self.credentials, &self.options.retry);
        let mut input = Input::Start;
        loop {
            match call.next(input, env()) {
                Step::Send(request) => {
                    tracing::debug!(operation = op.name(), method = %request.method(), path = request.uri().path(), attempt = call.attempts(), "sending");
                    let started = std::time::Instant::now();
                    input = match self.transmit(request).await {
                        Ok(r) => {
                            tracing::debug!(
                                operation = op.name(),
                                status = r.status().as_u16(),
                                elapsed_ms = started.elapsed().as_millis() as u64,
                                "answered"
                            );
                            Input::Response(r)
                        }
                        Err(e) => {
                            tracing::debug!(operation = op.name(), error = %e, "failed");
                            Input::Failed(e)
                        }
                    };
                }
                Step::Sleep(d) => {
                    tracing::debug!(
                        operation = op.name(),
                        sleep_ms = d.as_millis() as u64,
                        "waiting before the next attempt"
                    );
                    tokio::time::sleep(d).await;
                    input = Input::Slept;
                }
                Step::Done(result) => return result,
            }
        }
    }

    /// Creates an SPS request (certificate and edge hostname, or modSan).
    ///
    /// # Errors
    /// As [`sps_core::Error`]; a lost answer is recovered or reported as `OutcomeUnknown`.
    pub async fn create_request(&self, op: &CreateSpsRequest) -> Result<SpsRequestCreated, Error> {
        self.send(op).await
    }

    /// Lists SPS requests.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub async fn list_requests(&self, op: &ListSpsRequests) -> Result<Vec<SpsRequest>, Error> {
        self.send(op).await
    }

    /// Gets one SPS request.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub async fn get_request(&self, op: &GetSpsRequest) -> Result<SpsRequest, Error> {
        self.send(op).await
    }

    /// Creates a secure edge hostname for an existing certificate.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub async fn create_edge_host(&self, op: &CreateEdgeHost) -> Result<EdgeHostCreated, Error> {
        self.send(op).await
    }

    /// Polls until every request in `ids` has finished (or needs the user, or time is up),
    /// reporting each change to `on_event`.
    ///
    /// # Errors
    /// A poll failed after its retries, or a request is not in `scope`.
    pub async fn wait(
        &self,
        scope: &Scope,
        ids: &[u64],
        options: WaitOptions,
        mut on_event: impl FnMut(&WaitEvent),
    ) -> Result<WaitOutcome, Error> {
        let mut waiter = Waiter::new(scope.clone(), ids, options)?;
        let mut input = WaitInput::Start;
        loop {
            let step = waiter.next(input, now_ms())?;
            waiter.take_events().iter().for_each(&mut on_event);
            input = match step {
                WaitStep::Poll(Poll::One(get)) => WaitInput::Polled(vec![self.send(&get).await?]),
                WaitStep::Poll(Poll::Many(list)) => WaitInput::Polled(self.send(&list).await?),
                WaitStep::Sleep(d) => {
                    tokio::time::sleep(d).await;
                    WaitInput::Slept
                }
                WaitStep::Done(outcome) => return Ok(outcome),
            };
        }
    }
}
