//! Domain validation from the command line: challenges in every format, the webroot, and
//! hooks that really serve the tokens to the emulator's validator.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::support::*;

/// Serves files of `root` at /.well-known/acme-challenge/{token} on 127.0.0.1.
fn file_server(root: PathBuf) -> (SocketAddr, tokio::runtime::Runtime) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let addr = rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = axum::Router::new().route(
            "/.well-known/acme-challenge/{token}",
            axum::routing::get(move |axum::extract::Path(token): axum::extract::Path<String>| {
                let root = root.clone();
                async move {
                    match std::fs::read_to_string(root.join(".well-known/acme-challenge").join(token)) {
                        Ok(body) => (http::StatusCode::OK, body),
                        Err(_) => (http::StatusCode::NOT_FOUND, String::new()),
                    }
                }
            }),
        );
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        addr
    });
    (addr, rt)
}

fn dv_request(env: &Env) {
    let mut flags: Vec<&str> = SAN_FLAGS.to_vec();
    *flags.last_mut().unwrap() = "dv";
    env.sps().args(&flags).assert().success();
    let d = sps_emulator::Durations::default();
    env.emulator.advance((d.queued + d.preparing) as i64);
}

#[test]
fn challenges_in_every_format() {
    let env = Env::start(manual());
    dv_request(&env);
    let out = env.sps().args(["dv", "challenges", "10001"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("DOMAIN           STATUS         PATH"), "{text}");
    assert!(text.contains("-> http://dcv.akamai.com/.well-known/acme-challenge/www.example.net/"), "{text}");
    let out = env.sps().args(["dv", "challenges", "10001", "--format", "env"]).output().unwrap();
    assert!(stdout(&out).starts_with("SPS_CHALLENGE_COUNT=2\nSPS_DOMAIN_1='www.example.com'\n"), "{}", stdout(&out));
    let out = env.sps().args(["dv", "challenges", "10001", "--format", "nginx", "--redirect"]).output().unwrap();
    assert!(stdout(&out).contains("return 302 http://dcv.akamai.com/"), "{}", stdout(&out));
    let out = env.sps().args(["dv", "challenges", "10001", "--format", "apache"]).output().unwrap();
    assert!(stdout(&out).contains("<VirtualHost *:80>\n    ServerName www.example.com"), "{}", stdout(&out));
    let out = env.sps().args(["--json", "dv", "challenges", "10001"]).output().unwrap();
    let v = json(&out);
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["status"], "Awaiting user");
    let root = env.path("www");
    env.sps().args(["dv", "challenges", "10001", "--webroot"]).arg(&root).assert().success();
    let token = v[0]["token"].as_str().unwrap();
    let body = std::fs::read_to_string(root.join(".well-known/acme-challenge").join(token)).unwrap();
    assert_eq!(body, v[0]["responseBody"].as_str().unwrap());
    let out = env.sps().args(["dv", "challenges", "999"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn hooks_serve_the_tokens_and_wait_for_validation() {
    let webroot = tempfile::tempdir().unwrap();
    let (addr, _rt) = file_server(webroot.path().to_path_buf());
    let env = Env::start(sps_emulator::Config { challenge_addr: Some(addr), time_scale: 0.0, ..manual() });
    dv_request(&env);
    let dir = webroot.path().join(".well-known/acme-challenge");
    std::fs::create_dir_all(&dir).unwrap();
    let log = env.path("hooks.log");
    let auth = format!(
        "printf '%s' \"$SPS_RESPONSE_BODY\" > {}/\"$SPS_TOKEN\" && echo \"auth $SPS_DOMAIN\" >> {}",
        dir.display(),
        log.display()
    );
    let cleanup = format!("rm {}/\"$SPS_TOKEN\" && echo \"cleanup $SPS_DOMAIN\" >> {}", dir.display(), log.display());
    // The emulator's clock is stopped: move it on while the hook waits.
    let done = std::sync::atomic::AtomicBool::new(false);
    let out = std::thread::scope(|s| {
        s.spawn(|| {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(100));
                env.emulator.advance(10);
            }
        });
        let out = env
            .sps()
            .args([
                "dv",
                "hook",
                "10001",
                "--auth-hook",
                &auth,
                "--cleanup-hook",
                &cleanup,
                "--interval",
                "100ms",
                "--timeout",
                "30s",
            ])
            .output()
            .unwrap();
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        out
    });
    assert!(out.status.success(), "{}\n{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("Valid"), "{}", stdout(&out));
    let hooks = std::fs::read_to_string(&log).unwrap();
    assert_eq!(hooks, "auth www.example.com\nauth www.example.net\ncleanup www.example.com\ncleanup www.example.net\n");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "cleaned up");
}
