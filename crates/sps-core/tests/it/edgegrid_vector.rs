//! The EdgeGrid vector format, shared by the unit tests (which load the committed vectors
//! file) and `cargo xtask interop` (which makes it with the official edgegrid-python).

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde::{Deserialize, Serialize};
use sps_core::edgegrid::{self, Credentials, Nonce, Secret, Timestamp};
use sps_core::Endpoint;

/// A body: `b64` decoded and repeated `repeat` times (so large bodies stay small on disk).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Body {
    pub b64: String,
    pub repeat: usize,
}

impl Body {
    pub fn bytes(b: &[u8]) -> Body {
        Body { b64: BASE64.encode(b), repeat: 1 }
    }

    pub fn repeat(b: &[u8], repeat: usize) -> Body {
        Body { b64: BASE64.encode(b), repeat }
    }

    pub fn expand(&self) -> Vec<u8> {
        BASE64.decode(&self.b64).unwrap_or_default().repeat(self.repeat)
    }
}

/// One request to sign, with everything the signature depends on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Case {
    pub id: String,
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Body,
    pub client_token: String,
    pub client_secret: String,
    pub access_token: String,
    pub max_body: usize,
    pub headers_to_sign: Vec<String>,
    pub timestamp: String,
    pub nonce: String,
}

/// What the official library made of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expected {
    pub authorization: String,
    pub data_to_sign: String,
    pub signing_key: String,
}

/// A case and the official answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Vector {
    #[serde(flatten)]
    pub case: Case,
    pub expected: Expected,
}

/// The vectors file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VectorsFile {
    pub generator: String,
    pub vectors: Vec<Vector>,
}

impl Case {
    /// The request, as http::Request.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, String> {
        let mut b = http::Request::builder().method(self.method.as_str()).uri(self.url.as_str());
        for (k, v) in &self.headers {
            b = b.header(k.as_str(), v.as_str());
        }
        b.body(self.body.expand()).map_err(|e| format!("{}: cannot build request: {e}", self.id))
    }

    /// Signs the case with sps-core.
    pub fn sign(&self) -> Result<Expected, String> {
        let mut creds = Credentials::new(
            Endpoint::parse("vectors.invalid").map_err(|e| e.to_string())?,
            self.client_token.clone(),
            Secret::new(self.client_secret.clone()),
            Secret::new(self.access_token.clone()),
        );
        creds.max_body = self.max_body;
        creds.headers_to_sign = self.headers_to_sign.clone();
        let ts = Timestamp::parse(&self.timestamp).map_err(|e| e.to_string())?;
        let nonce = Nonce::new(self.nonce.clone()).map_err(|e| e.to_string())?;
        let s = edgegrid::sign(&creds, &self.request()?, &ts, &nonce).map_err(|e| format!("{}: {e}", self.id))?;
        Ok(Expected {
            authorization: s.authorization.expose().to_string(),
            data_to_sign: s.data_to_sign,
            signing_key: s.signing_key,
        })
    }
}

impl Vector {
    /// Compares sps-core's signature with the expected one, naming what differs.
    pub fn check(&self) -> Result<(), String> {
        let ours = self.case.sign()?;
        let mut diffs = Vec::new();
        if ours.signing_key != self.expected.signing_key {
            diffs.push(format!("signing_key: ours {:?}, official {:?}", ours.signing_key, self.expected.signing_key));
        }
        if ours.data_to_sign != self.expected.data_to_sign {
            diffs.push(format!(
                "data_to_sign:\n    ours     {:?}\n    official {:?}",
                ours.data_to_sign, self.expected.data_to_sign
            ));
        }
        if ours.authorization != self.expected.authorization {
            diffs.push(format!(
                "authorization: ours {:?}, official {:?}",
                ours.authorization, self.expected.authorization
            ));
        }
        if diffs.is_empty() {
            Ok(())
        } else {
            Err(format!("{} ({} {}): {}", self.case.id, self.case.method, self.case.url, diffs.join("; ")))
        }
    }
}
