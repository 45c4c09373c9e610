//! `sps create`, `sps add-sans`, `sps edge-host create`.

use std::path::Path;

use sps_core::{CreateEdgeHost, CreateSpsRequest};

use super::{print_dry_run, wait, warn};
use crate::args::{AddSans, CertificateFlags, CommonFlags, Create, CreateKind, EdgeHostCreate, Validation, Waiting};
use crate::context::Ctx;
use crate::error::CliError;

fn push(pairs: &mut Vec<(String, String)>, name: &str, value: &Option<String>) {
    if let Some(v) = value {
        pairs.push((name.to_string(), v.clone()));
    }
}

fn common(pairs: &mut Vec<(String, String)>, c: &CommonFlags) {
    push(pairs, "product", &c.product);
    push(pairs, "ipVersion", &c.ip_version);
    push(pairs, "slot-deployment.klass", &c.klass);
}

fn certificate_pairs(create_type: &str, f: &CertificateFlags) -> Vec<(String, String)> {
    let mut p = vec![("createType".to_string(), create_type.to_string())];
    push(&mut p, "cnameHostname", &f.cname_hostname);
    push(&mut p, "csr.cn", &f.cn);
    push(&mut p, "csr.ou", &f.ou);
    for san in &f.sans {
        p.push(("csr.sans".into(), san.clone()));
    }
    let validation = f.validation.map(|v| match v {
        Validation::Ov => "ov".to_string(),
        Validation::Dv => "dv".to_string(),
    });
    push(&mut p, "validationType", &validation);
    push(&mut p, "organization-information.organization-name", &f.org_name);
    push(&mut p, "organization-information.address-line-one", &f.org_address);
    push(&mut p, "organization-information.address-line-two", &f.org_address_2);
    push(&mut p, "organization-information.city", &f.org_city);
    push(&mut p, "organization-information.region", &f.org_region);
    push(&mut p, "organization-information.postal-code", &f.org_postal_code);
    push(&mut p, "organization-information.country", &f.org_country);
    push(&mut p, "organization-information.phone", &f.org_phone);
    push(&mut p, "admin-contact.first-name", &f.admin_first_name);
    push(&mut p, "admin-contact.last-name", &f.admin_last_name);
    push(&mut p, "admin-contact.phone", &f.admin_phone);
    push(&mut p, "admin-contact.email", &f.admin_email);
    common(&mut p, &f.common);
    push(&mut p, "issuer", &f.issuer);
    push(&mut p, "certificate-request.signature-algorithm", &f.signature_algorithm);
    if f.sni {
        p.push(("subscription-sni-only".into(), "true".into()));
    }
    p
}

/// Flattens a request file (TOML or JSON) into form pairs: nested tables join with `.`,
/// arrays repeat the key.
fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) -> Result<(), String> {
    let key = |k: &str| if prefix.is_empty() { k.to_string() } else { format!("{prefix}.{k}") };
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                flatten(&key(k), v, out)?;
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                flatten(prefix, item, out)?;
            }
        }
        serde_json::Value::String(s) => out.push((prefix.to_string(), s.clone())),
        serde_json::Value::Number(n) => out.push((prefix.to_string(), n.to_string())),
        serde_json::Value::Bool(b) => out.push((prefix.to_string(), b.to_string())),
        serde_json::Value::Null => return Err(format!("{prefix} is null; give a value or leave it out")),
    }
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::Usage(format!("{}: cannot read: {e}", path.display())))
}

fn request_file(path: &Path) -> Result<Vec<(String, String)>, CliError> {
    let text =
        String::from_utf8(read(path)?).map_err(|_| CliError::Usage(format!("{}: not UTF-8 text", path.display())))?;
    let bad = |e: String| CliError::Usage(format!("{}: {e}", path.display()));
    let value: serde_json::Value = match path.extension().and_then(|e| e.to_str()) {
        Some("json") => serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?,
        Some("toml") => toml::from_str::<toml::Value>(&text)
            .map_err(|e| bad(e.to_string()))
            .and_then(|t| serde_json::to_value(t).map_err(|e| bad(e.to_string())))?,
        _ => return Err(bad("expected a .toml or .json file (for a URL-encoded form, use --form-file)".into())),
    };
    if !value.is_object() {
        return Err(bad("expected a table of form parameters".into()));
    }
    let mut pairs = Vec::new();
    flatten("", &value, &mut pairs).map_err(bad)?;
    Ok(pairs)
}

fn submit(ctx: &Ctx, op: CreateSpsRequest, waiting: &Waiting, dry_run: bool) -> Result<(), CliError> {
    warn(op.warnings());
    if dry_run {
        return print_dry_run(ctx, &op, &ctx.credentials()?);
    }
    let client = ctx.client()?;
    let created = client.create_request(&op)?;
    if created.recovered {
        eprintln!(
            "warning: the answer was lost; request {} was found by listing (it was created once)",
            created.sps_id
        );
    }
    if ctx.style.json && !waiting.wait {
        crate::output::json(&created);
    } else if !ctx.style.json {
        println!(
            "Created SPS request {} (job {}, enrollment {}); edge hostname {}.edgekey.net",
            created.sps_id,
            created.job_id.map_or("-".into(), |j| j.to_string()),
            created.enrollment_id.map_or("-".into(), |j| j.to_string()),
            op.form().cname_hostname
        );
    }
    if waiting.wait {
        wait::wait_and_report(ctx, &client, op.scope(), &[created.sps_id], &waiting.timing, false)?;
    }
    Ok(())
}

/// `sps create`.
pub fn create(ctx: &Ctx, args: Create) -> Result<(), CliError> {
    let scope = ctx.scope()?;
    let (pairs, waiting, dry_run) = match args.kind {
        Some(CreateKind::Single(f)) => (certificate_pairs("single", &f), f.waiting.clone(), f.dry_run.dry_run),
        Some(CreateKind::San(f)) => (certificate_pairs("san", &f), f.waiting.clone(), f.dry_run.dry_run),
        Some(CreateKind::Wildcard(f)) => (certificate_pairs("wildcard", &f), f.waiting.clone(), f.dry_run.dry_run),
        None => {
            let pairs = match (&args.form_file, &args.from) {
                (Some(form), _) => sps_core::form::decode(&read(form)?)?,
                (None, Some(file)) => request_file(file)?,
                (None, None) => {
                    return Err(CliError::Usage(
                        "give a create type (single, san, wildcard), --form-file FILE or --from FILE".into(),
                    ))
                }
            };
            (pairs, args.waiting, args.dry_run.dry_run)
        }
    };
    submit(ctx, CreateSpsRequest::from_pairs(scope, &pairs)?, &waiting, dry_run)
}

/// `sps add-sans`.
pub fn add_sans(ctx: &Ctx, args: AddSans) -> Result<(), CliError> {
    let scope = ctx.scope()?;
    let mut pairs = vec![
        ("cnameHostname".to_string(), args.cname_hostname.clone()),
        ("createType".to_string(), "modSan".to_string()),
        ("jobId".to_string(), args.job_id.clone()),
    ];
    for san in &args.sans {
        pairs.push(("add.sans".into(), san.clone()));
    }
    common(&mut pairs, &args.common);
    submit(ctx, CreateSpsRequest::from_pairs(scope, &pairs)?, &args.waiting, args.dry_run.dry_run)
}

/// `sps edge-host create`.
pub fn edge_host(ctx: &Ctx, args: EdgeHostCreate) -> Result<(), CliError> {
    let scope = ctx.scope()?;
    let mut pairs = vec![("cnameHostname".to_string(), args.cname_hostname.clone())];
    push(&mut pairs, "jobId", &args.job_id);
    push(&mut pairs, "enrollmentId", &args.enrollment_id);
    push(&mut pairs, "ipVersion", &args.ip_version);
    push(&mut pairs, "product", &args.product);
    let op = CreateEdgeHost::from_pairs(scope.clone(), &pairs)?;
    warn(op.warnings());
    if args.dry_run.dry_run {
        return print_dry_run(ctx, &op, &ctx.credentials()?);
    }
    let client = ctx.client()?;
    let created = client.create_edge_host(&op)?;
    if ctx.style.json && !args.waiting.wait {
        crate::output::json(&created);
    } else if !ctx.style.json {
        println!("Created SPS request {} for edge hostname {}.edgekey.net", created.sps_id, args.cname_hostname);
    }
    if args.waiting.wait {
        wait::wait_and_report(ctx, &client, &scope, &[created.sps_id], &args.waiting.timing, false)?;
    }
    Ok(())
}
