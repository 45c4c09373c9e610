//! Signing cases: a fixed set shaped like the official test vectors and SPS's own requests,
//! and random ones that stress every rule of the algorithm.

use super::vector::{Body, Case};

const TEST_HOST: &str = "akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net";

fn reference(id: &str, method: &str, path: &str, headers: &[(&str, &str)], body: Body, max_body: usize) -> Case {
    Case {
        id: format!("fixed/{id}"),
        method: method.into(),
        url: format!("https://{TEST_HOST}{path}"),
        headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        body,
        client_token: "akab-client-token-xxx-xxxxxxxxxxxxxxxx".into(),
        client_secret: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=".into(),
        access_token: "akab-access-token-xxx-xxxxxxxxxxxxxxxx".into(),
        max_body,
        headers_to_sign: vec!["X-Test1".into(), "X-Test2".into(), "X-Test3".into()],
        timestamp: "20140321T19:34:21+0000".into(),
        nonce: "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".into(),
    }
}

/// Cases shaped like the official vectors, and SPS's own requests.
pub fn fixed() -> Vec<Case> {
    let none = Body::bytes(b"");
    let mut cases = vec![
        reference("simple GET", "GET", "/", &[], none.clone(), 2048),
        reference("GET with querystring", "GET", "/testapi/v1/t1?p1=1&p2=2", &[], none.clone(), 2048),
        reference("GET with path params", "GET", "/testapi/v1/t1;a;b?p1=1&p2=2", &[], none.clone(), 2048),
        reference(
            "POST inside limit",
            "POST",
            "/testapi/v1/t3",
            &[],
            Body::bytes(b"datadatadatadatadatadatadatadata"),
            2048,
        ),
        reference("POST too large", "POST", "/testapi/v1/t3", &[], Body::repeat(b"d", 2049), 2048),
        reference("POST length equals max_body", "POST", "/testapi/v1/t3", &[], Body::repeat(b"d", 2048), 2048),
        reference("POST empty body", "POST", "/testapi/v1/t6", &[], none.clone(), 2048),
        reference("simple header", "GET", "/testapi/v1/t4", &[("X-Test1", "test-simple-header")], none.clone(), 2048),
        reference(
            "header with spaces",
            "GET",
            "/testapi/v1/t4",
            &[("X-Test1", "\"     test     header    with   spaces    \"")],
            none.clone(),
            2048,
        ),
        reference(
            "header with leading and interior spaces",
            "GET",
            "/testapi/v1/t4",
            &[("X-Test1", "     first-thing      second-thing")],
            none.clone(),
            2048,
        ),
        reference(
            "headers out of order",
            "GET",
            "/testapi/v1/t4",
            &[("X-Test2", "t2"), ("X-Test1", "t1"), ("X-Test3", "t3")],
            none.clone(),
            2048,
        ),
        reference(
            "extra header",
            "GET",
            "/testapi/v1/t5",
            &[("X-Test2", "t2"), ("X-Test1", "t1"), ("X-Test3", "t3"), ("X-Extra", "this wont be included")],
            none.clone(),
            2048,
        ),
        reference("PUT ignores body", "PUT", "/testapi/v1/t6", &[], Body::bytes(b"PUT test"), 2048),
        reference("PATCH ignores body", "PATCH", "/testapi/v1/t6", &[], Body::repeat(b"P", 4096), 2048),
        reference(
            "POST default max_body truncation",
            "POST",
            "/testapi/v1/t3",
            &[],
            Body::repeat("€".as_bytes(), 50_000),
            131_072,
        ),
        reference("POST at default max_body", "POST", "/testapi/v1/t3", &[], Body::repeat(b"x", 131_072), 131_072),
        reference(
            "raw query kept verbatim",
            "GET",
            "/p?b=2&a=%20x+y&empty=&bare&colon=1:2&q=%7B%22foo%22%3A%22bar%22%7D",
            &[],
            none.clone(),
            131_072,
        ),
    ];
    let sps = "/config-secure-provisioning-service/v1";
    let create = b"cnameHostname=www.example.cname-hostname300.com&createType=san&csr.cn=www.example.com&csr.ou=IT&csr.sans=www.example.com&csr.sans=www.new-example.com&organization-information.organization-name=My+Example+Inc.&admin-contact.email=m.jones%40akamai.com&product=alta&validationType=ov";
    cases.push(reference(
        "SPS create",
        "POST",
        &format!("{sps}/sps-requests?contractId=11754&groupId=1001"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        Body::bytes(create),
        131_072,
    ));
    cases.push(reference("SPS list", "GET", &format!("{sps}/sps-requests?contractId=11754&groupId=1001&after=2014-07-08T16%3A27%3A06Z&information=true&accountSwitchKey=1-ABCD%3AZ-XYZ"), &[], none.clone(), 131_072));
    cases.push(reference(
        "SPS edge host",
        "POST",
        &format!("{sps}/secure-edge-hosts?contractId=11754&groupId=1001"),
        &[],
        Body::bytes(b"cnameHostname=www.example.cname-hostname300.com&enrollmentId=2112&ipVersion=ipv4&product=alta"),
        131_072,
    ));
    cases
}

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

fn word(rng: &mut fastrand::Rng, max: usize) -> String {
    let n = rng.usize(1..=max);
    (0..n).map(|_| rng.alphanumeric()).collect()
}

fn percent_encode_utf8(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

fn path_piece(rng: &mut fastrand::Rng) -> String {
    match rng.u8(..10) {
        0 => {
            let text: &&str = pick(rng, &["é", "€", "😀", "ü", "日本"]);
            percent_encode_utf8(text)
        }
        1 => "%20".into(),
        2 => pick(rng, &["!", "$", "'", "(", ")", "*", "+", ",", "=", ":", "@", "~", "-", "_", ".", "&"]).to_string(),
        3 => format!("%{:02X}", rng.u8(..)),
        _ => word(rng, 8),
    }
}

fn query(rng: &mut fastrand::Rng) -> String {
    let n = rng.usize(1..=5);
    let pairs: Vec<String> = (0..n)
        .map(|_| {
            let key = word(rng, 6);
            match rng.u8(..8) {
                0 => key,
                1 => format!("{key}="),
                2 => format!("{key}={}+{}", word(rng, 4), word(rng, 4)),
                3 => format!("{key}={}%20{}", word(rng, 4), word(rng, 4)),
                4 => format!("{key}=2014-07-08T16%3A27%3A06Z"),
                5 => format!("{key}=1-ABCD:Z-XYZ"),
                6 => format!("{key}={}", percent_encode_utf8("€ é")),
                _ => format!("{key}={}", word(rng, 10)),
            }
        })
        .collect();
    pairs.join("&")
}

fn odd_whitespace(rng: &mut fastrand::Rng) -> String {
    let parts: Vec<String> = (0..rng.usize(1..=4)).map(|_| word(rng, 6)).collect();
    let sep = || -> &'static str { ["  ", "\t", " \t ", " ", "   "][fastrand::usize(..5)] };
    let mut v = String::new();
    if rng.bool() {
        v.push_str(sep());
    }
    v.push_str(&parts.join(sep()));
    if rng.bool() {
        v.push_str(sep());
    }
    v
}

fn body(rng: &mut fastrand::Rng, max_body: usize) -> Body {
    match rng.u8(..10) {
        0 => Body::bytes(b""),
        1 => Body::bytes("{\"name\":\"日本語\",\"v\":\"€\"}".as_bytes()),
        2 => Body::bytes(&(0..rng.usize(1..64)).map(|_| rng.u8(..)).collect::<Vec<u8>>()),
        3 => {
            let len = (max_body as i64 + rng.i64(-2..=2)).max(1) as usize;
            Body::repeat(b"b", len.min(300_000))
        }
        4 => Body::repeat("€".as_bytes(), (max_body / 3 + rng.usize(0..3)).min(100_000)),
        _ => Body::bytes(format!("a={}&b={}", word(rng, 20), word(rng, 20)).as_bytes()),
    }
}

/// A random case.
pub fn random(rng: &mut fastrand::Rng, index: usize) -> Case {
    let method =
        pick(rng, &["GET", "GET", "POST", "POST", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]).to_string();
    let (scheme, host) = if rng.u8(..10) == 0 {
        ("http", format!("127.0.0.1:{}", rng.u16(1024..)))
    } else {
        let mut h = format!("akab-{}.luna.akamaiapis.net", word(rng, 20).to_lowercase());
        if rng.u8(..5) == 0 {
            h.push_str(&format!(":{}", rng.u16(1..443)));
        }
        ("https", h)
    };
    let mut path = String::new();
    for _ in 0..rng.usize(0..5) {
        path.push('/');
        for _ in 0..rng.usize(1..4) {
            path.push_str(&path_piece(rng));
        }
    }
    if path.is_empty() || rng.u8(..6) == 0 {
        path.push('/');
    }
    if rng.u8(..8) == 0 {
        path.push_str(&format!(";{}={}", word(rng, 3), word(rng, 3)));
    }
    if rng.bool() {
        path.push('?');
        path.push_str(&query(rng));
    }
    let names = ["X-Test1", "X-Test2", "X-Custom-Header", "Content-Type", "x-lower"];
    let mut headers_to_sign: Vec<String> = Vec::new();
    for _ in 0..rng.usize(0..4) {
        let n = pick(rng, &names).to_string();
        if !headers_to_sign.iter().any(|h| h.eq_ignore_ascii_case(&n)) {
            headers_to_sign.push(if rng.bool() { n.to_uppercase() } else { n });
        }
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    for n in names {
        if rng.bool() && !headers.iter().any(|(h, _)| h.eq_ignore_ascii_case(n)) {
            headers.push((n.to_string(), odd_whitespace(rng)));
        }
    }
    if rng.u8(..4) == 0 {
        headers.push(("Host".into(), host.clone()));
    }
    rng.shuffle(&mut headers);
    let max_body = *pick(rng, &[131_072, 131_072, 131_072, 2048, 1, 100]);
    let body = if method == "GET" && rng.u8(..4) != 0 { Body::bytes(b"") } else { body(rng, max_body) };
    let secret: String = (0..43)
        .map(|_| *pick(rng, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".as_ref()) as char)
        .collect();
    let timestamp = sps_core::edgegrid::Timestamp::from_unix(rng.i64(946_684_800..4_102_444_800)).expect("in range");
    let hex = |rng: &mut fastrand::Rng, n: usize| -> String {
        (0..n).map(|_| char::from_digit(rng.u32(..16), 16).unwrap_or('0')).collect()
    };
    let nonce = format!("{}-{}-4{}-a{}-{}", hex(rng, 8), hex(rng, 4), hex(rng, 3), hex(rng, 3), hex(rng, 12));
    Case {
        id: format!("random/{index}"),
        method,
        url: format!("{scheme}://{host}{path}"),
        headers,
        body,
        client_token: format!("akab-{}", word(rng, 30).to_lowercase()),
        client_secret: format!("{secret}="),
        access_token: format!("akab-{}", word(rng, 30).to_lowercase()),
        max_body,
        headers_to_sign,
        timestamp: timestamp.to_string(),
        nonce,
    }
}
