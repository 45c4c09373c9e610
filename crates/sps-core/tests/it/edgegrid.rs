//! EdgeGrid signing against the vectors made by the official edgegrid-python
//! (`cargo xtask interop --write`), and properties of the signer.

use proptest::prelude::*;
use sps_core::edgegrid::{sign, sign_request, Nonce, Timestamp};

use crate::edgegrid_vector::VectorsFile;
use crate::support::*;

#[test]
fn matches_edgegrid_python_vectors() {
    let text = std::fs::read_to_string(data("edgegrid_vectors.json")).unwrap();
    let file: VectorsFile = serde_json::from_str(&text).unwrap();
    assert!(file.vectors.len() >= 150, "regenerate with cargo xtask interop --write");
    let failures: Vec<String> = file.vectors.iter().filter_map(|v| v.check().err()).collect();
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), file.vectors.len(), failures.join("\n"));
}

#[test]
fn known_signing_key() {
    // The signing-key check of the official test data: HMAC over the timestamp, base64.
    let s = sign(
        &credentials(),
        &http::Request::get("https://h.example.com/").body(Vec::new()).unwrap(),
        &timestamp(),
        &nonce(),
    )
    .unwrap();
    assert_eq!(s.signing_key, "znsRMDBRqTXGJ7Ojip3/h2FGPu3LuoMYWgv9PKEnE/o=");
}

#[test]
fn authorization_is_sensitive_and_redacted() {
    let mut request = http::Request::get("https://h.example.com/").body(Vec::new()).unwrap();
    sign_request(&credentials(), &mut request, &timestamp(), &nonce()).unwrap();
    let value = request.headers().get(http::header::AUTHORIZATION).unwrap();
    assert!(value.is_sensitive());
    assert_eq!(format!("{value:?}"), "Sensitive");
    let s = sign(&credentials(), &request, &timestamp(), &nonce()).unwrap();
    let shown = format!("{s:?} {} {:?}", s.authorization, s.authorization);
    assert!(!shown.contains("signature=") && !shown.contains("akab-access-token"), "{shown}");
}

#[test]
fn no_host_is_an_error() {
    let request = http::Request::get("/relative").body(Vec::new()).unwrap();
    assert!(sign(&credentials(), &request, &timestamp(), &nonce()).is_err());
}

#[test]
fn default_port_is_not_signed() {
    let a = http::Request::get("https://h.example.com:443/x").body(Vec::new()).unwrap();
    let b = http::Request::get("https://H.example.com/x").body(Vec::new()).unwrap();
    let sa = sign(&credentials(), &a, &timestamp(), &nonce()).unwrap();
    let sb = sign(&credentials(), &b, &timestamp(), &nonce()).unwrap();
    assert_eq!(sa.authorization, sb.authorization);
}

proptest! {
    #[test]
    fn signing_is_deterministic_and_never_panics(
        method in prop::sample::select(&["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"][..]),
        path in "(/[A-Za-z0-9%;=&+.~_-]{0,12}){0,4}",
        query in prop::option::of("[A-Za-z0-9%=&+:._-]{0,30}"),
        body in prop::collection::vec(any::<u8>(), 0..3000),
        max_body in 1usize..4000,
        secs in 0i64..253_402_300_799,
    ) {
        let uri = format!("https://akab-x.luna.akamaiapis.net{path}{}", query.map(|q| format!("?{q}")).unwrap_or_default());
        let Ok(request) = http::Request::builder().method(method).uri(uri).body(body.clone()) else { return Ok(()) };
        let mut creds = credentials();
        creds.max_body = max_body;
        let ts = Timestamp::from_unix(secs).unwrap();
        let a = sign(&creds, &request, &ts, &nonce()).unwrap();
        let b = sign(&creds, &request, &ts, &nonce()).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert!(a.authorization.expose().starts_with("EG1-HMAC-SHA256 client_token="));
        // Only the first max_body bytes of a POST count.
        if method == "POST" && body.len() > max_body {
            let mut longer = request.clone();
            longer.body_mut().push(b'!');
            prop_assert_eq!(sign(&creds, &longer, &ts, &nonce()).unwrap().authorization, a.authorization.clone());
        }
        // Another nonce, another signature.
        let other = sign(&creds, &request, &ts, &Nonce::new("other").unwrap()).unwrap();
        prop_assert_ne!(other.authorization, a.authorization);
    }
}
