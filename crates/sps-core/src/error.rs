//! Errors, split by the phase in which the call failed.
//!
//! | phase | variant | was anything sent? |
//! |---|---|---|
//! | the input was refused before sending | [`Error::Invalid`] | no |
//! | the connection failed | [`Error::Transport`] | maybe ([`TransportError::maybe_sent`]) |
//! | the server answered with a refusal | [`Error::Api`] | yes |
//! | a 2xx answer could not be read | [`Error::Decode`] | yes |
//! | a create's answer was lost and recovery found nothing | [`Error::OutcomeUnknown`] | maybe |
//!
//! API and decode errors always keep the status and (a bounded copy of) the raw body.

use std::fmt;

use crate::validate::Violation;

/// How many bytes of a response body an error keeps.
pub const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// Any failure of an SPS call.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input was refused before anything was sent.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// The request could not be sent or its answer not received.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// The server answered, and refused (a non-2xx status, or a 2xx with `VALIDATION_FAILURE`).
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The server answered 2xx, but the body could not be read.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A create was sent, its answer was lost, and it could not be found again: it may or
    /// may not exist.
    #[error(transparent)]
    OutcomeUnknown(Box<crate::call::OutcomeUnknown>),
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

impl Error {
    /// True when the request certainly did not reach the server.
    pub fn never_sent(&self) -> bool {
        match self {
            Error::Invalid(_) => true,
            Error::Transport(t) => !t.maybe_sent,
            _ => false,
        }
    }
}

/// Input refused before anything was sent: every problem found, each naming the field,
/// the value and what is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The problems, in the order of the form's fields.
    pub violations: Vec<Violation>,
}

impl Invalid {
    /// One problem.
    pub fn one(violation: Violation) -> Self {
        Invalid { violations: vec![violation] }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.violations.as_slice() {
            [] => f.write_str("invalid input"),
            [one] => write!(f, "invalid input: {one}"),
            many => {
                write!(f, "invalid input ({} problems):", many.len())?;
                for v in many {
                    write!(f, "\n  - {v}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Invalid {}

/// What kind of transport failure happened; transports map their own errors onto these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The host name could not be resolved (nothing was sent).
    Dns,
    /// The TCP or TLS connection could not be opened (nothing was sent).
    Connect,
    /// The request or response timed out.
    Timeout,
    /// The connection was closed or reset while the request or response was in flight.
    ConnectionLost,
    /// The response was larger than the transport accepts.
    ResponseTooLarge,
    /// The server answered with a redirect, which is never followed.
    Redirect,
    /// Anything else.
    Other,
}

/// A failure to send a request or to receive its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportError {
    /// What went wrong.
    pub kind: TransportErrorKind,
    /// Whether the server may have received (and acted on) the request.
    pub maybe_sent: bool,
    /// The transport's description, free of credentials.
    pub message: String,
}

impl TransportError {
    /// A transport error of `kind`; whether it may have been sent follows from the kind.
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        let maybe_sent = !matches!(kind, TransportErrorKind::Dns | TransportErrorKind::Connect);
        TransportError { kind, maybe_sent, message: message.into() }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Dns => "could not resolve host",
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::ConnectionLost => "connection lost",
            TransportErrorKind::ResponseTooLarge => "response too large",
            TransportErrorKind::Redirect => "redirect refused",
            TransportErrorKind::Other => "transport error",
        };
        write!(f, "{what}: {}", self.message)?;
        if self.maybe_sent {
            f.write_str(" (the request may have reached the server)")?;
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {}

/// One item of an SPS error body's `Errors.invalidItems[]`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InvalidItem {
    /// The form field the server refused, if it named one.
    pub field: Option<String>,
    /// The SPS request the item is about, if any.
    pub sps_id: Option<u64>,
    /// The short reason (`Invalid parameter input`).
    pub validation: Option<String>,
    /// The long reason.
    pub validation_description: Option<String>,
}

impl fmt::Display for InvalidItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        match (&self.validation_description, &self.validation) {
            (Some(d), _) => f.write_str(d),
            (None, Some(v)) => f.write_str(v),
            (None, None) => f.write_str("(no description)"),
        }
    }
}

/// Rate-limit information the server sent with a response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RateLimit {
    /// `Retry-After`, as sent (seconds or an HTTP-date).
    pub retry_after: Option<String>,
    /// `Akamai-RateLimit-Next` or `X-RateLimit-Next`, as sent.
    pub next: Option<String>,
    /// `Date`, as sent (the server's clock, to read `next` against).
    pub date: Option<String>,
    /// `Akamai-RateLimit-Limit` or `X-RateLimit-Limit`.
    pub limit: Option<String>,
    /// `Akamai-RateLimit-Remaining` or `X-RateLimit-Remaining`.
    pub remaining: Option<String>,
}

impl RateLimit {
    /// Reads the rate-limit headers of a response.
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        let get = |names: &[&str]| {
            names.iter().find_map(|n| headers.get(*n).and_then(|v| v.to_str().ok()).map(str::to_owned))
        };
        RateLimit {
            retry_after: get(&["retry-after"]),
            next: get(&["akamai-ratelimit-next", "x-ratelimit-next"]),
            date: get(&["date"]),
            limit: get(&["akamai-ratelimit-limit", "x-ratelimit-limit"]),
            remaining: get(&["akamai-ratelimit-remaining", "x-ratelimit-remaining"]),
        }
    }

    /// True when no rate-limit header was present.
    pub fn is_empty(&self) -> bool {
        *self == RateLimit::default()
    }
}

/// The server refused the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: http::StatusCode,
    /// The refusal items of the body, when it had the SPS error shape.
    pub invalid_items: Vec<InvalidItem>,
    /// The ID of the SPS request, when the server created one and then reported failure
    /// (a 202 whose result type is `VALIDATION_FAILURE`): never dropped.
    pub sps_id: Option<u64>,
    /// The rate-limit headers.
    pub rate_limit: RateLimit,
    /// The raw body, at most [`ERROR_BODY_LIMIT`] bytes of it, lossily decoded.
    pub body: String,
    /// Whether `body` was cut.
    pub body_truncated: bool,
}

impl ApiError {
    /// A hint for the user about what this status usually means.
    pub fn hint(&self) -> Option<&'static str> {
        match self.status.as_u16() {
            300..=399 => Some("the server answered with a redirect, which is never followed: the signature is bound to the host and path; check the host"),
            401 => Some(
                "check the credentials and that this machine's clock is correct (EdgeGrid allows about 30 s of skew)",
            ),
            403 => Some(
                "the credentials may not use this contract and group, or the API grant lacks read/write access to SPS",
            ),
            404 => Some("no such SPS request for this contract and group"),
            429 => Some("rate limited: wait before retrying"),
            500..=599 => Some(
                "the service failed; a GET can be retried, a create should be checked with `list` before resending",
            ),
            _ => None,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SPS refused the request: HTTP {}", self.status)?;
        if let Some(id) = self.sps_id {
            write!(f, " (spsId {id})")?;
        }
        match self.invalid_items.as_slice() {
            [] => {
                let snippet: String = self.body.trim().chars().take(200).collect();
                if !snippet.is_empty() {
                    write!(f, ": {snippet}")?;
                }
            }
            items => {
                for item in items {
                    write!(f, "; {item}")?;
                }
            }
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// A 2xx response whose body could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The HTTP status.
    pub status: http::StatusCode,
    /// Where in the JSON document reading failed (`requestList[0].spsId`), when known.
    pub path: String,
    /// What was wrong there.
    pub message: String,
    /// The raw body, at most [`ERROR_BODY_LIMIT`] bytes of it, lossily decoded.
    pub body: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not read the HTTP {} response at `{}`: {}", self.status, self.path, self.message)
    }
}

impl std::error::Error for DecodeError {}

/// Copies at most [`ERROR_BODY_LIMIT`] bytes of a body into a string.
pub(crate) fn bounded_body(body: &[u8]) -> (String, bool) {
    let cut = body.len() > ERROR_BODY_LIMIT;
    let kept = &body[..body.len().min(ERROR_BODY_LIMIT)];
    (String::from_utf8_lossy(kept).into_owned(), cut)
}
