//! EdgeGrid verification: every refusal with its reason.

use sps_core::edgegrid::{sign_request, Credentials, Nonce, Secret, Timestamp};
use sps_core::{ListSpsRequests, Operation};

use crate::support::*;

fn list_request(api: &Api) -> http::Request<Vec<u8>> {
    ListSpsRequests::new(scope()).to_http(&api.endpoint)
}

async fn reason(api: &Api, request: http::Request<Vec<u8>>) -> (u16, String) {
    let r = api.send_raw(request).await.unwrap();
    let body = json(&r);
    (r.status().as_u16(), body["reason"].as_str().unwrap_or_default().to_string())
}

#[tokio::test]
async fn accepted_when_signed_right() {
    let api = Api::start(manual_config()).await;
    let r = api.signed(list_request(&api)).await;
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn refusals_name_their_reason() {
    let api = Api::start(manual_config()).await;
    let ts = Timestamp::from_unix(now()).unwrap();

    assert_eq!(reason(&api, list_request(&api)).await, (401, "missing_authorization".into()));

    let mut wrong_client = api.creds.clone();
    wrong_client.client_token = "akab-nobody".into();
    let mut r = list_request(&api);
    sign_request(&wrong_client, &mut r, &ts, &fresh_nonce()).unwrap();
    assert_eq!(reason(&api, r).await, (401, "unknown_client_token".into()));

    let mut wrong_access = api.creds.clone();
    wrong_access.access_token = Secret::new("akab-wrong");
    let mut r = list_request(&api);
    sign_request(&wrong_access, &mut r, &ts, &fresh_nonce()).unwrap();
    assert_eq!(reason(&api, r).await, (401, "unknown_access_token".into()));

    let mut wrong_secret = api.creds.clone();
    wrong_secret.client_secret = Secret::new("not-the-secret");
    let mut r = list_request(&api);
    sign_request(&wrong_secret, &mut r, &ts, &fresh_nonce()).unwrap();
    let (status, why) = reason(&api, r).await;
    assert_eq!((status, why.as_str()), (401, "signature_mismatch"));

    for (offset, expected) in [(-120, "stale_timestamp"), (120, "future_timestamp")] {
        let mut r = list_request(&api);
        sign_request(&api.creds, &mut r, &Timestamp::from_unix(now() + offset).unwrap(), &fresh_nonce()).unwrap();
        assert_eq!(reason(&api, r).await, (401, expected.into()));
    }

    let nonce = fresh_nonce();
    let mut r = list_request(&api);
    sign_request(&api.creds, &mut r, &ts, &nonce).unwrap();
    assert_eq!(api.send_raw(r.clone()).await.unwrap().status(), 200);
    assert_eq!(reason(&api, r).await, (401, "replayed_nonce".into()));
}

#[tokio::test]
async fn a_one_byte_change_fails() {
    let api = Api::start(manual_config()).await;
    let op = sps_core::CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap();
    let mut r = op.to_http(&api.endpoint);
    sign_request(&api.creds, &mut r, &Timestamp::from_unix(now()).unwrap(), &Nonce::new("n-1").unwrap()).unwrap();
    let mut changed = r.clone();
    let last = changed.body_mut().last_mut().unwrap();
    *last ^= 1;
    let resp = api.send_raw(changed).await.unwrap();
    assert_eq!(resp.status(), 401);
    let body = json(&resp);
    assert_eq!(body["reason"], "signature_mismatch");
    assert!(
        body["detail"].as_str().unwrap().contains("POST\\thttp\\t127.0.0.1:"),
        "shows what the server signed: {body}"
    );
    // The unchanged request (new nonce) passes: nothing was created by the refused one.
    let mut ok = op.to_http(&api.endpoint);
    sign_request(&api.creds, &mut ok, &Timestamp::from_unix(now()).unwrap(), &Nonce::new("n-2").unwrap()).unwrap();
    assert_eq!(api.send_raw(ok).await.unwrap().status(), 202);
}

#[tokio::test]
async fn credentials_are_not_in_debug_output() {
    let api = Api::start(manual_config()).await;
    let shown = format!("{:?}", api.emulator);
    assert!(!shown.contains(api.emulator.client_secret().expose()));
    let c: &Credentials = &api.creds;
    assert!(!format!("{c:?}").contains(api.emulator.access_token().expose()));
}
