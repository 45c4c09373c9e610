//! Checks of single values, and the problems and warnings that validation reports.
//!
//! The rules for whole forms live in [`crate::params`] as data; this module holds the value
//! checks those rules name.

use std::fmt;

use crate::country::is_iso3166_alpha2;

/// One problem with the input: the field, the value, and what would be valid.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Violation {
    /// The form field or query parameter (`csr.cn`, `contractId`).
    pub field: String,
    /// The value given, if one was (`None` for a missing field).
    pub value: Option<String>,
    /// What is wrong, and what is valid.
    pub expected: String,
}

impl Violation {
    /// A problem with a value that was given.
    pub fn bad(field: impl Into<String>, value: impl Into<String>, expected: impl Into<String>) -> Self {
        Violation { field: field.into(), value: Some(value.into()), expected: expected.into() }
    }

    /// A problem with a field that is missing.
    pub fn missing(field: impl Into<String>, expected: impl Into<String>) -> Self {
        Violation { field: field.into(), value: None, expected: expected.into() }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.value {
            Some(v) => write!(f, "{}: {:?} {}", self.field, v, self.expected),
            None => write!(f, "{}: {}", self.field, self.expected),
        }
    }
}

/// Something allowed but probably not meant; reported beside a valid request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// The field the warning is about.
    pub field: String,
    /// What the user should know.
    pub message: String,
}

impl Warning {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Warning { field: field.into(), message: message.into() }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// The longest free-text value accepted (names, address lines).
pub const TEXT_MAX_CHARS: usize = 255;

/// What a hostname check accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wildcard {
    /// No `*` anywhere.
    Refused,
    /// `*` allowed as the whole leftmost label.
    LeftmostLabel,
}

/// Checks a DNS host name (`www.example.com`); on failure says what is valid.
pub fn check_hostname(value: &str, wildcard: Wildcard) -> Result<(), String> {
    const VALID: &str = "a DNS host name of at least two labels (letters, digits, '-'), such as www.example.com";
    if value.is_empty() {
        return Err(format!("is empty; expected {VALID}"));
    }
    if !value.is_ascii() {
        return Err(format!(
            "has non-ASCII characters; expected {VALID} (write internationalised names in their xn-- form)"
        ));
    }
    if value.len() > 253 {
        return Err(format!("is {} characters long; at most 253 are allowed", value.len()));
    }
    if value.ends_with('.') {
        return Err(format!("ends with '.'; expected {VALID} without the trailing dot"));
    }
    let labels: Vec<&str> = value.split('.').collect();
    if labels.len() < 2 {
        return Err(format!("is a single label; expected {VALID}"));
    }
    for (i, label) in labels.iter().enumerate() {
        if *label == "*" {
            match wildcard {
                Wildcard::LeftmostLabel if i == 0 => continue,
                Wildcard::LeftmostLabel => {
                    return Err("has '*' below the leftmost label; a wildcard may only be the whole leftmost label (*.example.com)".into())
                }
                Wildcard::Refused => {
                    return Err(format!("has a wildcard, which is allowed only as the leftmost label of a wildcard certificate's csr.cn; expected {VALID}"))
                }
            }
        }
        if label.is_empty() {
            return Err(format!("has an empty label; expected {VALID}"));
        }
        if label.len() > 63 {
            return Err(format!("has a label of {} characters; at most 63 are allowed", label.len()));
        }
        if let Some(c) = label.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-')) {
            return Err(format!("has the character {c:?}; expected {VALID}"));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(format!("has a label that starts or ends with '-'; expected {VALID}"));
        }
    }
    if labels.last().is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit())) {
        return Err(format!("looks like an IP address; expected {VALID}"));
    }
    Ok(())
}

/// Checks an e-mail address (`name@example.com`).
pub fn check_email(value: &str) -> Result<(), String> {
    const VALID: &str = "an e-mail address such as m.jones@example.com";
    let Some((local, domain)) = value.rsplit_once('@') else {
        return Err(format!("has no '@'; expected {VALID}"));
    };
    if local.is_empty() || local.len() > 64 {
        return Err(format!("has an empty or over-long part before '@'; expected {VALID}"));
    }
    if local.chars().any(|c| c.is_whitespace() || c.is_control() || c == '@' || c == ',' || c == ';') {
        return Err(format!("has a space or separator before '@'; expected {VALID}"));
    }
    check_hostname(domain, Wildcard::Refused).map_err(|_| format!("has an invalid domain after '@'; expected {VALID}"))
}

/// Checks an ISO 3166-1 alpha-2 country code (`US`).
pub fn check_country(value: &str) -> Result<(), String> {
    if is_iso3166_alpha2(value) {
        Ok(())
    } else {
        Err("is not an ISO 3166-1 alpha-2 country code; expected two capital letters such as US, DE or JP".into())
    }
}

/// Checks a telephone number: digits with the usual separators.
pub fn check_phone(value: &str) -> Result<(), String> {
    const VALID: &str = "a telephone number of 4 to 20 digits with optional '+', spaces, '-', '.', '(', ')' or an 'x' extension, such as +1-617-444-3000";
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let ok_chars = value.chars().all(|c| c.is_ascii_digit() || " +-.()xX".contains(c));
    if !ok_chars || !(4..=20).contains(&digits) || value.len() > 40 {
        return Err(format!("is not {VALID}"));
    }
    Ok(())
}

/// Checks free text (names, address lines): not blank, no control characters, bounded.
pub fn check_text(value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err("is blank; expected some text".into());
    }
    if value.chars().any(char::is_control) {
        return Err("has control characters; expected plain text".into());
    }
    let n = value.chars().count();
    if n > TEXT_MAX_CHARS {
        return Err(format!("is {n} characters long; at most {TEXT_MAX_CHARS} are allowed"));
    }
    Ok(())
}

/// Checks a positive decimal ID (`jobId`, `enrollmentId`).
pub fn check_id(value: &str) -> Result<u64, String> {
    match value.parse::<u64>() {
        Ok(n) if n > 0 && value.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err("is not a positive whole number; expected an ID such as 10110".into()),
    }
}

/// Checks an opaque identifier sent as given in a query (`contractId`, `groupId`,
/// `accountSwitchKey`): non-empty, at most 128 characters, URL-safe.
pub fn check_opaque_id(value: &str, extra: &str) -> Result<(), String> {
    let ok = !value.is_empty()
        && value.len() <= 128
        && value.chars().all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c) || extra.contains(c));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "is not a valid ID; expected 1 to 128 letters, digits or any of \"-_.~{extra}\" (such as 11754 or 1-1TJZFB)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostnames() {
        assert!(check_hostname("www.example.com", Wildcard::Refused).is_ok());
        assert!(check_hostname("a-b.example.co.uk", Wildcard::Refused).is_ok());
        assert!(check_hostname("*.example.com", Wildcard::LeftmostLabel).is_ok());
        for bad in [
            "",
            "com",
            "exa mple.com",
            "-a.example.com",
            "a..b",
            "www.example.com.",
            "1.2.3.4",
            "*.example.com",
            "bücher.de",
        ] {
            assert!(check_hostname(bad, Wildcard::Refused).is_err(), "{bad}");
        }
        assert!(check_hostname("www.*.example.com", Wildcard::LeftmostLabel).is_err());
        assert!(check_hostname("*a.example.com", Wildcard::LeftmostLabel).is_err());
        assert!(check_hostname(&format!("{}.com", "a".repeat(64)), Wildcard::Refused).is_err());
    }

    #[test]
    fn emails_phones_countries_ids() {
        assert!(check_email("m.jones@akamai.com").is_ok());
        assert!(check_email("jdoe@AnyCompany.com").is_ok());
        for bad in ["akamai.com", "@akamai.com", "a b@x.com", "a@localhost"] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert!(check_phone("18008008000").is_ok());
        assert!(check_phone("617-999-9999").is_ok());
        assert!(check_phone("+1 (617) 444-3000 x12").is_ok());
        assert!(check_phone("call me").is_err());
        assert!(check_phone("12").is_err());
        assert!(check_country("US").is_ok());
        assert!(check_country("us").is_err());
        assert!(check_country("XX").is_err());
        assert_eq!(check_id("10110"), Ok(10110));
        assert!(check_id("0").is_err());
        assert!(check_id("+5").is_err());
        assert!(check_id("abc").is_err());
        assert!(check_opaque_id("1-1TJZFB", "").is_ok());
        assert!(check_opaque_id("a b", "").is_err());
        assert!(check_opaque_id("1-ABCD:Z-XYZ", ":").is_ok());
    }
}
