//! The typed model of SPS v1 responses and the values of its forms.
//!
//! Parsing is forward compatible: unknown fields are ignored, unknown status values are kept
//! verbatim, both spellings of `jobId`/`jobID` are read, and IDs are read from numbers or
//! numeric strings.

pub mod created;
pub mod request;
pub mod status;
pub mod time;
pub mod values;

pub use created::{CreateResult, EdgeHostCreated, SpsRequestCreated};
pub use request::{DvStatus, Parameters, SpsRequest};
pub use status::{DomainStatus, Outcome, RequestStatus, ServerValue, WorkflowProgress};
pub use time::UtcTime;
pub use values::{CreateType, IpVersion, Issuer, Klass, Product, SignatureAlgorithm, ValidationType};

/// Serde helpers for IDs sent as numbers or as numeric strings.
pub(crate) mod id {
    use std::fmt;

    use serde::de::{self, Deserializer, Visitor};

    struct IdVisitor;

    impl<'de> Visitor<'de> for IdVisitor {
        type Value = Option<u64>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a numeric ID (a number or a string of digits)")
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<u64>, E> {
            Ok(Some(v))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<u64>, E> {
            u64::try_from(v).map(Some).map_err(|_| E::custom(format!("expected a numeric ID, found {v}")))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<u64>, E> {
            if v.fract() == 0.0 && v >= 0.0 && v < u64::MAX as f64 {
                Ok(Some(v as u64))
            } else {
                Err(E::custom(format!("expected a numeric ID, found {v}")))
            }
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<u64>, E> {
            let t = v.trim();
            if t.is_empty() {
                return Ok(None);
            }
            t.parse().map(Some).map_err(|_| E::custom(format!("expected a numeric ID, found {v:?}")))
        }

        fn visit_unit<E: de::Error>(self) -> Result<Option<u64>, E> {
            Ok(None)
        }

        fn visit_none<E: de::Error>(self) -> Result<Option<u64>, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<u64>, D::Error> {
            d.deserialize_any(IdVisitor)
        }
    }

    /// A required ID.
    pub fn required<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        d.deserialize_any(IdVisitor)?.ok_or_else(|| de::Error::custom("expected a numeric ID, found nothing"))
    }

    /// An optional ID (absent, null or empty).
    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        d.deserialize_any(IdVisitor)
    }
}
