//! Create forms for the load, soak and benchmark tasks, made from the reference's own OV SAN
//! form with the names of each request.

const OV_SAN: &str = include_str!("../../crates/sps-core/tests/data/reference/ov_san.form");

/// The reference's OV SAN form for `host` (its common name and edge hostname).
pub fn ov_san(host: &str) -> String {
    OV_SAN
        .trim()
        .replace("csr.cn=www.example.com", &format!("csr.cn={host}"))
        .replace("cnameHostname=www.example.cname-hostname300.com", &format!("cnameHostname={host}"))
}

/// The same as a single-name certificate: createType `single`, no SANs.
pub fn single(host: &str) -> String {
    let san = ov_san(host).replace("createType=san", "createType=single");
    san.split('&').filter(|p| !p.starts_with("csr.sans=")).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_valid_and_named() {
        let scope = sps_core::Scope::new("11754", "1001").unwrap();
        for text in [ov_san("a.example.com"), single("a.example.com")] {
            let op = sps_core::CreateSpsRequest::from_urlencoded(scope.clone(), text.as_bytes()).unwrap();
            let pairs = op.form().to_pairs();
            assert!(pairs.iter().any(|(k, v)| k == "csr.cn" && v == "a.example.com"), "{text}");
            assert!(pairs.iter().any(|(k, v)| k == "cnameHostname" && v == "a.example.com"), "{text}");
        }
        assert!(!single("a.example.com").contains("csr.sans="));
    }
}
