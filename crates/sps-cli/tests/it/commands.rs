//! Every command, end to end.

use crate::support::*;

#[test]
fn help_is_stable() {
    for args in [vec!["--help"], vec!["create", "san", "--help"], vec!["dv", "challenges", "--help"]] {
        let out = bare().args(&args).output().unwrap();
        assert!(out.status.success());
        insta::assert_snapshot!(format!("help {}", args.join(" ")), stdout(&out));
    }
}

#[test]
fn create_with_flags_then_get_and_list() {
    let env = Env::start(manual());
    let out = env.sps().args(SAN_FLAGS).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out), @"Created SPS request 10001 (job 20001, enrollment 30001); edge hostname www.example.com.edgekey.net");

    let out = env.sps().args(["--json", "get", "10001", "--information"]).output().unwrap();
    assert!(out.status.success());
    let got = json(&out);
    assert_eq!(got["spsId"], 10001);
    assert_eq!(got["jobId"], 20001);
    assert_eq!(got["status"], "Pending");
    assert!(got["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "csr.sans" && p["value"] == "www.example.net"));

    let out = env.sps().args(["get", "10001"]).output().unwrap();
    let text = stdout(&out);
    assert!(text.starts_with("SPS ID            10001\nStatus            Pending\n"), "{text}");

    let out = env.sps().args(["list", "--information"]).output().unwrap();
    let text = stdout(&out);
    assert!(text.starts_with("SPS ID  STATUS   JOB ID  ENROLLMENT  LAST CHANGE"), "{text}");
    assert!(text.contains("www.example.com.edgekey.net"));
    let out = env.sps().args(["--json", "list", "--after", "2014-07-08"]).output().unwrap();
    assert_eq!(json(&out)["requestList"].as_array().unwrap().len(), 1);
}

#[test]
fn create_from_the_references_form_file_and_request_files() {
    let env = Env::start(manual());
    let out = env.sps().args(["--json", "create", "--form-file"]).arg(reference("ov_san.form")).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let created = json(&out);
    assert_eq!(created["spsId"], 10001);
    assert_eq!(created["jobId"], 20001);

    let toml = env.path("req.toml");
    std::fs::write(
        &toml,
        r#"createType = "single"
cnameHostname = "www.toml.example.com"
product = "alta"
[csr]
cn = "www.toml.example.com"
ou = "IT"
[organization-information]
organization-name = "My Example Inc."
address-line-one = "8 Cambridge Center"
city = "Cambridge"
region = "MA"
postal-code = "02136"
country = "US"
phone = "18008008000"
[admin-contact]
first-name = "Mary"
last-name = "Jones"
phone = "18008008001"
email = "m.jones@example.com"
"#,
    )
    .unwrap();
    let out = env.sps().args(["--json", "create", "--from"]).arg(&toml).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json_file = env.path("req.json");
    let mut v: serde_json::Value = serde_json::json!({
        "createType": "modSan", "cnameHostname": "www.more.example.com", "jobId": 20001, "add": { "sans": ["a.example.com", "b.example.com"] }
    });
    std::fs::write(&json_file, serde_json::to_vec(&v).unwrap()).unwrap();
    let out = env.sps().args(["--json", "create", "--from"]).arg(&json_file).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["enrollmentId"], 30001);
    v["jobId"] = serde_json::Value::Null;
    std::fs::write(&json_file, serde_json::to_vec(&v).unwrap()).unwrap();
    let out = env.sps().args(["create", "--from"]).arg(&json_file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn add_sans_and_edge_hosts() {
    let env = Env::start(manual());
    env.sps().args(SAN_FLAGS).assert().success();
    let out = env
        .sps()
        .args([
            "--json",
            "add-sans",
            "--job-id",
            "20001",
            "--san",
            "www.new.example.com",
            "--cname-hostname",
            "www.new.example.com",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["enrollmentId"], 30001);
    let out = env
        .sps()
        .args([
            "--json",
            "edge-host",
            "create",
            "--cname-hostname",
            "static.example.com",
            "--enrollment-id",
            "30001",
            "--ip-version",
            "ipv4_ipv6",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["spsId"], 10003);
    let out = env
        .sps()
        .args([
            "edge-host",
            "create",
            "--cname-hostname",
            "x.example.com",
            "--job-id",
            "20001",
            "--enrollment-id",
            "30001",
        ])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("the service uses enrollmentId"), "{}", stderr(&out));
}

#[test]
fn wait_exit_codes() {
    // Finished: 0.
    let env = Env::start(sps_emulator::Config { time_scale: 50_000.0, ..manual() });
    env.sps().args(SAN_FLAGS).assert().success();
    let out = env.sps().args(["--json", "wait", "10001", "--interval", "50ms", "--timeout", "20s"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["requestList"][0]["status"], "SPS Request Complete");
    assert!(stderr(&out).contains("-> SPS Request Complete"), "status changes on stderr: {}", stderr(&out));
    // Timed out: 3.
    let env = Env::start(manual());
    env.sps().args(SAN_FLAGS).assert().success();
    let out = env.sps().args(["wait", "10001", "--interval", "100ms", "--timeout", "400ms"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("timed out after 400ms"), "{}", stderr(&out));
    // The user must act: 4.
    let env = Env::start(sps_emulator::Config { time_scale: 50_000.0, ..manual() });
    let mut flags: Vec<&str> = SAN_FLAGS.to_vec();
    *flags.last_mut().unwrap() = "dv";
    let out = env.sps().args(&flags).args(["--wait", "--interval", "50ms", "--timeout", "20s"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("serve the DV challenges"), "{}", stderr(&out));
    assert!(stderr(&out).contains("/.well-known/acme-challenge/"), "{}", stderr(&out));
}

#[test]
fn dry_run_sends_nothing() {
    let env = Env::start(manual());
    let out = env.sps().args(SAN_FLAGS).arg("--dry-run").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("POST http://127.0.0.1:"), "{text}");
    assert!(text.contains("/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001"));
    assert!(text.contains("authorization: EG1-HMAC-SHA256 [redacted]"));
    assert!(text.contains("cnameHostname=www.example.com&createType=san"));
    let out = env
        .sps()
        .args(["--json", "edge-host", "create", "--cname-hostname", "a.example.com", "--job-id", "5", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["method"], "POST");
    assert!(env.emulator.log().is_empty(), "nothing reached the server");
}

#[test]
fn demo_completions_and_man() {
    let out = bare().args(["--json", "demo"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let statuses: Vec<&str> =
        v["requestList"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["SPS Request Complete"; 3]);
    let out = bare().args(["completions", "bash"]).output().unwrap();
    assert!(stdout(&out).contains("_sps()"));
    let out = bare().arg("man").output().unwrap();
    assert!(stdout(&out).starts_with(".ie \\n(.g .ds Aq"), "{}", &stdout(&out)[..40]);
}

#[test]
fn the_emulator_command_serves_and_writes_an_edgerc() {
    let dir = tempfile::tempdir().unwrap();
    let edgerc = dir.path().join("edgerc");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("sps"))
        .args(["emulator", "--listen", "127.0.0.1:0", "--section", "emu", "--write-edgerc"])
        .arg(&edgerc)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while !std::fs::read_to_string(&edgerc).is_ok_and(|t| t.contains("access_token")) {
        assert!(started.elapsed().as_secs() < 20, "the emulator did not write its .edgerc");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = bare()
        .arg("--edgerc")
        .arg(&edgerc)
        .args(["-s", "emu", "--contract-id", "11754", "--group-id", "1001", "--json", "list"])
        .output()
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["requestList"], serde_json::json!([]));
}
