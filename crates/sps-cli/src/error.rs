//! What can go wrong, and the exit code each gets.

use std::fmt;
use std::process::ExitCode;

use sps_core::{Error, Invalid};

/// A failed command.
#[derive(Debug)]
pub enum CliError {
    /// Bad input or usage; nothing was sent (exit 2).
    Usage(String),
    /// Input refused by validation; nothing was sent (exit 2).
    Invalid(Invalid),
    /// The API refused, or a request failed (exit 1).
    Failed(Error),
    /// Something else failed after sending began (exit 1).
    Other(String),
    /// Waiting timed out (exit 3).
    TimedOut(String),
    /// Waiting stopped because the user must act (exit 4).
    UserAction(String),
}

impl CliError {
    /// The documented exit code.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            CliError::Usage(_) | CliError::Invalid(_) => 2,
            CliError::Failed(Error::Invalid(_)) => 2,
            CliError::Failed(_) | CliError::Other(_) => 1,
            CliError::TimedOut(_) => 3,
            CliError::UserAction(_) => 4,
        })
    }

    /// The error as JSON, for `--json`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({ "error": { "message": self.to_string() } });
        match self {
            CliError::Invalid(i) | CliError::Failed(Error::Invalid(i)) => {
                v["error"]["invalid"] = serde_json::to_value(&i.violations).unwrap_or_default();
            }
            CliError::Failed(Error::Api(api)) => {
                v["error"]["status"] = api.status.as_u16().into();
                v["error"]["invalidItems"] = serde_json::to_value(&api.invalid_items).unwrap_or_default();
                if let Some(id) = api.sps_id {
                    v["error"]["spsId"] = id.into();
                }
            }
            _ => {}
        }
        v
    }
}

/// The flag that sets a form field, for messages.
pub fn flag_for(field: &str) -> Option<&'static str> {
    Some(match field {
        "cnameHostname" => "--cname-hostname",
        "csr.cn" => "--cn",
        "csr.ou" => "--ou",
        "csr.sans" | "add.sans" => "--san",
        "validationType" => "--validation",
        "organization-information.organization-name" => "--org-name",
        "organization-information.address-line-one" => "--org-address",
        "organization-information.address-line-two" => "--org-address-2",
        "organization-information.city" => "--org-city",
        "organization-information.region" => "--org-region",
        "organization-information.postal-code" => "--org-postal-code",
        "organization-information.country" => "--org-country",
        "organization-information.phone" => "--org-phone",
        "admin-contact.first-name" => "--admin-first-name",
        "admin-contact.last-name" => "--admin-last-name",
        "admin-contact.phone" => "--admin-phone",
        "admin-contact.email" => "--admin-email",
        "product" => "--product",
        "ipVersion" => "--ip-version",
        "slot-deployment.klass" => "--klass",
        "issuer" => "--issuer",
        "certificate-request.signature-algorithm" => "--signature-algorithm",
        "subscription-sni-only" => "--sni",
        "jobId" => "--job-id",
        "enrollmentId" => "--enrollment-id",
        "contractId" => "--contract-id",
        "groupId" => "--group-id",
        "accountSwitchKey" => "--account-key",
        "after" => "--after",
        _ => return None,
    })
}

fn write_invalid(f: &mut fmt::Formatter<'_>, invalid: &Invalid) -> fmt::Result {
    let n = invalid.violations.len();
    write!(f, "invalid input ({n} problem{}), nothing was sent:", if n == 1 { "" } else { "s" })?;
    for v in &invalid.violations {
        match flag_for(&v.field) {
            Some(flag) => write!(f, "\n  - {v} [{flag}]")?,
            None => write!(f, "\n  - {v}")?,
        }
    }
    Ok(())
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m) | CliError::Other(m) | CliError::TimedOut(m) | CliError::UserAction(m) => f.write_str(m),
            CliError::Invalid(i) | CliError::Failed(Error::Invalid(i)) => write_invalid(f, i),
            CliError::Failed(Error::Api(api)) => {
                write!(f, "{api}")?;
                if let Some(hint) = api.hint() {
                    write!(f, "\n  hint: {hint}")?;
                }
                Ok(())
            }
            CliError::Failed(e) => write!(f, "{e}"),
        }
    }
}

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        CliError::Failed(e)
    }
}

impl From<Invalid> for CliError {
    fn from(e: Invalid) -> Self {
        CliError::Invalid(e)
    }
}
