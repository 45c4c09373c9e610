//! The SPS v1 API: the four endpoints, behind EdgeGrid verification, fault injection and
//! the request log.

// Handlers answer early with a ready `Response` as the error value, the usual axum style;
// its size does not matter on this path.
#![allow(clippy::result_large_err)]

pub(crate) mod validate;
pub mod wire;

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http::{HeaderValue, StatusCode};
use serde_json::Value;

use crate::clock::{http_date, iso, parse_iso, real_unix};
use crate::faults::Injected;
use crate::store::{self, Kind, RequestRow};
use crate::{workflow, DropConnection, LogEntry, Shared};
use wire::BASE;

/// The largest request body accepted.
const BODY_LIMIT: usize = 1024 * 1024;

/// The API routes, with and without trailing slashes, `sps-request` and `sps-requests`.
pub fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route(&format!("{BASE}/sps-requests"), get(list).post(create))
        .route(&format!("{BASE}/sps-requests/"), get(list).post(create))
        .route(&format!("{BASE}/sps-requests/{{id}}"), get(get_one))
        .route(&format!("{BASE}/sps-requests/{{id}}/"), get(get_one))
        .route(&format!("{BASE}/sps-request/{{id}}"), get(get_one))
        .route(&format!("{BASE}/sps-request/{{id}}/"), get(get_one))
        .route(&format!("{BASE}/secure-edge-hosts"), axum::routing::post(edge_host))
        .route(&format!("{BASE}/secure-edge-hosts/"), axum::routing::post(edge_host))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), gate));
    api.with_state(shared)
}

/// A JSON answer.
pub fn json(status: StatusCode, body: &Value) -> Response {
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut().insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

fn sps_error(status: StatusCode, field: &str, sps_id: Option<i64>, description: &str) -> Response {
    json(status, &wire::errors(&[wire::item(field, sps_id, description)]))
}

fn internal(e: impl std::fmt::Display) -> Response {
    tracing::error!("internal error: {e}");
    sps_error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "",
        None,
        "There is a problem processing your request. Please try again later.",
    )
}

async fn not_found() -> Response {
    sps_error(StatusCode::NOT_FOUND, "", None, "The requested resource is not found.")
}

/// Logs the call, verifies EdgeGrid, and injects faults before any handler runs.
async fn gate(State(s): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        return sps_error(StatusCode::PAYLOAD_TOO_LARGE, "", None, "The request body is too large.");
    };
    // Logged on receipt (status 0 until answered), so a call whose client gave up is seen.
    let mut entry = LogEntry {
        at: iso(s.clock.now()),
        method: parts.method.to_string(),
        path: parts.uri.path_and_query().map(|p| p.to_string()).unwrap_or_default(),
        status: 0,
        auth: None,
        fault: None,
    };
    let index = {
        let mut log = s.log.lock().unwrap_or_else(|p| p.into_inner());
        log.push(entry.clone());
        log.len() - 1
    };
    let latency = s.faults.lock().unwrap_or_else(|p| p.into_inner()).latency_ms;
    if latency > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(latency)).await;
    }

    let mut signed = http::Request::builder().method(parts.method.clone()).uri(parts.uri.clone());
    for (k, v) in &parts.headers {
        signed = signed.header(k, v);
    }
    let signed = signed.body(bytes.to_vec()).unwrap_or_default();
    // A call that fails authentication is refused before it reaches the service: no fault is
    // drawn for it. Faults hit the service's calls (GET and POST); another method gets its 405.
    let response = match s.authenticate(&signed) {
        Err(refusal) => {
            entry.auth = Some(refusal.code.to_string());
            let body = serde_json::json!({
                "type": format!("https://problems.sps-emulator.invalid/auth/{}", refusal.code),
                "title": "Not authorized",
                "status": 401,
                "detail": refusal.detail,
                "reason": refusal.code,
            });
            json(StatusCode::UNAUTHORIZED, &body)
        }
        Ok(()) => {
            let api_call = parts.method == http::Method::GET || parts.method == http::Method::POST;
            let fault = if api_call {
                let mut faults = s.faults.lock().unwrap_or_else(|p| p.into_inner());
                let mut rng = s.rng.lock().unwrap_or_else(|p| p.into_inner());
                faults.draw(&mut rng)
            } else {
                Injected::None
            };
            match fault {
                Injected::ServerError => {
                    entry.fault = Some("500".into());
                    sps_error(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "",
                        None,
                        "There is a problem processing your request. Please try again later.",
                    )
                }
                Injected::RateLimited => {
                    entry.fault = Some("429".into());
                    rate_limited(&s)
                }
                Injected::None => next.run(Request::from_parts(parts, Body::from(bytes))).await,
            }
        }
    };
    entry.status = response.status().as_u16();
    if response.extensions().get::<DropConnection>().is_some() {
        entry.fault = Some("dropped".into());
    }
    if let Some(slot) = s.log.lock().unwrap_or_else(|p| p.into_inner()).get_mut(index) {
        *slot = entry;
    }
    response
}

fn rate_limited(s: &Shared) -> Response {
    let faults = s.faults.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let wait = i64::from(faults.retry_after_seconds.max(1));
    let now = real_unix();
    let mut r = sps_error(StatusCode::TOO_MANY_REQUESTS, "", None, "Too many requests; slow down.");
    let h = r.headers_mut();
    let value = |s: String| HeaderValue::from_str(&s).unwrap_or_else(|_| HeaderValue::from_static("1"));
    h.insert(http::header::DATE, value(http_date(now)));
    match faults.retry_after_form {
        crate::faults::RetryAfterForm::Seconds => {
            h.insert(http::header::RETRY_AFTER, value(wait.to_string()));
        }
        crate::faults::RetryAfterForm::HttpDate => {
            h.insert(http::header::RETRY_AFTER, value(http_date(now + wait)));
        }
        crate::faults::RetryAfterForm::RateLimitNext => {
            h.insert("akamai-ratelimit-next", value(iso(now + wait)));
        }
    }
    h.insert("akamai-ratelimit-limit", HeaderValue::from_static("100"));
    h.insert("akamai-ratelimit-remaining", HeaderValue::from_static("0"));
    r
}

/// The query of a call, with its contract and group checked.
struct Query {
    contract: String,
    group: String,
    pairs: Vec<(String, String)>,
}

impl Query {
    fn get(&self, k: &str) -> Option<&str> {
        self.pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
    }
}

fn query(s: &Shared, raw: Option<String>) -> Result<Query, Response> {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(raw.unwrap_or_default().as_bytes()).into_owned().collect();
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let mut items = Vec::new();
    for field in ["contractId", "groupId"] {
        if get(field).is_none_or(|v| v.is_empty()) {
            items.push(wire::item(field, None, &format!("The {field} query parameter is required.")));
        }
    }
    if let Some(key) = get("accountSwitchKey") {
        let shape = |b: u8| b.is_ascii_alphanumeric() || b".-_~:".contains(&b);
        if key.is_empty() || key.len() > 128 || !key.bytes().all(shape) {
            items.push(wire::item(
                "accountSwitchKey",
                None,
                &format!("{key} is not a valid account switch key: 1 to 128 of A-Z a-z 0-9 . - _ ~ :"),
            ));
        }
    }
    if !items.is_empty() {
        return Err(json(StatusCode::BAD_REQUEST, &wire::errors(&items)));
    }
    let (contract, group) = (get("contractId").unwrap_or_default(), get("groupId").unwrap_or_default());
    if !s.config.contracts.contains(&contract) || !s.config.groups.contains(&group) {
        return Err(sps_error(
            StatusCode::FORBIDDEN,
            "contractId",
            None,
            &format!("User is not authenticated for contract {contract} and group {group}."),
        ));
    }
    Ok(Query { contract, group, pairs })
}

/// The scope of a GET, and its `information` flag.
fn read_query(s: &Shared, raw: Option<String>) -> Result<(Query, bool), Response> {
    let q = query(s, raw)?;
    let info = information(&q)?;
    Ok((q, info))
}

fn information(q: &Query) -> Result<bool, Response> {
    match q.get("information") {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(other) => Err(sps_error(
            StatusCode::BAD_REQUEST,
            "information",
            None,
            &format!("{other} is not a valid value for information; use true or false."),
        )),
    }
}

fn problems(list: Vec<validate::Problem>) -> Response {
    let items: Vec<Value> = list.iter().map(|p| wire::item(&p.field, None, &p.description)).collect();
    json(StatusCode::BAD_REQUEST, &wire::errors(&items))
}

fn committed(s: &Shared, status: StatusCode, body: &Value) -> Response {
    let drop = {
        let mut faults = s.faults.lock().unwrap_or_else(|p| p.into_inner());
        let mut rng = s.rng.lock().unwrap_or_else(|p| p.into_inner());
        faults.draw_drop(&mut rng)
    };
    let mut r = json(status, body);
    if drop {
        r.extensions_mut().insert(DropConnection);
    }
    r
}

/// A form check of the validation module.
type FormCheck<F> = fn(&[(String, String)]) -> Result<F, Vec<validate::Problem>>;

/// The scope, pairs and checked form of a POST; a ready error answer otherwise.
fn posted<F>(s: &Shared, raw: Option<String>, body: &[u8], check: FormCheck<F>) -> Result<Posted<F>, Response> {
    let q = query(s, raw)?;
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(body).into_owned().filter(|(k, _)| !k.is_empty()).collect();
    let form = check(&pairs).map_err(problems)?;
    Ok(Posted { q, pairs, form })
}

/// A POST's scope, form pairs and checked form.
struct Posted<F> {
    q: Query,
    pairs: Vec<(String, String)>,
    form: F,
}

async fn create(State(s): State<Arc<Shared>>, RawQuery(raw): RawQuery, body: Bytes) -> Response {
    let Posted { q, pairs, form } = match posted(&s, raw, &body, validate::create_form) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let now = s.clock.now();
    let result = s.store.tx(|tx| -> rusqlite::Result<Result<(i64, i64, i64), Response>> {
        let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let existing = if form.create_type == "modSan" {
            let job: i64 = get("jobId").and_then(|j| j.parse().ok()).unwrap_or_default();
            match store::cert_by_job(tx, job)? {
                Some(c) if c.contract_id == q.contract && c.group_id == q.group && c.active => {
                    if c.create_type != "san" {
                        return Ok(Err(sps_error(StatusCode::BAD_REQUEST, "jobId", Some(c.sps_id), &format!("Job {job} is not a SAN certificate; only SAN certificates can be modified."))));
                    }
                    let mut items = Vec::new();
                    for (_, name) in pairs.iter().filter(|(n, _)| n == "add.sans") {
                        if c.cn.eq_ignore_ascii_case(name) || c.sans.iter().any(|x| x.eq_ignore_ascii_case(name)) {
                            items.push(wire::item("add.sans", Some(c.sps_id), &format!("{name} is already on the certificate.")));
                        }
                    }
                    if !items.is_empty() {
                        return Ok(Err(json(StatusCode::BAD_REQUEST, &wire::errors(&items))));
                    }
                    Some(c)
                }
                _ => return Ok(Err(sps_error(StatusCode::BAD_REQUEST, "jobId", None, &format!("No certificate with jobId {job} for this contract and group.")))),
            }
        } else {
            let cn = get("csr.cn").unwrap_or_default();
            if let Some(active) = store::active_cert_with_cn(tx, &cn)? {
                let msg = format!("The requested CN {cn} is currently active. Please call your akamai contact for further assistance.");
                return Ok(Err(sps_error(StatusCode::BAD_REQUEST, "csr.cn", Some(active.sps_id), &msg)));
            }
            None
        };
        let sps_id = store::next_id(tx, "sps_id", 10_001)?;
        let job_id = store::next_id(tx, "job_id", 20_001)?;
        let enrollment_id = match &existing {
            Some(c) => c.enrollment_id,
            None => store::next_id(tx, "enrollment_id", 30_001)?,
        };
        let mut row = new_request(&s, &q, now, sps_id, Kind::Certificate, &form.cname, &pairs);
        row.create_type = Some(form.create_type.clone());
        row.validation = form.validation.clone();
        row.job_id = Some(job_id);
        row.enrollment_id = Some(enrollment_id);
        store::insert_request(tx, &row)?;
        if existing.is_none() {
            store::save_cert(tx, &workflow::new_certificate(&row, enrollment_id, job_id))?;
        }
        s.save_clock(tx, now)?;
        Ok(Ok((sps_id, job_id, enrollment_id)))
    });
    match result {
        Ok(Ok((sps_id, job_id, enrollment_id))) => {
            committed(&s, StatusCode::ACCEPTED, &wire::created(sps_id, job_id, enrollment_id))
        }
        Ok(Err(r)) => r,
        Err(e) => internal(e),
    }
}

/// A new request at the first stage of the workflow.
fn new_request(
    s: &Shared,
    q: &Query,
    now: i64,
    sps_id: i64,
    kind: Kind,
    cname: &str,
    pairs: &[(String, String)],
) -> RequestRow {
    let (stage, status, workflow, next_at) = workflow::initial(now, &s.config.durations);
    RequestRow {
        sps_id,
        contract_id: q.contract.clone(),
        group_id: q.group.clone(),
        kind,
        create_type: None,
        validation: None,
        cname: cname.to_string(),
        params: with_scope(pairs, q),
        job_id: None,
        enrollment_id: None,
        stage,
        status,
        workflow,
        created_at: now,
        last_change: now,
        next_at,
    }
}

/// The parameters echoed with `information=true`: the form, then the scope.
fn with_scope(pairs: &[(String, String)], q: &Query) -> Vec<(String, String)> {
    let mut p = pairs.to_vec();
    p.push(("contractId".into(), q.contract.clone()));
    p.push(("groupId".into(), q.group.clone()));
    p
}

async fn edge_host(State(s): State<Arc<Shared>>, RawQuery(raw): RawQuery, body: Bytes) -> Response {
    let Posted { q, pairs, form } = match posted(&s, raw, &body, validate::edge_host_form) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let now = s.clock.now();
    let result = s.store.tx(|tx| -> rusqlite::Result<Result<i64, Response>> {
        let (cert, field, id) = match (form.enrollment_id, form.job_id) {
            (Some(e), _) => (store::cert_by_enrollment(tx, e)?, "enrollmentId", e),
            (None, Some(j)) => (store::cert_by_job(tx, j)?, "jobId", j),
            (None, None) => (None, "jobId", 0),
        };
        let Some(cert) = cert.filter(|c| c.contract_id == q.contract && c.group_id == q.group && c.active) else {
            return Ok(Err(sps_error(
                StatusCode::BAD_REQUEST,
                field,
                None,
                &format!("No certificate with {field} {id} for this contract and group."),
            )));
        };
        let sps_id = store::next_id(tx, "sps_id", 10_001)?;
        let mut row = new_request(&s, &q, now, sps_id, Kind::EdgeHost, &form.cname, &pairs);
        row.job_id = Some(cert.job_id);
        row.enrollment_id = Some(cert.enrollment_id);
        store::insert_request(tx, &row)?;
        s.save_clock(tx, now)?;
        Ok(Ok(sps_id))
    });
    match result {
        Ok(Ok(sps_id)) => committed(&s, StatusCode::ACCEPTED, &wire::edge_host_created(sps_id)),
        Ok(Err(r)) => r,
        Err(e) => internal(e),
    }
}

async fn list(State(s): State<Arc<Shared>>, RawQuery(raw): RawQuery) -> Response {
    let (q, info) = match read_query(&s, raw) {
        Ok(read) => read,
        Err(r) => return r,
    };
    let after = match q.get("after") {
        None => None,
        Some(a) => match parse_iso(a) {
            Some(t) => Some(t),
            None => {
                return sps_error(
                    StatusCode::BAD_REQUEST,
                    "after",
                    None,
                    &format!("{a} is not a date in the format yyyy-MM-dd'T'HH:mm:ss'Z'."),
                )
            }
        },
    };
    if let Err(e) = s.advance() {
        return internal(e);
    }
    let result = s.store.tx(|tx| -> rusqlite::Result<Vec<Value>> {
        let mut spell = s.speller();
        let mut out = Vec::new();
        for r in store::requests(tx, &q.contract, &q.group, after, info)? {
            let dv = store::dv_rows(tx, r.sps_id)?;
            out.push(wire::request(&r, &dv, info, &mut spell));
        }
        Ok(out)
    });
    match result {
        Ok(list) => json(StatusCode::OK, &serde_json::json!({ "requestList": list })),
        Err(e) => internal(e),
    }
}

async fn get_one(State(s): State<Arc<Shared>>, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Response {
    let (q, info) = match read_query(&s, raw) {
        Ok(read) => read,
        Err(r) => return r,
    };
    let Ok(sps_id) = id.parse::<i64>() else {
        return sps_error(StatusCode::NOT_FOUND, "spsId", None, &format!("No SPS request {id}."));
    };
    if let Err(e) = s.advance() {
        return internal(e);
    }
    let result = s.store.tx(|tx| -> rusqlite::Result<Option<Value>> {
        let Some(r) = store::request(tx, sps_id)?.filter(|r| r.contract_id == q.contract && r.group_id == q.group)
        else {
            return Ok(None);
        };
        let dv = store::dv_rows(tx, sps_id)?;
        Ok(Some(wire::request(&r, &dv, info, &mut s.speller())))
    });
    match result {
        Ok(Some(r)) => json(StatusCode::OK, &serde_json::json!({ "requestList": [r] })),
        Ok(None) => sps_error(
            StatusCode::NOT_FOUND,
            "spsId",
            Some(sps_id),
            &format!("No SPS request {sps_id} for this contract and group."),
        ),
        Err(e) => internal(e),
    }
}
