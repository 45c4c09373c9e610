//! The exact HTTP request of every operation, for every example of the reference, signed
//! with fixed credentials, time and nonce.

use sps_core::edgegrid::sign_request;
use sps_core::{CreateEdgeHost, CreateSpsRequest, GetSpsRequest, ListSpsRequests, Operation, UtcTime};

use crate::support::*;

fn signed<O: Operation>(op: &O) -> String {
    let mut request = op.to_http(&endpoint());
    sign_request(&credentials(), &mut request, &timestamp(), &nonce()).unwrap();
    render(&request)
}

fn with_warnings(rendered: String, warnings: &[sps_core::Warning]) -> String {
    let w: Vec<String> = warnings.iter().map(|w| format!("warning: {w}")).collect();
    format!("{rendered}\n---\n{}", w.join("\n"))
}

#[test]
fn create_ov_san() {
    let op = CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap();
    insta::assert_snapshot!(with_warnings(signed(&op), op.warnings()));
}

#[test]
fn create_dv_san() {
    let op = CreateSpsRequest::from_urlencoded(scope(), &reference("dv_san.form")).unwrap();
    assert_eq!(op.warnings()[0].field, "issuer");
    insta::assert_snapshot!(with_warnings(signed(&op), op.warnings()));
}

#[test]
fn create_mod_san() {
    let op = CreateSpsRequest::from_urlencoded(scope(), &reference("modsan.form")).unwrap();
    insta::assert_snapshot!(with_warnings(signed(&op), op.warnings()));
}

#[test]
fn create_with_account_switch_key() {
    let scope = scope().with_account_switch_key("1-ABCD:Z-XYZ").unwrap();
    let op = CreateSpsRequest::from_urlencoded(scope, &reference("modsan.form")).unwrap();
    let request = op.to_http(&endpoint());
    assert!(request.uri().to_string().ends_with("?contractId=11754&groupId=1001&accountSwitchKey=1-ABCD%3AZ-XYZ"));
}

#[test]
fn list_with_after_and_information() {
    let after = UtcTime::parse_api("2014-07-08T16:27:06Z").unwrap();
    let op = ListSpsRequests::new(scope()).after(after).information(false);
    insta::assert_snapshot!(signed(&op));
}

#[test]
fn list_plain() {
    insta::assert_snapshot!(signed(&ListSpsRequests::new(scope())));
}

#[test]
fn get_one() {
    let op = GetSpsRequest::new(scope(), 1406).unwrap().information(false);
    insta::assert_snapshot!(signed(&op));
}

#[test]
fn get_plain_path_is_plural() {
    let op = GetSpsRequest::new(scope(), 12345).unwrap();
    assert_eq!(op.to_http(&endpoint()).uri().path(), "/config-secure-provisioning-service/v1/sps-requests/12345");
}

#[test]
fn edge_host_by_job() {
    let op = CreateEdgeHost::from_urlencoded(scope(), &reference("edge_host_job.form")).unwrap();
    insta::assert_snapshot!(with_warnings(signed(&op), op.warnings()));
}

#[test]
fn edge_host_by_enrollment() {
    let op = CreateEdgeHost::from_urlencoded(scope(), &reference("edge_host_enrollment.form")).unwrap();
    insta::assert_snapshot!(with_warnings(signed(&op), op.warnings()));
}

#[test]
fn edge_host_by_enrollment_ipv4() {
    let op = CreateEdgeHost::from_urlencoded(scope(), &reference("edge_host_enrollment_ipv4.form")).unwrap();
    insta::assert_snapshot!(with_warnings(signed(&op), op.warnings()));
}

#[test]
fn idempotency() {
    assert!(ListSpsRequests::new(scope()).is_idempotent());
    assert!(GetSpsRequest::new(scope(), 1).unwrap().is_idempotent());
    assert!(!CreateSpsRequest::from_urlencoded(scope(), &reference("modsan.form")).unwrap().is_idempotent());
    assert!(!CreateEdgeHost::from_urlencoded(scope(), &reference("edge_host_job.form")).unwrap().is_idempotent());
}
