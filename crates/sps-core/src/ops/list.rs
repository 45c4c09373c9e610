//! `GET /sps-requests` and `GET /sps-requests/{spsId}`.

use super::response::{decode, decode_error, success_body};
use super::{request, Endpoint, Operation, Scope, BASE_PATH};
use crate::error::{Error, Invalid};
use crate::model::request::RequestList;
use crate::model::{SpsRequest, UtcTime};
use crate::validate::{check_id, Violation};

/// Lists the SPS requests of a contract and group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListSpsRequests {
    scope: Scope,
    after: Option<UtcTime>,
    information: Option<bool>,
}

impl ListSpsRequests {
    /// Every request of `scope`.
    pub fn new(scope: Scope) -> Self {
        ListSpsRequests { scope, after: None, information: None }
    }

    /// Only requests created after `after` (sent as `yyyy-MM-ddTHH:mm:ssZ`).
    #[must_use]
    pub fn after(mut self, after: UtcTime) -> Self {
        self.after = Some(after);
        self
    }

    /// With `true`, each request carries the form parameters it was created with.
    #[must_use]
    pub fn information(mut self, information: bool) -> Self {
        self.information = Some(information);
        self
    }

    /// The scope.
    pub fn scope(&self) -> &Scope {
        &self.scope
    }
}

fn query_extra(after: Option<UtcTime>, information: Option<bool>) -> Vec<(&'static str, String)> {
    let mut extra = Vec::new();
    if let Some(after) = after {
        extra.push(("after", after.to_string()));
    }
    if let Some(information) = information {
        extra.push(("information", information.to_string()));
    }
    extra
}

impl Operation for ListSpsRequests {
    type Output = Vec<SpsRequest>;

    fn name(&self) -> &'static str {
        "list-sps-requests"
    }

    fn to_http(&self, endpoint: &Endpoint) -> http::Request<Vec<u8>> {
        let query = self.scope.query(&query_extra(self.after, self.information));
        request(http::Method::GET, endpoint.uri(&format!("{BASE_PATH}/sps-requests?{query}")), None)
    }

    fn parse<B: AsRef<[u8]>>(&self, response: &http::Response<B>) -> Result<Vec<SpsRequest>, Error> {
        let body = success_body(response)?;
        Ok(decode::<RequestList, B>(response, body)?.request_list)
    }

    fn is_idempotent(&self) -> bool {
        true
    }
}

/// Gets one SPS request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetSpsRequest {
    scope: Scope,
    sps_id: u64,
    information: Option<bool>,
}

impl GetSpsRequest {
    /// The request `sps_id` of `scope`.
    ///
    /// # Errors
    /// `sps_id` is 0.
    pub fn new(scope: Scope, sps_id: u64) -> Result<Self, Invalid> {
        if sps_id == 0 {
            return Err(Invalid::one(Violation::bad(
                "spsId",
                "0",
                "is not a positive whole number; expected an ID such as 12345",
            )));
        }
        Ok(GetSpsRequest { scope, sps_id, information: None })
    }

    /// Parses `sps_id` from text, as a user types it.
    ///
    /// # Errors
    /// Not a positive whole number.
    pub fn parse_id(sps_id: &str) -> Result<u64, Invalid> {
        check_id(sps_id.trim()).map_err(|e| Invalid::one(Violation::bad("spsId", sps_id, e)))
    }

    /// With `true`, the request carries the form parameters it was created with.
    #[must_use]
    pub fn information(mut self, information: bool) -> Self {
        self.information = Some(information);
        self
    }

    /// The requested ID.
    pub fn sps_id(&self) -> u64 {
        self.sps_id
    }
}

impl Operation for GetSpsRequest {
    type Output = SpsRequest;

    fn name(&self) -> &'static str {
        "get-sps-request"
    }

    fn to_http(&self, endpoint: &Endpoint) -> http::Request<Vec<u8>> {
        let query = self.scope.query(&query_extra(None, self.information));
        request(http::Method::GET, endpoint.uri(&format!("{BASE_PATH}/sps-requests/{}?{query}", self.sps_id)), None)
    }

    fn parse<B: AsRef<[u8]>>(&self, response: &http::Response<B>) -> Result<SpsRequest, Error> {
        let body = success_body(response)?;
        let mut list = decode::<RequestList, B>(response, body)?.request_list;
        if list.is_empty() {
            return Err(decode_error(
                response,
                "requestList".into(),
                format!("is empty; expected the request {}", self.sps_id),
            ));
        }
        let index = list.iter().position(|r| r.sps_id == self.sps_id).unwrap_or(0);
        Ok(list.swap_remove(index))
    }

    fn is_idempotent(&self) -> bool {
        true
    }
}
