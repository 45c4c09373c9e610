//! `--db`: a restart loses nothing, credentials included.

use sps_core::{CreateSpsRequest, GetSpsRequest};
use sps_emulator::{Config, Durations, Emulator};

use crate::support::*;

#[tokio::test]
async fn restart_with_db_loses_nothing() {
    let dir = std::env::temp_dir().join(format!("sps-emulator-test-{}-{}", std::process::id(), fastrand::u64(..)));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("state.sqlite");
    let config = Config { db: Some(db.clone()), ..manual_config() };
    let api = Api::start(config.clone()).await;
    let created =
        api.call(&CreateSpsRequest::from_urlencoded(scope(), &reference("ov_san.form")).unwrap()).await.unwrap();
    api.emulator.advance(Durations::default().queued as i64);
    let before = api.call(&GetSpsRequest::new(scope(), created.sps_id).unwrap()).await.unwrap();
    let token = api.emulator.client_token().to_string();
    let Api { emulator, .. } = api;
    emulator.shutdown().await;

    let again = Api::attach(Emulator::start(config).await.unwrap());
    assert_eq!(again.emulator.client_token(), token, "the same credentials after a restart");
    let after = again.call(&GetSpsRequest::new(scope(), created.sps_id).unwrap()).await.unwrap();
    assert_eq!(after, before);
    // IDs continue, they do not restart.
    let form = String::from_utf8(reference("ov_san.form"))
        .unwrap()
        .replace("csr.cn=www.example.com", "csr.cn=www.other.example.com");
    let next = again.call(&CreateSpsRequest::from_urlencoded(scope(), form.as_bytes()).unwrap()).await.unwrap();
    assert!(next.sps_id > created.sps_id);
    std::fs::remove_dir_all(&dir).ok();
}
