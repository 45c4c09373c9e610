//! Fixtures and fixed inputs shared by the tests.

use std::path::PathBuf;

use sps_core::edgegrid::{Credentials, Nonce, Secret, Timestamp};
use sps_core::{Endpoint, Scope};

pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// A file of the reference's samples.
pub fn reference(name: &str) -> Vec<u8> {
    std::fs::read(data(&format!("reference/{name}"))).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The reference's example scope.
pub fn scope() -> Scope {
    Scope::new("11754", "1001").unwrap()
}

pub fn endpoint() -> Endpoint {
    Endpoint::parse("akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net").unwrap()
}

/// Fixed test credentials (the official vectors' tokens).
pub fn credentials() -> Credentials {
    Credentials::new(
        endpoint(),
        "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
        Secret::new("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx="),
        Secret::new("akab-access-token-xxx-xxxxxxxxxxxxxxxx"),
    )
}

pub fn timestamp() -> Timestamp {
    Timestamp::parse("20140321T19:34:21+0000").unwrap()
}

pub fn nonce() -> Nonce {
    Nonce::new("dd9957e2-4fe5-48ca-8d32-16a772ac6d8f").unwrap()
}

/// A response with `status` and `body`.
pub fn response(status: u16, body: &[u8]) -> http::Response<Vec<u8>> {
    http::Response::builder().status(status).body(body.to_vec()).unwrap()
}

/// The request as it goes on the wire, as text.
pub fn render(request: &http::Request<Vec<u8>>) -> String {
    let mut out = format!("{} {}\n", request.method(), request.uri());
    for (name, value) in request.headers() {
        out.push_str(&format!("{}: {}\n", name, value.to_str().unwrap()));
    }
    out.push('\n');
    out.push_str(&String::from_utf8_lossy(request.body()));
    out
}
