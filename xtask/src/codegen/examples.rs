//! The reference's own samples (`crates/sps-core/tests/data/reference/`) as OpenAPI examples:
//! its create and edge-host forms as request bodies, its answers as responses.

use serde_json::{json, Map, Value};
use sps_core::params::{ParamSpec, Repeat, Rule, EDGE_HOST_PARAMS, SPS_REQUEST_PARAMS};

macro_rules! reference {
    ($name:literal) => {
        include_str!(concat!("../../../crates/sps-core/tests/data/reference/", $name))
    };
}

/// A URL-encoded form as the JSON object OpenAPI describes it: repeated parameters as arrays,
/// IDs as integers, flags as booleans.
fn form(body: &str, table: &[ParamSpec]) -> Value {
    let pairs = sps_core::form::decode(body.trim().as_bytes()).expect("a reference form decodes");
    let mut object = Map::new();
    for (name, value) in pairs {
        let spec = table.iter().find(|s| s.name == name).expect("a reference form uses known parameters");
        let typed = match spec.rule {
            Rule::Id => json!(value.parse::<u64>().expect("a numeric ID")),
            Rule::Bool => json!(value == "true"),
            _ => json!(value),
        };
        if spec.repeat == Repeat::Many {
            object.entry(name).or_insert_with(|| json!([])).as_array_mut().expect("an array").push(typed);
        } else {
            object.insert(name, typed);
        }
    }
    Value::Object(object)
}

fn named(items: &[(&str, &str, Value)]) -> Value {
    let map: Map<String, Value> = items
        .iter()
        .map(|(name, summary, value)| (name.to_string(), json!({ "summary": summary, "value": value })))
        .collect();
    Value::Object(map)
}

fn answer(text: &str) -> Value {
    serde_json::from_str(text).expect("a reference answer is JSON")
}

/// The create forms of the reference.
pub fn create_forms() -> Value {
    named(&[
        (
            "ovSan",
            "An OV SAN certificate (the reference's formparams)",
            form(reference!("ov_san.form"), SPS_REQUEST_PARAMS),
        ),
        ("dvSan", "A DV SAN certificate through Let's Encrypt", form(reference!("dv_san.form"), SPS_REQUEST_PARAMS)),
        ("modSan", "Names added to an existing SAN certificate", form(reference!("modsan.form"), SPS_REQUEST_PARAMS)),
    ])
}

/// The edge-host forms of the reference.
pub fn edge_host_forms() -> Value {
    named(&[
        ("byJob", "For the certificate of a job", form(reference!("edge_host_job.form"), EDGE_HOST_PARAMS)),
        (
            "byEnrollment",
            "For the certificate of a CPS enrollment, IPv4",
            form(reference!("edge_host_enrollment_ipv4.form"), EDGE_HOST_PARAMS),
        ),
    ])
}

/// The reference's answer for an operation's success status, or its 400.
pub fn answers(which: &str) -> Value {
    match which {
        "create" => named(&[("reference", "The reference's answer", answer(reference!("ov_san_create_202.json")))]),
        "list" => named(&[("reference", "The reference's answer", answer(reference!("list_200.json")))]),
        "get" => named(&[("reference", "The reference's answer", answer(reference!("get_200.json")))]),
        "edgeHost" => named(&[("reference", "The reference's answer", answer(reference!("edge_host_202_array.json")))]),
        "400" => named(&[("cnActive", "A common name already active", answer(reference!("error_400.json")))]),
        other => unreachable!("no reference answer for {other}"),
    }
}
