//! Every endpoint, its paths, and its answers' shapes.

use sps_core::model::status::RequestStatus;
use sps_core::{CreateEdgeHost, CreateSpsRequest, EdgeHostForm, GetSpsRequest, ListSpsRequests, Operation, Scope};

use crate::support::*;

#[tokio::test]
async fn create_then_read_on_every_path() {
    let api = Api::start(manual_config()).await;
    let op = CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap();
    let raw = api.signed(op.to_http(&api.endpoint)).await;
    assert_eq!(raw.status(), 202);
    let body = json(&raw);
    assert!(body["Results"]["data"][0]["results"]["jobID"].is_i64(), "jobID as in the reference: {body}");
    assert_eq!(body["Results"]["data"][0]["results"]["type"], "SUCCESS");
    assert_eq!(body["Results"]["size"], 1);
    let created = op.parse(&raw).unwrap();
    let id = created.sps_id;
    assert_eq!(body["resourceLocation"], format!("/config-secure-provisioning-service/v1/sps-requests/{id}"));

    for path in [
        format!("/config-secure-provisioning-service/v1/sps-requests/{id}?contractId=11754&groupId=1001"),
        format!("/config-secure-provisioning-service/v1/sps-requests/{id}/?contractId=11754&groupId=1001"),
        format!("/config-secure-provisioning-service/v1/sps-request/{id}?contractId=11754&groupId=1001"),
        format!("/config-secure-provisioning-service/v1/sps-request/{id}/?contractId=11754&groupId=1001&after=2014-07-08T16%3A27%3A06Z"),
    ] {
        let r = api.get_path(&path).await;
        assert_eq!(r.status(), 200, "{path}");
        let got = GetSpsRequest::new(scope(), id).unwrap().parse(&r).unwrap();
        assert_eq!(got.job_id, created.job_id, "{path}");
        assert_eq!(*got.status.kind(), RequestStatus::Pending);
        assert!(got.parameters.is_empty(), "no parameters without information=true");
    }

    let list = api.call(&ListSpsRequests::new(scope()).information(true)).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].parameters.get("csr.cn"), Some("www.example.com"));
    assert_eq!(list[0].parameters.get_all("csr.sans").count(), 4);
    assert_eq!(list[0].parameters.get("contractId"), Some("11754"));
    let trailing =
        api.get_path("/config-secure-provisioning-service/v1/sps-requests/?contractId=11754&groupId=1001").await;
    assert_eq!(json(&trailing)["requestList"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn list_after_filters_by_creation_time() {
    let api = Api::start(manual_config()).await;
    api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap();
    let future = sps_core::UtcTime::from_unix(now() + 86_400).unwrap();
    assert!(api.call(&ListSpsRequests::new(scope()).after(future)).await.unwrap().is_empty());
    let past = sps_core::UtcTime::from_unix(now() - 86_400).unwrap();
    assert_eq!(api.call(&ListSpsRequests::new(scope()).after(past)).await.unwrap().len(), 1);
    let r = api.get_path("/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001&after=2014%E2%80%9307%E2%80%9308T16%3A27%3A06Z").await;
    assert_eq!(r.status(), 400);
    assert_eq!(json(&r)["Errors"]["invalidItems"][0]["field"], "after");
}

#[tokio::test]
async fn edge_hosts_by_job_and_by_enrollment() {
    let api = Api::start(manual_config()).await;
    let cert = api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap();
    let by_job =
        CreateEdgeHost::new(scope(), EdgeHostForm::for_job("www.one.example.com", cert.job_id.unwrap())).unwrap();
    let raw = api.signed(by_job.to_http(&api.endpoint)).await;
    assert_eq!(raw.status(), 202);
    assert!(json(&raw).is_array(), "the array form of the reference");
    let one = by_job.parse(&raw).unwrap();
    let mut form = EdgeHostForm::for_enrollment("www.two.example.com", cert.enrollment_id.unwrap());
    form.job_id = Some(999_999); // enrollmentId wins
    let two = api.call(&CreateEdgeHost::new(scope(), form).unwrap()).await.unwrap();
    assert_ne!(one.sps_id, two.sps_id);
    let got = api.call(&GetSpsRequest::new(scope(), two.sps_id).unwrap()).await.unwrap();
    assert_eq!(got.enrollment_id, cert.enrollment_id);
    let unknown =
        api.call(&CreateEdgeHost::new(scope(), EdgeHostForm::for_job("www.three.example.com", 424_242)).unwrap()).await;
    let Err(sps_core::Error::Api(e)) = unknown else { panic!("{unknown:?}") };
    assert_eq!(e.status, 400);
    assert_eq!(e.invalid_items[0].field.as_deref(), Some("jobId"));
}

#[tokio::test]
async fn errors_in_the_reference_format() {
    let api = Api::start(manual_config()).await;
    // Unknown ID: 404.
    let r = api.call(&GetSpsRequest::new(scope(), 4242).unwrap()).await;
    assert!(matches!(&r, Err(sps_core::Error::Api(e)) if e.status == 404), "{r:?}");
    // Missing contractId: 400, naming it.
    let r = api.get_path("/config-secure-provisioning-service/v1/sps-requests?groupId=1001").await;
    assert_eq!(r.status(), 400);
    let body = json(&r);
    assert_eq!(body["Results"], "Errors");
    assert_eq!(body["Errors"]["invalidItems"][0]["field"], "contractId");
    // A malformed account switch key: 400, naming it.
    let r = api
        .get_path("/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001&accountSwitchKey=%7D%C3%BC")
        .await;
    assert_eq!(r.status(), 400);
    assert_eq!(json(&r)["Errors"]["invalidItems"][0]["field"], "accountSwitchKey");
    // A contract the credentials may not use: 403.
    let other = Scope::new("99999", "1001").unwrap();
    let r = api.call(&ListSpsRequests::new(other)).await;
    assert!(matches!(&r, Err(sps_core::Error::Api(e)) if e.status == 403), "{r:?}");
    // An unknown path: 404.
    assert_eq!(
        api.get_path("/config-secure-provisioning-service/v1/nothing?contractId=11754&groupId=1001").await.status(),
        404
    );
}

#[tokio::test]
async fn server_side_validation() {
    let api = Api::start(manual_config()).await;
    let post = |body: &str| {
        http::Request::post(format!(
            "{}/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001",
            api.emulator.base_url()
        ))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.as_bytes().to_vec())
        .unwrap()
    };
    let good = String::from_utf8(reference("ov_san.form")).unwrap().trim().to_string();
    let cases: &[(String, &str)] = &[
        (good.replace("csr.cn=www.example.com&", ""), "csr.cn"),
        (good.replace("createType=san", "createType=bogus"), "createType"),
        (good.replace("validationType=ov", "validationType=dv").replace("createType=san", "createType=single").replace("&csr.sans=www.example.com&csr.sans=www.new-example.com&csr.sans=www.example.net&csr.sans=www.new-example.net", ""), "validationType"),
        (good.replace("country=US", "country=usa"), "organization-information.country"),
        (good.replace("country=US", "country=QQ"), "organization-information.country"),
        (good.replace("admin-contact.phone=18008008001", "admin-contact.phone=call+me"), "admin-contact.phone"),
        (good.replace("region=MA", &format!("region={}", "M".repeat(256))), "organization-information.region"),
        (format!("{good}&csr.o=Akamai"), "csr.o"),
        (format!("{good}&issuer=geotrust"), "issuer"),
        (good.replace("product=alta", "product=cdn"), "product"),
        ("cnameHostname=x.example.com&createType=modSan&jobId=777&add.sans=a.example.com".to_string(), "jobId"),
    ];
    for (body, field) in cases {
        let r = api.signed(post(body)).await;
        assert_eq!(r.status(), 400, "{field}: {}", String::from_utf8_lossy(r.body()));
        let j = json(&r);
        assert_eq!(j["Results"], "Errors");
        let fields: Vec<&str> =
            j["Errors"]["invalidItems"].as_array().unwrap().iter().map(|i| i["field"].as_str().unwrap()).collect();
        assert!(fields.contains(field), "{field}: {j}");
    }
    // The CN of an active certificate is refused, naming the request that holds it.
    let first = api.signed(post(&good)).await;
    assert_eq!(first.status(), 202);
    let holder = json(&first)["spsId"].as_i64().unwrap();
    let again = api.signed(post(&good)).await;
    assert_eq!(again.status(), 400);
    let item = &json(&again)["Errors"]["invalidItems"][0];
    assert_eq!(item["field"], "csr.cn");
    assert_eq!(item["spsId"], holder);
    assert_eq!(
        item["validationDescription"],
        "The requested CN www.example.com is currently active. Please call your akamai contact for further assistance."
    );
    // The reference's modSan example (with its `&&`) against that certificate's job.
    let job = json(&first)["Results"]["data"][0]["results"]["jobID"].as_i64().unwrap();
    let modsan = format!("cnameHostname=www.example.cname-hostname301.com&jobId={job}&&createType=modSan&add.sans=www.extra.example.net&product=alta");
    assert_eq!(api.signed(post(&modsan)).await.status(), 202);
    // Names already on the certificate are refused.
    let dup = format!(
        "cnameHostname=www.example.cname-hostname302.com&jobId={job}&createType=modSan&add.sans=www.example.net"
    );
    assert_eq!(api.signed(post(&dup)).await.status(), 400);
}
