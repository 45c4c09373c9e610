//! EdgeGrid verification of every API call: known tokens, the exact signature, a timestamp
//! within the window, a nonce not seen before.

use std::time::Duration;

use sps_core::edgegrid::{self, Credentials, Nonce, Secret, Timestamp};
use subtle::ConstantTimeEq;

/// The one API client the emulator knows.
#[derive(Clone, PartialEq, Eq)]
pub struct Client {
    /// `client_token`.
    pub client_token: String,
    /// `client_secret`.
    pub client_secret: Secret,
    /// `access_token`.
    pub access_token: Secret,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("client_token", &self.client_token).finish_non_exhaustive()
    }
}

/// A parsed `Authorization` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// `client_token`.
    pub client_token: String,
    /// `access_token`.
    pub access_token: String,
    /// `timestamp`.
    pub timestamp: String,
    /// `nonce`.
    pub nonce: String,
    /// `signature`.
    pub signature: String,
}

/// Parses `EG1-HMAC-SHA256 client_token=…;access_token=…;timestamp=…;nonce=…;signature=…`.
pub fn parse_header(value: &str) -> Result<Header, String> {
    let rest = value
        .strip_prefix("EG1-HMAC-SHA256 ")
        .ok_or("the Authorization header does not start with \"EG1-HMAC-SHA256 \"")?;
    let mut fields = Vec::new();
    for part in rest.split(';') {
        let (k, v) = part.split_once('=').ok_or_else(|| format!("the Authorization field {part:?} has no '='"))?;
        fields.push((k, v));
    }
    let names: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    if names != ["client_token", "access_token", "timestamp", "nonce", "signature"] {
        return Err(format!(
            "the Authorization fields are {names:?}; expected client_token, access_token, timestamp, nonce, signature in that order"
        ));
    }
    Ok(Header {
        client_token: fields[0].1.into(),
        access_token: fields[1].1.into(),
        timestamp: fields[2].1.into(),
        nonce: fields[3].1.into(),
        signature: fields[4].1.into(),
    })
}

/// Why a call was not authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// A short code (`signature_mismatch`).
    pub code: &'static str,
    /// What is wrong, for someone debugging a signer.
    pub detail: String,
}

fn refuse(code: &'static str, detail: impl Into<String>) -> Refusal {
    Refusal { code, detail: detail.into() }
}

/// Checks the signature of `request` (as received: its Host header, path, query, body).
/// Returns the header; the caller checks the nonce.
pub fn verify(
    client: &Client,
    request: &http::Request<Vec<u8>>,
    real_now: i64,
    window: Duration,
) -> Result<Header, Refusal> {
    let value = request
        .headers()
        .get(http::header::AUTHORIZATION)
        .ok_or_else(|| refuse("missing_authorization", "no Authorization header; sign the request with EdgeGrid"))?;
    let value =
        value.to_str().map_err(|_| refuse("malformed_authorization", "the Authorization header is not ASCII"))?;
    let header = parse_header(value).map_err(|e| refuse("malformed_authorization", e))?;
    if header.client_token != client.client_token {
        return Err(refuse(
            "unknown_client_token",
            format!("client_token {:?} is not known to this server", header.client_token),
        ));
    }
    if !bool::from(header.access_token.as_bytes().ct_eq(client.access_token.expose().as_bytes())) {
        return Err(refuse("unknown_access_token", "access_token does not belong to this client_token"));
    }
    let ts = Timestamp::parse(&header.timestamp).map_err(|_| {
        refuse(
            "malformed_timestamp",
            format!("timestamp {:?} is not in the form yyyyMMddTHH:mm:ss+0000", header.timestamp),
        )
    })?;
    let skew = ts.unix() - real_now;
    if skew.unsigned_abs() > window.as_secs() {
        let now = Timestamp::from_unix(real_now).map(|t| t.to_string()).unwrap_or_default();
        return Err(refuse(
            if skew < 0 { "stale_timestamp" } else { "future_timestamp" },
            format!(
                "timestamp {} is {}s from the server's time {now}; at most {}s are allowed: check the clock",
                header.timestamp,
                skew,
                window.as_secs()
            ),
        ));
    }
    let nonce = Nonce::new(header.nonce.clone()).map_err(|e| refuse("malformed_nonce", e.to_string()))?;
    let host = request
        .headers()
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .ok_or_else(|| refuse("missing_host", "no Host header"))?;
    let pq = request.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let uri: http::Uri = format!("http://{host}{pq}")
        .parse()
        .map_err(|_| refuse("malformed_request", "the Host header or path is not valid"))?;
    let mut signed = http::Request::builder().method(request.method().clone()).uri(uri);
    for (k, v) in request.headers() {
        signed = signed.header(k, v);
    }
    let signed = signed
        .body(request.body().clone())
        .map_err(|_| refuse("malformed_request", "the request cannot be rebuilt"))?;
    let endpoint = sps_core::Endpoint::parse("http://127.0.0.1").map_err(|_| refuse("internal", "endpoint"))?;
    let creds = Credentials::new(
        endpoint,
        client.client_token.clone(),
        client.client_secret.clone(),
        client.access_token.clone(),
    );
    let expected =
        edgegrid::sign(&creds, &signed, &ts, &nonce).map_err(|e| refuse("malformed_request", e.to_string()))?;
    let expected_sig = expected.authorization.expose().rsplit_once("signature=").map(|(_, s)| s).unwrap_or_default();
    if !bool::from(expected_sig.as_bytes().ct_eq(header.signature.as_bytes())) {
        return Err(refuse(
            "signature_mismatch",
            format!(
                "the signature does not match; the server signed this data (tabs shown as \\t): {}",
                expected.data_to_sign.replace('\t', "\\t")
            ),
        ));
    }
    Ok(header)
}
