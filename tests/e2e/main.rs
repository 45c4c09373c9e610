//! End-to-end scenarios: each written once, run against `sps-blocking` and `sps-async`, with
//! the emulator started in-process.
#![allow(missing_docs)]

// One scenario of the module runs in its own binary (e2e_logs.rs).
#[allow(dead_code)]
mod scenarios;

macro_rules! on_both_transports {
    ($($name:ident),* $(,)?) => {
        mod blocking {
            $(#[test] fn $name() { crate::scenarios::$name::<sps_tests::Blocking>() })*
        }
        mod asynchronous {
            $(#[test] fn $name() { crate::scenarios::$name::<sps_tests::Async>() })*
        }
    };
}

on_both_transports!(
    happy_paths,
    server_error_then_success,
    rate_limits_in_each_header_form,
    dropped_connection_after_commit_is_recovered,
    timeouts_leave_an_unknown_outcome_and_no_duplicate,
    waiting_on_several_uses_one_list_per_round,
    redirects_are_not_followed,
    huge_responses_are_refused,
    request_limit_spaces_calls,
);
