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
    use serde::{de, Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Num(u64),
        Str(String),
    }

    fn convert<E: de::Error>(raw: Raw) -> Result<u64, E> {
        match raw {
            Raw::Num(n) => Ok(n),
            Raw::Str(s) => s.trim().parse().map_err(|_| E::custom(format!("expected a numeric ID, found {s:?}"))),
        }
    }

    /// A required ID.
    pub fn required<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        convert(Raw::deserialize(d)?)
    }

    /// An optional ID (absent or null).
    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        match Option::<Raw>::deserialize(d)? {
            None => Ok(None),
            Some(Raw::Str(s)) if s.trim().is_empty() => Ok(None),
            Some(raw) => convert(raw).map(Some),
        }
    }
}
