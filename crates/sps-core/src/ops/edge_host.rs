//! `POST /secure-edge-hosts`: an edge hostname for an existing certificate.

use super::create::parsed;
use super::response::{decode, decode_error, success_body};
use super::{request, Endpoint, Operation, Scope, BASE_PATH};
use crate::error::{Error, Invalid};
use crate::form;
use crate::model::created::EdgeHostAnswer;
use crate::model::values::{IpVersion, Product};
use crate::model::EdgeHostCreated;
use crate::params::{check_form, EDGE_HOST_PARAMS};
use crate::validate::{Violation, Warning};

/// The form of a secure edge hostname request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeHostForm {
    /// `cnameHostname`: the edge hostname is `<cname_hostname>.edgekey.net`.
    pub cname_hostname: String,
    /// `jobId` of an existing certificate.
    pub job_id: Option<u64>,
    /// `enrollmentId` of an existing certificate; wins over `job_id`.
    pub enrollment_id: Option<u64>,
    /// `ipVersion`.
    pub ip_version: Option<IpVersion>,
    /// `product`.
    pub product: Option<Product>,
    /// `subscriptionId`, deprecated.
    pub subscription_id: Option<u64>,
}

impl EdgeHostForm {
    /// An edge hostname for the certificate of CPS job `job_id`.
    pub fn for_job(cname_hostname: impl Into<String>, job_id: u64) -> Self {
        EdgeHostForm { job_id: Some(job_id), ..Self::empty(cname_hostname.into()) }
    }

    /// An edge hostname for the certificate of CPS enrollment `enrollment_id`.
    pub fn for_enrollment(cname_hostname: impl Into<String>, enrollment_id: u64) -> Self {
        EdgeHostForm { enrollment_id: Some(enrollment_id), ..Self::empty(cname_hostname.into()) }
    }

    fn empty(cname_hostname: String) -> Self {
        EdgeHostForm {
            cname_hostname,
            job_id: None,
            enrollment_id: None,
            ip_version: None,
            product: None,
            subscription_id: None,
        }
    }

    /// The form's pairs, in the order of [`EDGE_HOST_PARAMS`].
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let values = [
            ("cnameHostname", Some(self.cname_hostname.clone())),
            ("jobId", self.job_id.map(|v| v.to_string())),
            ("enrollmentId", self.enrollment_id.map(|v| v.to_string())),
            ("ipVersion", self.ip_version.map(|v| v.to_string())),
            ("product", self.product.map(|v| v.to_string())),
            ("subscriptionId", self.subscription_id.map(|v| v.to_string())),
        ];
        values.into_iter().filter_map(|(k, v)| v.map(|v| (k.to_string(), v))).collect()
    }

    /// Reads and validates a form from its pairs.
    ///
    /// # Errors
    /// [`Invalid`] with one [`Violation`] per problem.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<(EdgeHostForm, Vec<Warning>), Invalid> {
        let (g, mut violations) = check_form(EDGE_HOST_PARAMS, pairs, None);
        let one = |k: &str| g.get(k).and_then(|v| v.first()).copied();
        let mut warnings = Vec::new();
        match (one("jobId"), one("enrollmentId")) {
            (None, None) => violations.push(Violation::missing(
                "jobId",
                "or enrollmentId is required; expected the jobId or enrollmentId of an existing certificate",
            )),
            (Some(job), Some(enrollment)) => warnings.push(Warning::new(
                "enrollmentId",
                format!("both jobId={job} and enrollmentId={enrollment} are given; the service uses enrollmentId"),
            )),
            _ => {}
        }
        if one("subscriptionId").is_some() {
            warnings.push(Warning::new("subscriptionId", "is deprecated; use jobId or enrollmentId"));
        }
        if !violations.is_empty() {
            return Err(Invalid { violations });
        }
        let form = EdgeHostForm {
            cname_hostname: one("cnameHostname").unwrap_or_default().to_string(),
            job_id: parsed(&g, "jobId"),
            enrollment_id: parsed(&g, "enrollmentId"),
            ip_version: parsed(&g, "ipVersion"),
            product: parsed(&g, "product"),
            subscription_id: parsed(&g, "subscriptionId"),
        };
        Ok((form, warnings))
    }

    /// Validates the form: every problem at once, or the warnings of a valid form.
    ///
    /// # Errors
    /// [`Invalid`] with one [`Violation`] per problem.
    pub fn validate(&self) -> Result<Vec<Warning>, Invalid> {
        Self::from_pairs(&self.to_pairs()).map(|(_, w)| w)
    }
}

/// Creates a secure edge hostname. Not idempotent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateEdgeHost {
    scope: Scope,
    form: EdgeHostForm,
    warnings: Vec<Warning>,
}

impl CreateEdgeHost {
    /// Validates `form` for `scope`.
    ///
    /// # Errors
    /// [`Invalid`] with every problem of the form.
    pub fn new(scope: Scope, form: EdgeHostForm) -> Result<Self, Invalid> {
        let warnings = form.validate()?;
        Ok(CreateEdgeHost { scope, form, warnings })
    }

    /// Reads and validates a URL-encoded form.
    ///
    /// # Errors
    /// [`Invalid`] with every problem of the form.
    pub fn from_urlencoded(scope: Scope, body: &[u8]) -> Result<Self, Invalid> {
        let (form, warnings) = EdgeHostForm::from_pairs(&form::decode(body)?)?;
        Ok(CreateEdgeHost { scope, form, warnings })
    }

    /// Reads and validates a form from its pairs.
    ///
    /// # Errors
    /// [`Invalid`] with every problem of the form.
    pub fn from_pairs(scope: Scope, pairs: &[(String, String)]) -> Result<Self, Invalid> {
        let (form, warnings) = EdgeHostForm::from_pairs(pairs)?;
        Ok(CreateEdgeHost { scope, form, warnings })
    }

    /// The validated form.
    pub fn form(&self) -> &EdgeHostForm {
        &self.form
    }

    /// What the user should know about this valid request.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

impl Operation for CreateEdgeHost {
    type Output = EdgeHostCreated;

    fn name(&self) -> &'static str {
        "create-edge-host"
    }

    fn to_http(&self, endpoint: &Endpoint) -> http::Request<Vec<u8>> {
        let uri = endpoint.uri(&format!("{BASE_PATH}/secure-edge-hosts?{}", self.scope.query(&[])));
        request(http::Method::POST, uri, Some(form::encode(&self.form.to_pairs())))
    }

    fn parse<B: AsRef<[u8]>>(&self, response: &http::Response<B>) -> Result<EdgeHostCreated, Error> {
        let body = success_body(response)?;
        let wire = match decode::<EdgeHostAnswer, B>(response, body)? {
            EdgeHostAnswer::One(one) => one,
            EdgeHostAnswer::Many(many) => many.into_iter().next().ok_or_else(|| {
                decode_error(response, ".".into(), "is an empty array; expected the new request's spsId".into())
            })?,
        };
        Ok(EdgeHostCreated { sps_id: wire.sps_id, resource_location: wire.resource_location, recovered: false })
    }

    fn is_idempotent(&self) -> bool {
        false
    }

    fn echo(&self) -> Option<(Scope, Vec<(String, String)>)> {
        Some((self.scope.clone(), self.form.to_pairs()))
    }

    fn recovered(&self, found: &crate::model::SpsRequest) -> Option<EdgeHostCreated> {
        Some(EdgeHostCreated { sps_id: found.sps_id, resource_location: found.resource_url.clone(), recovered: true })
    }
}
