#![allow(missing_docs)] // criterion_main! generates an undocumented main.
//! Signing a typical create request, against raw HMAC-SHA256 of the same bytes as baseline.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use sps_core::edgegrid::{sign, Credentials, Nonce, Secret, Timestamp};
use sps_core::{CreateSpsRequest, Endpoint, Operation, Scope};

const FORM: &[u8] = b"cnameHostname=www.example.cname-hostname300.com&createType=san&csr.cn=www.example.com&csr.ou=IT&csr.sans=www.example.com&csr.sans=www.new-example.com&csr.sans=www.example.net&csr.sans=www.new-example.net&organization-information.organization-name=My+Example+Inc.&organization-information.address-line-one=8+Cambridge+Center&organization-information.city=Cambridge&organization-information.region=MA&organization-information.postal-code=02136&organization-information.country=US&organization-information.phone=18008008000&admin-contact.first-name=Mary&admin-contact.last-name=Jones&admin-contact.phone=18008008001&admin-contact.email=m.jones@akamai.com&product=alta&validationType=ov";

fn bench(c: &mut Criterion) {
    let endpoint = Endpoint::parse("akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net").unwrap();
    let creds = Credentials::new(
        endpoint.clone(),
        "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
        Secret::new("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx="),
        Secret::new("akab-access-token-xxx-xxxxxxxxxxxxxxxx"),
    );
    let op = CreateSpsRequest::from_urlencoded(Scope::new("11754", "1001").unwrap(), FORM).unwrap();
    let request = op.to_http(&endpoint);
    let ts = Timestamp::from_unix(1_764_878_400).unwrap();
    let nonce = Nonce::new("dd9957e2-4fe5-48ca-8d32-16a772ac6d8f").unwrap();
    let mut group = c.benchmark_group("edgegrid");
    group.bench_function("sign create request", |b| {
        b.iter(|| sign(black_box(&creds), black_box(&request), black_box(&ts), black_box(&nonce)).unwrap())
    });
    // Baseline: the three primitive operations a signature needs (two HMACs, one SHA-256),
    // over the same bytes, with nothing else.
    let data = sign(&creds, &request, &ts, &nonce).unwrap().data_to_sign;
    group.bench_function("baseline: 2x HMAC-SHA256 + SHA-256", |b| {
        b.iter(|| {
            use sha2::Digest;
            let body_hash = Sha256::digest(black_box(request.body()));
            let mut k = Hmac::<Sha256>::new_from_slice(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=").unwrap();
            k.update(ts.as_str().as_bytes());
            let key = k.finalize().into_bytes();
            let mut m = Hmac::<Sha256>::new_from_slice(&key).unwrap();
            m.update(black_box(data.as_bytes()));
            (body_hash, m.finalize().into_bytes())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
