//! Server-side validation of the two forms, written from the reference (independently of
//! sps-core's tables): required and allowed parameters per createType, value sets, host
//! names, and the rules that need the state (jobId exists, CN not already active). Where the
//! reference gives no shape, the emulator holds values to the shapes the project documents in
//! docs/openapi.yaml (free text up to 255 characters, phone numbers, ISO 3166 country codes),
//! so that the document describes what the emulator accepts.

use std::collections::HashSet;

/// A refused field and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The form field.
    pub field: String,
    /// The description for `validationDescription`.
    pub description: String,
}

fn problem(field: &str, description: impl Into<String>) -> Problem {
    Problem { field: field.into(), description: description.into() }
}

const ORG: [&str; 7] = [
    "organization-information.organization-name",
    "organization-information.address-line-one",
    "organization-information.city",
    "organization-information.region",
    "organization-information.postal-code",
    "organization-information.country",
    "organization-information.phone",
];
const ADMIN: [&str; 4] =
    ["admin-contact.first-name", "admin-contact.last-name", "admin-contact.phone", "admin-contact.email"];
const NEW_OPTIONAL: [&str; 8] = [
    "organization-information.address-line-two",
    "product",
    "validationType",
    "issuer",
    "ipVersion",
    "slot-deployment.klass",
    "certificate-request.signature-algorithm",
    "subscription-sni-only",
];
const READ_ONLY: [&str; 10] = [
    "csr.o",
    "csr.l",
    "csr.st",
    "csr.c",
    "technical-contact.first-name",
    "technical-contact.last-name",
    "technical-contact.phone",
    "technical-contact.email",
    "default_validation_type_used",
    "default_issuer_used",
];
/// The free-text fields, and their longest value in characters.
const TEXT: [&str; 9] = [
    "csr.ou",
    "organization-information.organization-name",
    "organization-information.address-line-one",
    "organization-information.address-line-two",
    "organization-information.city",
    "organization-information.region",
    "organization-information.postal-code",
    "admin-contact.first-name",
    "admin-contact.last-name",
];
const TEXT_MAX: usize = 255;
const PRODUCTS: [&str; 9] = ["alta", "ion_standard", "ion_media", "ion_premier", "waa", "dsd", "ica", "wsd", "dsa"];

/// A host name as DNS allows it (optionally `*.` first).
pub fn is_hostname(name: &str, wildcard_ok: bool) -> bool {
    let name = match name.strip_prefix("*.") {
        Some(rest) if wildcard_ok => rest,
        _ => name,
    };
    let labels: Vec<&str> = name.split('.').collect();
    name.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && !labels.last().is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()))
}

fn one_of(field: &str, value: &str, valid: &[&str]) -> Option<Problem> {
    (!valid.contains(&value))
        .then(|| problem(field, format!("{value} is not a valid {field}; valid values are {}", valid.join(", "))))
}

/// The checked create form: its createType and validationType.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateForm {
    /// `createType`.
    pub create_type: String,
    /// `validationType` (absent for modSan).
    pub validation: Option<String>,
    /// `cnameHostname`.
    pub cname: String,
}

/// Checks a create form on its own (the state checks come after).
pub fn create_form(pairs: &[(String, String)]) -> Result<CreateForm, Vec<Problem>> {
    let mut problems = Vec::new();
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let count = |k: &str| pairs.iter().filter(|(n, _)| n == k).count();
    let create_type = get("createType").unwrap_or_default().to_string();
    let (required, optional, many): (Vec<&str>, Vec<&str>, Vec<&str>) = match create_type.as_str() {
        "single" | "wildcard" | "san" => {
            let required = [&["cnameHostname", "createType", "csr.cn", "csr.ou"][..], &ORG, &ADMIN].concat();
            let many = if create_type == "san" { vec!["csr.sans"] } else { vec![] };
            (required, NEW_OPTIONAL.to_vec(), many)
        }
        "modSan" => (
            vec!["cnameHostname", "createType", "jobId", "add.sans"],
            vec!["product", "ipVersion", "slot-deployment.klass"],
            vec!["add.sans"],
        ),
        "" => {
            return Err(vec![problem(
                "createType",
                "createType is required; valid values are single, san, wildcard, modSan",
            )])
        }
        other => {
            return Err(vec![problem(
                "createType",
                format!("{other} is not a valid createType; valid values are single, san, wildcard, modSan"),
            )])
        }
    };
    for (name, value) in pairs {
        let name = name.as_str();
        if READ_ONLY.contains(&name) {
            problems.push(problem(name, format!("{name} is read-only and cannot be set in a request")));
        } else if !required.contains(&name) && !optional.contains(&name) && !many.contains(&name) {
            problems.push(problem(name, format!("{name} is not a valid parameter for createType {create_type}")));
        } else if !many.contains(&name) && count(name) > 1 {
            problems.push(problem(name, format!("{name} may be given only once")));
        } else if value.trim().is_empty() {
            problems.push(problem(name, format!("{name} must not be empty")));
        }
    }
    for name in &required {
        if get(name).is_none() {
            problems.push(problem(name, format!("{name} is required for createType {create_type}")));
        }
    }
    let hostname_fields = ["cnameHostname", "csr.sans", "add.sans"];
    for (name, value) in pairs.iter().filter(|(n, _)| hostname_fields.contains(&n.as_str())) {
        if !is_hostname(value, false) {
            problems.push(problem(name, format!("{value} is not a valid host name")));
        }
    }
    if let Some(cn) = get("csr.cn") {
        let wildcard = create_type == "wildcard";
        if !is_hostname(cn, wildcard) || (wildcard && !cn.starts_with("*.")) {
            problems.push(problem("csr.cn", format!("{cn} is not a valid common name for createType {create_type}")));
        }
    }
    for (name, value) in pairs.iter().filter(|(n, _)| TEXT.contains(&n.as_str())) {
        let n = value.chars().count();
        if n > TEXT_MAX {
            problems.push(problem(name, format!("{name} is {n} characters long; at most {TEXT_MAX} are allowed")));
        } else if value.chars().any(char::is_control) {
            problems.push(problem(name, format!("{name} must not contain control characters")));
        }
    }
    for field in ["organization-information.phone", "admin-contact.phone"] {
        if let Some(v) = get(field) {
            let shape = |c: char| c.is_ascii_digit() || " +().xX-".contains(c);
            if !(4..=40).contains(&v.len()) || !v.chars().all(shape) {
                problems.push(problem(
                    field,
                    format!("{v} is not a valid phone number: 4 to 40 of the digits, spaces and + ( ) . x -"),
                ));
            }
        }
    }
    if let Some(c) = get("organization-information.country") {
        if !sps_core::country::ISO3166_ALPHA2.contains(&c) {
            problems.push(problem(
                "organization-information.country",
                format!("{c} is not a two-letter ISO-3166 country code"),
            ));
        }
    }
    if let Some(e) = get("admin-contact.email") {
        if !e.split_once('@').is_some_and(|(l, d)| !l.is_empty() && d.contains('.')) {
            problems.push(problem("admin-contact.email", format!("{e} is not a valid email address")));
        }
    }
    if let Some(j) = get("jobId") {
        if j.parse::<i64>().map_or(true, |n| n <= 0) {
            problems.push(problem("jobId", format!("{j} is not a valid jobId")));
        }
    }
    let checks = [
        ("product", &PRODUCTS[..]),
        ("validationType", &["ov", "dv"][..]),
        ("ipVersion", &["ipv4", "ipv4_ipv6"][..]),
        ("slot-deployment.klass", &["esslType", "chinaType"][..]),
        ("certificate-request.signature-algorithm", &["SHA-256", "SHA-1"][..]),
        ("subscription-sni-only", &["true", "false"][..]),
    ];
    for (field, valid) in checks {
        if let Some(v) = get(field) {
            problems.extend(one_of(field, v, valid));
        }
    }
    if let Some(issuer) = get("issuer") {
        if issuer.eq_ignore_ascii_case("geotrust") || issuer.eq_ignore_ascii_case("cybertrust") {
            problems.push(problem("issuer", format!("SPS no longer supports {issuer} certificates")));
        } else {
            problems.extend(one_of("issuer", issuer, &["symantec", "lets-encrypt"]));
        }
    }
    let validation = get("validationType").map(str::to_string);
    if validation.as_deref() == Some("dv") && create_type != "san" {
        problems.push(problem("validationType", "Domain validation is available only for SAN certificates"));
    }
    for field in ["csr.sans", "add.sans"] {
        let mut seen = HashSet::new();
        for (_, v) in pairs.iter().filter(|(n, _)| n == field) {
            if !seen.insert(v.to_ascii_lowercase()) {
                problems.push(problem(field, format!("{v} is listed more than once")));
            }
        }
    }
    if problems.is_empty() {
        let validation = if create_type == "modSan" { None } else { Some(validation.unwrap_or_else(|| "ov".into())) };
        Ok(CreateForm { create_type, validation, cname: get("cnameHostname").unwrap_or_default().to_string() })
    } else {
        Err(problems)
    }
}

/// The checked edge-host form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeHostForm {
    /// `cnameHostname`.
    pub cname: String,
    /// `jobId`.
    pub job_id: Option<i64>,
    /// `enrollmentId` (wins over `jobId`).
    pub enrollment_id: Option<i64>,
}

/// Checks an edge-host form on its own.
pub fn edge_host_form(pairs: &[(String, String)]) -> Result<EdgeHostForm, Vec<Problem>> {
    let mut problems = Vec::new();
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let allowed = ["cnameHostname", "jobId", "enrollmentId", "ipVersion", "product", "subscriptionId"];
    for (name, _) in pairs {
        if !allowed.contains(&name.as_str()) {
            problems.push(problem(name, format!("{name} is not a valid parameter for a secure edge hostname")));
        } else if pairs.iter().filter(|(n, _)| n == name).count() > 1 {
            problems.push(problem(name, format!("{name} may be given only once")));
        }
    }
    let cname = get("cnameHostname").unwrap_or_default();
    if cname.is_empty() {
        problems.push(problem("cnameHostname", "cnameHostname is required"));
    } else if !is_hostname(cname, false) {
        problems.push(problem("cnameHostname", format!("{cname} is not a valid host name")));
    }
    let id = |field: &str, problems: &mut Vec<Problem>| -> Option<i64> {
        let v = get(field)?;
        match v.parse::<i64>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                problems.push(problem(field, format!("{v} is not a valid {field}")));
                None
            }
        }
    };
    let job_id = id("jobId", &mut problems);
    let enrollment_id = id("enrollmentId", &mut problems);
    id("subscriptionId", &mut problems);
    if get("jobId").is_none() && get("enrollmentId").is_none() {
        problems.push(problem("jobId", "jobId or enrollmentId is required"));
    }
    if let Some(v) = get("ipVersion") {
        problems.extend(one_of("ipVersion", v, &["ipv4", "ipv4_ipv6"]));
    }
    if let Some(v) = get("product") {
        problems.extend(one_of("product", v, &PRODUCTS));
    }
    if problems.is_empty() {
        Ok(EdgeHostForm { cname: cname.to_string(), job_id, enrollment_id })
    } else {
        Err(problems)
    }
}
