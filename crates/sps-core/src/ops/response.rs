//! Reading answers: the status first, then the body; never a panic.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::error::{bounded_body, ApiError, DecodeError, Error, InvalidItem, RateLimit};
use crate::model::id;

/// Turns a non-2xx answer into an [`ApiError`]; returns the body of a 2xx.
pub(crate) fn success_body<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<&[u8], Error> {
    let body = response.body().as_ref();
    if response.status().is_success() {
        Ok(body)
    } else {
        Err(api_error(response, parse_error_items(body), None).into())
    }
}

/// An [`ApiError`] for `response`, with the given items and request ID.
pub(crate) fn api_error<B: AsRef<[u8]>>(
    response: &http::Response<B>,
    invalid_items: Vec<InvalidItem>,
    sps_id: Option<u64>,
) -> ApiError {
    let (body, body_truncated) = bounded_body(response.body().as_ref());
    let sps_id = sps_id.or_else(|| invalid_items.iter().find_map(|i| i.sps_id));
    ApiError {
        status: response.status(),
        invalid_items,
        sps_id,
        rate_limit: RateLimit::from_headers(response.headers()),
        body,
        body_truncated,
    }
}

/// Decodes a 2xx body, keeping the JSON path of the first problem.
pub(crate) fn decode<T: DeserializeOwned, B: AsRef<[u8]>>(
    response: &http::Response<B>,
    body: &[u8],
) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| decode_error(response, e.path().to_string(), e.inner().to_string()))?;
    de.end().map_err(|e| decode_error(response, String::new(), e.to_string()))?;
    Ok(value)
}

/// A [`DecodeError`] for `response`.
pub(crate) fn decode_error<B: AsRef<[u8]>>(response: &http::Response<B>, path: String, message: String) -> Error {
    let (body, _) = bounded_body(response.body().as_ref());
    let path = if path.is_empty() { ".".to_string() } else { path };
    DecodeError { status: response.status(), path, message, body }.into()
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default, rename = "Errors")]
    errors: Option<ErrorsWire>,
    #[serde(default, rename = "invalidItems")]
    invalid_items: Option<Vec<ItemWire>>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    detail: Option<String>,
}

#[derive(Deserialize)]
struct ErrorsWire {
    #[serde(default, rename = "invalidItems")]
    invalid_items: Option<Vec<ItemWire>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ItemWire {
    #[serde(default)]
    field: Option<String>,
    #[serde(default, deserialize_with = "lenient_id")]
    sps_id: Option<u64>,
    #[serde(default)]
    validation: Option<String>,
    #[serde(default)]
    validation_description: Option<String>,
}

fn lenient_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(id::optional(d).unwrap_or(None))
}

/// The items of an SPS error body (`Errors.invalidItems[]`), or an Akamai problem body's
/// title and detail; nothing for HTML, empty or other bodies.
pub(crate) fn parse_error_items(body: &[u8]) -> Vec<InvalidItem> {
    let Ok(parsed) = serde_json::from_slice::<ErrorBody>(body) else {
        return Vec::new();
    };
    let items = parsed.errors.and_then(|e| e.invalid_items).or(parsed.invalid_items).unwrap_or_default();
    if items.is_empty() && (parsed.title.is_some() || parsed.detail.is_some()) {
        return vec![InvalidItem {
            field: None,
            sps_id: None,
            validation: parsed.title,
            validation_description: parsed.detail,
        }];
    }
    items
        .into_iter()
        .map(|i| InvalidItem {
            field: i.field,
            sps_id: i.sps_id,
            validation: i.validation,
            validation_description: i.validation_description,
        })
        .collect()
}
