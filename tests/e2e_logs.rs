//! The debug-log scenario on its own: tracing's per-callsite interest is shared by every
//! thread of a process, so capturing logs beside other tests that run without a subscriber
//! can lose lines. Here both transports run one after the other, alone.
#![allow(missing_docs)]

#[path = "e2e/scenarios.rs"]
#[allow(dead_code)]
mod scenarios;

#[test]
fn no_secret_in_debug_logs_on_both_transports() {
    scenarios::no_secret_in_debug_logs::<sps_tests::Blocking>();
    scenarios::no_secret_in_debug_logs::<sps_tests::Async>();
}
