//! Retry decisions: which failures are worth another attempt, how long to wait (capped
//! exponential backoff with injected jitter, `Retry-After` in both forms,
//! `Akamai-RateLimit-Next` against `Date`), and a client-side request limit. Pure: time and
//! randomness are arguments.

use std::time::Duration;

use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

use crate::error::{Error, RateLimit, TransportErrorKind};

/// How hard to try.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: never retry).
    pub max_attempts: u32,
    /// The first backoff delay.
    pub base_delay: Duration,
    /// No single delay is longer.
    pub max_delay: Duration,
    /// A server hint (`Retry-After`) longer than this is not waited for: the error is returned.
    pub max_hinted_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            max_hinted_delay: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy { max_attempts: 1, ..Self::default() }
    }

    /// The backoff before attempt `attempt + 1` (after `attempt` failures, from 1), with
    /// `jitter` in `[0, 1)` drawn by the caller: "equal jitter", half fixed, half random, so
    /// delays grow and never collapse to zero.
    pub fn backoff(&self, attempt: u32, jitter: f64) -> Duration {
        let exp = self.base_delay.saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1).min(20)));
        let capped = exp.min(self.max_delay);
        let half = capped / 2;
        half + half.mul_f64(jitter.clamp(0.0, 1.0))
    }
}

/// Whether a failed idempotent call is worth another attempt.
pub fn is_retryable(error: &Error) -> bool {
    match error {
        Error::Transport(t) => matches!(
            t.kind,
            TransportErrorKind::Dns
                | TransportErrorKind::Connect
                | TransportErrorKind::Timeout
                | TransportErrorKind::ConnectionLost
        ),
        Error::Api(api) => matches!(api.status.as_u16(), 409 | 429 | 500..=599),
        _ => false,
    }
}

/// Reads an HTTP-date (`Fri, 04 Dec 2026 20:00:07 GMT`) as Unix seconds.
pub fn parse_http_date(s: &str) -> Option<i64> {
    let fmt = format_description!("[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT");
    PrimitiveDateTime::parse(s.trim(), fmt).ok().map(|t| t.assume_utc().unix_timestamp())
}

/// Reads an ISO 8601 instant (`2026-12-04T20:00:07Z`, fractions and offsets allowed) as Unix
/// milliseconds; a bare number is taken as Unix seconds or milliseconds by its size.
fn parse_instant_ms(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(n) = s.parse::<i64>() {
        return Some(if n > 100_000_000_000 { n } else { n * 1000 });
    }
    OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
}

/// How long the server asked the client to wait, from its rate-limit headers; `now_ms` is the
/// client's clock, used only when the server sent no `Date`.
pub fn hinted_delay(rate_limit: &RateLimit, now_ms: i64) -> Option<Duration> {
    let server_now_ms = rate_limit.date.as_deref().and_then(parse_http_date).map(|s| s * 1000).unwrap_or(now_ms);
    let from = |target_ms: i64| Duration::from_millis((target_ms - server_now_ms).max(0) as u64);
    if let Some(v) = rate_limit.retry_after.as_deref() {
        if let Ok(secs) = v.trim().parse::<u64>() {
            return Some(Duration::from_secs(secs));
        }
        if let Some(at) = parse_http_date(v) {
            return Some(from(at * 1000));
        }
    }
    rate_limit.next.as_deref().and_then(parse_instant_ms).map(from)
}

/// A client-side request limit: at most `per_second` requests a second, evenly spaced.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestLimit {
    interval_ms: f64,
    next_free_ms: f64,
}

impl RequestLimit {
    /// A limit of `per_second` requests a second (more than 0).
    pub fn new(per_second: f64) -> Self {
        RequestLimit { interval_ms: 1000.0 / per_second.max(0.001), next_free_ms: f64::MIN }
    }

    /// Takes a slot at `now_ms`; returns how long to wait before sending.
    pub fn acquire(&mut self, now_ms: i64) -> Duration {
        let now = now_ms as f64;
        let slot = self.next_free_ms.max(now);
        self.next_free_ms = slot + self.interval_ms;
        Duration::from_micros(((slot - now) * 1000.0) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1, 0.0), Duration::from_millis(250));
        assert_eq!(p.backoff(1, 0.999_999).as_millis(), 499);
        assert_eq!(p.backoff(2, 0.0), Duration::from_millis(500));
        assert_eq!(p.backoff(30, 1.0), Duration::from_secs(30));
    }

    #[test]
    fn hints() {
        let rl = |retry_after: Option<&str>, next: Option<&str>, date: Option<&str>| RateLimit {
            retry_after: retry_after.map(str::to_string),
            next: next.map(str::to_string),
            date: date.map(str::to_string),
            ..RateLimit::default()
        };
        let date = "Fri, 04 Dec 2026 20:00:00 GMT";
        assert_eq!(parse_http_date(date), Some(1_796_414_400));
        assert_eq!(hinted_delay(&rl(Some("7"), None, None), 0), Some(Duration::from_secs(7)));
        assert_eq!(
            hinted_delay(&rl(Some("Fri, 04 Dec 2026 20:00:05 GMT"), None, Some(date)), 0),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            hinted_delay(&rl(None, Some("2026-12-04T20:00:02.500Z"), Some(date)), 0),
            Some(Duration::from_millis(2500))
        );
        // Without Date, the client's clock is used.
        assert_eq!(
            hinted_delay(&rl(None, Some("2026-12-04T20:00:03Z"), None), 1_796_414_400_000),
            Some(Duration::from_secs(3))
        );
        // In the past: no wait.
        assert_eq!(hinted_delay(&rl(None, Some("2026-12-04T19:00:00Z"), Some(date)), 0), Some(Duration::ZERO));
        assert_eq!(hinted_delay(&rl(Some("soon"), None, None), 0), None);
        assert_eq!(hinted_delay(&RateLimit::default(), 0), None);
    }

    #[test]
    fn request_limit_spaces_requests() {
        let mut l = RequestLimit::new(4.0);
        assert_eq!(l.acquire(1000), Duration::ZERO);
        assert_eq!(l.acquire(1000), Duration::from_millis(250));
        assert_eq!(l.acquire(1100), Duration::from_millis(400));
        assert_eq!(l.acquire(5000), Duration::ZERO);
    }
}
