//! A full DV flow, with a real challenge server on 127.0.0.1 that the emulator's validator
//! fetches from.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use sps_core::model::status::{DomainStatus, RequestStatus};
use sps_core::{CreateSpsRequest, GetSpsRequest, SpsRequest};
use sps_emulator::{Config, Durations};

use crate::support::*;

#[derive(Clone)]
enum Answer {
    Body(String),
    RedirectTo(String),
}

type Answers = Arc<Mutex<HashMap<String, Answer>>>;

async fn challenge(State(answers): State<Answers>, Path(token): Path<String>) -> Response {
    match answers.lock().unwrap().get(&token).cloned() {
        Some(Answer::Body(b)) => b.into_response(),
        Some(Answer::RedirectTo(url)) => Redirect::temporary(&url).into_response(),
        None => (http::StatusCode::NOT_FOUND, "not yet").into_response(),
    }
}

async fn challenge_server() -> (std::net::SocketAddr, Answers) {
    let answers: Answers = Arc::default();
    let app = axum::Router::new()
        .route("/.well-known/acme-challenge/{token}", axum::routing::get(challenge))
        .with_state(answers.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, answers)
}

async fn get(api: &Api, id: u64) -> SpsRequest {
    api.call(&GetSpsRequest::new(scope(), id).unwrap()).await.unwrap()
}

async fn wait_for(api: &Api, id: u64, what: impl Fn(&SpsRequest) -> bool) -> SpsRequest {
    let start = Instant::now();
    loop {
        let r = get(api, id).await;
        if what(&r) {
            return r;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "timed out: {r:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn dv_request(api: &Api) -> u64 {
    let form = String::from_utf8(reference("dv_san.form")).unwrap().replace("issuer=symantec&", "");
    api.call(&CreateSpsRequest::from_urlencoded(scope(), form.as_bytes()).unwrap()).await.unwrap().sps_id
}

#[tokio::test]
async fn full_dv_flow_with_served_and_redirected_challenges() {
    let (addr, answers) = challenge_server().await;
    let api = Api::start(Config { challenge_addr: Some(addr), ..manual_config() }).await;
    let d = Durations::default();
    let id = dv_request(&api).await;
    api.emulator.advance((d.queued + d.preparing) as i64);
    let r = get(&api, id).await;
    assert_eq!(*r.status.kind(), RequestStatus::AwaitingUser);
    let names: Vec<&str> = r.dv_status.iter().map(|d| d.domain_name.as_str()).collect();
    assert_eq!(names, ["www.example.com", "www.new-example.com", "www.example.net", "www.new-example.net"]);
    for dv in &r.dv_status {
        assert_eq!(*dv.status.kind(), DomainStatus::AwaitingUser);
        let token = dv.token.as_deref().unwrap();
        assert_eq!(
            dv.full_path.as_deref().unwrap(),
            format!("http://{}/.well-known/acme-challenge/{token}", dv.domain_name)
        );
        assert!(dv.response_body.as_deref().unwrap().starts_with(token));
    }

    // Nothing served yet: the validator keeps polling and nothing moves.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(*get(&api, id).await.status.kind(), RequestStatus::AwaitingUser);
    assert!(api.admin_state().await["requests"][0]["dv"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["status"] == "Awaiting user"));

    // Option 3 for three domains (serve the body), option 2 for the last (redirect to dcv).
    {
        let mut a = answers.lock().unwrap();
        let (last, rest) = r.dv_status.split_last().unwrap();
        for dv in rest {
            a.insert(dv.token.clone().unwrap(), Answer::Body(dv.response_body.clone().unwrap()));
        }
        a.insert(last.token.clone().unwrap(), Answer::RedirectTo(last.redirect_full_path.clone().unwrap()));
    }
    let r = wait_for(&api, id, |r| r.dv_status.iter().all(|d| *d.status.kind() == DomainStatus::PendingRa)).await;
    assert_eq!(*r.status.kind(), RequestStatus::PendingRa);
    api.emulator.advance(d.le_validation as i64);
    let r = get(&api, id).await;
    assert!(
        r.dv_status.iter().all(|d| *d.status.kind() == DomainStatus::Valid && d.validated_timestamp.is_some()),
        "{r:?}"
    );
    api.emulator.advance((d.deploying + d.edge_host) as i64 + 1);
    let r = get(&api, id).await;
    assert_eq!(*r.status.kind(), RequestStatus::Complete, "{r:?}");
}

#[tokio::test]
async fn a_wrong_answer_invalidates() {
    let (addr, answers) = challenge_server().await;
    let api = Api::start(Config { challenge_addr: Some(addr), ..manual_config() }).await;
    let d = Durations::default();
    let id = dv_request(&api).await;
    api.emulator.advance((d.queued + d.preparing) as i64);
    let r = get(&api, id).await;
    answers
        .lock()
        .unwrap()
        .insert(r.dv_status[0].token.clone().unwrap(), Answer::Body("not the key authorization".into()));
    let r = wait_for(&api, id, |r| r.status.kind().is_terminal()).await;
    assert_eq!(*r.status.kind(), RequestStatus::Invalid);
    assert_eq!(*r.dv_status[0].status.kind(), DomainStatus::Invalid);
    assert!(r.dv_status[0].error_message.as_deref().unwrap().contains("not the key authorization"));
}

#[tokio::test]
async fn auto_validate_skips_the_challenges() {
    let api = Api::start(Config { auto_validate: true, ..manual_config() }).await;
    let id = dv_request(&api).await;
    api.emulator.advance(all_stages(&Durations::default()));
    let r = get(&api, id).await;
    assert_eq!(*r.status.kind(), RequestStatus::Complete);
    assert!(r.dv_status.iter().all(|d| *d.status.kind() == DomainStatus::Valid));
}
