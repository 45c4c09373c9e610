//! Domain validation: the validator that fetches each challenge over HTTP, as the real
//! service polls `fullPath`, and the `dcv.akamai.com` stand-in that `redirectFullPath`
//! points to.
//!
//! These domains are not in DNS, so the validator never resolves names: it connects to the
//! address given for the domain (`resolve`), else to `challenge_addr`, else not at all (the
//! domain stays `Awaiting user`). `dcv.akamai.com` resolves to the emulator itself.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http::StatusCode;

use crate::workflow::{self, Checked, ST_AWAITING_USER};
use crate::{store, Shared};

/// The stand-in for `dcv.akamai.com`: `/.well-known/acme-challenge/{domain}/{token}`.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new().route("/.well-known/acme-challenge/{domain}/{token}", get(dcv)).with_state(shared)
}

async fn dcv(State(s): State<Arc<Shared>>, Path((domain, token)): Path<(String, String)>) -> Response {
    match s.store.tx(|tx| store::dv_by_token(tx, &domain, &token)) {
        Ok(Some(row)) => row.response_body.into_response(),
        Ok(None) => (StatusCode::NOT_FOUND, "no such challenge").into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// Resolves only what it was told: each domain to its address, else the default, and
/// `dcv.akamai.com` to the emulator.
struct Resolver {
    map: BTreeMap<String, SocketAddr>,
    default: Option<SocketAddr>,
}

impl Resolver {
    fn lookup(&self, name: &str) -> Option<SocketAddr> {
        self.map.get(&name.to_ascii_lowercase()).copied().or(self.default)
    }
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let found = self.lookup(name.as_str());
        let name = name.as_str().to_string();
        Box::pin(async move {
            match found {
                Some(addr) => Ok(Box::new(std::iter::once(addr)) as reqwest::dns::Addrs),
                None => {
                    Err(format!("{name} has no address in the emulator (use --resolve or --challenge-addr)").into())
                }
            }
        })
    }
}

/// Starts the background task that moves the workflow on and checks challenges.
pub fn spawn_validator(shared: Arc<Shared>) -> tokio::task::JoinHandle<()> {
    let mut map: BTreeMap<String, SocketAddr> =
        shared.config.resolve.iter().map(|(k, v)| (k.to_ascii_lowercase(), *v)).collect();
    map.insert("dcv.akamai.com".into(), shared.addr);
    let resolver = Resolver { map, default: shared.config.challenge_addr };
    let can_fetch = !shared.config.resolve.is_empty() || shared.config.challenge_addr.is_some();
    let client = reqwest::Client::builder()
        .dns_resolver(Arc::new(resolver))
        .redirect(reqwest::redirect::Policy::limited(5))
        .timeout(Duration::from_secs(3))
        .no_proxy()
        .build();
    let real_interval = {
        // A stopped clock (time scale 0) is moved by hand, in tests: poll briskly.
        let scale = shared.clock.scale();
        let secs = if scale <= 0.0 { 0.05 } else { shared.config.durations.dv_poll as f64 / scale };
        Duration::from_secs_f64(secs.clamp(0.05, 2.0))
    };
    tokio::spawn(async move {
        let Ok(client) = client else {
            tracing::error!("cannot build the DV validator's HTTP client");
            return;
        };
        let mut tick = tokio::time::interval(real_interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = shared.advance() {
                tracing::error!("workflow: {e}");
                continue;
            }
            if !can_fetch {
                continue;
            }
            let awaiting = match shared.store.tx(|tx| store::dv_with_status(tx, ST_AWAITING_USER)) {
                Ok(rows) => rows,
                Err(e) => {
                    tracing::error!("reading DV state: {e}");
                    continue;
                }
            };
            for row in awaiting {
                let outcome = fetch(&client, &row.domain, &row.token, &row.response_body).await;
                let now = shared.clock.now();
                let durations = shared.config.durations.clone();
                if let Err(e) = shared.store.tx(|tx| workflow::challenge_checked(tx, row, outcome, now, &durations)) {
                    tracing::error!("recording a DV check: {e}");
                }
            }
        }
    })
}

/// Fetches `http://{domain}/.well-known/acme-challenge/{token}` and judges the answer.
async fn fetch(client: &reqwest::Client, domain: &str, token: &str, expected: &str) -> Checked {
    let url = format!("http://{domain}/.well-known/acme-challenge/{token}");
    let response = match client.get(&url).send().await {
        Ok(r) => r,
        Err(e) => {
            tracing::debug!("DV check of {url}: {e}");
            return Checked::NotServed;
        }
    };
    let status = response.status();
    if !status.is_success() {
        return Checked::NotServed;
    }
    match response.text().await {
        Ok(body) if body.trim() == expected => Checked::Served,
        Ok(body) => {
            let shown: String = body.trim().chars().take(80).collect();
            Checked::Wrong(format!("The challenge at {url} answered {shown:?}, not the expected response body."))
        }
        Err(_) => Checked::NotServed,
    }
}
