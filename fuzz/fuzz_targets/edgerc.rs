//! The `.edgerc` parser: never a panic, and no error message shows a secret.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sps_core::edgerc::Edgerc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(rc) = Edgerc::parse("fuzz.edgerc", text) {
        let sections: Vec<String> = rc.sections().map(str::to_string).collect();
        for s in sections.iter().chain([&"default".to_string()]) {
            let _ = rc.credentials(s);
        }
    }
});
