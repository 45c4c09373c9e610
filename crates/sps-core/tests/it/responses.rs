//! Every response sample of the reference (the broken one corrected, as NOTES says), and the
//! error bodies a proxy can produce.

use sps_core::model::status::{DomainStatus, RequestStatus, WorkflowProgress};
use sps_core::model::SpsRequest;
use sps_core::{CreateEdgeHost, CreateSpsRequest, Error, GetSpsRequest, ListSpsRequests, Operation};

use crate::support::*;

fn create() -> CreateSpsRequest {
    CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()
}

fn edge_host() -> CreateEdgeHost {
    CreateEdgeHost::from_urlencoded(scope(), &reference("edge_host_job.form")).unwrap()
}

#[test]
fn create_answers() {
    for name in
        ["create_202", "ov_san_create_202", "dv_san_create_202", "modsan_create_202", "post_response_members_202"]
    {
        let created = create().parse(&response(202, &reference(&format!("{name}.json")))).unwrap();
        assert_eq!(created.sps_id, 12345, "{name}");
        assert_eq!(created.job_id, Some(67890), "{name}: jobID read as job_id");
        assert_eq!(created.enrollment_id, Some(54321), "{name}");
        assert_eq!(
            created.resource_location.as_deref(),
            Some("/config-secure-provisioning-service/v1/sps-requests/12345")
        );
        assert_eq!(created.results.len(), 1);
    }
}

#[test]
fn create_validation_failure_is_an_error_that_keeps_the_id() {
    let body =
        String::from_utf8(reference("create_202.json")).unwrap().replace("\"SUCCESS\"", "\"VALIDATION_FAILURE\"");
    let err = create().parse(&response(202, body.as_bytes())).unwrap_err();
    let Error::Api(api) = err else { panic!("expected an API error, got {err:?}") };
    assert_eq!(api.status, 202);
    assert_eq!(api.sps_id, Some(12345));
    assert!(api.to_string().contains("VALIDATION_FAILURE"), "{api}");
}

#[test]
fn list_answer() {
    let list = ListSpsRequests::new(scope()).parse(&response(200, &reference("list_200.json"))).unwrap();
    assert_eq!(list.len(), 2);
    let first = &list[0];
    assert_eq!((first.sps_id, first.job_id, first.enrollment_id), (7890, Some(10110), Some(54321)));
    assert_eq!(*first.status.kind(), RequestStatus::Complete);
    assert_eq!(*first.workflow_progress.as_ref().unwrap().kind(), WorkflowProgress::Complete);
    assert_eq!(first.resource_url.as_deref(), Some("/sps/v1/sps_request/7890"));
    assert_eq!(first.parameters.0.len(), 29);
    assert_eq!(first.parameters.get("contractId"), Some("1-contract"));
    assert_eq!(first.parameters.get("issuer"), Some("geotrust"));
    assert_eq!(first.edge_hostname().as_deref(), Some("www.example.com.edgekey.net"));
    assert_eq!(list[1].sps_id, 2341);
}

#[test]
fn get_answers() {
    for (name, id) in [
        ("get_200", 7890),
        ("ov_san_get_200", 12345),
        ("modsan_get_200", 12345),
        ("retrieve_get_200", 12345),
        ("response_members_200", 12345),
    ] {
        let r = GetSpsRequest::new(scope(), id)
            .unwrap()
            .parse(&response(200, &reference(&format!("{name}.json"))))
            .unwrap();
        assert_eq!(r.sps_id, id, "{name}");
        assert!(r.status.kind().is_success(), "{name}");
    }
}

#[test]
fn dv_answers() {
    let op = GetSpsRequest::new(scope(), 12345).unwrap();
    for name in ["dv_san_get_awaiting_200", "data_model_dv_get_200"] {
        let r = op.parse(&response(200, &reference(&format!("{name}.json")))).unwrap();
        assert_eq!(*r.status.kind(), RequestStatus::CpsRunning);
        assert_eq!(r.dv_status.len(), 1);
        let dv = &r.dv_status[0];
        assert_eq!(*dv.status.kind(), DomainStatus::AwaitingUser);
        assert_eq!(dv.token.as_deref(), Some("xaUZ3KKOhYhuUlcWvRB5-H9qHe8Hyyi0aSmSeDGUnSc"));
        assert_eq!(
            dv.challenge_path().unwrap(),
            "/.well-known/acme-challenge/xaUZ3KKOhYhuUlcWvRB5-H9qHe8Hyyi0aSmSeDGUnSc"
        );
        assert!(dv.redirect_full_path.as_deref().unwrap().starts_with("http://dcv.akamai.com/"));
        assert_eq!(r.challenges_awaiting().count(), 1);
    }
    let with_params = op.parse(&response(200, &reference("data_model_dv_get_200.json"))).unwrap();
    assert_eq!(with_params.parameters.get("csr.cn"), Some("www.example.akamai.com"));
    // The fragment under "Option #3" is a request object on its own.
    let valid: SpsRequest = serde_json::from_slice(&reference("dv_san_valid_request_object.json")).unwrap();
    assert_eq!(*valid.dv_status[0].status.kind(), DomainStatus::Valid);
    assert_eq!(*valid.status.kind(), RequestStatus::Complete);
}

#[test]
fn the_uncorrected_sample_is_refused_with_a_path() {
    let broken = String::from_utf8(reference("data_model_dv_get_200.json"))
        .unwrap()
        .replace("\"All of your requested changes are complete.\",", "\"All of your requested changes are complete.\"");
    let err = GetSpsRequest::new(scope(), 12345).unwrap().parse(&response(200, broken.as_bytes())).unwrap_err();
    let Error::Decode(d) = err else { panic!("expected a decode error") };
    assert!(d.message.contains("expected `,` or `}`"), "{d}");
    assert!(d.body.contains("dvStatus"));
}

#[test]
fn edge_host_answers_in_both_forms() {
    for (name, id) in
        [("edge_host_202_object", 24660), ("edge_host_enrollment_202", 24660), ("edge_host_202_array", 12345)]
    {
        let created = edge_host().parse(&response(202, &reference(&format!("{name}.json")))).unwrap();
        assert_eq!(created.sps_id, id, "{name}");
        assert!(created.resource_location.unwrap().ends_with(&id.to_string()));
    }
    assert!(matches!(edge_host().parse(&response(202, b"[]")), Err(Error::Decode(_))));
}

#[test]
fn error_bodies() {
    let err = create().parse(&response(400, &reference("error_400.json"))).unwrap_err();
    let Error::Api(api) = err else { panic!() };
    assert_eq!(api.status, 400);
    assert_eq!(api.invalid_items.len(), 1);
    assert_eq!(api.invalid_items[0].field.as_deref(), Some("csr.cn"));
    assert_eq!(api.sps_id, Some(2430));
    insta::assert_snapshot!(api.to_string(), @"SPS refused the request: HTTP 400 Bad Request (spsId 2430); csr.cn: The requested CN www.example.com is currently active. Please call your akamai contact for further assistance.");

    let html = response(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>");
    let Error::Api(api) = ListSpsRequests::new(scope()).parse(&html).unwrap_err() else { panic!() };
    assert!(api.invalid_items.is_empty());
    assert!(api.body.contains("502 Bad Gateway"));

    let Error::Api(api) = ListSpsRequests::new(scope()).parse(&response(500, b"")).unwrap_err() else { panic!() };
    assert_eq!(api.to_string(), "SPS refused the request: HTTP 500 Internal Server Error");
    assert!(api.hint().is_some());

    let problem = br#"{"type":"https://problems.luna.akamaiapis.net/-/pep-authn/deny","title":"Not authorized","status":401,"detail":"The signature does not match"}"#;
    let Error::Api(api) = ListSpsRequests::new(scope()).parse(&response(401, problem)).unwrap_err() else { panic!() };
    assert_eq!(api.invalid_items[0].validation_description.as_deref(), Some("The signature does not match"));
    assert!(api.hint().unwrap().contains("clock"));
}

#[test]
fn rate_limit_headers_are_kept() {
    let r = http::Response::builder()
        .status(429)
        .header("Retry-After", "7")
        .header("Akamai-RateLimit-Next", "2026-12-04T20:00:07Z")
        .header("Date", "Fri, 04 Dec 2026 20:00:00 GMT")
        .body(Vec::new())
        .unwrap();
    let Error::Api(api) = ListSpsRequests::new(scope()).parse(&r).unwrap_err() else { panic!() };
    assert_eq!(api.rate_limit.retry_after.as_deref(), Some("7"));
    assert_eq!(api.rate_limit.next.as_deref(), Some("2026-12-04T20:00:07Z"));
    assert_eq!(api.rate_limit.date.as_deref(), Some("Fri, 04 Dec 2026 20:00:00 GMT"));
}

#[test]
fn tolerant_parsing() {
    let body = br#"{"requestList":[{"spsId":"42","jobID":"7","status":"awaiting USER","workflowProgress":"Something new","newField":{"x":1},"dvStatus":null,"parameters":[{"name":"csr.sans","value":"a.example.com"},{"name":"csr.sans","value":"b.example.com"},{"name":"n","value":5}]}]}"#;
    let r = GetSpsRequest::new(scope(), 42).unwrap().parse(&response(200, body)).unwrap();
    assert_eq!(r.job_id, Some(7));
    assert_eq!(*r.status.kind(), RequestStatus::AwaitingUser);
    assert_eq!(r.status.as_str(), "awaiting USER");
    assert_eq!(*r.workflow_progress.unwrap().kind(), WorkflowProgress::Unknown("Something new".into()));
    assert_eq!(r.parameters.get_all("csr.sans").collect::<Vec<_>>(), ["a.example.com", "b.example.com"]);
    assert_eq!(r.parameters.get("n"), Some("5"));
    let empty = GetSpsRequest::new(scope(), 42).unwrap().parse(&response(200, br#"{"requestList":[]}"#));
    assert!(matches!(empty, Err(Error::Decode(d)) if d.path == "requestList"));
    let bad_id = ListSpsRequests::new(scope()).parse(&response(200, br#"{"requestList":[{"spsId":"x"}]}"#));
    assert!(matches!(bad_id, Err(Error::Decode(d)) if d.path == "requestList[0].spsId"), "path kept");
}

#[test]
fn json_output_uses_api_names() {
    let list = ListSpsRequests::new(scope()).parse(&response(200, &reference("get_200.json"))).unwrap();
    let json = serde_json::to_value(&list[0]).unwrap();
    assert_eq!(json["spsId"], 7890);
    assert_eq!(json["jobId"], 10110);
    assert_eq!(json["status"], "SPS Request Complete");
}
