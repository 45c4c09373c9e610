//! The form parser and validation: never a panic; a valid form round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sps_core::{form, EdgeHostForm, SpsRequestForm};

fuzz_target!(|data: &[u8]| {
    if let Ok((parsed, _)) = SpsRequestForm::from_urlencoded(data) {
        let again = SpsRequestForm::from_urlencoded(form::encode(&parsed.to_pairs()).as_bytes())
            .expect("a valid form stays valid");
        assert_eq!(again.0, parsed);
    }
    if let Ok(pairs) = form::decode(data) {
        let _ = EdgeHostForm::from_pairs(&pairs);
    }
});
