//! The emulator's handling of what clients send: the Authorization header and the two forms.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = sps_emulator::fuzzing::authorization(text);
    let _ = sps_emulator::fuzzing::create_form(data);
    let _ = sps_emulator::fuzzing::edge_host_form(data);
});
