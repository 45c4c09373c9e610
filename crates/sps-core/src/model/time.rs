//! The API's timestamps: `yyyy-MM-ddTHH:mm:ssZ`, always UTC, whole seconds.

use std::fmt;

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

/// An instant in UTC, to the second, as the API writes it (`2014-07-08T16:27:06Z`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UtcTime(OffsetDateTime);

const API_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

impl UtcTime {
    /// The instant `secs` seconds after 1970-01-01T00:00:00Z.
    ///
    /// # Errors
    /// Outside the years -9999 to 9999.
    pub fn from_unix(secs: i64) -> Result<UtcTime, String> {
        OffsetDateTime::from_unix_timestamp(secs).map(UtcTime).map_err(|e| e.to_string())
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix(self) -> i64 {
        self.0.unix_timestamp()
    }

    /// Parses exactly the API's format, `yyyy-MM-ddTHH:mm:ssZ`.
    ///
    /// # Errors
    /// Anything else, with the expected format.
    pub fn parse_api(s: &str) -> Result<UtcTime, String> {
        time::PrimitiveDateTime::parse(s, API_FORMAT)
            .map(|t| UtcTime(t.assume_utc()))
            .map_err(|_| "is not a UTC time in the form yyyy-MM-ddTHH:mm:ssZ, such as 2014-07-08T16:27:06Z".to_string())
    }

    /// Parses the API's format, RFC 3339 with any offset (converted to UTC, fractions
    /// dropped), or a date `yyyy-MM-dd` (midnight UTC).
    ///
    /// # Errors
    /// Anything else, with the accepted forms.
    pub fn parse_lenient(s: &str) -> Result<UtcTime, String> {
        let s = s.trim();
        if let Ok(t) = Self::parse_api(s) {
            return Ok(t);
        }
        if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
            let utc = t.to_offset(UtcOffset::UTC);
            return Ok(UtcTime(utc.replace_nanosecond(0).unwrap_or(utc)));
        }
        if let Ok(d) = Date::parse(s, format_description!("[year]-[month]-[day]")) {
            return Ok(UtcTime(d.midnight().assume_utc()));
        }
        Err("is not a time; expected yyyy-MM-ddTHH:mm:ssZ (UTC), RFC 3339 with an offset, or a date yyyy-MM-dd".into())
    }
}

impl fmt::Display for UtcTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Formatting a valid date with this description cannot fail.
        let s = self.0.format(API_FORMAT).map_err(|_| fmt::Error)?;
        f.write_str(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses() {
        let t = UtcTime::parse_api("2014-07-08T16:27:06Z").unwrap();
        assert_eq!(t.to_string(), "2014-07-08T16:27:06Z");
        assert_eq!(UtcTime::parse_lenient("2014-07-08T18:27:06.5+02:00").unwrap(), t);
        assert_eq!(UtcTime::parse_lenient("2014-07-08").unwrap().to_string(), "2014-07-08T00:00:00Z");
        assert!(UtcTime::parse_api("2014–07–08T16:27:06Z").is_err());
        assert!(UtcTime::parse_api("2014-07-08T16:27:06+00:00").is_err());
        assert_eq!(UtcTime::from_unix(0).unwrap().to_string(), "1970-01-01T00:00:00Z");
        assert_eq!(UtcTime::from_unix(1_404_836_826).unwrap(), t);
    }
}
