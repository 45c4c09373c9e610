//! The simulated clock: `time_scale` simulated seconds pass per real second, and the
//! management API can jump it forward.

use std::sync::Mutex;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Simulated time, in Unix seconds.
#[derive(Debug)]
pub struct Clock {
    scale: f64,
    started: Instant,
    base: i64,
    advanced: Mutex<i64>,
}

/// The real time, in Unix seconds.
pub fn real_unix() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

impl Clock {
    /// A clock that starts at `base` (Unix seconds) and runs `scale` times real time.
    pub fn new(base: i64, scale: f64) -> Self {
        Clock { scale, started: Instant::now(), base, advanced: Mutex::new(0) }
    }

    /// Now, in simulated Unix seconds.
    pub fn now(&self) -> i64 {
        let elapsed = self.started.elapsed().as_secs_f64() * self.scale;
        self.base + elapsed as i64 + *self.advanced.lock().expect("clock lock")
    }

    /// Jumps forward by `seconds`.
    pub fn advance(&self, seconds: i64) {
        *self.advanced.lock().expect("clock lock") += seconds.max(0);
    }

    /// Simulated seconds per real second.
    pub fn scale(&self) -> f64 {
        self.scale
    }
}

/// `yyyy-MM-ddTHH:mm:ssZ` of a Unix time.
pub fn iso(secs: i64) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    time::OffsetDateTime::from_unix_timestamp(secs).ok().and_then(|t| t.format(fmt).ok()).unwrap_or_default()
}

/// Reads `yyyy-MM-ddTHH:mm:ssZ` (the only form the API accepts for `after`).
pub fn parse_iso(s: &str) -> Option<i64> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    time::PrimitiveDateTime::parse(s, fmt).ok().map(|t| t.assume_utc().unix_timestamp())
}

/// An HTTP-date (`Fri, 04 Dec 2026 20:00:00 GMT`) of a Unix time.
pub fn http_date(secs: i64) -> String {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    time::OffsetDateTime::from_unix_timestamp(secs).ok().and_then(|t| t.format(fmt).ok()).unwrap_or_default()
}
