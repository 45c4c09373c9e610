//! The call state machine with fake time, fake nonces and canned answers.

use std::time::Duration;

use sps_core::call::{Call, Env, Input, Step};
use sps_core::edgegrid::Nonce;
use sps_core::retry::RetryPolicy;
use sps_core::{CreateSpsRequest, Error, GetSpsRequest, Operation, TransportError, TransportErrorKind};

use crate::support::*;

fn env(now_ms: i64, n: u32) -> Env {
    Env { now_ms, nonce: Nonce::new(format!("nonce-{n}")).unwrap(), jitter: 0.5 }
}

fn sent<T: std::fmt::Debug>(step: Step<T>) -> http::Request<Vec<u8>> {
    match step {
        Step::Send(r) => r,
        other => panic!("expected Send, got {other:?}"),
    }
}

fn with_headers(status: u16, headers: &[(&str, &str)], body: &[u8]) -> http::Response<Vec<u8>> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(body.to_vec()).unwrap()
}

const NOW: i64 = 1_796_414_400_000;

#[test]
fn a_get_is_retried_after_500_with_a_new_signature() {
    let creds = credentials();
    let policy = RetryPolicy::default();
    let op = GetSpsRequest::new(scope(), 12345).unwrap();
    let mut call = Call::new(&op, &creds, &policy);
    let first = sent(call.next(Input::Start, env(NOW, 1)));
    let step = call.next(Input::Response(response(500, b"")), env(NOW, 2));
    assert!(matches!(step, Step::Sleep(d) if d == Duration::from_millis(375)), "{step:?}");
    let second = sent(call.next(Input::Slept, env(NOW + 1000, 3)));
    assert_ne!(first.headers()["authorization"], second.headers()["authorization"], "signed afresh");
    let step = call.next(Input::Response(response(200, &reference("get_200.json"))), env(NOW, 4));
    assert!(matches!(step, Step::Done(Ok(r)) if r.sps_id == 7890));
    assert_eq!(call.attempts(), 2);
}

#[test]
fn retry_after_and_rate_limit_next_are_honoured() {
    let creds = credentials();
    let policy = RetryPolicy::default();
    let op = GetSpsRequest::new(scope(), 1).unwrap();
    let cases: &[(&[(&str, &str)], Duration)] = &[
        (&[("retry-after", "7")], Duration::from_secs(7)),
        (
            &[("retry-after", "Fri, 04 Dec 2026 20:00:04 GMT"), ("date", "Fri, 04 Dec 2026 20:00:00 GMT")],
            Duration::from_secs(4),
        ),
        (
            &[("akamai-ratelimit-next", "2026-12-04T20:00:02Z"), ("date", "Fri, 04 Dec 2026 20:00:00 GMT")],
            Duration::from_secs(2),
        ),
        (
            &[("x-ratelimit-next", "2026-12-04T20:00:01.500Z"), ("date", "Fri, 04 Dec 2026 20:00:00 GMT")],
            Duration::from_millis(1500),
        ),
    ];
    for (headers, expected) in cases {
        let mut call = Call::new(&op, &creds, &policy);
        sent(call.next(Input::Start, env(NOW, 1)));
        let step = call.next(Input::Response(with_headers(429, headers, b"")), env(NOW, 2));
        assert!(matches!(step, Step::Sleep(d) if d == *expected), "{headers:?}: {step:?}");
    }
    // A hint beyond the policy's patience ends the call with the error.
    let mut call = Call::new(&op, &creds, &policy);
    sent(call.next(Input::Start, env(NOW, 1)));
    let step = call.next(Input::Response(with_headers(429, &[("retry-after", "3600")], b"")), env(NOW, 2));
    assert!(matches!(step, Step::Done(Err(Error::Api(e))) if e.status == 429));
}

#[test]
fn attempts_are_bounded_and_client_errors_are_final() {
    let creds = credentials();
    let policy = RetryPolicy { max_attempts: 3, ..RetryPolicy::default() };
    let op = GetSpsRequest::new(scope(), 1).unwrap();
    let mut call = Call::new(&op, &creds, &policy);
    let mut input = Input::Start;
    let mut sends = 0;
    let result = loop {
        match call.next(input, env(NOW, sends)) {
            Step::Send(_) => {
                sends += 1;
                input = Input::Failed(TransportError::new(TransportErrorKind::Timeout, "timed out"));
            }
            Step::Sleep(_) => input = Input::Slept,
            Step::Done(r) => break r,
        }
    };
    assert_eq!(sends, 3);
    assert!(matches!(result, Err(Error::Transport(t)) if t.kind == TransportErrorKind::Timeout));
    let mut call = Call::new(&op, &creds, &policy);
    sent(call.next(Input::Start, env(NOW, 1)));
    assert!(matches!(call.next(Input::Response(response(404, b"")), env(NOW, 2)), Step::Done(Err(_))));
}

fn create() -> CreateSpsRequest {
    CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()
}

#[test]
fn a_post_is_resent_only_when_it_never_left() {
    let creds = credentials();
    let policy = RetryPolicy::default();
    let op = create();
    let mut call = Call::new(&op, &creds, &policy);
    sent(call.next(Input::Start, env(NOW, 1)));
    let step = call.next(Input::Failed(TransportError::new(TransportErrorKind::Connect, "refused")), env(NOW, 2));
    assert!(matches!(step, Step::Sleep(_)));
    assert_eq!(sent(call.next(Input::Slept, env(NOW, 3))).method(), "POST");
    // A 500 is an answer: not resent.
    let step = call.next(Input::Response(response(500, b"")), env(NOW, 4));
    assert!(matches!(step, Step::Done(Err(Error::Api(e))) if e.status == 500));
    // A 429 did not act: resent after the hint.
    let mut call = Call::new(&op, &creds, &policy);
    sent(call.next(Input::Start, env(NOW, 1)));
    assert!(matches!(
        call.next(Input::Response(with_headers(429, &[("retry-after", "1")], b"")), env(NOW, 2)),
        Step::Sleep(_)
    ));
}

fn echo_list(sps_id: u64, pairs: &[(String, String)]) -> Vec<u8> {
    let params: Vec<serde_json::Value> =
        pairs.iter().map(|(k, v)| serde_json::json!({"name": k, "value": v})).collect();
    serde_json::to_vec(&serde_json::json!({"requestList": [
        {"spsId": sps_id - 1, "status": "Pending", "parameters": [{"name": "cnameHostname", "value": "other.example.com"}]},
        {"spsId": sps_id, "jobId": 55, "enrollmentId": 66, "status": "Pending", "resourceUrl": "/r", "parameters": params},
    ]}))
    .unwrap()
}

#[test]
fn a_lost_post_answer_is_recovered_by_listing() {
    let creds = credentials();
    let policy = RetryPolicy::default();
    let op = create();
    let mut call = Call::new(&op, &creds, &policy);
    sent(call.next(Input::Start, env(NOW, 1)));
    let lost = TransportError::new(TransportErrorKind::ConnectionLost, "connection reset");
    let list = sent(call.next(Input::Failed(lost), env(NOW + 2000, 2)));
    assert_eq!(list.method(), "GET");
    let q = list.uri().query().unwrap();
    assert!(q.contains("after=2026-12-04T19%3A55%3A00Z") && q.contains("information=true"), "{q}");
    let mut echoed = op.form().to_pairs();
    echoed.push(("contractId".into(), "11754".into()));
    let step = call.next(Input::Response(response(200, &echo_list(777, &echoed))), env(NOW + 3000, 3));
    let Step::Done(Ok(created)) = step else { panic!("{step:?}") };
    assert_eq!(
        (created.sps_id, created.job_id, created.enrollment_id, created.recovered),
        (777, Some(55), Some(66), true)
    );
}

#[test]
fn a_lost_post_that_cannot_be_found_is_an_unknown_outcome() {
    let creds = credentials();
    let policy = RetryPolicy::default();
    let op = create();
    let mut call = Call::new(&op, &creds, &policy);
    sent(call.next(Input::Start, env(NOW, 1)));
    sent(call.next(Input::Failed(TransportError::new(TransportErrorKind::Timeout, "timed out")), env(NOW, 2)));
    let step =
        call.next(Input::Response(response(200, &echo_list(5, &[("cnameHostname".into(), "x".into())]))), env(NOW, 3));
    let Step::Done(Err(Error::OutcomeUnknown(u))) = step else { panic!("{step:?}") };
    let text = u.to_string();
    assert!(
        text.contains("sent at 2026-12-04T20:00:00Z")
            && text.contains("sps list --after 2026-12-04T19:55:00Z --information"),
        "{text}"
    );
    assert_eq!(call.attempts(), 1, "never resent");
}

#[test]
fn the_account_key_of_the_credentials_is_added() {
    let mut creds = credentials();
    creds.account_key = Some("1-ABCD:Z-XYZ".into());
    let policy = RetryPolicy::default();
    let op = GetSpsRequest::new(scope(), 1).unwrap();
    let mut call = Call::new(&op, &creds, &policy);
    let r = sent(call.next(Input::Start, env(NOW, 1)));
    assert!(r.uri().query().unwrap().ends_with("&accountSwitchKey=1-ABCD%3AZ-XYZ"));
    assert!(op.is_idempotent());
}
