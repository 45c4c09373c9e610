//! Every response parser, on any status and any bytes: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sps_core::{CreateEdgeHost, CreateSpsRequest, EdgeHostForm, GetSpsRequest, ListSpsRequests, Operation, Scope};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else { return };
    let status = [200u16, 202, 400, 401, 403, 404, 429, 500, 302][usize::from(selector) % 9];
    let response = http::Response::builder().status(status).body(body.to_vec()).expect("response");
    let scope = Scope::new("11754", "1001").expect("scope");
    let _ = ListSpsRequests::new(scope.clone()).parse(&response);
    let _ = GetSpsRequest::new(scope.clone(), 1).expect("op").parse(&response);
    let _ =
        CreateEdgeHost::new(scope.clone(), EdgeHostForm::for_job("www.example.com", 1)).expect("op").parse(&response);
    let form = b"cnameHostname=a.example.com&createType=modSan&jobId=1&add.sans=b.example.com";
    let _ = CreateSpsRequest::from_urlencoded(scope, form).expect("op").parse(&response);
});
