//! `sps-blocking` is a blocking client for Akamai's Secure Provisioning Service (SPS) API
//! v1, for scripts and command-line tools. It sends requests with `ureq` over rustls.
//!
//! **What it is for:** doing the I/O that `sps-core` decides: it converts types, sends,
//! receives, and sleeps when told. Retries, rate limits, recovery of lost create answers and
//! waiting are all decided by `sps-core` (`call::Call`, `wait::Waiter`); this crate is the
//! loop around them.
//!
//! **What it is not for:** async code (use `sps-async`), and anything `sps-core` does
//! (validation, signing, parsing). It never follows redirects (the signature is bound to
//! host and path), sends plain http only to loopback hosts, caps response bodies and keeps
//! error bodies.
//!
//! # Example
//!
//! ```
//! # let emulator = sps_emulator::BlockingEmulator::start(Default::default()).unwrap();
//! # let edgerc = std::env::temp_dir().join(format!("sps-doc-{}", std::process::id()));
//! # sps_emulator::cli::write_edgerc(&edgerc, "default", &emulator.edgerc_section("default")).unwrap();
//! use sps_blocking::Client;
//! use sps_core::{CreateSpsRequest, GetSpsRequest, Scope};
//!
//! // Against Akamai: Client::from_edgerc(None, "default") reads ~/.edgerc.
//! let client = Client::from_edgerc(Some(&edgerc), "default")?;
//! let scope = Scope::new("11754", "1001")?;
//! let form = "cnameHostname=www.example.com&createType=single&csr.cn=www.example.com&csr.ou=IT\
//! &organization-information.organization-name=Example&organization-information.address-line-one=1+Main+St\
//! &organization-information.city=Cambridge&organization-information.region=MA\
//! &organization-information.postal-code=02142&organization-information.country=US\
//! &organization-information.phone=16174443000&admin-contact.first-name=Mary&admin-contact.last-name=Jones\
//! &admin-contact.phone=16174443001&admin-contact.email=mary%40example.com";
//! let created = client.create_request(&CreateSpsRequest::from_urlencoded(scope.clone(), form.as_bytes())?)?;
//! let request = client.get_request(&GetSpsRequest::new(scope, created.sps_id)?)?;
//! println!("{}: {}", request.sps_id, request.status);
//! # std::fs::remove_file(&edgerc).ok();
//! # Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())
//! ```
//!
//! # Errors
//!
//! Every call returns [`sps_core::Error`], split by phase: invalid input (never sent),
//! transport (maybe sent), API refusal (status and body kept), decode, or the unknown outcome
//! of a create whose answer was lost.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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

/// A blocking SPS client. Cheap to share between threads by reference.
pub struct Client {
    agent: ureq::Agent,
    credentials: Credentials,
    options: ClientOptions,
    limit: Option<Mutex<RequestLimit>>,
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

fn transport_error(e: ureq::Error) -> TransportError {
    use std::io::ErrorKind as K;
    let kind = match &e {
        ureq::Error::HostNotFound => TransportErrorKind::Dns,
        ureq::Error::ConnectionFailed => TransportErrorKind::Connect,
        ureq::Error::Timeout(ureq::Timeout::Resolve | ureq::Timeout::Connect) => TransportErrorKind::Connect,
        ureq::Error::Timeout(_) => TransportErrorKind::Timeout,
        ureq::Error::BodyExceedsLimit(_) => TransportErrorKind::ResponseTooLarge,
        ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => TransportErrorKind::Redirect,
        ureq::Error::Io(io) => match io.kind() {
            K::ConnectionRefused | K::AddrNotAvailable => TransportErrorKind::Connect,
            K::TimedOut | K::WouldBlock => TransportErrorKind::Timeout,
            _ => TransportErrorKind::ConnectionLost,
        },
        _ => TransportErrorKind::Other,
    };
    TransportError::new(kind, e.to_string())
}

impl Client {
    /// A client for `credentials`.
    ///
    /// # Errors
    /// A proxy URL that cannot be read.
    pub fn new(credentials: Credentials, options: ClientOptions) -> Result<Client, Error> {
        let proxy = match &options.proxy {
            Some(url) => Some(ureq::Proxy::new(url).map_err(|e| {
                Error::Invalid(sps_core::Invalid::one(sps_core::Violation::bad(
                    "proxy",
                    url.as_str(),
                    format!("is not a proxy URL ({e})"),
                )))
            })?),
            None => ureq::Proxy::try_from_env(),
        };
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .timeout_global(Some(options.timeout))
            .timeout_connect(Some(options.connect_timeout))
            .user_agent(options.user_agent.as_str())
            .proxy(proxy)
            .build();
        let limit = options.requests_per_second.map(|rps| Mutex::new(RequestLimit::new(rps)));
        Ok(Client { agent: config.into(), credentials, options, limit })
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

    fn transmit(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError> {
        if let Some(limit) = &self.limit {
            let wait = limit.lock().unwrap_or_else(|p| p.into_inner()).acquire(now_ms());
            std::thread::sleep(wait);
        }
        let response = self.agent.run(request).map_err(transport_error)?;
        let (parts, mut body) = response.into_parts();
        let bytes =
            body.with_config().limit(self.options.max_response_bytes as u64).read_to_vec().map_err(transport_error)?;
        Ok(http::Response::from_parts(parts, bytes))
    }

    /// Runs any operation, with the retries and recovery `sps-core` decides.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub fn send<O: Operation>(&self, op: &O) -> Result<O::Output, Error> {
        let mut call = Call::new(op, &self.credentials, &self.options.retry);
        let mut input = Input::Start;
        loop {
            match call.next(input, env()) {
                Step::Send(request) => {
                    tracing::debug!(operation = op.name(), method = %request.method(), path = request.uri().path(), attempt = call.attempts(), "sending");
                    let started = std::time::Instant::now();
                    input = match self.transmit(request) {
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
                    std::thread::sleep(d);
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
    pub fn create_request(&self, op: &CreateSpsRequest) -> Result<SpsRequestCreated, Error> {
        self.send(op)
    }

    /// Lists SPS requests.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub fn list_requests(&self, op: &ListSpsRequests) -> Result<Vec<SpsRequest>, Error> {
        self.send(op)
    }

    /// Gets one SPS request.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub fn get_request(&self, op: &GetSpsRequest) -> Result<SpsRequest, Error> {
        self.send(op)
    }

    /// Creates a secure edge hostname for an existing certificate.
    ///
    /// # Errors
    /// As [`sps_core::Error`].
    pub fn create_edge_host(&self, op: &CreateEdgeHost) -> Result<EdgeHostCreated, Error> {
        self.send(op)
    }

    /// Polls until every request in `ids` has finished (or needs the user, or time is up),
    /// reporting each change to `on_event`.
    ///
    /// # Errors
    /// A poll failed after its retries, or a request is not in `scope`.
    pub fn wait(
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
                WaitStep::Poll(Poll::One(get)) => WaitInput::Polled(vec![self.send(&get)?]),
                WaitStep::Poll(Poll::Many(list)) => WaitInput::Polled(self.send(&list)?),
                WaitStep::Sleep(d) => {
                    std::thread::sleep(d.min(Duration::from_secs(3600)));
                    WaitInput::Slept
                }
                WaitStep::Done(outcome) => return Ok(outcome),
            };
        }
    }
}
