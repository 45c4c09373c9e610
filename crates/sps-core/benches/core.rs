//! sps-core's hot paths, each beside a baseline measured in the same run: signing a create
//! request (baseline: the bare HMAC/SHA-256 work), encoding its form, parsing a get answer and
//! a list of 10,000 requests with parameters (baseline: `serde_json::Value`).
//!
//! `cargo xtask bench` runs this and compares with the Python tools on the same inputs, which
//! it reads from `target/bench/` (written here).
#![allow(missing_docs)] // criterion_main! generates an undocumented main.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use sps_core::edgegrid::{sign, Credentials, Nonce, Secret, Timestamp};
use sps_core::{form, CreateSpsRequest, Endpoint, GetSpsRequest, ListSpsRequests, Operation, Scope};

pub const FORM: &str = "cnameHostname=www.example.cname-hostname300.com&createType=san&csr.cn=www.example.com&csr.ou=IT&csr.sans=www.example.com&csr.sans=www.new-example.com&csr.sans=www.example.net&csr.sans=www.new-example.net&organization-information.organization-name=My+Example+Inc.&organization-information.address-line-one=8+Cambridge+Center&organization-information.city=Cambridge&organization-information.region=MA&organization-information.postal-code=02136&organization-information.country=US&organization-information.phone=18008008000&admin-contact.first-name=Mary&admin-contact.last-name=Jones&admin-contact.phone=18008008001&admin-contact.email=m.jones%40akamai.com&product=alta&validationType=ov";

/// A list answer of `n` requests, each with the 29 parameters of the reference's sample.
pub fn list_answer(n: usize) -> Vec<u8> {
    let sample: serde_json::Value =
        serde_json::from_str(include_str!("../tests/data/reference/list_200.json")).unwrap();
    let template = &sample["requestList"][0];
    let items: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut r = template.clone();
            r["spsId"] = (10_000 + i).into();
            r["jobId"] = (20_000 + i).into();
            r["resourceUrl"] = format!("/config-secure-provisioning-service/v1/sps-requests/{}", 10_000 + i).into();
            r
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({ "requestList": items })).unwrap()
}

fn bench(c: &mut Criterion) {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).unwrap();
    let list = list_answer(10_000);
    std::fs::write(out.join("list10k.json"), &list).unwrap();
    let get = include_bytes!("../tests/data/reference/get_200.json").to_vec();
    std::fs::write(out.join("get.json"), &get).unwrap();
    std::fs::write(out.join("create.form"), FORM).unwrap();

    let endpoint = Endpoint::parse("akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net").unwrap();
    let creds = Credentials::new(
        endpoint.clone(),
        "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
        Secret::new("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx="),
        Secret::new("akab-access-token-xxx-xxxxxxxxxxxxxxxx"),
    );
    let scope = Scope::new("11754", "1001").unwrap();
    let op = CreateSpsRequest::from_urlencoded(scope.clone(), FORM.as_bytes()).unwrap();
    let request = op.to_http(&endpoint);
    let ts = Timestamp::from_unix(1_764_878_400).unwrap();
    let nonce = Nonce::new("dd9957e2-4fe5-48ca-8d32-16a772ac6d8f").unwrap();

    let mut g = c.benchmark_group("sign");
    g.bench_function("sps-core", |b| {
        b.iter(|| sign(black_box(&creds), black_box(&request), black_box(&ts), black_box(&nonce)).unwrap())
    });
    let data = sign(&creds, &request, &ts, &nonce).unwrap().data_to_sign;
    g.bench_function("baseline", |b| {
        b.iter(|| {
            let body_hash = Sha256::digest(black_box(request.body()));
            let mut k = Hmac::<Sha256>::new_from_slice(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=").unwrap();
            k.update(ts.as_str().as_bytes());
            let key = k.finalize().into_bytes();
            let mut m = Hmac::<Sha256>::new_from_slice(&key).unwrap();
            m.update(black_box(data.as_bytes()));
            (body_hash, m.finalize().into_bytes())
        })
    });
    g.finish();

    let mut g = c.benchmark_group("form");
    let pairs = op.form().to_pairs();
    g.bench_function("sps-core", |b| b.iter(|| form::encode(black_box(&op.form().to_pairs()))));
    g.bench_function("baseline", |b| b.iter(|| serde_urlencoded::to_string(black_box(&pairs)).unwrap()));
    g.finish();

    let mut g = c.benchmark_group("parse-get");
    let get_op = GetSpsRequest::new(scope.clone(), 7890).unwrap();
    let get_response = http::Response::builder().status(200).body(get.clone()).unwrap();
    g.throughput(Throughput::Bytes(get.len() as u64));
    g.bench_function("sps-core", |b| b.iter(|| get_op.parse(black_box(&get_response)).unwrap()));
    g.bench_function("baseline", |b| b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&get)).unwrap()));
    g.finish();

    let mut g = c.benchmark_group("parse-list-10k");
    g.sample_size(10);
    let list_op = ListSpsRequests::new(scope).information(true);
    let list_response = http::Response::builder().status(200).body(list.clone()).unwrap();
    g.throughput(Throughput::Bytes(list.len() as u64));
    g.bench_function("sps-core", |b| b.iter(|| list_op.parse(black_box(&list_response)).unwrap()));
    g.bench_function("baseline", |b| b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&list)).unwrap()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
