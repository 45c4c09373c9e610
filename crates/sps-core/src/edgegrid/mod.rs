//! Akamai EdgeGrid (`EG1-HMAC-SHA256`) request signing, as pure functions.
//!
//! [`sign`] is a function of the credentials, the request, a [`Timestamp`] and a [`Nonce`];
//! the caller reads the clock and draws the nonce (a UUIDv4), so every signature can be
//! reproduced. It matches Akamai's official libraries byte for byte:
//!
//! ```text
//! signing_key  = base64(HMAC-SHA256(key = client_secret, msg = timestamp))
//! content_hash = POST with a non-empty body ? base64(SHA-256(body[..max_body])) : ""
//! data_to_sign = METHOD \t scheme \t host \t path?query \t canonical_headers \t content_hash \t auth_prefix
//! signature    = base64(HMAC-SHA256(key = signing_key (its base64 text), msg = data_to_sign))
//! ```

mod credentials;
mod sign;

pub use credentials::{Credentials, Secret, DEFAULT_MAX_BODY};
pub use sign::{sign, sign_request, Authorization, Nonce, SignError, Signature, Timestamp};
