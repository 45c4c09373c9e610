//! Properties over generated inputs: forms round-trip, built requests have valid URIs,
//! parsing never panics.

use proptest::prelude::*;
use sps_core::{
    form, Contact, CreateEdgeHost, CreateSpsRequest, CreateType, EdgeHostForm, GetSpsRequest, IpVersion, Issuer, Klass,
    ListSpsRequests, Operation, Organization, Product, Scope, SignatureAlgorithm, SpsRequestForm, UtcTime,
    ValidationType,
};

use crate::support::*;

fn label() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?"
}

fn hostname() -> impl Strategy<Value = String> {
    (prop::collection::vec(label(), 1..4), "[a-z]{2,6}").prop_map(|(labels, tld)| format!("{}.{tld}", labels.join(".")))
}

fn text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 .,&'+=%#/()éü-]{0,40}".prop_map(|s| format!("X{s}"))
}

fn phone() -> impl Strategy<Value = String> {
    "\\+?[0-9]{4,12}( x[0-9]{1,4})?"
}

fn option<T: Clone + std::fmt::Debug + 'static>(values: &'static [T]) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(values))
}

fn organization() -> impl Strategy<Value = Organization> {
    (
        text(),
        text(),
        prop::option::of(text()),
        text(),
        text(),
        text(),
        prop::sample::select(&sps_core::country::ISO3166_ALPHA2[..]),
        phone(),
    )
        .prop_map(|(name, a1, a2, city, region, postal, country, phone)| Organization {
            name,
            address_line_one: a1,
            address_line_two: a2,
            city,
            region,
            postal_code: postal,
            country: country.to_string(),
            phone,
        })
}

fn contact() -> impl Strategy<Value = Contact> {
    (text(), text(), phone(), "[a-z0-9._+-]{1,12}", hostname()).prop_map(|(first, last, phone, local, domain)| {
        Contact { first_name: first, last_name: last, phone, email: format!("{local}@{domain}") }
    })
}

fn distinct(names: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names.into_iter().filter(|n| seen.insert(n.clone())).collect()
}

/// Any valid create form.
pub fn valid_form() -> impl Strategy<Value = SpsRequestForm> {
    let new_cert = (
        prop::sample::select(vec![CreateType::Single, CreateType::San, CreateType::Wildcard]),
        hostname(),
        hostname(),
        text(),
        prop::collection::vec(hostname(), 0..5),
        organization(),
        contact(),
        (
            option(Product::ALL),
            option(IpVersion::ALL),
            option(Klass::ALL),
            option(SignatureAlgorithm::ALL),
            prop::option::of(any::<bool>()),
            any::<bool>(),
            option(Issuer::ALL),
        ),
    )
        .prop_map(|(t, cname, cn, ou, sans, org, admin, (product, ip, klass, sig, sni, dv, issuer))| {
            let mut f = SpsRequestForm::new(t, cname);
            f.common_name = Some(if t == CreateType::Wildcard { format!("*.{cn}") } else { cn });
            f.organizational_unit = Some(ou);
            if t == CreateType::San {
                f.sans = distinct(sans);
                f.validation_type = Some(if dv { ValidationType::Dv } else { ValidationType::Ov });
            }
            f.organization = Some(org);
            f.admin_contact = Some(admin);
            f.product = product;
            f.ip_version = ip;
            f.klass = klass;
            f.signature_algorithm = sig;
            f.sni_only = sni;
            f.issuer = issuer;
            f
        });
    let mod_san = (
        hostname(),
        1u64..u64::MAX,
        prop::collection::vec(hostname(), 1..5),
        option(Product::ALL),
        option(IpVersion::ALL),
        option(Klass::ALL),
    )
        .prop_map(|(cname, job, sans, product, ip, klass)| {
            let mut f = SpsRequestForm::new(CreateType::ModSan, cname);
            f.job_id = Some(job);
            f.add_sans = distinct(sans);
            f.product = product;
            f.ip_version = ip;
            f.klass = klass;
            f
        });
    prop_oneof![3 => new_cert, 1 => mod_san]
}

fn ids() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_.~-]{1,20}"
}

fn uri_round_trips(request: &http::Request<Vec<u8>>) {
    let text = request.uri().to_string();
    let reparsed: http::Uri = text.parse().expect("valid URI");
    assert_eq!(reparsed, *request.uri());
    assert!(text.starts_with("https://"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn create_form_round_trips(form in valid_form()) {
        let warnings = form.validate().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let encoded = form::encode(&form.to_pairs());
        let (parsed, parsed_warnings) = SpsRequestForm::from_urlencoded(encoded.as_bytes()).unwrap();
        prop_assert_eq!(&parsed, &form);
        prop_assert_eq!(parsed_warnings, warnings);
    }

    #[test]
    fn edge_host_form_round_trips(cname in hostname(), job in prop::option::of(1u64..), enrollment in prop::option::of(1u64..), ip in option(IpVersion::ALL), product in option(Product::ALL)) {
        prop_assume!(job.is_some() || enrollment.is_some());
        let form = EdgeHostForm { cname_hostname: cname, job_id: job, enrollment_id: enrollment, ip_version: ip, product, subscription_id: None };
        let (parsed, _) = EdgeHostForm::from_pairs(&form::decode(form::encode(&form.to_pairs()).as_bytes()).unwrap()).unwrap();
        prop_assert_eq!(parsed, form);
    }

    #[test]
    fn every_built_request_has_a_valid_uri(form in valid_form(), contract in ids(), group in ids(), key in prop::option::of("[A-Za-z0-9-]{1,8}:[A-Za-z0-9-]{1,8}"), id in 1u64.., after in 0i64..4_000_000_000, info in any::<bool>()) {
        let mut scope = Scope::new(contract, group).unwrap();
        if let Some(key) = key {
            scope = scope.with_account_switch_key(key).unwrap();
        }
        let ep = endpoint();
        uri_round_trips(&CreateSpsRequest::new(scope.clone(), form).unwrap().to_http(&ep));
        uri_round_trips(&ListSpsRequests::new(scope.clone()).after(UtcTime::from_unix(after).unwrap()).information(info).to_http(&ep));
        uri_round_trips(&GetSpsRequest::new(scope.clone(), id).unwrap().information(info).to_http(&ep));
        uri_round_trips(&CreateEdgeHost::new(scope, EdgeHostForm::for_job("www.example.com", id)).unwrap().to_http(&ep));
    }

    #[test]
    fn arbitrary_form_text_never_panics(body in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = SpsRequestForm::from_urlencoded(&body);
        let _ = CreateEdgeHost::from_urlencoded(scope(), &body);
    }

    #[test]
    fn parse_never_panics(status in 100u16..1000, body in prop::collection::vec(any::<u8>(), 0..400)) {
        parse_all(status, &body);
    }

    #[test]
    fn parse_never_panics_on_mutated_samples(sample in prop::sample::select(SAMPLES), status in prop::sample::select(&[200u16, 202, 400, 429, 500][..]), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut body = reference(sample);
        if !body.is_empty() {
            let i = cut.index(body.len());
            body[i] = byte;
            parse_all(status, &body);
            body.truncate(i);
        }
        parse_all(status, &body);
    }
}

const SAMPLES: &[&str] =
    &["create_202.json", "list_200.json", "data_model_dv_get_200.json", "edge_host_202_array.json", "error_400.json"];

fn parse_all(status: u16, body: &[u8]) {
    let r = response(status, body);
    let s = scope();
    let _ = CreateSpsRequest::from_urlencoded(s.clone(), &reference("modsan.form")).unwrap().parse(&r);
    let _ = CreateEdgeHost::new(s.clone(), EdgeHostForm::for_job("www.example.com", 1)).unwrap().parse(&r);
    let _ = ListSpsRequests::new(s.clone()).parse(&r);
    let _ = GetSpsRequest::new(s, 1).unwrap().parse(&r);
}
