//! `POST /sps-requests`: a new single, SAN or wildcard certificate with its edge hostname, or
//! names added to a SAN certificate (`modSan`).

use std::collections::HashSet;

use super::response::{api_error, decode, success_body};
use super::{request, Endpoint, Operation, Scope, BASE_PATH};
use crate::error::{Error, Invalid, InvalidItem};
use crate::form;
use crate::model::created::CreatedWire;
use crate::model::values::{CreateType, IpVersion, Issuer, Klass, Product, SignatureAlgorithm, ValidationType};
use crate::model::SpsRequestCreated;
use crate::params::{check_form, Grouped, SPS_REQUEST_PARAMS};
use crate::validate::{Violation, Warning};

/// The organization a certificate is for (`organization-information.*`).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Organization {
    /// `organization-name`.
    #[serde(rename = "organization-name")]
    pub name: String,
    /// `address-line-one`.
    pub address_line_one: String,
    /// `address-line-two`, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line_two: Option<String>,
    /// `city`.
    pub city: String,
    /// `region` (state or province).
    pub region: String,
    /// `postal-code`.
    pub postal_code: String,
    /// `country`, ISO 3166-1 alpha-2.
    pub country: String,
    /// `phone`.
    pub phone: String,
}

/// The administrative contact (`admin-contact.*`).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Contact {
    /// `first-name`.
    pub first_name: String,
    /// `last-name`.
    pub last_name: String,
    /// `phone`.
    pub phone: String,
    /// `email`.
    pub email: String,
}

/// Every form parameter of a create request, typed.
///
/// Which fields apply depends on [`create_type`](Self::create_type): see
/// [`SPS_REQUEST_PARAMS`]. Build one with [`SpsRequestForm::new`] and set the fields, or
/// parse one from a URL-encoded form with [`SpsRequestForm::from_pairs`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpsRequestForm {
    /// `createType`.
    pub create_type: CreateType,
    /// `cnameHostname`: the edge hostname is `<cname_hostname>.edgekey.net`.
    pub cname_hostname: String,
    /// `jobId`: the SAN certificate to modify (`modSan` only).
    pub job_id: Option<u64>,
    /// `csr.cn`.
    pub common_name: Option<String>,
    /// `csr.ou`.
    pub organizational_unit: Option<String>,
    /// `csr.sans`, repeated (`san` only).
    pub sans: Vec<String>,
    /// `add.sans`, repeated (`modSan` only, at least one).
    pub add_sans: Vec<String>,
    /// `organization-information.*`.
    pub organization: Option<Organization>,
    /// `admin-contact.*`.
    pub admin_contact: Option<Contact>,
    /// `product`.
    pub product: Option<Product>,
    /// `validationType`.
    pub validation_type: Option<ValidationType>,
    /// `issuer`.
    pub issuer: Option<Issuer>,
    /// `ipVersion`.
    pub ip_version: Option<IpVersion>,
    /// `slot-deployment.klass`.
    pub klass: Option<Klass>,
    /// `certificate-request.signature-algorithm`.
    pub signature_algorithm: Option<SignatureAlgorithm>,
    /// `subscription-sni-only`.
    pub sni_only: Option<bool>,
}

impl SpsRequestForm {
    /// A form of `create_type` for the edge hostname `<cname_hostname>.edgekey.net`, with
    /// every other field empty.
    pub fn new(create_type: CreateType, cname_hostname: impl Into<String>) -> Self {
        SpsRequestForm {
            create_type,
            cname_hostname: cname_hostname.into(),
            job_id: None,
            common_name: None,
            organizational_unit: None,
            sans: Vec::new(),
            add_sans: Vec::new(),
            organization: None,
            admin_contact: None,
            product: None,
            validation_type: None,
            issuer: None,
            ip_version: None,
            klass: None,
            signature_algorithm: None,
            sni_only: None,
        }
    }

    /// The form's pairs, in the order of [`SPS_REQUEST_PARAMS`].
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out: Vec<(&'static str, String)> = Vec::new();
        let mut put = |k: &'static str, v: Option<String>| {
            if let Some(v) = v {
                out.push((k, v));
            }
        };
        put("cnameHostname", Some(self.cname_hostname.clone()));
        put("createType", Some(self.create_type.to_string()));
        put("jobId", self.job_id.map(|j| j.to_string()));
        put("csr.cn", self.common_name.clone());
        put("csr.ou", self.organizational_unit.clone());
        for san in &self.sans {
            put("csr.sans", Some(san.clone()));
        }
        for san in &self.add_sans {
            put("add.sans", Some(san.clone()));
        }
        if let Some(o) = &self.organization {
            put("organization-information.organization-name", Some(o.name.clone()));
            put("organization-information.address-line-one", Some(o.address_line_one.clone()));
            put("organization-information.address-line-two", o.address_line_two.clone());
            put("organization-information.city", Some(o.city.clone()));
            put("organization-information.region", Some(o.region.clone()));
            put("organization-information.postal-code", Some(o.postal_code.clone()));
            put("organization-information.country", Some(o.country.clone()));
            put("organization-information.phone", Some(o.phone.clone()));
        }
        if let Some(c) = &self.admin_contact {
            put("admin-contact.first-name", Some(c.first_name.clone()));
            put("admin-contact.last-name", Some(c.last_name.clone()));
            put("admin-contact.phone", Some(c.phone.clone()));
            put("admin-contact.email", Some(c.email.clone()));
        }
        put("product", self.product.map(|v| v.to_string()));
        put("validationType", self.validation_type.map(|v| v.to_string()));
        put("issuer", self.issuer.map(|v| v.to_string()));
        put("ipVersion", self.ip_version.map(|v| v.to_string()));
        put("slot-deployment.klass", self.klass.map(|v| v.to_string()));
        put("certificate-request.signature-algorithm", self.signature_algorithm.map(|v| v.to_string()));
        put("subscription-sni-only", self.sni_only.map(|v| v.to_string()));
        let position = |k: &str| SPS_REQUEST_PARAMS.iter().position(|s| s.name == k).unwrap_or(usize::MAX);
        out.sort_by_key(|(k, _)| position(k));
        out.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    }

    /// Validates the form: every problem at once, or the warnings of a valid form.
    ///
    /// # Errors
    /// [`Invalid`] with one [`Violation`] per problem.
    pub fn validate(&self) -> Result<Vec<Warning>, Invalid> {
        Self::from_pairs(&self.to_pairs()).map(|(_, warnings)| warnings)
    }

    /// Reads and validates a form from its pairs (such as [`form::decode`] gives).
    ///
    /// # Errors
    /// [`Invalid`] with one [`Violation`] per problem.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<(SpsRequestForm, Vec<Warning>), Invalid> {
        let create_type = pairs.iter().find(|(k, _)| k == "createType").and_then(|(_, v)| CreateType::from_wire(v));
        let (grouped, mut violations) = check_form(SPS_REQUEST_PARAMS, pairs, create_type);
        let Some(create_type) = create_type else {
            // check_form reported the missing or bad createType.
            return Err(Invalid { violations });
        };
        let warnings = cross_field_rules(create_type, &grouped, &mut violations);
        if !violations.is_empty() {
            return Err(Invalid { violations });
        }
        Ok((Self::from_checked(create_type, &grouped), warnings))
    }

    /// Reads and validates a URL-encoded form, such as the reference's `formparams` files.
    ///
    /// # Errors
    /// [`Invalid`] with one [`Violation`] per problem.
    pub fn from_urlencoded(body: &[u8]) -> Result<(SpsRequestForm, Vec<Warning>), Invalid> {
        Self::from_pairs(&form::decode(body)?)
    }

    fn from_checked(create_type: CreateType, g: &Grouped<'_>) -> SpsRequestForm {
        let one = |k: &str| g.get(k).and_then(|v| v.first()).map(|s| s.to_string());
        let all = |k: &str| g.get(k).map(|v| v.iter().map(|s| s.to_string()).collect()).unwrap_or_default();
        let req = |k: &str| one(k).unwrap_or_default();
        let organization = one("organization-information.organization-name").map(|name| Organization {
            name,
            address_line_one: req("organization-information.address-line-one"),
            address_line_two: one("organization-information.address-line-two"),
            city: req("organization-information.city"),
            region: req("organization-information.region"),
            postal_code: req("organization-information.postal-code"),
            country: req("organization-information.country"),
            phone: req("organization-information.phone"),
        });
        let admin_contact = one("admin-contact.first-name").map(|first_name| Contact {
            first_name,
            last_name: req("admin-contact.last-name"),
            phone: req("admin-contact.phone"),
            email: req("admin-contact.email"),
        });
        SpsRequestForm {
            create_type,
            cname_hostname: req("cnameHostname"),
            job_id: parsed(g, "jobId"),
            common_name: one("csr.cn"),
            organizational_unit: one("csr.ou"),
            sans: all("csr.sans"),
            add_sans: all("add.sans"),
            organization,
            admin_contact,
            product: parsed(g, "product"),
            validation_type: parsed(g, "validationType"),
            issuer: parsed(g, "issuer"),
            ip_version: parsed(g, "ipVersion"),
            klass: parsed(g, "slot-deployment.klass"),
            signature_algorithm: parsed(g, "certificate-request.signature-algorithm"),
            sni_only: parsed(g, "subscription-sni-only"),
        }
    }
}

/// The first value of `k`, parsed (already checked by the table).
pub(crate) fn parsed<T: std::str::FromStr>(g: &Grouped<'_>, k: &str) -> Option<T> {
    g.get(k).and_then(|v| v.first()).and_then(|v| v.parse().ok())
}

/// The rules that relate fields to each other; returns the warnings.
fn cross_field_rules(t: CreateType, g: &Grouped<'_>, violations: &mut Vec<Violation>) -> Vec<Warning> {
    let one = |k: &str| g.get(k).and_then(|v| v.first()).copied();
    let mut warnings = Vec::new();
    let dv = one("validationType") == Some("dv");
    if dv && t != CreateType::San {
        violations.push(Violation::bad(
            "validationType",
            "dv",
            format!(
                "is only available with createType=san (Let's Encrypt issues SAN certificates only); createType is {t}"
            ),
        ));
    }
    if let Some(cn) = one("csr.cn") {
        let wildcard = cn.starts_with("*.");
        if t == CreateType::Wildcard && !wildcard {
            violations.push(Violation::bad(
                "csr.cn",
                cn,
                "must be a wildcard name with createType=wildcard; expected *.domain, such as *.example.com",
            ));
        } else if t != CreateType::Wildcard && wildcard {
            violations.push(Violation::bad(
                "csr.cn",
                cn,
                format!("is a wildcard name, which needs createType=wildcard; createType is {t}"),
            ));
        }
    }
    for field in ["csr.sans", "add.sans"] {
        let mut seen = HashSet::new();
        for name in g.get(field).into_iter().flatten() {
            if !seen.insert(name.to_ascii_lowercase()) {
                violations.push(Violation::bad(field, *name, "is given more than once; list each name once"));
            }
        }
    }
    match one("issuer") {
        Some(issuer) if dv && issuer != Issuer::LetsEncrypt.as_str() => warnings.push(Warning::new(
            "issuer",
            format!("DV certificates are issued by Let's Encrypt; issuer={issuer} does not apply to validationType=dv"),
        )),
        Some(issuer) if !dv && issuer == Issuer::LetsEncrypt.as_str() => warnings.push(Warning::new(
            "issuer",
            "Let's Encrypt issues DV certificates only; with validationType ov (or unset) the service may refuse it",
        )),
        _ => {}
    }
    if let Some(cname) = one("cnameHostname") {
        if cname.to_ascii_lowercase().ends_with(".edgekey.net") {
            warnings.push(Warning::new(
                "cnameHostname",
                format!(
                    "the edge hostname will be {cname}.edgekey.net; give cnameHostname without the .edgekey.net suffix"
                ),
            ));
        }
    }
    warnings
}

/// Creates an SPS request. Not idempotent: a lost answer must never be resent blindly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateSpsRequest {
    scope: Scope,
    form: SpsRequestForm,
    warnings: Vec<Warning>,
}

impl CreateSpsRequest {
    /// Validates `form` for `scope`.
    ///
    /// # Errors
    /// [`Invalid`] with every problem of the form.
    pub fn new(scope: Scope, form: SpsRequestForm) -> Result<Self, Invalid> {
        let warnings = form.validate()?;
        Ok(CreateSpsRequest { scope, form, warnings })
    }

    /// Reads and validates a URL-encoded form (the reference's `formparams` files).
    ///
    /// # Errors
    /// [`Invalid`] with every problem of the form.
    pub fn from_urlencoded(scope: Scope, body: &[u8]) -> Result<Self, Invalid> {
        let (form, warnings) = SpsRequestForm::from_urlencoded(body)?;
        Ok(CreateSpsRequest { scope, form, warnings })
    }

    /// Reads and validates a form from its pairs.
    ///
    /// # Errors
    /// [`Invalid`] with every problem of the form.
    pub fn from_pairs(scope: Scope, pairs: &[(String, String)]) -> Result<Self, Invalid> {
        let (form, warnings) = SpsRequestForm::from_pairs(pairs)?;
        Ok(CreateSpsRequest { scope, form, warnings })
    }

    /// The validated form.
    pub fn form(&self) -> &SpsRequestForm {
        &self.form
    }

    /// The scope.
    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    /// What the user should know about this valid request.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

impl Operation for CreateSpsRequest {
    type Output = SpsRequestCreated;

    fn name(&self) -> &'static str {
        "create-sps-request"
    }

    fn to_http(&self, endpoint: &Endpoint) -> http::Request<Vec<u8>> {
        let uri = endpoint.uri(&format!("{BASE_PATH}/sps-requests?{}", self.scope.query(&[])));
        request(http::Method::POST, uri, Some(form::encode(&self.form.to_pairs())))
    }

    fn parse<B: AsRef<[u8]>>(&self, response: &http::Response<B>) -> Result<SpsRequestCreated, Error> {
        let body = success_body(response)?;
        let created: SpsRequestCreated = decode::<CreatedWire, B>(response, body)?.into();
        if let Some(failed) = created.results.iter().find(|r| r.is_failure()) {
            let item = InvalidItem {
                field: None,
                sps_id: Some(created.sps_id),
                validation: failed.result_type.clone(),
                validation_description: Some(format!(
                    "the service accepted request {} but reported {}",
                    created.sps_id,
                    failed.result_type.as_deref().unwrap_or("a failure")
                )),
            };
            return Err(api_error(response, vec![item], Some(created.sps_id)).into());
        }
        Ok(created)
    }

    fn is_idempotent(&self) -> bool {
        false
    }

    fn echo(&self) -> Option<(Scope, Vec<(String, String)>)> {
        Some((self.scope.clone(), self.form.to_pairs()))
    }

    fn recovered(&self, found: &crate::model::SpsRequest) -> Option<SpsRequestCreated> {
        Some(SpsRequestCreated {
            sps_id: found.sps_id,
            resource_location: found.resource_url.clone(),
            job_id: found.job_id,
            enrollment_id: found.enrollment_id,
            results: Vec::new(),
            recovered: true,
        })
    }
}
