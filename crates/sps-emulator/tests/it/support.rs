//! A small signed HTTP client for the tests.

use std::time::{SystemTime, UNIX_EPOCH};

use sps_core::edgegrid::{sign_request, Credentials, Nonce, Timestamp};
use sps_core::{Endpoint, Error, Operation, Scope};
use sps_emulator::{Config, Durations, Emulator};

pub struct Api {
    pub emulator: Emulator,
    pub http: reqwest::Client,
    pub creds: Credentials,
    pub endpoint: Endpoint,
}

pub fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

pub fn fresh_nonce() -> Nonce {
    Nonce::new(format!("{:016x}-{:016x}", fastrand::u64(..), fastrand::u64(..))).unwrap()
}

/// A config whose workflow runs only when the test advances the clock.
pub fn manual_config() -> Config {
    Config { time_scale: 0.0, seed: Some(7), ..Config::default() }
}

pub fn scope() -> Scope {
    Scope::new("11754", "1001").unwrap()
}

impl Api {
    pub async fn start(config: Config) -> Api {
        let emulator = Emulator::start(config).await.unwrap();
        Self::attach(emulator)
    }

    pub fn attach(emulator: Emulator) -> Api {
        let endpoint = Endpoint::parse(&emulator.base_url()).unwrap();
        let creds = Credentials::new(
            endpoint.clone(),
            emulator.client_token(),
            emulator.client_secret().clone(),
            emulator.access_token().clone(),
        );
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).no_proxy().build().unwrap();
        Api { emulator, http, creds, endpoint }
    }

    /// Sends a request as it is (signed or not).
    pub async fn send_raw(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, reqwest::Error> {
        let (parts, body) = request.into_parts();
        let mut b = self.http.request(parts.method, parts.uri.to_string()).body(body);
        for (k, v) in &parts.headers {
            b = b.header(k, v);
        }
        let r = b.send().await?;
        let mut out = http::Response::builder().status(r.status());
        for (k, v) in r.headers() {
            out = out.header(k, v);
        }
        let bytes = r.bytes().await?;
        Ok(out.body(bytes.to_vec()).unwrap())
    }

    /// Signs (now, fresh nonce) and sends.
    pub async fn signed(&self, mut request: http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
        sign_request(&self.creds, &mut request, &Timestamp::from_unix(now()).unwrap(), &fresh_nonce()).unwrap();
        self.send_raw(request).await.unwrap()
    }

    /// Runs an operation.
    pub async fn call<O: Operation>(&self, op: &O) -> Result<O::Output, Error> {
        let response = self.signed(op.to_http(&self.endpoint)).await;
        op.parse(&response)
    }

    /// GET on a path of the API with the example scope.
    pub async fn get_path(&self, path: &str) -> http::Response<Vec<u8>> {
        let uri = format!("{}{path}", self.emulator.base_url());
        self.signed(http::Request::get(uri).body(Vec::new()).unwrap()).await
    }

    pub async fn admin_state(&self) -> serde_json::Value {
        let r = self.http.get(format!("{}/_emulator/state", self.emulator.base_url())).send().await.unwrap();
        serde_json::from_slice(&r.bytes().await.unwrap()).unwrap()
    }
}

pub fn reference(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sps-core/tests/data/reference").join(name);
    std::fs::read(path).unwrap()
}

pub fn json(r: &http::Response<Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(r.body()).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(r.body())))
}

/// The total of every stage, so one advance finishes any OV request.
pub fn all_stages(d: &Durations) -> i64 {
    (d.queued + d.preparing + d.ca_ov + d.acknowledgement + d.deploying + d.edge_host + d.le_validation) as i64 + 1
}
