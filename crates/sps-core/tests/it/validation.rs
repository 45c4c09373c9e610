//! Invalid inputs: each is refused before sending, naming the right field(s), the value
//! and what is valid.

use sps_core::{form, CreateType, EdgeHostForm, GetSpsRequest, Scope, SpsRequestForm};

use crate::support::*;

enum Edit {
    Set(&'static str, &'static str),
    Add(&'static str, &'static str),
    Remove(&'static str),
}
use Edit::*;

fn ov_san() -> Vec<(String, String)> {
    form::decode(&reference("ov_san.form")).unwrap()
}

fn apply(mut pairs: Vec<(String, String)>, edits: &[Edit]) -> Vec<(String, String)> {
    for edit in edits {
        match edit {
            Set(k, v) => {
                pairs.retain(|(n, _)| n != k);
                pairs.push((k.to_string(), v.to_string()));
            }
            Add(k, v) => pairs.push((k.to_string(), v.to_string())),
            Remove(k) => pairs.retain(|(n, _)| n != k),
        }
    }
    pairs
}

#[test]
fn the_reference_forms_are_valid() {
    for name in ["ov_san.form", "dv_san.form", "modsan.form"] {
        SpsRequestForm::from_urlencoded(&reference(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn invalid_create_forms_name_their_fields() {
    let table: &[(&str, &[Edit], &[&str])] = &[
        ("no createType", &[Remove("createType")], &["createType"]),
        ("unknown createType", &[Set("createType", "multi")], &["createType"]),
        ("createType wrong case", &[Set("createType", "SAN")], &["createType"]),
        ("no cnameHostname", &[Remove("cnameHostname")], &["cnameHostname"]),
        ("cnameHostname not a DNS name", &[Set("cnameHostname", "www example com")], &["cnameHostname"]),
        ("cnameHostname wildcard", &[Set("cnameHostname", "*.example.com")], &["cnameHostname"]),
        ("csr.cn missing", &[Remove("csr.cn")], &["csr.cn"]),
        ("csr.cn is an IP", &[Set("csr.cn", "10.0.0.1")], &["csr.cn"]),
        ("csr.cn wildcard on san", &[Set("csr.cn", "*.example.com")], &["csr.cn"]),
        ("csr.cn wildcard deeper", &[Set("csr.cn", "www.*.example.com")], &["csr.cn"]),
        ("csr.ou missing", &[Remove("csr.ou")], &["csr.ou"]),
        ("csr.sans bad name", &[Add("csr.sans", "bad_name.example.com")], &["csr.sans"]),
        ("csr.sans wildcard", &[Add("csr.sans", "*.example.org")], &["csr.sans"]),
        ("csr.sans duplicate", &[Add("csr.sans", "WWW.EXAMPLE.COM")], &["csr.sans"]),
        ("add.sans on san", &[Add("add.sans", "x.example.com")], &["add.sans"]),
        ("jobId on san", &[Add("jobId", "10110")], &["jobId"]),
        (
            "org name missing",
            &[Remove("organization-information.organization-name")],
            &["organization-information.organization-name"],
        ),
        (
            "org address missing",
            &[Remove("organization-information.address-line-one")],
            &["organization-information.address-line-one"],
        ),
        ("org city missing", &[Remove("organization-information.city")], &["organization-information.city"]),
        ("org region missing", &[Remove("organization-information.region")], &["organization-information.region"]),
        (
            "org postal code missing",
            &[Remove("organization-information.postal-code")],
            &["organization-information.postal-code"],
        ),
        ("country missing", &[Remove("organization-information.country")], &["organization-information.country"]),
        ("country not ISO", &[Set("organization-information.country", "USA")], &["organization-information.country"]),
        ("country lower case", &[Set("organization-information.country", "us")], &["organization-information.country"]),
        ("country UK", &[Set("organization-information.country", "UK")], &["organization-information.country"]),
        ("org phone letters", &[Set("organization-information.phone", "call us")], &["organization-information.phone"]),
        (
            "org name blank",
            &[Set("organization-information.organization-name", "   ")],
            &["organization-information.organization-name"],
        ),
        (
            "org name control chars",
            &[Set("organization-information.organization-name", "A\u{7}B")],
            &["organization-information.organization-name"],
        ),
        ("admin first name missing", &[Remove("admin-contact.first-name")], &["admin-contact.first-name"]),
        ("admin last name missing", &[Remove("admin-contact.last-name")], &["admin-contact.last-name"]),
        ("admin phone missing", &[Remove("admin-contact.phone")], &["admin-contact.phone"]),
        ("admin email missing", &[Remove("admin-contact.email")], &["admin-contact.email"]),
        ("admin email invalid", &[Set("admin-contact.email", "m.jones.akamai.com")], &["admin-contact.email"]),
        ("product unknown", &[Set("product", "alta2")], &["product"]),
        ("validationType unknown", &[Set("validationType", "ev")], &["validationType"]),
        ("issuer geotrust", &[Set("issuer", "geotrust")], &["issuer"]),
        ("issuer cybertrust", &[Set("issuer", "cybertrust")], &["issuer"]),
        ("issuer unknown", &[Set("issuer", "digicert")], &["issuer"]),
        ("ipVersion ipv6", &[Set("ipVersion", "ipv6")], &["ipVersion"]),
        ("klass unknown", &[Set("slot-deployment.klass", "euType")], &["slot-deployment.klass"]),
        (
            "signature algorithm unknown",
            &[Set("certificate-request.signature-algorithm", "MD5")],
            &["certificate-request.signature-algorithm"],
        ),
        ("sni not a bool", &[Set("subscription-sni-only", "yes")], &["subscription-sni-only"]),
        ("read-only csr.o", &[Add("csr.o", "Akamai")], &["csr.o"]),
        ("read-only csr.c", &[Add("csr.c", "US")], &["csr.c"]),
        (
            "read-only technical contact",
            &[Add("technical-contact.email", "a@example.com")],
            &["technical-contact.email"],
        ),
        ("read-only debug value", &[Add("default_issuer_used", "symantec")], &["default_issuer_used"]),
        ("unknown parameter", &[Add("csr.email", "x")], &["csr.email"]),
        ("parameter wrong case", &[Add("cnamehostname", "x.example.com")], &["cnamehostname"]),
        ("repeated single-valued", &[Add("csr.ou", "Ops")], &["csr.ou"]),
        (
            "many problems at once",
            &[Remove("csr.cn"), Set("product", "x"), Set("organization-information.country", "ZZ")],
            &["product", "organization-information.country", "csr.cn"],
        ),
    ];
    for (name, edits, fields) in table {
        let pairs = apply(ov_san(), edits);
        let err = SpsRequestForm::from_pairs(&pairs).expect_err(name);
        let got: Vec<&str> = err.violations.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(&got, fields, "{name}: {err}");
        for v in &err.violations {
            assert!(!v.expected.is_empty(), "{name}: says what is valid");
            let shown = v.to_string();
            assert!(shown.starts_with(&v.field), "{name}: {shown}");
            if let Some(value) = &v.value {
                assert!(shown.contains(&format!("{value:?}")), "{name}: names the value: {shown}");
            }
        }
    }
}

#[test]
fn create_type_rules() {
    let base = ov_san();
    // DV only with SAN.
    let single = apply(base.clone(), &[Set("createType", "single"), Remove("csr.sans"), Set("validationType", "dv")]);
    let err = SpsRequestForm::from_pairs(&single).unwrap_err();
    assert_eq!(err.violations[0].field, "validationType");
    assert!(err.violations[0].expected.contains("createType=san"));
    // csr.sans only for san.
    let single_with_sans = apply(base.clone(), &[Set("createType", "single")]);
    let err = SpsRequestForm::from_pairs(&single_with_sans).unwrap_err();
    assert!(err.violations.iter().all(|v| v.field == "csr.sans"));
    // A wildcard request needs a wildcard CN.
    let wildcard = apply(base.clone(), &[Set("createType", "wildcard"), Remove("csr.sans")]);
    assert_eq!(SpsRequestForm::from_pairs(&wildcard).unwrap_err().violations[0].field, "csr.cn");
    let wildcard =
        apply(base.clone(), &[Set("createType", "wildcard"), Remove("csr.sans"), Set("csr.cn", "*.example.com")]);
    assert!(SpsRequestForm::from_pairs(&wildcard).is_ok());
    // modSan: jobId and at least one add.sans; no certificate fields; SNI cannot change.
    let modsan = form::decode(&reference("modsan.form")).unwrap();
    let err = SpsRequestForm::from_pairs(&apply(modsan.clone(), &[Remove("jobId"), Remove("add.sans")])).unwrap_err();
    let fields: Vec<&str> = err.violations.iter().map(|v| v.field.as_str()).collect();
    assert_eq!(fields, ["jobId", "add.sans"]);
    assert!(err.violations[1].expected.contains("at least once"));
    let err = SpsRequestForm::from_pairs(&apply(
        modsan.clone(),
        &[Add("subscription-sni-only", "true"), Add("csr.cn", "www.example.com"), Add("issuer", "symantec")],
    ))
    .unwrap_err();
    let fields: Vec<&str> = err.violations.iter().map(|v| v.field.as_str()).collect();
    assert_eq!(fields, ["subscription-sni-only", "csr.cn", "issuer"]);
    assert!(err.violations[0].expected.contains("createType single, san, wildcard"));
    let err = SpsRequestForm::from_pairs(&apply(modsan, &[Set("jobId", "-4")])).unwrap_err();
    assert_eq!(err.violations[0].field, "jobId");
}

#[test]
fn warnings_are_not_errors() {
    let dv_symantec = form::decode(&reference("dv_san.form")).unwrap();
    let (_, warnings) = SpsRequestForm::from_pairs(&dv_symantec).unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.contains("Let's Encrypt"));
    let suffixed = apply(ov_san(), &[Set("cnameHostname", "www.example.com.edgekey.net")]);
    let (_, warnings) = SpsRequestForm::from_pairs(&suffixed).unwrap();
    assert_eq!(warnings[0].field, "cnameHostname");
}

#[test]
fn edge_host_rules() {
    let pairs = |s: &str| form::decode(s.as_bytes()).unwrap();
    let err = EdgeHostForm::from_pairs(&pairs("cnameHostname=www.example.com")).unwrap_err();
    assert_eq!(err.violations[0].field, "jobId");
    assert!(err.violations[0].expected.contains("enrollmentId"));
    let err = EdgeHostForm::from_pairs(&pairs("jobId=5&ipVersion=ipv6&product=cdn")).unwrap_err();
    let fields: Vec<&str> = err.violations.iter().map(|v| v.field.as_str()).collect();
    assert_eq!(fields, ["ipVersion", "product", "cnameHostname"]);
    let (form, warnings) =
        EdgeHostForm::from_pairs(&pairs("cnameHostname=www.example.com&jobId=1&enrollmentId=2&subscriptionId=3"))
            .unwrap();
    assert_eq!(form.enrollment_id, Some(2));
    let fields: Vec<&str> = warnings.iter().map(|w| w.field.as_str()).collect();
    assert_eq!(fields, ["enrollmentId", "subscriptionId"]);
    assert!(EdgeHostForm::from_pairs(&pairs("cnameHostname=www.example.com&jobId=1&csr.cn=x")).is_err());
}

#[test]
fn ids_and_scopes() {
    assert_eq!(GetSpsRequest::new(scope(), 0).unwrap_err().violations[0].field, "spsId");
    assert_eq!(GetSpsRequest::parse_id("abc").unwrap_err().violations[0].field, "spsId");
    assert_eq!(GetSpsRequest::parse_id(" 12345 ").unwrap(), 12345);
    assert_eq!(Scope::new("11754", "").unwrap_err().violations[0].field, "groupId");
    assert_eq!(Scope::new("1 1", "1").unwrap_err().violations[0].field, "contractId");
    assert_eq!(scope().with_account_switch_key("a b").unwrap_err().violations[0].field, "accountSwitchKey");
}

#[test]
fn typed_forms_validate_the_same_way() {
    let mut form = SpsRequestForm::new(CreateType::ModSan, "www.example.com");
    let err = form.validate().unwrap_err();
    assert_eq!(err.violations.iter().map(|v| v.field.as_str()).collect::<Vec<_>>(), ["jobId", "add.sans"]);
    form.job_id = Some(10110);
    form.add_sans = vec!["www.example.net".into()];
    assert_eq!(form.validate().unwrap(), vec![]);
    let err = sps_core::CreateSpsRequest::new(scope(), SpsRequestForm::new(CreateType::San, "bad host")).unwrap_err();
    insta::assert_snapshot!(err.to_string());
}

#[test]
fn malformed_form_files() {
    let err = SpsRequestForm::from_urlencoded(b"cnameHostname=%E9").unwrap_err();
    assert_eq!(err.violations[0].field, "form");
    let err = SpsRequestForm::from_urlencoded(b"").unwrap_err();
    assert!(err.violations.iter().any(|v| v.field == "createType"));
}
