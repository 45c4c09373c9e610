//! What the two POSTs answer.

use serde::{Deserialize, Serialize};

use super::id;

/// One item of `Results.data[].results` in a create answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateResult {
    /// The CPS job (`jobID` on the wire, also read as `jobId`).
    #[serde(default, alias = "jobID", deserialize_with = "id::optional", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<u64>,
    /// The CPS enrollment.
    #[serde(default, deserialize_with = "id::optional", skip_serializing_if = "Option::is_none")]
    pub enrollment_id: Option<u64>,
    /// `SUCCESS` or `VALIDATION_FAILURE`, as sent.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub result_type: Option<String>,
}

impl CreateResult {
    /// Whether the result reports a failure (anything but `SUCCESS`, case-insensitively).
    pub fn is_failure(&self) -> bool {
        self.result_type.as_deref().is_some_and(|t| !t.eq_ignore_ascii_case("SUCCESS"))
    }
}

/// The answer to creating an SPS request (202).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SpsRequestCreated {
    /// The new request's ID: keep it, it is how the request is followed.
    pub sps_id: u64,
    /// Where to check on it; an opaque string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_location: Option<String>,
    /// The CPS job, from the first result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_id: Option<u64>,
    /// The CPS enrollment, from the first result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollment_id: Option<u64>,
    /// Every result the service returned.
    pub results: Vec<CreateResult>,
    /// True when the answer was lost and the request was found again by listing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
}

/// The answer to creating a secure edge hostname (202).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EdgeHostCreated {
    /// The new request's ID.
    pub sps_id: u64,
    /// Where to check on it; an opaque string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_location: Option<String>,
    /// True when the answer was lost and the request was found again by listing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CreatedWire {
    #[serde(deserialize_with = "id::required")]
    pub sps_id: u64,
    #[serde(default)]
    pub resource_location: Option<String>,
    #[serde(default, rename = "Results")]
    pub results: Option<ResultsWire>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct ResultsWire {
    #[serde(default)]
    pub data: Option<Vec<ResultsDataWire>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ResultsDataWire {
    #[serde(default)]
    pub results: Option<CreateResult>,
}

impl From<CreatedWire> for SpsRequestCreated {
    fn from(w: CreatedWire) -> Self {
        let results: Vec<CreateResult> =
            w.results.and_then(|r| r.data).unwrap_or_default().into_iter().filter_map(|d| d.results).collect();
        let first = results.first();
        SpsRequestCreated {
            sps_id: w.sps_id,
            resource_location: w.resource_location,
            job_id: first.and_then(|r| r.job_id),
            enrollment_id: first.and_then(|r| r.enrollment_id),
            results,
            recovered: false,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EdgeHostWire {
    #[serde(deserialize_with = "id::required")]
    pub sps_id: u64,
    #[serde(default)]
    pub resource_location: Option<String>,
}

/// The secure-edge-hosts answer comes as an object or as an array of one object.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(crate) enum EdgeHostAnswer {
    Many(Vec<EdgeHostWire>),
    One(EdgeHostWire),
}
