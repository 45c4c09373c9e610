//! The life of an SPS request, as the reference describes it: CPS prepares the certificate,
//! the CA issues it (after DV challenges for Let's Encrypt), the network deploys it, the
//! secure edge hostname is created, and the request is complete; a cnameHostname already in
//! use ends as "edge host already created or pending", with the certificate kept.
//!
//! Every step is due at a simulated time; [`advance`] performs all steps due by `now`,
//! each stamped with the time it was due, so the outcome does not depend on when anyone
//! looks.

use rusqlite::Transaction;

use crate::config::Durations;
use crate::store::{self, CertRow, DvRow, Kind, RequestRow};

/// The six `workflowProgress` sentences of the reference.
pub const WF_BEGIN: &str = "The system is waiting to begin processing your request.";
/// CPS prepares the request.
pub const WF_PREPARING: &str = "The system is preparing your certificate request.";
/// Waiting for the CA.
pub const WF_CA: &str = "The system is waiting to receive your certificate from the CA.";
/// Post-verification warnings.
pub const WF_ACK: &str = "Wait for user to acknowledge certificate post-verification warnings.";
/// Deploying.
pub const WF_DEPLOYING: &str = "The network is updating with your changes.";
/// Done.
pub const WF_COMPLETE: &str = "All of your requested changes are complete.";

/// Request statuses.
pub const ST_PENDING: &str = "Pending";
/// CPS works on it.
pub const ST_CPS_RUNNING: &str = "CPS Running";
/// DV challenges wait for the user.
pub const ST_AWAITING_USER: &str = "Awaiting user";
/// Let's Encrypt validates.
pub const ST_PENDING_RA: &str = "Pending RA";
/// DV failed.
pub const ST_INVALID: &str = "Invalid";
/// Done.
pub const ST_COMPLETE: &str = "SPS Request Complete";
/// The cnameHostname was taken.
pub const ST_EDGE_HOST_IN_USE: &str = "edge host already created or pending";

/// Domain statuses.
pub const DV_VALID: &str = "Valid";

/// What the workflow needs besides the database.
pub struct Ctx<'a> {
    /// Stage durations.
    pub durations: &'a Durations,
    /// Mark DV domains valid at once.
    pub auto_validate: bool,
    /// Draws tokens.
    pub rng: &'a mut fastrand::Rng,
}

/// The first stage of a new request.
pub fn initial(now: i64, d: &Durations) -> (String, String, String, Option<i64>) {
    ("queued".into(), ST_PENDING.into(), WF_BEGIN.into(), Some(now + d.queued as i64))
}

fn set(r: &mut RequestRow, at: i64, stage: &str, status: &str, workflow: &str, next: Option<i64>) {
    if r.status != status {
        r.last_change = at;
    }
    r.stage = stage.into();
    r.status = status.into();
    r.workflow = workflow.into();
    r.next_at = next;
}

fn random_token(rng: &mut fastrand::Rng) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..43).map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char).collect()
}

/// The domains a DV request must validate: the CN and SANs of a new certificate, the added
/// names of a modSan on a DV certificate; none for OV.
fn dv_domains(tx: &Transaction<'_>, r: &RequestRow) -> rusqlite::Result<Vec<String>> {
    let values = |k: &str| r.params.iter().filter(|(n, _)| n == k).map(|(_, v)| v.clone()).collect::<Vec<_>>();
    let mut names = match (r.create_type.as_deref(), r.validation.as_deref()) {
        (Some("san"), Some("dv")) => [values("csr.cn"), values("csr.sans")].concat(),
        (Some("modSan"), _) => {
            let cert = match r.enrollment_id {
                Some(e) => store::cert_by_enrollment(tx, e)?,
                None => None,
            };
            if cert.is_some_and(|c| c.validation == "dv") {
                values("add.sans")
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    };
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.to_ascii_lowercase()));
    Ok(names)
}

fn start_dv(
    tx: &Transaction<'_>,
    r: &mut RequestRow,
    at: i64,
    domains: Vec<String>,
    ctx: &mut Ctx<'_>,
) -> rusqlite::Result<()> {
    for (seq, domain) in (0..).zip(domains) {
        let token = random_token(ctx.rng);
        let thumbprint = random_token(ctx.rng);
        let (status, validated, expires) = if ctx.auto_validate {
            (DV_VALID, Some(at), Some(at + 365 * 86_400))
        } else {
            (ST_AWAITING_USER, None, None)
        };
        store::insert_dv(
            tx,
            &DvRow {
                sps_id: r.sps_id,
                domain,
                seq,
                response_body: format!("{token}.{thumbprint}"),
                token,
                status: status.into(),
                request_ts: Some(at),
                validated_ts: validated,
                expires_ts: expires,
                ra_due: None,
                error: None,
            },
        )?;
    }
    if ctx.auto_validate {
        set(r, at, "dv", ST_CPS_RUNNING, WF_CA, Some(at));
    } else {
        set(r, at, "dv", ST_AWAITING_USER, WF_CA, None);
    }
    Ok(())
}

fn enter_edge_host(tx: &Transaction<'_>, r: &mut RequestRow, at: i64, d: &Durations) -> rusqlite::Result<()> {
    match store::edge_host(tx, &r.cname)? {
        Some((owner, _)) if owner != r.sps_id => set(r, at, "edge-host-in-use", ST_EDGE_HOST_IN_USE, WF_COMPLETE, None),
        _ => {
            store::set_edge_host(tx, &r.cname, r.sps_id, "pending")?;
            set(r, at, "edge-host", ST_CPS_RUNNING, WF_DEPLOYING, Some(at + d.edge_host as i64));
        }
    }
    Ok(())
}

fn finish_certificate_change(tx: &Transaction<'_>, r: &RequestRow) -> rusqlite::Result<()> {
    if r.create_type.as_deref() != Some("modSan") {
        return Ok(());
    }
    let Some(mut cert) = r.enrollment_id.map(|e| store::cert_by_enrollment(tx, e)).transpose()?.flatten() else {
        return Ok(());
    };
    for (name, value) in &r.params {
        if name == "add.sans" && !cert.sans.iter().any(|s| s.eq_ignore_ascii_case(value)) {
            cert.sans.push(value.clone());
        }
    }
    if let Some(job) = r.job_id {
        cert.job_id = job;
    }
    store::save_cert(tx, &cert)
}

/// Performs one due step of `r`.
fn step(tx: &Transaction<'_>, mut r: RequestRow, ctx: &mut Ctx<'_>) -> rusqlite::Result<()> {
    let at = r.next_at.unwrap_or_default();
    let d = ctx.durations.clone();
    match (r.kind, r.stage.as_str()) {
        (Kind::EdgeHost, "queued") => enter_edge_host(tx, &mut r, at, &d)?,
        (Kind::Certificate, "queued") => {
            set(&mut r, at, "preparing", ST_CPS_RUNNING, WF_PREPARING, Some(at + d.preparing as i64))
        }
        (Kind::Certificate, "preparing") => {
            let domains = dv_domains(tx, &r)?;
            if domains.is_empty() {
                set(&mut r, at, "ca", ST_CPS_RUNNING, WF_CA, Some(at + d.ca_ov as i64));
            } else {
                start_dv(tx, &mut r, at, domains, ctx)?;
            }
        }
        (Kind::Certificate, "ca") => {
            set(&mut r, at, "acknowledgement", ST_CPS_RUNNING, WF_ACK, Some(at + d.acknowledgement as i64))
        }
        (Kind::Certificate, "dv" | "acknowledgement") => {
            set(&mut r, at, "deploying", ST_CPS_RUNNING, WF_DEPLOYING, Some(at + d.deploying as i64))
        }
        (Kind::Certificate, "deploying") => {
            finish_certificate_change(tx, &r)?;
            enter_edge_host(tx, &mut r, at, &d)?;
        }
        (_, "edge-host") => {
            store::set_edge_host(tx, &r.cname, r.sps_id, "created")?;
            set(&mut r, at, "complete", ST_COMPLETE, WF_COMPLETE, None);
        }
        _ => r.next_at = None,
    }
    store::update_request(tx, &r)
}

/// Performs every step due by `now`: Let's Encrypt validations, then request stages.
pub fn advance(tx: &Transaction<'_>, now: i64, ctx: &mut Ctx<'_>) -> rusqlite::Result<()> {
    for mut dv in store::dv_with_status(tx, ST_PENDING_RA)? {
        let Some(due) = dv.ra_due.filter(|due| *due <= now) else { continue };
        dv.status = DV_VALID.into();
        dv.validated_ts = Some(due);
        dv.expires_ts = Some(due + 365 * 86_400);
        dv.ra_due = None;
        store::insert_dv(tx, &dv)?;
        refresh_dv_request(tx, dv.sps_id, due)?;
    }
    // Each step schedules the next no earlier than itself, so this ends.
    loop {
        let due = store::due_requests(tx, now)?;
        if due.is_empty() {
            return Ok(());
        }
        for r in due {
            step(tx, r, ctx)?;
        }
    }
}

/// Recomputes a DV request's status from its domains; moves it on when all are valid.
pub fn refresh_dv_request(tx: &Transaction<'_>, sps_id: i64, at: i64) -> rusqlite::Result<()> {
    let Some(mut r) = store::request(tx, sps_id)? else { return Ok(()) };
    if r.stage != "dv" {
        return Ok(());
    }
    let rows = store::dv_rows(tx, sps_id)?;
    if rows.iter().any(|d| d.status == ST_INVALID) {
        set(&mut r, at, "failed", ST_INVALID, WF_CA, None);
        if let Some(e) = r.enrollment_id {
            if let Some(mut cert) = store::cert_by_enrollment(tx, e)? {
                if cert.sps_id == sps_id {
                    cert.active = false;
                    store::save_cert(tx, &cert)?;
                }
            }
        }
    } else if rows.iter().all(|d| d.status == DV_VALID) {
        set(&mut r, at, "dv", ST_CPS_RUNNING, WF_CA, Some(at));
    } else if rows.iter().any(|d| d.status == ST_AWAITING_USER) {
        set(&mut r, at, "dv", ST_AWAITING_USER, WF_CA, None);
    } else {
        set(&mut r, at, "dv", ST_PENDING_RA, WF_CA, None);
    }
    store::update_request(tx, &r)
}

/// Records what the validator found at a domain's challenge URL.
pub fn challenge_checked(
    tx: &Transaction<'_>,
    mut dv: DvRow,
    outcome: Checked,
    now: i64,
    d: &Durations,
) -> rusqlite::Result<()> {
    match outcome {
        Checked::NotServed => return Ok(()),
        Checked::Served => {
            dv.status = ST_PENDING_RA.into();
            dv.ra_due = Some(now + d.le_validation as i64);
        }
        Checked::Wrong(message) => {
            dv.status = ST_INVALID.into();
            dv.error = Some(message);
        }
    }
    let sps_id = dv.sps_id;
    store::insert_dv(tx, &dv)?;
    refresh_dv_request(tx, sps_id, now)
}

/// What a challenge fetch found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Nothing yet (connection refused, 404): keep polling.
    NotServed,
    /// The right body.
    Served,
    /// A body, but the wrong one.
    Wrong(String),
}

/// Creates the certificate of a new request (so its CN is active at once).
pub fn new_certificate(r: &RequestRow, enrollment_id: i64, job_id: i64) -> CertRow {
    let values = |k: &str| r.params.iter().filter(|(n, _)| n == k).map(|(_, v)| v.clone()).collect::<Vec<_>>();
    CertRow {
        enrollment_id,
        job_id,
        contract_id: r.contract_id.clone(),
        group_id: r.group_id.clone(),
        cn: values("csr.cn").into_iter().next().unwrap_or_default(),
        sans: values("csr.sans"),
        create_type: r.create_type.clone().unwrap_or_default(),
        validation: r.validation.clone().unwrap_or_else(|| "ov".into()),
        sps_id: r.sps_id,
        active: true,
    }
}
