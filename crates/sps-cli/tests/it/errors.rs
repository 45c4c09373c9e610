//! Bad input exits 2 and sends nothing; refusals exit 1 with the status and a hint; secrets
//! never show.

use crate::support::*;

#[test]
fn invalid_input_names_field_and_flag_and_sends_nothing() {
    let env = Env::start(manual());
    let mut flags: Vec<&str> = SAN_FLAGS.to_vec();
    let country = flags.iter().position(|f| *f == "US").unwrap();
    flags[country] = "UK";
    let email = flags.iter().position(|f| *f == "m.jones@example.com").unwrap();
    flags[email] = "m.jones";
    let out = env.sps().args(&flags).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&out));
    let cases: Vec<Vec<&str>> = vec![
        vec!["create", "san", "--cname-hostname", "x.example.com"],
        vec!["get", "abc"],
        vec!["get", "0"],
        vec!["list", "--after", "yesterday"],
        vec!["wait", "12x"],
        vec!["add-sans", "--job-id", "1", "--san", "bad name", "--cname-hostname", "a.example.com"],
        vec!["edge-host", "create", "--cname-hostname", "*.example.com", "--job-id", "1"],
        vec!["edge-host", "create", "--cname-hostname", "a.example.com", "--job-id", "1", "--ip-version", "ipv6"],
        vec!["create", "--form-file", "/nonexistent/form"],
        vec!["--account-key", "a b", "list"],
    ];
    for args in cases {
        let out = env.sps().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).starts_with("error: "), "{args:?}: {}", stderr(&out));
    }
    let bad_form = env.path("bad.form");
    std::fs::write(&bad_form, "cnameHostname=a.example.com&createType=modSan&jobId=10110&csr.o=Akamai").unwrap();
    let out = env.sps().args(["create", "--form-file"]).arg(&bad_form).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("csr.o: \"Akamai\" is read-only")
            && err.contains("add.sans: is required with createType=modSan at least once"),
        "{err}"
    );
    assert!(env.emulator.log().is_empty(), "nothing was sent: {:?}", env.emulator.log());
}

#[test]
fn missing_scope_and_credentials_are_usage_errors() {
    let env = Env::start(manual());
    let out = bare().arg("--edgerc").arg(&env.edgerc).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--contract-id is required (or set SPS_CONTRACT_ID)"), "{}", stderr(&out));
    let out = bare()
        .args(["--edgerc", "/nonexistent/edgerc", "--contract-id", "1", "--group-id", "2", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/edgerc: no such file"), "{}", stderr(&out));
    let out = env.sps().args(["--section", "prod", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no section [prod]; the file has: default"), "{}", stderr(&out));
    // Environment variables are honoured.
    let out = bare()
        .arg("--edgerc")
        .arg(&env.edgerc)
        .env("SPS_CONTRACT_ID", "11754")
        .env("SPS_GROUP_ID", "1001")
        .args(["--json", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn api_refusals_exit_1_with_status_and_hint() {
    let env = Env::start(manual());
    let out = env.sps().args(["get", "4242"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stderr(&out), @r"
    error: SPS refused the request: HTTP 404 Not Found (spsId 4242); spsId: No SPS request 4242 for this contract and group.
      hint: no such SPS request for this contract and group
    ");
    let out = env.sps().args(["--json", "get", "4242"]).output().unwrap();
    assert_eq!(json(&out)["error"]["status"], 404);
    let out = bare()
        .arg("--edgerc")
        .arg(&env.edgerc)
        .args(["--contract-id", "999", "--group-id", "1001", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("HTTP 403") && stderr(&out).contains("hint: the credentials may not use"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn no_secret_reaches_the_output_at_any_verbosity() {
    let env = Env::start(manual());
    let secret = env.emulator.client_secret().expose().to_string();
    let access = env.emulator.access_token().expose().to_string();
    for verbosity in ["-v", "-vv", "-vvv"] {
        let out = env.sps().arg(verbosity).args(SAN_FLAGS).arg("--dry-run").output().unwrap();
        let out2 = env.sps().arg(verbosity).args(["list"]).output().unwrap();
        let out3 = env.sps().arg(verbosity).args(["get", "999"]).output().unwrap();
        for o in [&out, &out2, &out3] {
            let all = format!("{}{}", stdout(o), stderr(o));
            assert!(
                !all.contains(&secret) && !all.contains(&access) && !all.contains("signature="),
                "{verbosity}: {all}"
            );
        }
        if verbosity == "-vv" {
            assert!(stderr(&out2).contains("sending"), "debug logs shown: {}", stderr(&out2));
        }
    }
}

#[test]
fn a_readable_edgerc_is_warned_about() {
    let env = Env::start(manual());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&env.edgerc, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = env.sps().args(["list"]).output().unwrap();
        assert!(out.status.success());
        assert!(stderr(&out).contains("is readable by others (mode 0644)"), "{}", stderr(&out));
    }
}
