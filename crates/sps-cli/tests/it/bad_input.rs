//! A table of bad input through the command line: every row exits 2, names the field (or
//! flag, file, section or key) in its message, and sends nothing.

use crate::support::*;

/// The flags of a valid OV SAN create, with `flag` replaced by `value` (or removed).
fn san_with(flag: &str, value: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < SAN_FLAGS.len() {
        let f = SAN_FLAGS[i];
        if f == flag && f.starts_with("--") && i + 1 < SAN_FLAGS.len() && !SAN_FLAGS[i + 1].starts_with("--") {
            if let Some(v) = value {
                out.push(format!("{f}={v}"));
            }
            i += 2;
            continue;
        }
        out.push(f.into());
        i += 1;
    }
    if !SAN_FLAGS.contains(&flag) {
        if let Some(v) = value {
            out.push(format!("{flag}={v}"));
        }
    }
    out
}

#[test]
fn sixty_and_more_bad_inputs_exit_2_name_the_field_and_send_nothing() {
    let env = Env::start(manual());
    let file = |name: &str, text: &str| {
        let p = env.path(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let good_form = std::fs::read_to_string(reference("ov_san.form")).unwrap();
    let counter = std::cell::Cell::new(0u32);
    let next = || {
        counter.set(counter.get() + 1);
        counter.get()
    };
    let form = |edit: &dyn Fn(&str) -> String| file(&format!("f{}.form", next()), &edit(&good_form));
    let edgerc = |text: &str| file(&format!("rc{}", next()), text);
    let mut rows: Vec<(Vec<String>, &str)> = Vec::new();
    let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // Every field rule of a create, through the flags.
    for (flag, value, field) in [
        ("--cname-hostname", Some("not a host"), "cnameHostname"),
        ("--cname-hostname", Some("*.example.com"), "cnameHostname"),
        ("--cname-hostname", Some("-bad.example.com"), "cnameHostname"),
        ("--cname-hostname", None, "cnameHostname"),
        ("--cn", Some("*.example.com"), "csr.cn"),
        ("--cn", Some("10.1.2.3"), "csr.cn"),
        ("--cn", Some("bücher.example.com"), "csr.cn"),
        ("--cn", None, "csr.cn"),
        ("--ou", Some(" "), "csr.ou"),
        ("--ou", None, "csr.ou"),
        ("--san", Some("bad_name.example.com"), "csr.sans"),
        ("--org-name", None, "organization-information.organization-name"),
        ("--org-name", Some(&"x".repeat(300)), "organization-information.organization-name"),
        ("--org-address", None, "organization-information.address-line-one"),
        ("--org-address-2", Some(""), "organization-information.address-line-two"),
        ("--org-city", None, "organization-information.city"),
        ("--org-region", None, "organization-information.region"),
        ("--org-postal-code", None, "organization-information.postal-code"),
        ("--org-country", Some("USA"), "organization-information.country"),
        ("--org-country", Some("uk"), "organization-information.country"),
        ("--org-country", Some("ZZ"), "organization-information.country"),
        ("--org-phone", Some("call me"), "organization-information.phone"),
        ("--org-phone", Some("12"), "organization-information.phone"),
        ("--admin-first-name", None, "admin-contact.first-name"),
        ("--admin-last-name", None, "admin-contact.last-name"),
        ("--admin-phone", Some("phone"), "admin-contact.phone"),
        ("--admin-email", Some("mary"), "admin-contact.email"),
        ("--admin-email", Some("mary@localhost"), "admin-contact.email"),
        ("--admin-email", None, "admin-contact.email"),
        ("--product", Some("cdn"), "product"),
        ("--product", Some("ALTA"), "product"),
        ("--ip-version", Some("ipv6"), "ipVersion"),
        ("--klass", Some("euType"), "slot-deployment.klass"),
        ("--issuer", Some("geotrust"), "issuer"),
        ("--issuer", Some("cybertrust"), "issuer"),
        ("--issuer", Some("digicert"), "issuer"),
        ("--signature-algorithm", Some("MD5"), "certificate-request.signature-algorithm"),
    ] {
        let mut a = vec!["--dry-run".to_string()];
        a.splice(0..0, san_with(flag, value));
        rows.push((a, field));
    }
    let mut single_dv: Vec<String> = Vec::new();
    let mut flags = san_with("--validation", Some("dv")).into_iter().peekable();
    while let Some(f) = flags.next() {
        if f == "--san" {
            flags.next();
        } else {
            single_dv.push(if f == "san" { "single".into() } else { f });
        }
    }
    rows.push((single_dv, "validationType"));
    rows.push((
        san_with("--cn", Some("www.example.com"))
            .into_iter()
            .map(|s| if s == "san" { "wildcard".into() } else { s })
            .collect(),
        "csr.cn",
    ));
    // modSan and edge hostnames.
    rows.push((
        args(&["add-sans", "--job-id", "0", "--san", "a.example.com", "--cname-hostname", "a.example.com"]),
        "jobId",
    ));
    rows.push((
        args(&["add-sans", "--job-id", "x", "--san", "a.example.com", "--cname-hostname", "a.example.com"]),
        "jobId",
    ));
    rows.push((
        args(&[
            "add-sans",
            "--job-id",
            "1",
            "--san",
            "a.example.com",
            "--san",
            "A.example.com",
            "--cname-hostname",
            "a.example.com",
        ]),
        "add.sans",
    ));
    rows.push((
        args(&[
            "add-sans",
            "--job-id",
            "1",
            "--san",
            "a.example.com",
            "--cname-hostname",
            "a.example.com",
            "--product",
            "x",
        ]),
        "product",
    ));
    rows.push((
        args(&["edge-host", "create", "--cname-hostname", "a.example.com", "--enrollment-id=-1"]),
        "enrollmentId",
    ));
    rows.push((args(&["edge-host", "create", "--cname-hostname", "a b", "--job-id", "1"]), "cnameHostname"));
    rows.push((
        args(&["edge-host", "create", "--cname-hostname", "a.example.com", "--job-id", "1", "--product", "x"]),
        "product",
    ));
    // Malformed form files.
    rows.push((
        args(&["create", "--form-file", &form(&|f| f.replace("createType=san", "createType=SAN"))]),
        "createType",
    ));
    rows.push((args(&["create", "--form-file", &form(&|f| f.replace("createType=san&", ""))]), "createType"));
    rows.push((args(&["create", "--form-file", &form(&|f| format!("{}&csr.l=Boston", f.trim()))]), "csr.l"));
    rows.push((
        args(&["create", "--form-file", &form(&|f| format!("{}&technical-contact.email=a%40b.com", f.trim()))]),
        "technical-contact.email",
    ));
    rows.push((args(&["create", "--form-file", &form(&|f| format!("{}&bogus=1", f.trim()))]), "bogus"));
    rows.push((args(&["create", "--form-file", &form(&|f| format!("{}&csr.ou=Ops", f.trim()))]), "csr.ou"));
    rows.push((
        args(&["create", "--form-file", &form(&|f| f.replace("csr.cn=www.example.com", "csr.cn=%FF"))]),
        "form",
    ));
    rows.push((args(&["create", "--form-file", &form(&|f| format!("{}&jobId=5", f.trim()))]), "jobId"));
    rows.push((
        args(&["create", "--form-file", &form(&|f| format!("{}&add.sans=x.example.com", f.trim()))]),
        "add.sans",
    ));
    rows.push((args(&["create", "--form-file", &form(&|_| "cnameHostname=a.example.com&createType=modSan&jobId=1&subscription-sni-only=true&add.sans=b.example.com".into())]), "subscription-sni-only"));
    rows.push((
        args(&["create", "--form-file", &form(&|f| format!("{}&subscription-sni-only=yes", f.trim()))]),
        "subscription-sni-only",
    ));
    rows.push((args(&["create", "--form-file", "/nonexistent/formparams"]), "/nonexistent/formparams"));
    rows.push((args(&["create", "--from", &file("req.yaml", "a: b")]), "req.yaml"));
    rows.push((args(&["create", "--from", &file("bad.json", "{not json")]), "bad.json"));
    rows.push((args(&["create", "--from", &file("bad.toml", "createType = [")]), "bad.toml"));
    // Bad dates and IDs.
    for (a, field) in [
        (args(&["list", "--after", "2014–07–08T16:27:06Z"]), "--after"),
        (args(&["list", "--after", "yesterday"]), "--after"),
        (args(&["list", "--after", "2014-13-01"]), "--after"),
        (args(&["get", "abc"]), "SPS_ID"),
        (args(&["get", "0"]), "SPS_ID"),
        (args(&["get", "--", "-5"]), "SPS_ID"),
        (args(&["get", "99999999999999999999999"]), "SPS_ID"),
        (args(&["wait", "1", "x"]), "SPS_ID"),
        (args(&["dv", "challenges", "1.5"]), "SPS_ID"),
        (args(&["wait", "1", "--timeout", "soon"]), "--timeout"),
        (args(&["--account-key", "a b", "list"]), "accountSwitchKey"),
    ] {
        rows.push((a, field));
    }
    let mut scope_rows = 0;
    // Bad .edgerc files.
    for (text, expected) in [
        ("[default]\nhost = h.example.com\nclient_token = t\nclient_secret = s\n", "access_token"),
        ("[default]\nclient_token = t\nclient_secret = s\naccess_token = a\n", "`host`"),
        ("[default]\nhost = http://example.com\nclient_token = t\nclient_secret = s\naccess_token = a\n", "`host`"),
        ("[default]\nhost = h.example.com/path\nclient_token = t\nclient_secret = s\naccess_token = a\n", "`host`"),
        (
            "[default]\nhost = h.example.com\nclient_token = t\nclient_secret = s\naccess_token = a\nmax_body = lots\n",
            "max_body",
        ),
        ("[default]\nhost = h.example.com\nclient_token = a b\nclient_secret = s\naccess_token = a\n", "client_token"),
        ("[default\nhost = x\n", ":1:"),
        ("host = x\n", ":1:"),
        ("[prod]\nhost = h.example.com\n", "no section [default]"),
        ("[default]\nhost = a\nhost = b\n", "appears twice"),
    ] {
        let rc = edgerc(text);
        let out =
            bare().args(["--edgerc", &rc, "--contract-id", "11754", "--group-id", "1001", "list"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{text:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(expected), "{text:?}: {}", stderr(&out));
        scope_rows += 1;
    }
    // The scope, without the test's own --contract-id and --group-id.
    for (a, field) in [
        (args(&["--contract-id", "a/b", "--group-id", "1001", "list"]), "contractId"),
        (args(&["--contract-id", "11754", "--group-id", "", "list"]), "groupId"),
        (args(&["--group-id", "1001", "list"]), "--contract-id"),
        (args(&["--contract-id", "11754", "list"]), "--group-id"),
    ] {
        let out = bare().arg("--edgerc").arg(&env.edgerc).args(&a).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{a:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(field), "{a:?}: {}", stderr(&out));
        scope_rows += 1;
    }
    assert!(rows.len() + scope_rows >= 60, "{} rows", rows.len() + scope_rows);
    for (args, expected) in &rows {
        let out = env.sps().args(args).output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: the message should name {expected:?}: {err}");
    }
    assert!(env.emulator.log().is_empty(), "nothing was sent: {:?}", env.emulator.log());
    println!("{} bad inputs: all exit 2, name the field, send nothing", rows.len() + scope_rows);
}
