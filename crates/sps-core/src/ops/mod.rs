//! The four operations of SPS v1, each a value: built and validated once, then turned into an
//! `http::Request` (which cannot fail) and its answer parsed (which never panics).

mod create;
mod edge_host;
mod list;
mod response;

pub use create::{Contact, CreateSpsRequest, Organization, SpsRequestForm};
pub use edge_host::{CreateEdgeHost, EdgeHostForm};
pub use list::{GetSpsRequest, ListSpsRequests};

use std::fmt;

use crate::error::{Error, Invalid};
use crate::validate::{check_opaque_id, Violation};

/// The base path of every SPS v1 resource.
pub const BASE_PATH: &str = "/config-secure-provisioning-service/v1";

/// Where requests go: a scheme and an authority (`https://akab-xxx.luna.akamaiapis.net`).
///
/// Plain `http` is accepted only for loopback hosts (`127.0.0.0/8`, `[::1]`, `localhost`),
/// for local testing against an emulator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    scheme: http::uri::Scheme,
    authority: http::uri::Authority,
}

impl Endpoint {
    /// Parses `https://host[:port]`, `http://loopback[:port]` or a bare `host[:port]` (https);
    /// a trailing `/` is ignored.
    ///
    /// # Errors
    /// Names the value and what is valid: a path, query, user info, plain http to a
    /// non-loopback host, or a malformed authority.
    pub fn parse(host: &str) -> Result<Endpoint, Invalid> {
        let bad = |why: &str| Invalid::one(Violation::bad("host", host, why.to_string()));
        let trimmed = host.trim().trim_end_matches('/');
        let (scheme, rest) = if let Some(rest) = trimmed.strip_prefix("https://") {
            (http::uri::Scheme::HTTPS, rest)
        } else if let Some(rest) = trimmed.strip_prefix("http://") {
            (http::uri::Scheme::HTTP, rest)
        } else if trimmed.contains("://") {
            return Err(bad("has an unsupported scheme; expected https://HOST (or http:// for a loopback host)"));
        } else {
            (http::uri::Scheme::HTTPS, trimmed)
        };
        if rest.is_empty() || rest.contains(['/', '?', '#', '@']) || rest.chars().any(char::is_whitespace) {
            return Err(bad(
                "is not a host name; expected a host such as akab-xxxx.luna.akamaiapis.net, with an optional :port",
            ));
        }
        let authority: http::uri::Authority = rest.parse().map_err(|_| {
            bad("is not a host name; expected a host such as akab-xxxx.luna.akamaiapis.net, with an optional :port")
        })?;
        if scheme == http::uri::Scheme::HTTP && !is_loopback(authority.host()) {
            return Err(bad("uses plain http to a host that is not loopback; expected https:// (http:// is allowed only for 127.0.0.1, [::1] or localhost)"));
        }
        Ok(Endpoint { scheme, authority })
    }

    /// The scheme (`https`, or `http` for loopback).
    pub fn scheme(&self) -> &str {
        self.scheme.as_str()
    }

    /// The host and port, as sent in the `Host` header.
    pub fn authority(&self) -> &str {
        self.authority.as_str()
    }

    /// The host name, without port.
    pub fn host(&self) -> &str {
        self.authority.host()
    }

    /// Whether the host is a loopback address.
    pub fn is_loopback(&self) -> bool {
        is_loopback(self.authority.host())
    }

    /// The URI of `path_and_query` at this endpoint.
    pub(crate) fn uri(&self, path_and_query: &str) -> http::Uri {
        http::Uri::builder()
            .scheme(self.scheme.clone())
            .authority(self.authority.clone())
            .path_and_query(path_and_query)
            .build()
            // Every path and query is built from validated, percent-encoded parts.
            .expect("operation paths are valid URIs")
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme, self.authority)
    }
}

/// Whether `host` names the loopback interface.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The contract and group every call is made for, and the optional account switch key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scope {
    contract_id: String,
    group_id: String,
    account_switch_key: Option<String>,
}

impl Scope {
    /// A scope of `contract_id` and `group_id`, sent as given (`11754`, `1-1TJZFB`).
    ///
    /// # Errors
    /// Either ID empty or with characters that are not URL-safe.
    pub fn new(contract_id: impl Into<String>, group_id: impl Into<String>) -> Result<Scope, Invalid> {
        let (contract_id, group_id) = (contract_id.into(), group_id.into());
        let mut violations = Vec::new();
        for (field, value) in [("contractId", &contract_id), ("groupId", &group_id)] {
            if let Err(e) = check_opaque_id(value, "") {
                violations.push(Violation::bad(field, value.as_str(), e));
            }
        }
        if violations.is_empty() {
            Ok(Scope { contract_id, group_id, account_switch_key: None })
        } else {
            Err(Invalid { violations })
        }
    }

    /// The same scope acting for another account (`accountSwitchKey`, such as `1-ABCD:Z-XYZ`).
    ///
    /// # Errors
    /// A key with characters other than letters, digits, `-`, `_`, `.`, `~` and `:`.
    pub fn with_account_switch_key(mut self, key: impl Into<String>) -> Result<Scope, Invalid> {
        let key = key.into();
        check_opaque_id(&key, ":").map_err(|e| Invalid::one(Violation::bad("accountSwitchKey", key.as_str(), e)))?;
        self.account_switch_key = Some(key);
        Ok(self)
    }

    /// The contract ID.
    pub fn contract_id(&self) -> &str {
        &self.contract_id
    }

    /// The group ID.
    pub fn group_id(&self) -> &str {
        &self.group_id
    }

    /// The account switch key, if any.
    pub fn account_switch_key(&self) -> Option<&str> {
        self.account_switch_key.as_deref()
    }

    /// The query of a call: `contractId`, `groupId`, then `extra`, then `accountSwitchKey`.
    pub(crate) fn query(&self, extra: &[(&str, String)]) -> String {
        let mut pairs: Vec<(&str, &str)> = vec![("contractId", &self.contract_id), ("groupId", &self.group_id)];
        pairs.extend(extra.iter().map(|(k, v)| (*k, v.as_str())));
        if let Some(key) = &self.account_switch_key {
            pairs.push(("accountSwitchKey", key));
        }
        crate::form::encode(&pairs)
    }
}

/// One SPS call: what to send, and how to read the answer.
pub trait Operation {
    /// What a successful answer gives.
    type Output;

    /// A short name for logs (`create-sps-request`).
    fn name(&self) -> &'static str;

    /// The exact HTTP request, unsigned, for `endpoint`.
    fn to_http(&self, endpoint: &Endpoint) -> http::Request<Vec<u8>>;

    /// Reads the answer. Never panics, for any status and any bytes.
    ///
    /// # Errors
    /// [`Error::Api`] for a refusal, [`Error::Decode`] for a 2xx that cannot be read.
    fn parse<B: AsRef<[u8]>>(&self, response: &http::Response<B>) -> Result<Self::Output, Error>;

    /// Whether sending it twice is harmless (GET), so a lost answer may be retried.
    fn is_idempotent(&self) -> bool;

    /// For a create: its scope and the form pairs the service echoes back with
    /// `information=true`, by which a request whose answer was lost can be found.
    fn echo(&self) -> Option<(Scope, Vec<(String, String)>)> {
        None
    }

    /// For a create: the output for a request found by recovery (marked recovered).
    fn recovered(&self, _found: &crate::model::SpsRequest) -> Option<Self::Output> {
        None
    }
}

/// Builds a request with the headers every call has.
pub(crate) fn request(method: http::Method, uri: http::Uri, body: Option<String>) -> http::Request<Vec<u8>> {
    let mut builder = http::Request::builder().method(method).uri(uri).header(http::header::ACCEPT, "application/json");
    if body.is_some() {
        builder = builder.header(http::header::CONTENT_TYPE, crate::form::CONTENT_TYPE);
    }
    builder
        .body(body.map(String::into_bytes).unwrap_or_default())
        // Method, URI and header values are all known to be valid.
        .expect("request parts are valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints() {
        let e = Endpoint::parse("akab-x.luna.akamaiapis.net/").unwrap();
        assert_eq!(e.to_string(), "https://akab-x.luna.akamaiapis.net");
        assert_eq!(Endpoint::parse("https://akab-x.luna.akamaiapis.net").unwrap(), e);
        assert_eq!(Endpoint::parse("http://127.0.0.1:8080").unwrap().to_string(), "http://127.0.0.1:8080");
        assert!(Endpoint::parse("http://[::1]:1").is_ok());
        assert!(Endpoint::parse("http://localhost:9").is_ok());
        for bad in ["http://example.com", "ftp://x", "https://x/path", "", "a b"] {
            let err = Endpoint::parse(bad).unwrap_err();
            assert_eq!(err.violations[0].field, "host", "{bad}");
        }
    }

    #[test]
    fn scopes() {
        let s = Scope::new("11754", "1001").unwrap().with_account_switch_key("1-ABCD:Z-XYZ").unwrap();
        assert_eq!(
            s.query(&[("information", "true".into())]),
            "contractId=11754&groupId=1001&information=true&accountSwitchKey=1-ABCD%3AZ-XYZ"
        );
        let err = Scope::new("", "a/b").unwrap_err();
        assert_eq!(err.violations.len(), 2);
        assert_eq!(err.violations[1].field, "groupId");
    }
}
