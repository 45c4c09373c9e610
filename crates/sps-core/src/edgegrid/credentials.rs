//! EdgeGrid credentials, with the secrets kept out of `Debug`, `Display` and errors.

use std::fmt;

use crate::ops::Endpoint;

/// The body prefix length that is hashed when no other is configured; what Akamai's servers
/// use.
pub const DEFAULT_MAX_BODY: usize = 131_072;

/// A secret string: shown as `[redacted]` by `Debug` and `Display`; read it with
/// [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// What EdgeGrid needs to sign requests for one API client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    /// Where requests go (`host` of the `.edgerc`).
    pub endpoint: Endpoint,
    /// `client_token`: identifies the client; sent in every `Authorization` header.
    pub client_token: String,
    /// `client_secret`: the HMAC key. Secret.
    pub client_secret: Secret,
    /// `access_token`: sent in every `Authorization` header, but a credential all the same.
    pub access_token: Secret,
    /// How many body bytes of a POST are hashed ([`DEFAULT_MAX_BODY`] unless configured).
    pub max_body: usize,
    /// Headers included in the signature, in this order (usually none).
    pub headers_to_sign: Vec<String>,
    /// The account switch key (`account_key`), when the client acts for another account.
    pub account_key: Option<String>,
}

impl Credentials {
    /// Credentials with the default `max_body`, no signed headers and no account key.
    pub fn new(
        endpoint: Endpoint,
        client_token: impl Into<String>,
        client_secret: Secret,
        access_token: Secret,
    ) -> Self {
        Credentials {
            endpoint,
            client_token: client_token.into(),
            client_secret,
            access_token,
            max_body: DEFAULT_MAX_BODY,
            headers_to_sign: Vec::new(),
            account_key: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secrets() {
        let c = Credentials::new(
            Endpoint::parse("akab-h.luna.akamaiapis.net").unwrap(),
            "akab-ct",
            Secret::new("s3cr3t-value"),
            Secret::new("akab-at-value"),
        );
        let shown = format!("{c:?} {}", c.client_secret);
        assert!(!shown.contains("s3cr3t-value") && !shown.contains("akab-at-value"), "{shown}");
        assert!(shown.contains("akab-ct"));
    }
}
