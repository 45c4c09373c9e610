//! The emulator's state, in SQLite: in memory by default, in a file with `--db` (and then it
//! survives a restart).

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS requests (
    sps_id INTEGER PRIMARY KEY,
    contract_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    create_type TEXT,
    validation TEXT,
    cname TEXT NOT NULL,
    params TEXT NOT NULL,
    job_id INTEGER,
    enrollment_id INTEGER,
    stage TEXT NOT NULL,
    status TEXT NOT NULL,
    workflow TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_change INTEGER NOT NULL,
    next_at INTEGER
);
CREATE INDEX IF NOT EXISTS requests_next ON requests(next_at);
CREATE TABLE IF NOT EXISTS dv (
    sps_id INTEGER NOT NULL,
    domain TEXT NOT NULL,
    seq INTEGER NOT NULL,
    token TEXT NOT NULL,
    response_body TEXT NOT NULL,
    status TEXT NOT NULL,
    request_ts INTEGER,
    validated_ts INTEGER,
    expires_ts INTEGER,
    ra_due INTEGER,
    error TEXT,
    PRIMARY KEY (sps_id, domain)
);
CREATE TABLE IF NOT EXISTS certificates (
    enrollment_id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL,
    contract_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    cn TEXT NOT NULL,
    sans TEXT NOT NULL,
    create_type TEXT NOT NULL,
    validation TEXT NOT NULL,
    sps_id INTEGER NOT NULL,
    active INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (job_id INTEGER PRIMARY KEY, enrollment_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS edge_hosts (name TEXT PRIMARY KEY, sps_id INTEGER NOT NULL, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nonces (client_token TEXT NOT NULL, nonce TEXT NOT NULL, seen_at INTEGER NOT NULL, PRIMARY KEY (client_token, nonce));
CREATE INDEX IF NOT EXISTS nonces_seen ON nonces(seen_at);
";

/// The state database.
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
}

/// What an SPS request makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A certificate (and its edge hostname): `POST /sps-requests`.
    Certificate,
    /// An edge hostname for an existing certificate: `POST /secure-edge-hosts`.
    EdgeHost,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Certificate => "certificate",
            Kind::EdgeHost => "edge-host",
        }
    }
}

/// One SPS request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRow {
    pub sps_id: i64,
    pub contract_id: String,
    pub group_id: String,
    pub kind: Kind,
    pub create_type: Option<String>,
    pub validation: Option<String>,
    pub cname: String,
    pub params: Vec<(String, String)>,
    pub job_id: Option<i64>,
    pub enrollment_id: Option<i64>,
    pub stage: String,
    pub status: String,
    pub workflow: String,
    pub created_at: i64,
    pub last_change: i64,
    pub next_at: Option<i64>,
}

/// The DV state of one domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DvRow {
    pub sps_id: i64,
    pub domain: String,
    /// The domain's place in the request, as listed.
    pub seq: i64,
    pub token: String,
    pub response_body: String,
    pub status: String,
    pub request_ts: Option<i64>,
    pub validated_ts: Option<i64>,
    pub expires_ts: Option<i64>,
    pub ra_due: Option<i64>,
    pub error: Option<String>,
}

/// A certificate (a CPS enrollment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertRow {
    pub enrollment_id: i64,
    pub job_id: i64,
    pub contract_id: String,
    pub group_id: String,
    pub cn: String,
    pub sans: Vec<String>,
    pub create_type: String,
    pub validation: String,
    pub sps_id: i64,
    pub active: bool,
}

fn request_row(r: &Row<'_>) -> rusqlite::Result<RequestRow> {
    request_row_with(r, true)
}

/// A request row; its form parameters are decoded only when `params` is true (a list
/// without `information` does not show them, and decoding them is most of its cost).
fn request_row_with(r: &Row<'_>, params: bool) -> rusqlite::Result<RequestRow> {
    let params: Vec<(String, String)> =
        if params { serde_json::from_str(r.get_ref("params")?.as_str()?).unwrap_or_default() } else { Vec::new() };
    let kind: String = r.get("kind")?;
    Ok(RequestRow {
        sps_id: r.get("sps_id")?,
        contract_id: r.get("contract_id")?,
        group_id: r.get("group_id")?,
        kind: if kind == "edge-host" { Kind::EdgeHost } else { Kind::Certificate },
        create_type: r.get("create_type")?,
        validation: r.get("validation")?,
        cname: r.get("cname")?,
        params,
        job_id: r.get("job_id")?,
        enrollment_id: r.get("enrollment_id")?,
        stage: r.get("stage")?,
        status: r.get("status")?,
        workflow: r.get("workflow")?,
        created_at: r.get("created_at")?,
        last_change: r.get("last_change")?,
        next_at: r.get("next_at")?,
    })
}

fn dv_row(r: &Row<'_>) -> rusqlite::Result<DvRow> {
    Ok(DvRow {
        sps_id: r.get("sps_id")?,
        domain: r.get("domain")?,
        seq: r.get("seq")?,
        token: r.get("token")?,
        response_body: r.get("response_body")?,
        status: r.get("status")?,
        request_ts: r.get("request_ts")?,
        validated_ts: r.get("validated_ts")?,
        expires_ts: r.get("expires_ts")?,
        ra_due: r.get("ra_due")?,
        error: r.get("error")?,
    })
}

fn cert_row(r: &Row<'_>) -> rusqlite::Result<CertRow> {
    let sans: String = r.get("sans")?;
    Ok(CertRow {
        enrollment_id: r.get("enrollment_id")?,
        job_id: r.get("job_id")?,
        contract_id: r.get("contract_id")?,
        group_id: r.get("group_id")?,
        cn: r.get("cn")?,
        sans: serde_json::from_str(&sans).unwrap_or_default(),
        create_type: r.get("create_type")?,
        validation: r.get("validation")?,
        sps_id: r.get("sps_id")?,
        active: r.get::<_, i64>("active")? != 0,
    })
}

impl Store {
    /// Opens (and creates) the database; in memory when `path` is `None`.
    pub fn open(path: Option<&Path>) -> rusqlite::Result<Store> {
        let conn = match path {
            Some(p) => Connection::open(p)?,
            None => Connection::open_in_memory()?,
        };
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    /// Runs `f` in a transaction, committed when it returns `Ok`.
    pub fn tx<T, E: From<rusqlite::Error>>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// Reads a meta value.
pub fn meta(tx: &Transaction<'_>, key: &str) -> rusqlite::Result<Option<String>> {
    tx.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()
}

/// Writes a meta value.
pub fn set_meta(tx: &Transaction<'_>, key: &str, value: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// The next value of the counter `name`, starting at `first`.
pub fn next_id(tx: &Transaction<'_>, name: &str, first: i64) -> rusqlite::Result<i64> {
    let key = format!("next_{name}");
    let id = meta(tx, &key)?.and_then(|v| v.parse().ok()).unwrap_or(first);
    set_meta(tx, &key, &(id + 1).to_string())?;
    Ok(id)
}

/// Inserts a request.
pub fn insert_request(tx: &Transaction<'_>, r: &RequestRow) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO requests (sps_id, contract_id, group_id, kind, create_type, validation, cname, params, job_id, enrollment_id, stage, status, workflow, created_at, last_change, next_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            r.sps_id, r.contract_id, r.group_id, r.kind.as_str(), r.create_type, r.validation, r.cname,
            serde_json::to_string(&r.params).unwrap_or_default(), r.job_id, r.enrollment_id, r.stage, r.status,
            r.workflow, r.created_at, r.last_change, r.next_at
        ],
    )?;
    Ok(())
}

/// Saves a request's progress.
pub fn update_request(tx: &Transaction<'_>, r: &RequestRow) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE requests SET stage = ?2, status = ?3, workflow = ?4, last_change = ?5, next_at = ?6, job_id = ?7, enrollment_id = ?8 WHERE sps_id = ?1",
        params![r.sps_id, r.stage, r.status, r.workflow, r.last_change, r.next_at, r.job_id, r.enrollment_id],
    )?;
    Ok(())
}

/// One request.
pub fn request(tx: &Transaction<'_>, sps_id: i64) -> rusqlite::Result<Option<RequestRow>> {
    tx.query_row("SELECT * FROM requests WHERE sps_id = ?1", [sps_id], request_row).optional()
}

/// The requests of a contract and group created after `after`, oldest first; their form
/// parameters only `with_params`.
pub fn requests(
    tx: &Transaction<'_>,
    contract: &str,
    group: &str,
    after: Option<i64>,
    with_params: bool,
) -> rusqlite::Result<Vec<RequestRow>> {
    let mut stmt = tx.prepare_cached(
        "SELECT * FROM requests WHERE contract_id = ?1 AND group_id = ?2 AND created_at > ?3 ORDER BY sps_id",
    )?;
    let rows =
        stmt.query_map(params![contract, group, after.unwrap_or(i64::MIN)], |r| request_row_with(r, with_params))?;
    rows.collect()
}

/// Every request, oldest first.
pub fn all_requests(tx: &Transaction<'_>) -> rusqlite::Result<Vec<RequestRow>> {
    let mut stmt = tx.prepare_cached("SELECT * FROM requests ORDER BY sps_id")?;
    let rows = stmt.query_map([], request_row)?;
    rows.collect()
}

/// The requests whose next automatic step is due at `now`, in time order.
pub fn due_requests(tx: &Transaction<'_>, now: i64) -> rusqlite::Result<Vec<RequestRow>> {
    let mut stmt = tx.prepare_cached(
        "SELECT * FROM requests WHERE next_at IS NOT NULL AND next_at <= ?1 ORDER BY next_at, sps_id",
    )?;
    let rows = stmt.query_map([now], request_row)?;
    rows.collect()
}

/// Inserts a DV row.
pub fn insert_dv(tx: &Transaction<'_>, d: &DvRow) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO dv (sps_id, domain, token, response_body, status, request_ts, validated_ts, expires_ts, ra_due, error, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![d.sps_id, d.domain, d.token, d.response_body, d.status, d.request_ts, d.validated_ts, d.expires_ts, d.ra_due, d.error, d.seq],
    )?;
    Ok(())
}

/// The DV rows of a request.
pub fn dv_rows(tx: &Transaction<'_>, sps_id: i64) -> rusqlite::Result<Vec<DvRow>> {
    let mut stmt = tx.prepare_cached("SELECT * FROM dv WHERE sps_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([sps_id], dv_row)?;
    rows.collect()
}

/// Every DV row with `status`.
pub fn dv_with_status(tx: &Transaction<'_>, status: &str) -> rusqlite::Result<Vec<DvRow>> {
    let mut stmt = tx.prepare_cached("SELECT * FROM dv WHERE status = ?1 ORDER BY sps_id, seq")?;
    let rows = stmt.query_map([status], dv_row)?;
    rows.collect()
}

/// The DV row of `domain` whose token is `token`.
pub fn dv_by_token(tx: &Transaction<'_>, domain: &str, token: &str) -> rusqlite::Result<Option<DvRow>> {
    tx.query_row("SELECT * FROM dv WHERE domain = ?1 AND token = ?2", [domain, token], dv_row).optional()
}

/// Inserts or replaces a certificate; records its job.
pub fn save_cert(tx: &Transaction<'_>, c: &CertRow) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO certificates (enrollment_id, job_id, contract_id, group_id, cn, sans, create_type, validation, sps_id, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![c.enrollment_id, c.job_id, c.contract_id, c.group_id, c.cn, serde_json::to_string(&c.sans).unwrap_or_default(), c.create_type, c.validation, c.sps_id, c.active as i64],
    )?;
    tx.execute("INSERT OR REPLACE INTO jobs (job_id, enrollment_id) VALUES (?1, ?2)", [c.job_id, c.enrollment_id])?;
    Ok(())
}

/// The certificate of an enrollment.
pub fn cert_by_enrollment(tx: &Transaction<'_>, enrollment_id: i64) -> rusqlite::Result<Option<CertRow>> {
    tx.query_row("SELECT * FROM certificates WHERE enrollment_id = ?1", [enrollment_id], cert_row).optional()
}

/// The certificate a job (current or past) belongs to.
pub fn cert_by_job(tx: &Transaction<'_>, job_id: i64) -> rusqlite::Result<Option<CertRow>> {
    let enrollment: Option<i64> =
        tx.query_row("SELECT enrollment_id FROM jobs WHERE job_id = ?1", [job_id], |r| r.get(0)).optional()?;
    match enrollment {
        Some(e) => cert_by_enrollment(tx, e),
        None => Ok(None),
    }
}

/// The active certificate whose CN is `cn` (case-insensitive).
pub fn active_cert_with_cn(tx: &Transaction<'_>, cn: &str) -> rusqlite::Result<Option<CertRow>> {
    tx.query_row("SELECT * FROM certificates WHERE active = 1 AND lower(cn) = lower(?1)", [cn], cert_row).optional()
}

/// Every certificate.
pub fn all_certs(tx: &Transaction<'_>) -> rusqlite::Result<Vec<CertRow>> {
    let mut stmt = tx.prepare_cached("SELECT * FROM certificates ORDER BY enrollment_id")?;
    let rows = stmt.query_map([], cert_row)?;
    rows.collect()
}

/// The edge hostname's state (`pending`, `created`) and the request that made it.
pub fn edge_host(tx: &Transaction<'_>, name: &str) -> rusqlite::Result<Option<(i64, String)>> {
    tx.query_row("SELECT sps_id, state FROM edge_hosts WHERE lower(name) = lower(?1)", [name], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .optional()
}

/// Records an edge hostname.
pub fn set_edge_host(tx: &Transaction<'_>, name: &str, sps_id: i64, state: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO edge_hosts (name, sps_id, state) VALUES (lower(?1), ?2, ?3)",
        params![name, sps_id, state],
    )?;
    Ok(())
}

/// Every edge hostname.
pub fn all_edge_hosts(tx: &Transaction<'_>) -> rusqlite::Result<Vec<(String, i64, String)>> {
    let mut stmt = tx.prepare_cached("SELECT name, sps_id, state FROM edge_hosts ORDER BY name")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// Records a nonce; false when it was already seen. Forgets nonces older than `forget_before`.
pub fn remember_nonce(
    tx: &Transaction<'_>,
    client_token: &str,
    nonce: &str,
    now: i64,
    forget_before: i64,
) -> rusqlite::Result<bool> {
    tx.execute("DELETE FROM nonces WHERE seen_at < ?1", [forget_before])?;
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO nonces (client_token, nonce, seen_at) VALUES (?1, ?2, ?3)",
        params![client_token, nonce, now],
    )?;
    Ok(inserted == 1)
}

/// Forgets all requests, certificates and edge hostnames (keeps credentials).
pub fn reset(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch("DELETE FROM requests; DELETE FROM dv; DELETE FROM certificates; DELETE FROM jobs; DELETE FROM edge_hosts; DELETE FROM nonces; DELETE FROM meta WHERE key LIKE 'next_%';")
}
