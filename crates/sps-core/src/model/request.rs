//! An SPS request as `GET /sps-requests` and `GET /sps-requests/{spsId}` return it.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::id;
use super::status::{DomainStatus, RequestStatus, ServerValue, WorkflowProgress};

/// One SPS request (an item of `requestList`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpsRequest {
    /// The request's ID.
    #[serde(deserialize_with = "id::required")]
    pub sps_id: u64,
    /// The CPS job of the certificate (`jobId`, also read as `jobID`).
    #[serde(default, alias = "jobID", deserialize_with = "id::optional", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<u64>,
    /// The CPS enrollment of the certificate, usable with the CPS API.
    #[serde(default, deserialize_with = "id::optional", skip_serializing_if = "Option::is_none")]
    pub enrollment_id: Option<u64>,
    /// The request's status.
    #[serde(default = "unknown_status")]
    pub status: ServerValue<RequestStatus>,
    /// The stage of the request in CPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_progress: Option<ServerValue<WorkflowProgress>>,
    /// Where to check on the request; an opaque string, never parsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_url: Option<String>,
    /// When the status last changed, as sent (`2015-09-25T19:49:19Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status_change: Option<String>,
    /// The form parameters of the original request (with `information=true`).
    #[serde(default, skip_serializing_if = "Parameters::is_empty")]
    pub parameters: Parameters,
    /// The DV challenges, one per domain.
    #[serde(default, deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub dv_status: Vec<DvStatus>,
}

fn unknown_status() -> ServerValue<RequestStatus> {
    ServerValue::new("")
}

fn null_as_empty<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

impl SpsRequest {
    /// The DV domains whose challenges the user must serve now.
    pub fn challenges_awaiting(&self) -> impl Iterator<Item = &DvStatus> {
        self.dv_status.iter().filter(|d| d.status.kind().needs_user_action())
    }

    /// The edge hostname the request creates (`<cnameHostname>.edgekey.net`), when the
    /// parameters were returned.
    pub fn edge_hostname(&self) -> Option<String> {
        self.parameters.get("cnameHostname").map(|c| format!("{c}.edgekey.net"))
    }
}

/// The DV state of one domain (`dvStatus[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DvStatus {
    /// The domain being validated.
    #[serde(default)]
    pub domain_name: String,
    /// Its validation status.
    #[serde(default = "unknown_domain_status")]
    pub status: ServerValue<DomainStatus>,
    /// The challenge token (use this, never a token cut out of `fullPath`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// What the challenge URL must answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_body: Option<String>,
    /// The challenge URL on the domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_path: Option<String>,
    /// Where the challenge URL may redirect to instead (Akamai serves the token there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_full_path: Option<String>,
    /// When CPS first asked Let's Encrypt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_timestamp: Option<String>,
    /// When Let's Encrypt validated the domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validated_timestamp: Option<String>,
    /// When the validation expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_timestamp: Option<String>,
    /// The error, when the status is `Error` or `Invalid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

fn unknown_domain_status() -> ServerValue<DomainStatus> {
    ServerValue::new("")
}

impl DvStatus {
    /// The path the challenge must be served at (`/.well-known/acme-challenge/{token}`).
    pub fn challenge_path(&self) -> Option<String> {
        self.token.as_ref().map(|t| format!("/.well-known/acme-challenge/{t}"))
    }
}

/// The echoed form parameters of a request: an ordered multimap (`csr.sans` repeats).
/// Names the form tables know are shared, not copied, so a long list stays small.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parameters(pub Vec<(Cow<'static, str>, String)>);

impl Parameters {
    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Every value of `name`, in order.
    pub fn get_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0.iter().filter(move |(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Whether no parameter was returned.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The name, shared when a form table knows it.
fn intern(name: &str) -> Cow<'static, str> {
    let known = crate::params::SPS_REQUEST_PARAMS
        .iter()
        .chain(crate::params::EDGE_HOST_PARAMS)
        .map(|s| s.name)
        .chain(["contractId", "groupId"]);
    for k in known {
        if k == name {
            return Cow::Borrowed(k);
        }
    }
    Cow::Owned(name.to_string())
}

impl Serialize for Parameters {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct NameValue<'a> {
            name: &'a str,
            value: &'a str,
        }
        s.collect_seq(self.0.iter().map(|(n, v)| NameValue { name: n, value: v }))
    }
}

/// A parameter value: the service sends strings, but numbers, booleans and null are kept
/// as their text.
struct ValueText(String);

impl<'de> Deserialize<'de> for ValueText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = ValueText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a parameter value")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ValueText, E> {
                Ok(ValueText(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<ValueText, E> {
                Ok(ValueText(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ValueText, E> {
                Ok(ValueText(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<ValueText, E> {
                Ok(ValueText(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<ValueText, E> {
                Ok(ValueText(v.to_string()))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<ValueText, E> {
                Ok(ValueText(v.to_string()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<ValueText, E> {
                Ok(ValueText(String::new()))
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<ValueText, E> {
                Ok(ValueText(String::new()))
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<ValueText, D::Error> {
                d.deserialize_any(V)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
struct NameValueIn<'a> {
    #[serde(default, borrow)]
    name: Cow<'a, str>,
    #[serde(default)]
    value: Option<ValueText>,
}

impl<'de> Deserialize<'de> for Parameters {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let items = Option::<Vec<NameValueIn<'de>>>::deserialize(d)?.unwrap_or_default();
        Ok(Parameters(
            items.into_iter().map(|nv| (intern(&nv.name), nv.value.map(|v| v.0).unwrap_or_default())).collect(),
        ))
    }
}

/// The body of a list or get answer.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RequestList {
    #[serde(default, deserialize_with = "null_as_empty")]
    pub request_list: Vec<SpsRequest>,
}
