//! The scenarios, generic over the transport.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sps_core::client::ClientOptions;
use sps_core::model::status::RequestStatus;
use sps_core::retry::RetryPolicy;
use sps_core::wait::{WaitOptions, WaitReason};
use sps_core::{
    CreateEdgeHost, CreateSpsRequest, EdgeHostForm, Error, GetSpsRequest, ListSpsRequests, Scope, TransportErrorKind,
};
use sps_emulator::{BlockingEmulator, Config, Durations, Faults, RetryAfterForm};
use sps_tests::{credentials, Driver};

fn scope() -> Scope {
    Scope::new("11754", "1001").unwrap()
}

fn form(n: usize) -> Vec<u8> {
    let base = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../crates/sps-core/tests/data/reference/ov_san.form"
    ))
    .unwrap();
    base.replace("csr.cn=www.example.com", &format!("csr.cn=www{n}.example.com"))
        .replace(
            "cnameHostname=www.example.cname-hostname300.com",
            &format!("cnameHostname=www{n}.example.cname-hostname300.com"),
        )
        .into_bytes()
}

fn create(n: usize) -> CreateSpsRequest {
    CreateSpsRequest::from_urlencoded(scope(), &form(n)).unwrap()
}

fn fast_retries() -> ClientOptions {
    ClientOptions {
        retry: RetryPolicy {
            base_delay: Duration::from_millis(20),
            max_delay: Duration::from_millis(200),
            ..RetryPolicy::default()
        },
        timeout: Duration::from_secs(10),
        ..ClientOptions::default()
    }
}

fn setup<D: Driver>(config: Config, options: ClientOptions) -> (BlockingEmulator, D) {
    let emulator = BlockingEmulator::start(config).unwrap();
    let driver = D::connect(credentials(&emulator), options);
    (emulator, driver)
}

fn manual() -> Config {
    Config { time_scale: 0.0, seed: Some(1), ..Config::default() }
}

fn api_calls(emulator: &BlockingEmulator, method: &str) -> usize {
    emulator.log().iter().filter(|l| l.method == method).count()
}

pub fn happy_paths<D: Driver>() {
    let (emu, d) = setup::<D>(manual(), fast_retries());
    let created = d.send(&create(1)).unwrap();
    assert!(!created.recovered);
    let got = d.send(&GetSpsRequest::new(scope(), created.sps_id).unwrap().information(true)).unwrap();
    assert_eq!(got.job_id, created.job_id, "{}", D::NAME);
    assert_eq!(got.parameters.get("csr.cn"), Some("www1.example.com"));
    emu.advance(Durations::default().queued as i64 + 1);
    let list = d.send(&ListSpsRequests::new(scope())).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(*list[0].status.kind(), RequestStatus::CpsRunning);
    let edge = d
        .send(
            &CreateEdgeHost::new(
                scope(),
                EdgeHostForm::for_enrollment("www.edge.example.com", created.enrollment_id.unwrap()),
            )
            .unwrap(),
        )
        .unwrap();
    let modsan_form = format!(
        "cnameHostname=www.more.example.com&jobId={}&createType=modSan&add.sans=www.more.example.com",
        created.job_id.unwrap()
    );
    let modsan = d.send(&CreateSpsRequest::from_urlencoded(scope(), modsan_form.as_bytes()).unwrap()).unwrap();
    assert_eq!(modsan.enrollment_id, created.enrollment_id);
    emu.advance(100_000);
    let mut events = Vec::new();
    let outcome = d
        .wait(
            &scope(),
            &[created.sps_id, edge.sps_id, modsan.sps_id],
            WaitOptions { interval: Duration::from_millis(10), ..WaitOptions::default() },
            &mut events,
        )
        .unwrap();
    assert_eq!(outcome.reason, WaitReason::Finished);
    assert!(outcome.requests.iter().all(|r| *r.status.kind() == RequestStatus::Complete), "{:?}", outcome.requests);
    assert_eq!(events.len(), 3);
}

pub fn server_error_then_success<D: Driver>() {
    let (emu, d) = setup::<D>(manual(), fast_retries());
    emu.set_faults(Faults { fail_next: 2, ..Faults::default() });
    assert!(d.send(&ListSpsRequests::new(scope())).unwrap().is_empty());
    assert_eq!(api_calls(&emu, "GET"), 3);
    // A POST answered 500 is not resent.
    emu.set_faults(Faults { fail_next: 1, ..Faults::default() });
    let err = d.send(&create(1)).unwrap_err();
    assert!(matches!(&err, Error::Api(e) if e.status == 500), "{err}");
    assert_eq!(api_calls(&emu, "POST"), 1);
}

pub fn rate_limits_in_each_header_form<D: Driver>() {
    let (emu, d) = setup::<D>(manual(), fast_retries());
    for form in [RetryAfterForm::Seconds, RetryAfterForm::HttpDate, RetryAfterForm::RateLimitNext] {
        emu.set_faults(Faults {
            rate_limit_next: 1,
            retry_after_form: form,
            retry_after_seconds: 1,
            ..Faults::default()
        });
        let started = Instant::now();
        d.send(&ListSpsRequests::new(scope())).unwrap();
        // The hint is a whole second; with HTTP-dates it is measured between whole seconds.
        assert!(
            started.elapsed() >= Duration::from_millis(if form == RetryAfterForm::Seconds { 950 } else { 1 }),
            "{form:?} honoured"
        );
    }
    // A rate-limited POST did not act, so it is sent again.
    emu.set_faults(Faults { rate_limit_next: 1, retry_after_seconds: 1, ..Faults::default() });
    d.send(&create(1)).unwrap();
    assert_eq!(api_calls(&emu, "POST"), 2);
    assert_eq!(d.send(&ListSpsRequests::new(scope())).unwrap().len(), 1);
}

pub fn dropped_connection_after_commit_is_recovered<D: Driver>() {
    let (emu, d) = setup::<D>(manual(), fast_retries());
    emu.set_faults(Faults { drop_after_commit_next: 1, ..Faults::default() });
    let created = d.send(&create(1)).unwrap();
    assert!(created.recovered, "{}", D::NAME);
    assert!(created.job_id.is_some() && created.enrollment_id.is_some());
    let all = d.send(&ListSpsRequests::new(scope())).unwrap();
    assert_eq!(all.len(), 1, "exactly one request on the server");
    assert_eq!(all[0].sps_id, created.sps_id);
    assert_eq!(api_calls(&emu, "POST"), 1, "never resent");
    // The same for an edge hostname.
    emu.set_faults(Faults { drop_after_commit_next: 1, ..Faults::default() });
    let edge = d
        .send(
            &CreateEdgeHost::new(scope(), EdgeHostForm::for_job("www.e.example.com", created.job_id.unwrap())).unwrap(),
        )
        .unwrap();
    assert!(edge.recovered);
    assert_eq!(d.send(&ListSpsRequests::new(scope())).unwrap().len(), 2);
}

pub fn timeouts_leave_an_unknown_outcome_and_no_duplicate<D: Driver>() {
    let options = ClientOptions {
        timeout: Duration::from_millis(300),
        retry: RetryPolicy { max_attempts: 2, base_delay: Duration::from_millis(10), ..RetryPolicy::default() },
        ..ClientOptions::default()
    };
    let (emu, d) = setup::<D>(manual(), options);
    emu.set_faults(Faults { latency_ms: 1000, ..Faults::default() });
    let err = d.send(&ListSpsRequests::new(scope())).unwrap_err();
    assert!(matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Timeout), "{}: {err}", D::NAME);
    let err = d.send(&create(1)).unwrap_err();
    let Error::OutcomeUnknown(u) = &err else { panic!("{}: {err}", D::NAME) };
    assert!(u.to_string().contains("sps list --after"), "{u}");
    emu.set_faults(Faults::default());
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(api_calls(&emu, "POST"), 1, "the create was sent once");
    assert!(d.send(&ListSpsRequests::new(scope())).unwrap().len() <= 1, "no duplicate");
}

pub fn waiting_on_several_uses_one_list_per_round<D: Driver>() {
    let (emu, d) = setup::<D>(Config { time_scale: 20_000.0, ..Config::default() }, fast_retries());
    let ids: Vec<u64> = (1..=5).map(|n| d.send(&create(n)).unwrap().sps_id).collect();
    let before = api_calls(&emu, "GET");
    let mut events = Vec::new();
    let options = WaitOptions {
        interval: Duration::from_millis(40),
        max_interval: Duration::from_millis(40),
        timeout: Duration::from_secs(20),
        stop_on_user_action: false,
        until_validated: false,
    };
    let outcome = d.wait(&scope(), &ids, options, &mut events).unwrap();
    assert_eq!(outcome.reason, WaitReason::Finished);
    assert_eq!(outcome.requests.len(), 5);
    let gets = api_calls(&emu, "GET") - before;
    assert_eq!(gets as u32, outcome.polls, "one list call per round, whatever the number of requests");
    assert!(emu.log().iter().skip(5).all(|l| !l.path.contains("/sps-requests/")), "no per-request gets");
    assert!(events.len() >= 10, "status changes reported: {}", events.len());
    // One request: a get per round.
    let one = d.send(&create(9)).unwrap().sps_id;
    let mut events = Vec::new();
    d.wait(&scope(), &[one], options_quick(), &mut events).unwrap();
    assert!(emu.log().last().unwrap().path.contains(&format!("/sps-requests/{one}")));
}

fn options_quick() -> WaitOptions {
    WaitOptions {
        interval: Duration::from_millis(40),
        max_interval: Duration::from_millis(40),
        timeout: Duration::from_secs(20),
        stop_on_user_action: false,
        until_validated: false,
    }
}

/// A server on 127.0.0.1 that answers everything with `status`, `headers` and `body`, and
/// counts what it receives.
fn canned_server(
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
) -> (String, Arc<Mutex<usize>>, tokio::runtime::Runtime) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let hits = Arc::new(Mutex::new(0usize));
    let counter = hits.clone();
    let addr = rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = axum::Router::new().fallback(move || {
            let (headers, body, counter) = (headers.clone(), body.clone(), counter.clone());
            async move {
                *counter.lock().unwrap() += 1;
                let mut r = http::Response::builder().status(status);
                for (k, v) in headers {
                    r = r.header(k, v);
                }
                r.body(axum::body::Body::from(body)).unwrap()
            }
        });
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        addr
    });
    (format!("http://{addr}"), hits, rt)
}

pub fn redirects_are_not_followed<D: Driver>() {
    let emu = BlockingEmulator::start(manual()).unwrap();
    let target =
        format!("{}/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001", emu.base_url());
    let (redirector, hits, _rt) = canned_server(302, vec![("location", target)], Vec::new());
    let mut creds = credentials(&emu);
    creds.endpoint = sps_core::Endpoint::parse(&redirector).unwrap();
    let d = D::connect(creds, fast_retries());
    let err = d.send(&ListSpsRequests::new(scope())).unwrap_err();
    let Error::Api(api) = &err else { panic!("{}: {err}", D::NAME) };
    assert_eq!(api.status, 302);
    assert!(api.hint().unwrap().contains("redirect"));
    assert_eq!(*hits.lock().unwrap(), 1);
    assert!(emu.log().is_empty(), "the redirect target was never called");
}

pub fn huge_responses_are_refused<D: Driver>() {
    let (url, _hits, _rt) =
        canned_server(200, vec![("content-type", "application/json".into())], vec![b' '; 3 * 1024 * 1024]);
    let emu = BlockingEmulator::start(manual()).unwrap();
    let mut creds = credentials(&emu);
    creds.endpoint = sps_core::Endpoint::parse(&url).unwrap();
    let d = D::connect(
        creds,
        ClientOptions { max_response_bytes: 1024 * 1024, retry: RetryPolicy::none(), ..ClientOptions::default() },
    );
    let err = d.send(&ListSpsRequests::new(scope())).unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::ResponseTooLarge),
        "{}: {err}",
        D::NAME
    );
}

pub fn request_limit_spaces_calls<D: Driver>() {
    let (_emu, d) = setup::<D>(manual(), ClientOptions { requests_per_second: Some(20.0), ..fast_retries() });
    let started = Instant::now();
    for _ in 0..6 {
        d.send(&ListSpsRequests::new(scope())).unwrap();
    }
    assert!(
        started.elapsed() >= Duration::from_millis(240),
        "6 calls at 20/s take at least 250 ms: {:?}",
        started.elapsed()
    );
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn no_secret_in_debug_logs<D: Driver>() {
    let (emu, d) = setup::<D>(manual(), fast_retries());
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .without_time()
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        emu.set_faults(Faults { fail_next: 1, ..Faults::default() });
        let created = d.send(&create(1)).unwrap_err();
        assert!(matches!(created, Error::Api(_)));
        let created = d.send(&create(1)).unwrap();
        d.send(&GetSpsRequest::new(scope(), created.sps_id).unwrap()).unwrap();
        let _ = d.send(&GetSpsRequest::new(Scope::new("1", "2").unwrap(), 1).unwrap());
    });
    let text = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("sending") && text.contains("answered"), "{text}");
    for secret in [emu.client_secret().expose(), emu.access_token().expose(), "signature=", "EG1-HMAC"] {
        assert!(!text.contains(secret), "{} logged {secret:?}:\n{text}", D::NAME);
    }
    let ours: Vec<String> = text
        .lines()
        .filter(|l| l.contains("sps_blocking") || l.contains("sps_async"))
        .map(|l| {
            let l = l.replace("sps_blocking", "TRANSPORT").replace("sps_async", "TRANSPORT");
            let words: Vec<&str> = l
                .split(' ')
                .map(|w| match w.split_once('=') {
                    Some(("elapsed_ms", _)) => "elapsed_ms=N",
                    Some(("sleep_ms", _)) => "sleep_ms=N",
                    _ => w,
                })
                .collect();
            words.join(" ")
        })
        .collect();
    // The same lines from both transports: one snapshot.
    insta::assert_snapshot!("debug_log", ours.join("\n"));
}
