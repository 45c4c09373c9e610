//! Faults injected on demand, for the clients' reliability tests: set them in [`Config`](crate::Config)
//! (its `faults` field), with command-line options, or at run time with
//! `PUT /_emulator/faults`.

use serde::{Deserialize, Serialize};

/// How a 429 says when to come back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RetryAfterForm {
    /// `Retry-After: <seconds>`.
    #[default]
    Seconds,
    /// `Retry-After: <HTTP-date>`.
    HttpDate,
    /// No `Retry-After`; `Akamai-RateLimit-Next: <ISO time>` and `Date` instead.
    RateLimitNext,
}

/// The faults in force. Counters (`*_next`) apply to the next N API calls and count down;
/// rates apply to every call, drawn from the seeded generator.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Faults {
    /// Answer the next N API calls with 500.
    pub fail_next: u32,
    /// Answer this share (0 to 1) of API calls with 500.
    pub error_rate: f64,
    /// Answer the next N API calls with 429.
    pub rate_limit_next: u32,
    /// Answer this share (0 to 1) of API calls with 429.
    pub rate_limit_rate: f64,
    /// The form of the 429's hint.
    pub retry_after_form: RetryAfterForm,
    /// Seconds the 429 asks the client to wait.
    pub retry_after_seconds: u32,
    /// Delay every API answer by this many milliseconds.
    pub latency_ms: u64,
    /// Drop the connection, with no answer, after committing the next N POSTs.
    pub drop_after_commit_next: u32,
    /// Drop the connection after committing this share (0 to 1) of POSTs.
    pub drop_after_commit_rate: f64,
    /// Spell statuses in odd casing (`AWAITING USER`, `sps request complete`).
    pub odd_casing: bool,
}

/// What to do with one API call, drawn from the faults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Injected {
    /// Nothing: handle it.
    None,
    /// Answer 500.
    ServerError,
    /// Answer 429.
    RateLimited,
}

impl Faults {
    /// Draws the fault for the next API call, counting down the counters.
    pub fn draw(&mut self, rng: &mut fastrand::Rng) -> Injected {
        if self.fail_next > 0 {
            self.fail_next -= 1;
            return Injected::ServerError;
        }
        if self.rate_limit_next > 0 {
            self.rate_limit_next -= 1;
            return Injected::RateLimited;
        }
        if self.error_rate > 0.0 && rng.f64() < self.error_rate {
            return Injected::ServerError;
        }
        if self.rate_limit_rate > 0.0 && rng.f64() < self.rate_limit_rate {
            return Injected::RateLimited;
        }
        Injected::None
    }

    /// Whether to drop the connection after committing this POST.
    pub fn draw_drop(&mut self, rng: &mut fastrand::Rng) -> bool {
        if self.drop_after_commit_next > 0 {
            self.drop_after_commit_next -= 1;
            return true;
        }
        self.drop_after_commit_rate > 0.0 && rng.f64() < self.drop_after_commit_rate
    }
}

/// A status spelled oddly: alternately upper and lower case.
pub fn odd_case(status: &str, upper: bool) -> String {
    if upper {
        status.to_uppercase()
    } else {
        status.to_lowercase()
    }
}
