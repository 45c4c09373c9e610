//! `application/x-www-form-urlencoded` bodies, both ways.
//!
//! Repeated keys keep their order; empty pairs (`a=1&&b=2`, as in the reference's modSan
//! example) are skipped; a trailing newline, as a form file on disk usually has, is ignored.

use crate::error::Invalid;
use crate::validate::Violation;

/// The media type of form bodies.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// Encodes pairs in order (`+` for spaces, percent-escapes for the rest).
pub fn encode<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())).collect();
    // Serializing a sequence of string pairs cannot fail.
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// Decodes a form into its pairs, in order.
///
/// # Errors
/// A body that is not UTF-8 once percent-decoded is refused, naming the pair.
pub fn decode(body: &[u8]) -> Result<Vec<(String, String)>, Invalid> {
    let text = std::str::from_utf8(body).map_err(|e| {
        Invalid::one(Violation::bad(
            "form",
            format!("{} bytes", body.len()),
            format!("is not UTF-8 text ({e}); expected a URL-encoded form"),
        ))
    })?;
    let text = text.trim_end_matches(['\n', '\r']).trim_start_matches('\u{feff}');
    let mut pairs = Vec::new();
    for raw in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = raw.split_once('=').unwrap_or((raw, ""));
        let unescape = |part: &str| {
            let spaced = part.replace('+', " ");
            percent_encoding::percent_decode_str(&spaced).decode_utf8().map(|s| s.into_owned()).map_err(|e| {
                Invalid::one(Violation::bad(
                    "form",
                    raw,
                    format!("is not UTF-8 once percent-decoded ({e}); expected a URL-encoded form"),
                ))
            })
        };
        pairs.push((unescape(k)?, unescape(v)?));
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_and_empty_pairs() {
        let pairs = decode(b"cnameHostname=www.example.com&jobId=10110&&createType=modSan&add.sans=a.example.net&add.sans=b.example.net\n").unwrap();
        assert_eq!(pairs.len(), 5);
        assert_eq!(pairs[3], ("add.sans".into(), "a.example.net".into()));
        assert_eq!(
            encode(&pairs),
            "cnameHostname=www.example.com&jobId=10110&createType=modSan&add.sans=a.example.net&add.sans=b.example.net"
        );
    }

    #[test]
    fn escapes() {
        let pairs = decode(
            b"organization-information.organization-name=My+Example+Inc.&admin-contact.email=m.jones%40akamai.com",
        )
        .unwrap();
        assert_eq!(pairs[0].1, "My Example Inc.");
        assert_eq!(pairs[1].1, "m.jones@akamai.com");
        assert_eq!(
            encode(&pairs),
            "organization-information.organization-name=My+Example+Inc.&admin-contact.email=m.jones%40akamai.com"
        );
        assert!(decode(b"a=%FF").is_err());
    }
}
