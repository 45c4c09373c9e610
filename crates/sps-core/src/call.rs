//! One call, from first attempt to final answer: the small state machine every transport
//! drives. It decides; the transport does the I/O and sleeps when told.
//!
//! ```text
//!            ┌──────────── Slept ◀── Sleep(backoff | Retry-After) ◀─┐
//!            ▼                                                     │ retryable, attempts left
//!  Start ─▶ Send(signed request) ─▶ Response / Failed ─▶ parse ─────┤
//!                                                                  │ done
//!                                                                  ▼
//!                                                        Done(Result<Output, Error>)
//!
//!  POST whose answer was lost (timeout, reset, dropped connection):
//!    Send(list after submit time, information=true) ─▶ match the echoed form
//!      found: Done(Ok(output marked recovered))   not found: Done(Err(OutcomeUnknown))
//! ```
//!
//! The transport's loop:
//!
//! ```
//! # use sps_core::call::{Call, Env, Input, Step};
//! # use sps_core::{edgegrid::Nonce, Error, Operation, TransportError};
//! # fn send_on_the_wire(_: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError> {
//! #     Err(TransportError::new(sps_core::TransportErrorKind::Connect, "an example"))
//! # }
//! # fn env() -> Env { Env { now_ms: 0, nonce: Nonce::new("example").unwrap(), jitter: 0.5 } }
//! # fn sleep(_: std::time::Duration) {}
//! fn send<O: Operation>(mut call: Call<'_, O>) -> Result<O::Output, Error> {
//!     let mut input = Input::Start;
//!     loop {
//!         match call.next(input, env()) {
//!             Step::Send(request) => input = match send_on_the_wire(request) {
//!                 Ok(response) => Input::Response(response),
//!                 Err(e) => Input::Failed(e),
//!             },
//!             Step::Sleep(d) => { sleep(d); input = Input::Slept; }
//!             Step::Done(result) => return result,
//!         }
//!     }
//! }
//! ```

use std::fmt;
use std::time::Duration;

use crate::edgegrid::{sign_request, Credentials, Nonce, Timestamp};
use crate::error::{Error, TransportError};
use crate::model::{SpsRequest, UtcTime};
use crate::ops::{ListSpsRequests, Operation};
use crate::retry::{hinted_delay, is_retryable, RetryPolicy};

/// How far before the submit time the recovery list looks, to allow for clock skew.
pub const RECOVERY_LOOKBACK_SECS: i64 = 300;

/// What the transport supplies at each step: its clock, a fresh nonce, a jitter draw.
#[derive(Debug, Clone)]
pub struct Env {
    /// The time, in Unix milliseconds.
    pub now_ms: i64,
    /// A fresh nonce (a UUIDv4) for the request about to be signed.
    pub nonce: Nonce,
    /// A random number in `[0, 1)` for backoff jitter.
    pub jitter: f64,
}

/// What happened since the last step.
#[derive(Debug)]
pub enum Input {
    /// Nothing yet: the call starts.
    Start,
    /// The request was sent and answered.
    Response(http::Response<Vec<u8>>),
    /// The request could not be sent or its answer not received.
    Failed(TransportError),
    /// The transport slept as told.
    Slept,
}

/// What the transport must do next.
#[derive(Debug)]
pub enum Step<T> {
    /// Send this signed request.
    Send(http::Request<Vec<u8>>),
    /// Sleep this long, then say [`Input::Slept`].
    Sleep(Duration),
    /// The call is over.
    Done(Result<T, Error>),
}

/// A create request whose answer was lost, and that recovery could not find.
#[derive(Debug, Clone)]
pub struct OutcomeUnknown {
    /// The operation (`create-sps-request`).
    pub operation: &'static str,
    /// When it was sent (UTC).
    pub submitted_at: UtcTime,
    /// How the answer was lost.
    pub cause: TransportError,
    /// Why the check itself failed, when it did.
    pub check_failed: Option<String>,
}

impl fmt::Display for OutcomeUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let since = UtcTime::from_unix(self.submitted_at.unix() - RECOVERY_LOOKBACK_SECS)
            .map(|t| t.to_string())
            .unwrap_or_default();
        write!(f, "the outcome of {} sent at {} is unknown: {}; ", self.operation, self.submitted_at, self.cause)?;
        match &self.check_failed {
            Some(e) => write!(f, "checking for it failed too ({e}); ")?,
            None => f.write_str("no matching request was found yet; ")?,
        }
        write!(f, "before sending it again, check with `sps list --after {since} --information`")
    }
}

impl std::error::Error for OutcomeUnknown {}

enum Phase {
    Main,
    Recover { cause: TransportError, submitted_ms: i64, attempt: u32 },
}

/// One call of `op`, with retries and recovery.
pub struct Call<'a, O: Operation> {
    op: &'a O,
    credentials: &'a Credentials,
    policy: &'a RetryPolicy,
    attempt: u32,
    submitted_ms: i64,
    phase: Phase,
}

impl<O: Operation> fmt::Debug for Call<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.op.name())
            .field("attempt", &self.attempt)
            .finish_non_exhaustive()
    }
}

/// Adds `accountSwitchKey` to a built request that lacks it.
fn with_account_key(mut request: http::Request<Vec<u8>>, key: Option<&str>) -> http::Request<Vec<u8>> {
    let Some(key) = key else { return request };
    let uri = request.uri().clone();
    let query = uri.query().unwrap_or_default();
    if query.split('&').any(|p| p.starts_with("accountSwitchKey=")) {
        return request;
    }
    let encoded = crate::form::encode(&[("accountSwitchKey", key)]);
    let pq = match query {
        "" => format!("{}?{encoded}", uri.path()),
        q => format!("{}?{q}&{encoded}", uri.path()),
    };
    let mut parts = uri.into_parts();
    if let Ok(pq) = pq.parse() {
        parts.path_and_query = Some(pq);
        if let Ok(uri) = http::Uri::from_parts(parts) {
            *request.uri_mut() = uri;
        }
    }
    request
}

impl<'a, O: Operation> Call<'a, O> {
    /// A call of `op` with `credentials`, trying as hard as `policy` says.
    pub fn new(op: &'a O, credentials: &'a Credentials, policy: &'a RetryPolicy) -> Self {
        Call { op, credentials, policy, attempt: 0, submitted_ms: 0, phase: Phase::Main }
    }

    /// How many times the request was sent so far.
    pub fn attempts(&self) -> u32 {
        self.attempt
    }

    fn signed(&self, request: http::Request<Vec<u8>>, env: &Env) -> Result<http::Request<Vec<u8>>, Error> {
        let mut request = with_account_key(request, self.credentials.account_key.as_deref());
        let ts = Timestamp::from_unix(env.now_ms.div_euclid(1000))
            .map_err(|e| Error::Transport(TransportError::new(crate::TransportErrorKind::Other, e.to_string())))?;
        sign_request(self.credentials, &mut request, &ts, &env.nonce)
            .map_err(|e| Error::Transport(TransportError::new(crate::TransportErrorKind::Other, e.to_string())))?;
        Ok(request)
    }

    fn send_main(&mut self, env: &Env) -> Step<O::Output> {
        self.attempt += 1;
        self.submitted_ms = env.now_ms;
        match self.signed(self.op.to_http(&self.credentials.endpoint), env) {
            Ok(r) => Step::Send(r),
            Err(e) => Step::Done(Err(e)),
        }
    }

    fn recovery_list(&self, submitted_ms: i64) -> Option<ListSpsRequests> {
        let (scope, _) = self.op.echo()?;
        let after = UtcTime::from_unix(submitted_ms.div_euclid(1000) - RECOVERY_LOOKBACK_SECS).ok()?;
        Some(ListSpsRequests::new(scope).after(after).information(true))
    }

    fn retry_or_done(&mut self, error: Error, env: &Env) -> Step<O::Output> {
        let attempts_left = self.attempt < self.policy.max_attempts;
        let delay = |policy: &RetryPolicy, attempt: u32| -> Option<Duration> {
            let hint = match &error {
                Error::Api(api) => hinted_delay(&api.rate_limit, env.now_ms),
                _ => None,
            };
            match hint {
                Some(h) if h > policy.max_hinted_delay => None,
                Some(h) => Some(h.max(Duration::from_millis(1))),
                None => Some(policy.backoff(attempt, env.jitter)),
            }
        };
        let may_resend = if self.op.is_idempotent() {
            is_retryable(&error)
        } else {
            // A POST is resent only when it provably did not act: never sent, or refused by
            // the rate limiter.
            error.never_sent() || matches!(&error, Error::Api(api) if api.status == 429)
        };
        if may_resend && attempts_left {
            if let Some(d) = delay(self.policy, self.attempt) {
                return Step::Sleep(d);
            }
        }
        if let Error::Transport(t) = &error {
            if t.maybe_sent && !self.op.is_idempotent() {
                let submitted_ms = self.submitted_ms;
                let cause = t.clone();
                return match self.recovery_list(submitted_ms) {
                    Some(_) => {
                        self.phase = Phase::Recover { cause, submitted_ms, attempt: 0 };
                        self.next_recover(Input::Start, env)
                    }
                    None => Step::Done(Err(self.unknown(cause, submitted_ms, None))),
                };
            }
        }
        Step::Done(Err(error))
    }

    fn unknown(&self, cause: TransportError, submitted_ms: i64, check_failed: Option<String>) -> Error {
        let submitted_at =
            UtcTime::from_unix(submitted_ms.div_euclid(1000)).unwrap_or(UtcTime::from_unix(0).expect("epoch"));
        Error::OutcomeUnknown(Box::new(OutcomeUnknown { operation: self.op.name(), submitted_at, cause, check_failed }))
    }

    fn next_recover(&mut self, input: Input, env: &Env) -> Step<O::Output> {
        let (cause, submitted_ms, attempt) = match &self.phase {
            Phase::Recover { cause, submitted_ms, attempt } => (cause.clone(), *submitted_ms, *attempt),
            Phase::Main => {
                let e = TransportError::new(crate::TransportErrorKind::Other, "recovery without a lost request");
                return Step::Done(Err(Error::Transport(e)));
            }
        };
        let Some(list) = self.recovery_list(submitted_ms) else {
            return Step::Done(Err(self.unknown(cause, submitted_ms, None)));
        };
        let outcome = match input {
            Input::Start | Input::Slept => {
                self.phase = Phase::Recover { cause: cause.clone(), submitted_ms, attempt: attempt + 1 };
                return match self.signed(list.to_http(&self.credentials.endpoint), env) {
                    Ok(r) => Step::Send(r),
                    Err(e) => Step::Done(Err(self.unknown(cause, submitted_ms, Some(e.to_string())))),
                };
            }
            Input::Response(r) => list.parse(&r),
            Input::Failed(t) => Err(Error::Transport(t)),
        };
        match outcome {
            Ok(found) => {
                match self.op.echo().and_then(|(_, pairs)| find_echo(&found, &pairs)).and_then(|r| self.op.recovered(r))
                {
                    Some(output) => Step::Done(Ok(output)),
                    None => Step::Done(Err(self.unknown(cause, submitted_ms, None))),
                }
            }
            Err(e) if is_retryable(&e) && attempt < self.policy.max_attempts => {
                Step::Sleep(self.policy.backoff(attempt, env.jitter))
            }
            Err(e) => Step::Done(Err(self.unknown(cause, submitted_ms, Some(e.to_string())))),
        }
    }

    /// The next step, given what happened since the last one.
    pub fn next(&mut self, input: Input, env: Env) -> Step<O::Output> {
        if matches!(self.phase, Phase::Recover { .. }) {
            return self.next_recover(input, &env);
        }
        match input {
            Input::Start | Input::Slept => self.send_main(&env),
            Input::Response(response) => match self.op.parse(&response) {
                Ok(out) => Step::Done(Ok(out)),
                Err(e) => self.retry_or_done(e, &env),
            },
            Input::Failed(t) => self.retry_or_done(Error::Transport(t), &env),
        }
    }
}

/// The request `op` sends, as the first attempt would: account key added, signed with
/// `env`'s time and nonce (for `--dry-run` displays and debugging).
///
/// # Errors
/// The request cannot be signed.
pub fn signed_request<O: Operation>(
    op: &O,
    credentials: &Credentials,
    env: &Env,
) -> Result<http::Request<Vec<u8>>, Error> {
    let policy = RetryPolicy::none();
    Call::new(op, credentials, &policy).signed(op.to_http(&credentials.endpoint), env)
}

/// The newest request whose echoed parameters contain every pair of `pairs` (as a multiset).
pub fn find_echo<'r>(list: &'r [SpsRequest], pairs: &[(String, String)]) -> Option<&'r SpsRequest> {
    list.iter()
        .filter(|r| {
            let mut echo: Vec<(&str, &str)> = r.parameters.0.iter().map(|(k, v)| (k.as_ref(), v.as_str())).collect();
            pairs.iter().all(|(k, v)| match echo.iter().position(|(ek, ev)| ek == k && ev == v) {
                Some(i) => {
                    echo.swap_remove(i);
                    true
                }
                None => false,
            })
        })
        .max_by_key(|r| r.sps_id)
}
