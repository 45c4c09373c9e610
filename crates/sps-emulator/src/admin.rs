//! The management API under `/_emulator/`: inspect, advance time, read the log, reset, and
//! set faults. Not authenticated: the emulator listens on loopback only.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use http::StatusCode;
use serde_json::json;

use crate::api::json;
use crate::clock::iso;
use crate::faults::Faults;
use crate::{store, Shared};

/// The management routes.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/_emulator/state", get(state))
        .route("/_emulator/advance", post(advance))
        .route("/_emulator/log", get(log).delete(clear_log))
        .route("/_emulator/reset", post(reset))
        .route("/_emulator/faults", get(faults).put(set_faults))
        .with_state(shared)
}

fn failed(e: impl std::fmt::Display) -> Response {
    json(StatusCode::INTERNAL_SERVER_ERROR, &json!({ "error": e.to_string() }))
}

async fn state(State(s): State<Arc<Shared>>) -> Response {
    if let Err(e) = s.advance() {
        return failed(e);
    }
    let result = s.store.tx(|tx| -> rusqlite::Result<serde_json::Value> {
        let mut requests = Vec::new();
        for r in store::all_requests(tx)? {
            let dv: Vec<_> = store::dv_rows(tx, r.sps_id)?
                .into_iter()
                .map(|d| json!({ "domain": d.domain, "token": d.token, "status": d.status, "error": d.error }))
                .collect();
            requests.push(json!({
                "spsId": r.sps_id, "contractId": r.contract_id, "groupId": r.group_id,
                "kind": format!("{:?}", r.kind), "createType": r.create_type, "validationType": r.validation,
                "cnameHostname": r.cname, "jobId": r.job_id, "enrollmentId": r.enrollment_id,
                "stage": r.stage, "status": r.status, "workflowProgress": r.workflow,
                "createdAt": iso(r.created_at), "lastStatusChange": iso(r.last_change),
                "nextStepAt": r.next_at.map(iso), "dv": dv,
            }));
        }
        let certificates: Vec<_> = store::all_certs(tx)?
            .into_iter()
            .map(|c| json!({ "enrollmentId": c.enrollment_id, "jobId": c.job_id, "cn": c.cn, "sans": c.sans, "createType": c.create_type, "validationType": c.validation, "spsId": c.sps_id, "active": c.active }))
            .collect();
        let edge_hosts: Vec<_> = store::all_edge_hosts(tx)?
            .into_iter()
            .map(|(name, sps_id, state)| json!({ "edgeHostname": format!("{name}.edgekey.net"), "spsId": sps_id, "state": state }))
            .collect();
        Ok(json!({
            "now": iso(s.clock.now()),
            "timeScale": s.clock.scale(),
            "requests": requests,
            "certificates": certificates,
            "edgeHosts": edge_hosts,
        }))
    });
    match result {
        Ok(v) => json(StatusCode::OK, &v),
        Err(e) => failed(e),
    }
}

async fn advance(State(s): State<Arc<Shared>>, RawQuery(raw): RawQuery) -> Response {
    let seconds = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "seconds")
        .and_then(|(_, v)| v.parse::<i64>().ok());
    let Some(seconds) = seconds.filter(|s| *s >= 0) else {
        return json(
            StatusCode::BAD_REQUEST,
            &json!({ "error": "expected ?seconds=N with N a whole number of seconds, 0 or more" }),
        );
    };
    s.clock.advance(seconds);
    match s.advance() {
        Ok(()) => json(StatusCode::OK, &json!({ "now": iso(s.clock.now()) })),
        Err(e) => failed(e),
    }
}

async fn log(State(s): State<Arc<Shared>>) -> Response {
    let log = s.log.lock().unwrap_or_else(|p| p.into_inner()).clone();
    json(StatusCode::OK, &json!({ "requests": log }))
}

async fn clear_log(State(s): State<Arc<Shared>>) -> Response {
    s.log.lock().unwrap_or_else(|p| p.into_inner()).clear();
    json(StatusCode::OK, &json!({ "requests": [] }))
}

async fn reset(State(s): State<Arc<Shared>>) -> Response {
    s.log.lock().unwrap_or_else(|p| p.into_inner()).clear();
    *s.faults.lock().unwrap_or_else(|p| p.into_inner()) = Faults::default();
    match s.store.tx(store::reset) {
        Ok(()) => json(StatusCode::OK, &json!({ "reset": true })),
        Err(e) => failed(e),
    }
}

async fn faults(State(s): State<Arc<Shared>>) -> Response {
    let f = s.faults.lock().unwrap_or_else(|p| p.into_inner()).clone();
    json(StatusCode::OK, &serde_json::to_value(f).unwrap_or_default())
}

async fn set_faults(State(s): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Faults>(&body) {
        Ok(f) => {
            *s.faults.lock().unwrap_or_else(|p| p.into_inner()) = f.clone();
            json(StatusCode::OK, &serde_json::to_value(f).unwrap_or_default())
        }
        Err(e) => json(StatusCode::BAD_REQUEST, &json!({ "error": format!("not a faults object: {e}") })),
    }
}
