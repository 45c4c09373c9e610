//! The signing function.

use std::fmt;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::credentials::Credentials;

/// An EdgeGrid timestamp: UTC, `yyyyMMddTHH:mm:ss+0000`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Timestamp(String);

impl Timestamp {
    /// The timestamp of `secs` seconds after the Unix epoch.
    ///
    /// # Errors
    /// Outside the years 0 to 9999.
    pub fn from_unix(secs: i64) -> Result<Timestamp, SignError> {
        let t = time::OffsetDateTime::from_unix_timestamp(secs).map_err(|_| SignError::Timestamp(secs.to_string()))?;
        if !(0..=9999).contains(&t.year()) {
            return Err(SignError::Timestamp(secs.to_string()));
        }
        Ok(Timestamp(format!(
            "{:04}{:02}{:02}T{:02}:{:02}:{:02}+0000",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )))
    }

    /// Reads a timestamp in EdgeGrid's form (`20140321T19:34:21+0000`).
    ///
    /// # Errors
    /// Anything else.
    pub fn parse(s: &str) -> Result<Timestamp, SignError> {
        let fmt = time::macros::format_description!("[year][month][day]T[hour]:[minute]:[second]+0000");
        time::PrimitiveDateTime::parse(s, fmt).map_err(|_| SignError::Timestamp(s.to_string()))?;
        Ok(Timestamp(s.to_string()))
    }

    /// Seconds since the Unix epoch.
    pub fn unix(&self) -> i64 {
        let fmt = time::macros::format_description!("[year][month][day]T[hour]:[minute]:[second]+0000");
        // Every Timestamp was checked against this format when it was made.
        time::PrimitiveDateTime::parse(&self.0, fmt).map(|t| t.assume_utc().unix_timestamp()).unwrap_or(0)
    }

    /// The text, as signed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A nonce: any string the server has not seen with this client; normally a UUIDv4.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Nonce(String);

impl Nonce {
    /// A nonce of `value` (`dd9957e2-4fe5-48ca-8d32-16a772ac6d8f`).
    ///
    /// # Errors
    /// Empty, or with `;`, `=`, whitespace or control characters, which would break the
    /// header.
    pub fn new(value: impl Into<String>) -> Result<Nonce, SignError> {
        let value = value.into();
        if value.is_empty() || value.chars().any(|c| c == ';' || c == '=' || c.is_whitespace() || c.is_control()) {
            return Err(SignError::Nonce(value));
        }
        Ok(Nonce(value))
    }

    /// The text, as signed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The `Authorization` header value. `Debug` and `Display` hide the signature and tokens.
#[derive(Clone, PartialEq, Eq)]
pub struct Authorization(String);

impl Authorization {
    /// The header value itself. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The header value, marked sensitive so `http`-aware loggers hide it.
    pub fn to_header_value(&self) -> http::HeaderValue {
        // Every part of the value is ASCII: tokens from the credentials were checked when
        // signing, timestamp and nonce by construction, the signature is base64.
        let mut v = http::HeaderValue::from_str(&self.0)
            .unwrap_or_else(|_| http::HeaderValue::from_static("EG1-HMAC-SHA256 invalid"));
        v.set_sensitive(true);
        v
    }
}

impl fmt::Debug for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Authorization([redacted])")
    }
}

impl fmt::Display for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EG1-HMAC-SHA256 [redacted]")
    }
}

/// A signature with the intermediate values, for tests and debugging.
#[derive(Clone, PartialEq, Eq)]
pub struct Signature {
    /// The string that was signed (tab-separated).
    pub data_to_sign: String,
    /// The derived signing key: secret, it is as good as the client secret for an instant.
    pub signing_key: String,
    /// The header value.
    pub authorization: Authorization,
}

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signature")
            .field("data_to_sign", &"[redacted]")
            .field("signing_key", &"[redacted]")
            .field("authorization", &self.authorization)
            .finish()
    }
}

/// Why a request could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// The request URI has no host and there is no `Host` header.
    #[error("the request has no host to sign (no authority in the URI and no Host header)")]
    NoHost,
    /// A token has characters that cannot go in the header.
    #[error("{0} has characters that cannot go in an Authorization header (expected printable ASCII without ';')")]
    Token(&'static str),
    /// The timestamp is out of range or malformed.
    #[error("timestamp {0:?} is not a time in EdgeGrid's form yyyyMMddTHH:mm:ss+0000")]
    Timestamp(String),
    /// The nonce is empty or has characters that would break the header.
    #[error("nonce {0:?} is empty or has ';', '=', whitespace or control characters")]
    Nonce(String),
}

type HmacSha256 = Hmac<Sha256>;

fn hmac_b64(key: &[u8], msg: &[u8]) -> String {
    // HMAC accepts keys of any length.
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(msg);
    BASE64.encode(mac.finalize().into_bytes())
}

/// Python's `str.isspace` (and `re`'s `\s` on text), which includes U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn canonical_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut pending_space = false;
    for c in value.trim_matches(is_py_space).chars() {
        if is_py_space(c) {
            pending_space = true;
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

fn check_token(name: &'static str, value: &str) -> Result<(), SignError> {
    if value.is_empty() || !value.bytes().all(|b| (0x21..0x7f).contains(&b) && b != b';') {
        return Err(SignError::Token(name));
    }
    Ok(())
}

/// Signs `request`: the `Authorization` header value and how it was made.
///
/// The host signed is the `Host` header when the request has one, else the URI's authority,
/// lower-cased, without a default port; the path and query are signed exactly as on the
/// request line; the body is hashed only for POST.
///
/// # Errors
/// [`SignError`] when the request has no host or a token cannot go in a header.
pub fn sign<B: AsRef<[u8]>>(
    credentials: &Credentials,
    request: &http::Request<B>,
    timestamp: &Timestamp,
    nonce: &Nonce,
) -> Result<Signature, SignError> {
    check_token("client_token", &credentials.client_token)?;
    check_token("access_token", credentials.access_token.expose())?;
    let uri = request.uri();
    let scheme = uri.scheme_str().unwrap_or("https").to_ascii_lowercase();
    let host = match request.headers().get(http::header::HOST) {
        Some(h) => String::from_utf8_lossy(h.as_bytes()).into_owned(),
        None => uri.authority().map(|a| a.as_str().to_string()).ok_or(SignError::NoHost)?,
    };
    let mut host = host.to_ascii_lowercase();
    let default_port = if scheme == "http" { ":80" } else { ":443" };
    if host.ends_with(default_port) {
        host.truncate(host.len() - default_port.len());
    }
    let path_and_query = match uri.path_and_query().map(|p| p.as_str()) {
        None | Some("") => "/".to_string(),
        Some(pq) if pq.starts_with('?') => format!("/{pq}"),
        Some(pq) => pq.to_string(),
    };
    let canonical_headers: Vec<String> = credentials
        .headers_to_sign
        .iter()
        .filter_map(|name| {
            let value = request.headers().get(name.as_str())?;
            let value = String::from_utf8_lossy(value.as_bytes());
            Some(format!("{}:{}", name.to_lowercase(), canonical_value(&value)))
        })
        .collect();
    let body = request.body().as_ref();
    let method = request.method().as_str().to_ascii_uppercase();
    let content_hash = if method == "POST" && !body.is_empty() {
        BASE64.encode(Sha256::digest(&body[..body.len().min(credentials.max_body)]))
    } else {
        String::new()
    };
    let auth_prefix = format!(
        "EG1-HMAC-SHA256 client_token={};access_token={};timestamp={};nonce={};",
        credentials.client_token,
        credentials.access_token.expose(),
        timestamp.as_str(),
        nonce.as_str()
    );
    let data_to_sign =
        [method.as_str(), &scheme, &host, &path_and_query, &canonical_headers.join("\t"), &content_hash, &auth_prefix]
            .join("\t");
    let signing_key = hmac_b64(credentials.client_secret.expose().as_bytes(), timestamp.as_str().as_bytes());
    let signature = hmac_b64(signing_key.as_bytes(), data_to_sign.as_bytes());
    Ok(Signature {
        data_to_sign,
        signing_key,
        authorization: Authorization(format!("{auth_prefix}signature={signature}")),
    })
}

/// Signs `request` and sets its `Authorization` header (marked sensitive).
///
/// # Errors
/// As [`sign`].
pub fn sign_request<B: AsRef<[u8]>>(
    credentials: &Credentials,
    request: &mut http::Request<B>,
    timestamp: &Timestamp,
    nonce: &Nonce,
) -> Result<(), SignError> {
    let signature = sign(credentials, request, timestamp, nonce)?;
    request.headers_mut().insert(http::header::AUTHORIZATION, signature.authorization.to_header_value());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(Timestamp::from_unix(1_395_430_461).unwrap().as_str(), "20140321T19:34:21+0000");
        assert_eq!(Timestamp::parse("20140321T19:34:21+0000").unwrap().unix(), 1_395_430_461);
        assert!(Timestamp::parse("2014-03-21T19:34:21Z").is_err());
    }

    #[test]
    fn header_values_collapse_like_python() {
        assert_eq!(canonical_value("  a \t b\u{1f}c  "), "a b c");
        assert_eq!(canonical_value("T1"), "T1");
    }

    #[test]
    fn nonces() {
        assert!(Nonce::new("nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx").is_ok());
        assert!(Nonce::new("a;b").is_err() && Nonce::new("").is_err());
    }
}
