//! `sps-core` is the sans-IO heart of a client for Akamai's Secure Provisioning Service (SPS)
//! API v1, which provisions TLS certificates (single, SAN, wildcard; OV, or DV through Let's
//! Encrypt) and secure edge hostnames (`*.edgekey.net`).
//!
//! **What it is for:** everything a client needs except the socket. Each operation is a
//! value that validates its input when it is built, turns into an exact
//! [`http::Request`], and parses an [`http::Response`]; EdgeGrid signing, `.edgerc`
//! parsing and the form tables are pure functions.
//!
//! **What it is not for:** sending anything. It opens no socket or file, reads no clock,
//! environment or random numbers: the caller passes time, nonce, file text and environment
//! in. The transports `sps-blocking` and `sps-async` do the I/O on top of this crate.
//!
//! # The contract
//!
//! ```text
//!  SpsRequestForm ──new()──▶ CreateSpsRequest ──to_http(&endpoint)──▶ http::Request<Vec<u8>>
//!        (validates: all problems at once)              │ edgegrid::sign_request(creds, req, timestamp, nonce)
//!                                                       ▼
//!                                        transport sends, receives http::Response<Vec<u8>>
//!                                                       │
//!        Result<SpsRequestCreated, Error> ◀──parse(&response)──┘
//! ```
//!
//! Building an operation is where input is refused ([`Error::Invalid`], naming every field,
//! value and what is valid); `to_http` cannot fail; `parse` never panics, whatever the
//! status and bytes; [`Operation::is_idempotent`] says whether a lost answer may be resent.
//!
//! # Example
//!
//! ```
//! use sps_core::{edgegrid, Endpoint, GetSpsRequest, Operation, Scope};
//!
//! let endpoint = Endpoint::parse("akab-xxxx.luna.akamaiapis.net")?;
//! let op = GetSpsRequest::new(Scope::new("11754", "1001")?, 12345)?;
//! let mut request = op.to_http(&endpoint);
//! assert_eq!(
//!     request.uri(),
//!     "https://akab-xxxx.luna.akamaiapis.net/config-secure-provisioning-service/v1/sps-requests/12345?contractId=11754&groupId=1001"
//! );
//!
//! let creds = edgegrid::Credentials::new(
//!     endpoint,
//!     "akab-client-token",
//!     edgegrid::Secret::new("client-secret"),
//!     edgegrid::Secret::new("akab-access-token"),
//! );
//! let timestamp = edgegrid::Timestamp::from_unix(1_395_430_461)?; // the caller's clock
//! let nonce = edgegrid::Nonce::new("dd9957e2-4fe5-48ca-8d32-16a772ac6d8f")?; // the caller's UUIDv4
//! edgegrid::sign_request(&creds, &mut request, &timestamp, &nonce)?;
//!
//! let answer = http::Response::builder().status(200).body(
//!     br#"{"requestList":[{"spsId":12345,"status":"SPS Request Complete","jobID":67890}]}"#.to_vec(),
//! )?;
//! let sps_request = op.parse(&answer)?;
//! assert!(sps_request.status.kind().is_success());
//! assert_eq!(sps_request.job_id, Some(67890));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub use http;

pub mod call;
pub mod client;
pub mod country;
pub mod edgegrid;
pub mod edgerc;
pub mod error;
pub mod form;
pub mod model;
pub mod ops;
pub mod params;
pub mod retry;
pub mod validate;
pub mod wait;

pub use error::{ApiError, DecodeError, Error, Invalid, InvalidItem, RateLimit, TransportError, TransportErrorKind};
pub use model::{
    CreateType, DvStatus, EdgeHostCreated, IpVersion, Issuer, Klass, Product, RequestStatus, SignatureAlgorithm,
    SpsRequest, SpsRequestCreated, UtcTime, ValidationType,
};
pub use ops::{
    Contact, CreateEdgeHost, CreateSpsRequest, EdgeHostForm, Endpoint, GetSpsRequest, ListSpsRequests, Operation,
    Organization, Scope, SpsRequestForm,
};
pub use validate::{Violation, Warning};
