//! The JSON the emulator answers with, shaped exactly like the reference's samples. Written
//! here from the reference, not taken from sps-core's model, so that a misreading shared by
//! client and server cannot hide.

use serde_json::{json, Map, Value};

use crate::clock::iso;
use crate::store::{DvRow, RequestRow};

/// The base path of the API.
pub const BASE: &str = "/config-secure-provisioning-service/v1";

/// `resourceLocation` / `resourceUrl` of a request.
pub fn location(sps_id: i64) -> String {
    format!("{BASE}/sps-requests/{sps_id}")
}

/// The 202 answer of `POST /sps-requests` (note `jobID`, as the reference spells it).
pub fn created(sps_id: i64, job_id: i64, enrollment_id: i64) -> Value {
    json!({
        "spsId": sps_id,
        "resourceLocation": location(sps_id),
        "Results": {
            "data": [{
                "data": null,
                "code": null,
                "text": null,
                "results": { "jobID": job_id, "enrollmentId": enrollment_id, "type": "SUCCESS" },
                "message": null
            }],
            "size": 1
        }
    })
}

/// The 202 answer of `POST /secure-edge-hosts`: the array form of the reference.
pub fn edge_host_created(sps_id: i64) -> Value {
    json!([{ "resourceLocation": location(sps_id), "spsId": sps_id }])
}

fn dv_json(d: &DvRow, spell: &mut dyn FnMut(&str) -> String) -> Value {
    let mut m = Map::new();
    m.insert("domainName".into(), json!(d.domain));
    m.insert("fullPath".into(), json!(format!("http://{}/.well-known/acme-challenge/{}", d.domain, d.token)));
    m.insert(
        "redirectFullPath".into(),
        json!(format!("http://dcv.akamai.com/.well-known/acme-challenge/{}/{}", d.domain, d.token)),
    );
    m.insert("responseBody".into(), json!(d.response_body));
    m.insert("status".into(), json!(spell(&d.status)));
    m.insert("token".into(), json!(d.token));
    for (key, value) in
        [("requestTimestamp", d.request_ts), ("validatedTimestamp", d.validated_ts), ("expiresTimestamp", d.expires_ts)]
    {
        if let Some(t) = value {
            m.insert(key.into(), json!(iso(t)));
        }
    }
    if let Some(e) = &d.error {
        m.insert("errorMessage".into(), json!(e));
    }
    Value::Object(m)
}

/// One item of `requestList`.
pub fn request(r: &RequestRow, dv: &[DvRow], information: bool, spell: &mut dyn FnMut(&str) -> String) -> Value {
    let mut m = Map::new();
    m.insert("spsId".into(), json!(r.sps_id));
    if let Some(j) = r.job_id {
        m.insert("jobId".into(), json!(j));
    }
    if let Some(e) = r.enrollment_id {
        m.insert("enrollmentId".into(), json!(e));
    }
    m.insert("status".into(), json!(spell(&r.status)));
    m.insert("workflowProgress".into(), json!(r.workflow));
    m.insert("resourceUrl".into(), json!(location(r.sps_id)));
    m.insert("lastStatusChange".into(), json!(iso(r.last_change)));
    if !dv.is_empty() {
        m.insert("dvStatus".into(), Value::Array(dv.iter().map(|d| dv_json(d, spell)).collect()));
    }
    if information {
        let params: Vec<Value> = r.params.iter().map(|(n, v)| json!({ "name": n, "value": v })).collect();
        m.insert("parameters".into(), Value::Array(params));
    }
    Value::Object(m)
}

/// An SPS error body.
pub fn errors(items: &[Value]) -> Value {
    json!({ "Errors": { "invalidItems": items }, "Results": "Errors" })
}

/// One `invalidItems[]` entry.
pub fn item(field: &str, sps_id: Option<i64>, description: &str) -> Value {
    json!({
        "field": field,
        "spsId": sps_id,
        "validation": "Invalid parameter input",
        "validationDescription": description,
    })
}
