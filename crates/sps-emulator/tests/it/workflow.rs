//! The simulated workflow: statuses and the six workflowProgress sentences, edge hostnames
//! in use, modSan.

use sps_core::model::status::{RequestStatus, WorkflowProgress};
use sps_core::{CreateEdgeHost, CreateSpsRequest, EdgeHostForm, GetSpsRequest, SpsRequest};
use sps_emulator::Durations;

use crate::support::*;

async fn get(api: &Api, id: u64) -> SpsRequest {
    api.call(&GetSpsRequest::new(scope(), id).unwrap()).await.unwrap()
}

#[tokio::test]
async fn ov_request_walks_every_stage() {
    let api = Api::start(manual_config()).await;
    let d = Durations::default();
    let id =
        api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap().sps_id;
    let mut seen = vec![];
    let steps = [d.queued, d.preparing, d.ca_ov, d.acknowledgement, d.deploying, d.edge_host];
    let r = get(&api, id).await;
    seen.push((r.status.kind().clone(), r.workflow_progress.unwrap().kind().clone()));
    for step in steps {
        api.emulator.advance(step as i64);
        let r = get(&api, id).await;
        seen.push((r.status.kind().clone(), r.workflow_progress.unwrap().kind().clone()));
    }
    use RequestStatus as S;
    use WorkflowProgress as W;
    assert_eq!(
        seen,
        vec![
            (S::Pending, W::WaitingToBegin),
            (S::CpsRunning, W::Preparing),
            (S::CpsRunning, W::WaitingForCa),
            (S::CpsRunning, W::AwaitingAcknowledgement),
            (S::CpsRunning, W::Deploying),
            (S::CpsRunning, W::Deploying),
            (S::Complete, W::Complete),
        ]
    );
    let state = api.admin_state().await;
    assert_eq!(state["edgeHosts"][0]["edgeHostname"], "www.example.cname-hostname300.com.edgekey.net");
    assert_eq!(state["edgeHosts"][0]["state"], "created");
}

#[tokio::test]
async fn an_edge_hostname_in_use_keeps_the_certificate() {
    let api = Api::start(manual_config()).await;
    let d = Durations::default();
    let first =
        api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap();
    api.emulator.advance(all_stages(&d));
    let again =
        CreateEdgeHost::new(scope(), EdgeHostForm::for_job("www.example.cname-hostname300.com", first.job_id.unwrap()))
            .unwrap();
    let second = api.call(&again).await.unwrap();
    api.emulator.advance(all_stages(&d));
    let r = get(&api, second.sps_id).await;
    assert_eq!(*r.status.kind(), RequestStatus::EdgeHostInUse, "{}", r.status);
    assert!(r.status.kind().is_success());
    assert_eq!(r.enrollment_id, first.enrollment_id, "certificate kept");
    let fresh = CreateEdgeHost::new(
        scope(),
        EdgeHostForm::for_enrollment("www.fresh.example.com", first.enrollment_id.unwrap()),
    )
    .unwrap();
    let third = api.call(&fresh).await.unwrap();
    api.emulator.advance(all_stages(&d));
    assert_eq!(*get(&api, third.sps_id).await.status.kind(), RequestStatus::Complete);
}

#[tokio::test]
async fn mod_san_adds_names_to_the_certificate() {
    let api = Api::start(manual_config()).await;
    let d = Durations::default();
    let first =
        api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap();
    api.emulator.advance(all_stages(&d));
    let form = format!(
        "cnameHostname=www.added.example.com&jobId={}&createType=modSan&add.sans=www.added.example.com",
        first.job_id.unwrap()
    );
    let modsan = api.call(&CreateSpsRequest::from_urlencoded(scope(), form.as_bytes()).unwrap()).await.unwrap();
    assert_eq!(modsan.enrollment_id, first.enrollment_id);
    assert_ne!(modsan.job_id, first.job_id);
    api.emulator.advance(all_stages(&d));
    assert_eq!(*get(&api, modsan.sps_id).await.status.kind(), RequestStatus::Complete);
    let state = api.admin_state().await;
    let sans: Vec<&str> =
        state["certificates"][0]["sans"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert!(sans.contains(&"www.added.example.com"), "{sans:?}");
    assert_eq!(state["certificates"][0]["jobId"], modsan.job_id.unwrap());
}

#[tokio::test]
async fn the_clock_runs_at_the_time_scale() {
    let api = Api::start(sps_emulator::Config { time_scale: 100_000.0, ..Default::default() }).await;
    let id =
        api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap().sps_id;
    let started = std::time::Instant::now();
    loop {
        if *get(&api, id).await.status.kind() == RequestStatus::Complete {
            break;
        }
        assert!(started.elapsed().as_secs() < 10, "did not finish at 100000x");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}
