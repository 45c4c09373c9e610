//! Faults on demand.

use sps_core::{CreateSpsRequest, Error, ListSpsRequests, Operation};
use sps_emulator::{Faults, RetryAfterForm};

use crate::support::*;

#[tokio::test]
async fn server_errors_and_rate_limits_in_each_form() {
    let api = Api::start(manual_config()).await;
    api.emulator.set_faults(Faults { fail_next: 1, ..Faults::default() });
    let r = api.call(&ListSpsRequests::new(scope())).await;
    assert!(matches!(&r, Err(Error::Api(e)) if e.status == 500), "{r:?}");
    assert!(api.call(&ListSpsRequests::new(scope())).await.is_ok(), "only the next call fails");

    for form in [RetryAfterForm::Seconds, RetryAfterForm::HttpDate, RetryAfterForm::RateLimitNext] {
        api.emulator.set_faults(Faults {
            rate_limit_next: 1,
            retry_after_form: form,
            retry_after_seconds: 3,
            ..Faults::default()
        });
        let Err(Error::Api(e)) = api.call(&ListSpsRequests::new(scope())).await else { panic!("expected 429") };
        assert_eq!(e.status, 429);
        assert!(e.rate_limit.date.is_some());
        match form {
            RetryAfterForm::Seconds => assert_eq!(e.rate_limit.retry_after.as_deref(), Some("3")),
            RetryAfterForm::HttpDate => assert!(e.rate_limit.retry_after.as_deref().unwrap().ends_with(" GMT")),
            RetryAfterForm::RateLimitNext => assert!(e.rate_limit.next.as_deref().unwrap().ends_with('Z')),
        }
    }
    let log = api.emulator.log();
    assert_eq!(log.iter().filter(|l| l.fault.is_some()).count(), 4);
}

#[tokio::test]
async fn a_dropped_connection_after_commit_loses_the_answer_not_the_request() {
    let api = Api::start(manual_config()).await;
    api.emulator.set_faults(Faults { drop_after_commit_next: 1, ..Faults::default() });
    let op = CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap();
    let mut request = op.to_http(&api.endpoint);
    sps_core::edgegrid::sign_request(
        &api.creds,
        &mut request,
        &sps_core::edgegrid::Timestamp::from_unix(now()).unwrap(),
        &fresh_nonce(),
    )
    .unwrap();
    let sent = api.send_raw(request).await;
    assert!(sent.is_err(), "no answer: {sent:?}");
    let list = api.call(&ListSpsRequests::new(scope()).information(true)).await.unwrap();
    assert_eq!(list.len(), 1, "the request was committed");
    assert_eq!(list[0].parameters.get("cnameHostname"), Some("www.example.cname-hostname300.com"));
}

#[tokio::test]
async fn latency_and_odd_casing() {
    let api = Api::start(manual_config()).await;
    api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap();
    api.emulator.set_faults(Faults { latency_ms: 150, odd_casing: true, ..Faults::default() });
    let start = std::time::Instant::now();
    let a = api.call(&ListSpsRequests::new(scope())).await.unwrap();
    let b = api.call(&ListSpsRequests::new(scope())).await.unwrap();
    assert!(start.elapsed().as_millis() >= 300);
    let spellings = [a[0].status.as_str().to_string(), b[0].status.as_str().to_string()];
    assert!(spellings.contains(&"PENDING".to_string()) && spellings.contains(&"pending".to_string()), "{spellings:?}");
    assert_eq!(a[0].status.kind(), b[0].status.kind());
}

#[tokio::test]
async fn faults_can_be_set_over_http() {
    let api = Api::start(manual_config()).await;
    let url = format!("{}/_emulator/faults", api.emulator.base_url());
    let r = api.http.put(&url).body(r#"{"fail_next": 2}"#).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let bad = api.http.put(&url).body(r#"{"fail_nxt": 2}"#).send().await.unwrap();
    assert_eq!(bad.status(), 400);
    for _ in 0..2 {
        assert!(matches!(api.call(&ListSpsRequests::new(scope())).await, Err(Error::Api(e)) if e.status == 500));
    }
    assert!(api.call(&ListSpsRequests::new(scope())).await.is_ok());
    let op = ListSpsRequests::new(scope());
    assert!(op.is_idempotent());
}

#[tokio::test]
async fn faults_hit_only_authenticated_calls_of_the_api() {
    let api = Api::start(manual_config()).await;
    api.emulator.set_faults(Faults { error_rate: 1.0, ..Faults::default() });
    let url = format!(
        "{}/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001",
        api.emulator.base_url()
    );
    // Unsigned: refused before the service, so a 401 and no fault drawn.
    let unsigned = api.http.get(&url).send().await.unwrap();
    assert_eq!(unsigned.status(), 401);
    // Signed, a method the API does not serve: its 405.
    let patch = api.signed(http::Request::patch(&url).body(Vec::new()).unwrap()).await;
    assert_eq!(patch.status(), 405);
    // Signed GET: the fault.
    assert_eq!(
        api.get_path("/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001")
            .await
            .status(),
        500
    );
    let faults: Vec<_> = api.emulator.log().into_iter().map(|l| l.fault).collect();
    assert_eq!(faults, [None, None, Some("500".to_string())]);
}
