//! The form parameters of SPS v1, described once, as data.
//!
//! Validation walks these tables ([`check_form`]); the generated parameter reference and the
//! OpenAPI description are written from them too, so the checks and the documents cannot
//! drift apart. The few rules that relate two fields live with their operation.

use std::collections::BTreeMap;

use crate::model::values::{
    expected_one_of, CreateType, IpVersion, Issuer, Klass, Product, SignatureAlgorithm, ValidationType, RETIRED_ISSUERS,
};
use crate::validate::{self, Violation, Wildcard};

/// A set of create types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applies(u8);

impl Applies {
    /// No create type.
    pub const NONE: Applies = Applies(0);
    /// `single`.
    pub const SINGLE: Applies = Applies(1);
    /// `san`.
    pub const SAN: Applies = Applies(2);
    /// `wildcard`.
    pub const WILDCARD: Applies = Applies(4);
    /// `modSan`.
    pub const MOD_SAN: Applies = Applies(8);
    /// The types that create a new certificate.
    pub const NEW: Applies = Applies(1 | 2 | 4);
    /// Every create type.
    pub const ALL: Applies = Applies(15);

    /// The set holding one create type.
    pub const fn of(t: CreateType) -> Applies {
        match t {
            CreateType::Single => Self::SINGLE,
            CreateType::San => Self::SAN,
            CreateType::Wildcard => Self::WILDCARD,
            CreateType::ModSan => Self::MOD_SAN,
        }
    }

    /// Whether `t` is in the set.
    pub fn contains(self, t: CreateType) -> bool {
        self.0 & Self::of(t).0 != 0
    }

    /// The create types in the set, in the reference's order.
    pub fn types(self) -> Vec<CreateType> {
        CreateType::ALL.iter().copied().filter(|t| self.contains(*t)).collect()
    }

    /// `single, san, wildcard`.
    pub fn describe(self) -> String {
        let names: Vec<&str> = self.types().iter().map(|t| t.as_str()).collect();
        names.join(", ")
    }
}

/// How often a parameter may appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// At most once.
    Once,
    /// Any number of times (repeated keys, in order).
    Many,
}

/// What a parameter's value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A DNS host name, no wildcard.
    Hostname,
    /// A certificate's common name: a host name, `*.` allowed as the leftmost label.
    CommonName,
    /// An e-mail address.
    Email,
    /// An ISO 3166-1 alpha-2 country code.
    Country,
    /// A telephone number.
    Phone,
    /// Free text.
    Text,
    /// A positive whole number.
    Id,
    /// `true` or `false`.
    Bool,
    /// One of a fixed set of values.
    OneOf(&'static [&'static str]),
    /// An issuer: one of [`Issuer::VALUES`]; the retired ones get their own message.
    Issuer,
}

impl Rule {
    /// Checks one value; on failure returns what is valid.
    pub fn check(self, value: &str) -> Result<(), String> {
        match self {
            Rule::Hostname => validate::check_hostname(value, Wildcard::Refused),
            Rule::CommonName => validate::check_hostname(value, Wildcard::LeftmostLabel),
            Rule::Email => validate::check_email(value),
            Rule::Country => validate::check_country(value),
            Rule::Phone => validate::check_phone(value),
            Rule::Text => validate::check_text(value),
            Rule::Id => validate::check_id(value).map(drop),
            Rule::Bool => match value {
                "true" | "false" => Ok(()),
                _ => Err(expected_one_of(value, &["true", "false"])),
            },
            Rule::OneOf(valid) if valid.contains(&value) => Ok(()),
            Rule::OneOf(valid) => Err(expected_one_of(value, valid)),
            Rule::Issuer if RETIRED_ISSUERS.contains(&value.to_ascii_lowercase().as_str()) => {
                Err(format!("is no longer supported by SPS; expected one of: {}", Issuer::VALUES.join(", ")))
            }
            Rule::Issuer => Rule::OneOf(Issuer::VALUES).check(value),
        }
    }

    /// A short description of the valid values, for documentation.
    pub fn describe(self) -> String {
        match self {
            Rule::Hostname => "DNS host name".into(),
            Rule::CommonName => "DNS host name; `*.` leftmost only for `wildcard`".into(),
            Rule::Email => "e-mail address".into(),
            Rule::Country => "ISO 3166-1 alpha-2 code".into(),
            Rule::Phone => "telephone number".into(),
            Rule::Text => format!("text, 1 to {} characters", validate::TEXT_MAX_CHARS),
            Rule::Id => "positive integer".into(),
            Rule::Bool => "`true`, `false`".into(),
            Rule::OneOf(v) => v.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", "),
            Rule::Issuer => Rule::OneOf(Issuer::VALUES).describe(),
        }
    }
}

/// One form parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamSpec {
    /// The parameter's name on the wire.
    pub name: &'static str,
    /// The create types it may be sent with (ignored for the edge-host form).
    pub applies_to: Applies,
    /// The create types that require it (a subset of `applies_to`).
    pub required_for: Applies,
    /// How often it may appear.
    pub repeat: Repeat,
    /// What its value must be.
    pub rule: Rule,
    /// Returned in GET echoes only; refused on create.
    pub read_only: bool,
    /// Deprecated: accepted with a warning.
    pub deprecated: bool,
    /// One line for the documentation.
    pub summary: &'static str,
}

const fn p(
    name: &'static str,
    applies_to: Applies,
    required_for: Applies,
    repeat: Repeat,
    rule: Rule,
    summary: &'static str,
) -> ParamSpec {
    ParamSpec { name, applies_to, required_for, repeat, rule, read_only: false, deprecated: false, summary }
}

const fn read_only(name: &'static str, summary: &'static str) -> ParamSpec {
    ParamSpec {
        name,
        applies_to: Applies::NONE,
        required_for: Applies::NONE,
        repeat: Repeat::Once,
        rule: Rule::Text,
        read_only: true,
        deprecated: false,
        summary,
    }
}

use Applies as A;
use Repeat::{Many, Once};

/// The form of `POST /sps-requests`, in the order the client sends it.
pub const SPS_REQUEST_PARAMS: &[ParamSpec] = &[
    p(
        "cnameHostname",
        A::ALL,
        A::ALL,
        Once,
        Rule::Hostname,
        "The secure edge hostname to create: `<cnameHostname>.edgekey.net`.",
    ),
    p(
        "createType",
        A::ALL,
        A::ALL,
        Once,
        Rule::OneOf(CreateType::VALUES),
        "What the request does: a new single, SAN or wildcard certificate, or adding names to a SAN certificate.",
    ),
    p("jobId", A::MOD_SAN, A::MOD_SAN, Once, Rule::Id, "The job ID of the existing SAN certificate to add names to."),
    p(
        "csr.cn",
        A::NEW,
        A::NEW,
        Once,
        Rule::CommonName,
        "The certificate's common name; `*.domain` for a wildcard certificate.",
    ),
    p("csr.ou", A::NEW, A::NEW, Once, Rule::Text, "The organizational unit requesting the certificate."),
    p(
        "csr.sans",
        A::SAN,
        A::NONE,
        Many,
        Rule::Hostname,
        "A subject alternative name of a new SAN certificate; repeat for each name.",
    ),
    p(
        "add.sans",
        A::MOD_SAN,
        A::MOD_SAN,
        Many,
        Rule::Hostname,
        "A name to add to the existing SAN certificate; repeat for each name (at least one).",
    ),
    p(
        "organization-information.organization-name",
        A::NEW,
        A::NEW,
        Once,
        Rule::Text,
        "The organization's name (becomes csr.o).",
    ),
    p(
        "organization-information.address-line-one",
        A::NEW,
        A::NEW,
        Once,
        Rule::Text,
        "The first line of the organization's address.",
    ),
    p(
        "organization-information.address-line-two",
        A::NEW,
        A::NONE,
        Once,
        Rule::Text,
        "The second line of the organization's address.",
    ),
    p("organization-information.city", A::NEW, A::NEW, Once, Rule::Text, "The organization's city (becomes csr.l)."),
    p(
        "organization-information.region",
        A::NEW,
        A::NEW,
        Once,
        Rule::Text,
        "The organization's state or province (becomes csr.st).",
    ),
    p("organization-information.postal-code", A::NEW, A::NEW, Once, Rule::Text, "The organization's postal code."),
    p(
        "organization-information.country",
        A::NEW,
        A::NEW,
        Once,
        Rule::Country,
        "The organization's country (becomes csr.c).",
    ),
    p("organization-information.phone", A::NEW, A::NEW, Once, Rule::Phone, "The organization's phone number."),
    p("admin-contact.first-name", A::NEW, A::NEW, Once, Rule::Text, "The administrative contact's first name."),
    p("admin-contact.last-name", A::NEW, A::NEW, Once, Rule::Text, "The administrative contact's last name."),
    p("admin-contact.phone", A::NEW, A::NEW, Once, Rule::Phone, "The administrative contact's phone number."),
    p("admin-contact.email", A::NEW, A::NEW, Once, Rule::Email, "The administrative contact's e-mail address."),
    p(
        "product",
        A::ALL,
        A::NONE,
        Once,
        Rule::OneOf(Product::VALUES),
        "The product of the edge hostname map; needed when the contract has several.",
    ),
    p(
        "validationType",
        A::NEW,
        A::NONE,
        Once,
        Rule::OneOf(ValidationType::VALUES),
        "Organization (`ov`) or domain (`dv`, SAN only, Let's Encrypt) validation.",
    ),
    p(
        "issuer",
        A::NEW,
        A::NONE,
        Once,
        Rule::Issuer,
        "The certificate authority; GeoTrust and Cybertrust are no longer supported.",
    ),
    p(
        "ipVersion",
        A::ALL,
        A::NONE,
        Once,
        Rule::OneOf(IpVersion::VALUES),
        "IPv4 only (default) or dual stack; IPv6 alone is not supported.",
    ),
    p(
        "slot-deployment.klass",
        A::ALL,
        A::NONE,
        Once,
        Rule::OneOf(Klass::VALUES),
        "The deployment network: `esslType` (default) or `chinaType`.",
    ),
    p(
        "certificate-request.signature-algorithm",
        A::NEW,
        A::NONE,
        Once,
        Rule::OneOf(SignatureAlgorithm::VALUES),
        "The certificate's signature hash; SHA-256 by default.",
    ),
    p(
        "subscription-sni-only",
        A::NEW,
        A::NONE,
        Once,
        Rule::Bool,
        "Serve the certificate with SNI only; cannot be changed by modSan.",
    ),
    read_only("csr.o", "Derived from organization-information.organization-name; returned by GET only."),
    read_only("csr.l", "Derived from organization-information.city; returned by GET only."),
    read_only("csr.st", "Derived from organization-information.region; returned by GET only."),
    read_only("csr.c", "Derived from organization-information.country; returned by GET only."),
    read_only("technical-contact.first-name", "Filled in by the service; returned by GET only."),
    read_only("technical-contact.last-name", "Filled in by the service; returned by GET only."),
    read_only("technical-contact.phone", "Filled in by the service; returned by GET only."),
    read_only("technical-contact.email", "Filled in by the service; returned by GET only."),
    read_only("default_validation_type_used", "A debug value; returned by GET only."),
    read_only("default_issuer_used", "A debug value; returned by GET only."),
];

/// The form of `POST /secure-edge-hosts`, in the order the client sends it.
pub const EDGE_HOST_PARAMS: &[ParamSpec] = &[
    p(
        "cnameHostname",
        A::ALL,
        A::ALL,
        Once,
        Rule::Hostname,
        "The secure edge hostname to create: `<cnameHostname>.edgekey.net`.",
    ),
    p(
        "jobId",
        A::ALL,
        A::NONE,
        Once,
        Rule::Id,
        "The job ID of an existing certificate (required unless enrollmentId is given).",
    ),
    p(
        "enrollmentId",
        A::ALL,
        A::NONE,
        Once,
        Rule::Id,
        "The CPS enrollment of an existing certificate; wins over jobId.",
    ),
    p(
        "ipVersion",
        A::ALL,
        A::NONE,
        Once,
        Rule::OneOf(IpVersion::VALUES),
        "IPv4 only (default) or dual stack; IPv6 alone is not supported.",
    ),
    p(
        "product",
        A::ALL,
        A::NONE,
        Once,
        Rule::OneOf(Product::VALUES),
        "The product of the edge hostname map; needed when the contract has several.",
    ),
    ParamSpec {
        deprecated: true,
        ..p(
            "subscriptionId",
            A::ALL,
            A::NONE,
            Once,
            Rule::Id,
            "Deprecated: the CPS subscription of an existing certificate.",
        )
    },
];

/// Looks a parameter up by name.
pub fn spec(table: &'static [ParamSpec], name: &str) -> Option<&'static ParamSpec> {
    table.iter().find(|s| s.name == name)
}

/// The values of a form, grouped by parameter name, in the order they were given.
pub type Grouped<'a> = BTreeMap<&'a str, Vec<&'a str>>;

/// Walks `table` over the pairs of a form: unknown and read-only parameters, parameters not
/// allowed for `create_type`, repeats, bad values and missing required parameters. `None`
/// for `create_type` checks applicability against every type (the edge-host form).
pub fn check_form<'a>(
    table: &'static [ParamSpec],
    pairs: &'a [(String, String)],
    create_type: Option<CreateType>,
) -> (Grouped<'a>, Vec<Violation>) {
    let mut grouped: Grouped<'a> = BTreeMap::new();
    let mut violations = Vec::new();
    let type_note = |t: CreateType| format!("createType={t}");
    for (name, value) in pairs {
        let Some(spec) = spec(table, name) else {
            let hint = table
                .iter()
                .find(|s| s.name.eq_ignore_ascii_case(name))
                .map(|s| format!(" (names are case-sensitive: did you mean {}?)", s.name))
                .unwrap_or_default();
            let valid: Vec<&str> = table.iter().filter(|s| !s.read_only).map(|s| s.name).collect();
            violations.push(Violation::bad(
                name.as_str(),
                value.as_str(),
                format!("is not a parameter of this form{hint}; expected one of: {}", valid.join(", ")),
            ));
            continue;
        };
        if spec.read_only {
            violations.push(Violation::bad(
                name.as_str(),
                value.as_str(),
                "is read-only: the service derives it and returns it in GET; remove it from the create form",
            ));
            continue;
        }
        if let Some(t) = create_type {
            if !spec.applies_to.contains(t) {
                violations.push(Violation::bad(
                    name.as_str(),
                    value.as_str(),
                    format!(
                        "is not allowed with {}; it applies to createType {}",
                        type_note(t),
                        spec.applies_to.describe()
                    ),
                ));
                continue;
            }
        }
        let seen = grouped.entry(spec.name).or_default();
        if spec.repeat == Repeat::Once && seen.len() == 1 {
            violations.push(Violation::bad(name.as_str(), value.as_str(), "is given more than once; expected it once"));
            continue;
        }
        seen.push(value.as_str());
        if let Err(expected) = spec.rule.check(value) {
            violations.push(Violation::bad(name.as_str(), value.as_str(), expected));
        }
    }
    for spec in table.iter().filter(|s| !s.read_only) {
        let required = match create_type {
            Some(t) => spec.required_for.contains(t),
            None => spec.required_for == Applies::ALL,
        };
        if required && !grouped.contains_key(spec.name) {
            let why = match create_type {
                Some(t) => format!("is required with {}", type_note(t)),
                None => "is required".to_string(),
            };
            let how = match spec.repeat {
                Repeat::Many => "at least once",
                Repeat::Once => "",
            };
            violations.push(Violation::missing(
                spec.name,
                format!("{why}{}{how}; expected {}", if how.is_empty() { "" } else { " " }, spec.rule.describe()),
            ));
        }
    }
    (grouped, violations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_consistent() {
        for table in [SPS_REQUEST_PARAMS, EDGE_HOST_PARAMS] {
            for (i, s) in table.iter().enumerate() {
                assert_eq!(s.required_for.0 & !s.applies_to.0, 0, "{} required where not applicable", s.name);
                assert!(table[..i].iter().all(|o| o.name != s.name), "{} twice", s.name);
                assert!(!s.summary.is_empty());
            }
        }
    }

    #[test]
    fn walks_the_table() {
        let pairs: Vec<(String, String)> = [
            ("cnameHostname", "x.example.com"),
            ("createType", "modSan"),
            ("csr.o", "A"),
            ("jobId", "0"),
            ("jobId", "1"),
            ("csr.cn", "a.example.com"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let (_, v) = check_form(SPS_REQUEST_PARAMS, &pairs, Some(CreateType::ModSan));
        let fields: Vec<&str> = v.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(fields, ["csr.o", "jobId", "jobId", "csr.cn", "add.sans"]);
        assert!(v[4].value.is_none());
        assert!(v[4].expected.contains("at least once"));
    }
}
