//! What a transport is configured with: the same options for `sps-blocking` and
//! `sps-async`, so both behave alike.

use std::time::Duration;

use crate::retry::RetryPolicy;

/// The largest response body a transport reads by default (16 MiB: a list of 10,000
/// requests with their parameters fits).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// Transport options.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientOptions {
    /// The whole of one attempt (connect, send, receive).
    pub timeout: Duration,
    /// Opening the connection.
    pub connect_timeout: Duration,
    /// Retries of idempotent calls and of POSTs that provably never left.
    pub retry: RetryPolicy,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// A proxy URL (`http://proxy:3128`); `None` honours `HTTPS_PROXY`/`NO_PROXY`.
    pub proxy: Option<String>,
    /// A client-side request limit, in requests per second, for bulk work.
    pub requests_per_second: Option<f64>,
    /// The largest response body accepted.
    pub max_response_bytes: usize,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            user_agent: format!("sps-rs/{}", env!("CARGO_PKG_VERSION")),
            proxy: None,
            requests_per_second: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}
