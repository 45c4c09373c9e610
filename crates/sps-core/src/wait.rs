//! Waiting for requests to finish: what to poll, how long to sleep, when to stop. Pure: the
//! transport polls (through [`crate::call::Call`]) and sleeps when told.
//!
//! One request is polled with a get; several with one list call per round, whatever their
//! number. Every change of status, workflow stage or DV state is reported as a
//! [`WaitEvent`]. The interval grows by half while nothing changes, up to a cap, and drops
//! back when something does.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::error::{Error, Invalid};
use crate::model::SpsRequest;
use crate::ops::{GetSpsRequest, ListSpsRequests, Scope};
use crate::validate::Violation;

/// How to wait.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitOptions {
    /// The first interval between polls.
    pub interval: Duration,
    /// The longest interval between polls.
    pub max_interval: Duration,
    /// How long to wait in all.
    pub timeout: Duration,
    /// Stop as soon as a DV request waits for its challenges to be served.
    pub stop_on_user_action: bool,
    /// Finish as soon as every DV domain of every request is validated (or failed), without
    /// waiting for deployment: what a challenge hook waits for.
    pub until_validated: bool,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            interval: Duration::from_secs(30),
            max_interval: Duration::from_secs(300),
            timeout: Duration::from_secs(3600),
            stop_on_user_action: false,
            until_validated: false,
        }
    }
}

/// Why waiting ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitReason {
    /// Every request finished (complete, edge hostname in use, or failed).
    Finished,
    /// A DV request waits for the user to serve its challenges.
    UserActionNeeded,
    /// The timeout passed first.
    TimedOut,
}

/// What waiting found.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitOutcome {
    /// Why it ended.
    pub reason: WaitReason,
    /// The last state of each request, in the order asked.
    pub requests: Vec<SpsRequest>,
    /// How many polls (HTTP calls before retries) it took.
    pub polls: u32,
}

/// Something changed.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitEvent {
    /// The status before, as the server spelled it (`None` at the first poll).
    pub previous: Option<String>,
    /// The request now.
    pub request: SpsRequest,
}

/// One poll to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Poll {
    /// Get the one request.
    One(GetSpsRequest),
    /// List the scope's requests (one call for all of them).
    Many(ListSpsRequests),
}

/// What the transport must do next.
#[derive(Debug, Clone, PartialEq)]
pub enum WaitStep {
    /// Make this poll, then say [`WaitInput::Polled`].
    Poll(Poll),
    /// Sleep, then say [`WaitInput::Slept`].
    Sleep(Duration),
    /// Done.
    Done(WaitOutcome),
}

/// What happened since the last step.
#[derive(Debug, Clone, PartialEq)]
pub enum WaitInput {
    /// Waiting starts.
    Start,
    /// A poll answered.
    Polled(Vec<SpsRequest>),
    /// The transport slept.
    Slept,
}

/// The waiting state machine.
#[derive(Debug, Clone)]
pub struct Waiter {
    scope: Scope,
    ids: Vec<u64>,
    latest: BTreeMap<u64, SpsRequest>,
    options: WaitOptions,
    started_ms: Option<i64>,
    interval: Duration,
    polls: u32,
    events: Vec<WaitEvent>,
}

fn fingerprint(r: &SpsRequest) -> (String, Option<String>, Vec<String>) {
    (
        r.status.as_str().to_string(),
        r.workflow_progress.as_ref().map(|w| w.as_str().to_string()),
        r.dv_status.iter().map(|d| format!("{}={}", d.domain_name, d.status)).collect(),
    )
}

impl Waiter {
    /// Waits for `ids` of `scope`.
    ///
    /// # Errors
    /// No IDs, or an ID of 0.
    pub fn new(scope: Scope, ids: &[u64], options: WaitOptions) -> Result<Waiter, Invalid> {
        let mut unique = Vec::new();
        for id in ids {
            if *id == 0 {
                return Err(Invalid::one(Violation::bad("spsId", "0", "is not a positive whole number")));
            }
            if !unique.contains(id) {
                unique.push(*id);
            }
        }
        if unique.is_empty() {
            return Err(Invalid::one(Violation::missing("spsId", "at least one request ID is needed to wait for")));
        }
        let interval = options.interval;
        Ok(Waiter {
            scope,
            ids: unique,
            latest: BTreeMap::new(),
            options,
            started_ms: None,
            interval,
            polls: 0,
            events: Vec::new(),
        })
    }

    /// The changes seen since the last call.
    pub fn take_events(&mut self) -> Vec<WaitEvent> {
        std::mem::take(&mut self.events)
    }

    fn poll(&mut self) -> Result<WaitStep, Error> {
        self.polls += 1;
        Ok(WaitStep::Poll(if let [one] = self.ids.as_slice() {
            Poll::One(GetSpsRequest::new(self.scope.clone(), *one)?)
        } else {
            Poll::Many(ListSpsRequests::new(self.scope.clone()))
        }))
    }

    fn outcome(&self, reason: WaitReason) -> WaitStep {
        WaitStep::Done(WaitOutcome {
            reason,
            requests: self.ids.iter().filter_map(|id| self.latest.get(id).cloned()).collect(),
            polls: self.polls,
        })
    }

    fn record(&mut self, polled: Vec<SpsRequest>) -> Result<bool, Error> {
        let mut changed = false;
        let mut by_id: BTreeMap<u64, SpsRequest> = polled.into_iter().map(|r| (r.sps_id, r)).collect();
        for id in self.ids.clone() {
            let Some(now) = by_id.remove(&id) else {
                return Err(Error::Invalid(Invalid::one(Violation::bad(
                    "spsId",
                    id.to_string(),
                    format!(
                        "is not a request of contract {} and group {}",
                        self.scope.contract_id(),
                        self.scope.group_id()
                    ),
                ))));
            };
            let before = self.latest.get(&id);
            if before.map(fingerprint) != Some(fingerprint(&now)) {
                changed = true;
                self.events
                    .push(WaitEvent { previous: before.map(|b| b.status.as_str().to_string()), request: now.clone() });
            }
            self.latest.insert(id, now);
        }
        Ok(changed)
    }

    /// The next step at `now_ms` (Unix milliseconds), given what happened.
    ///
    /// # Errors
    /// A polled list that lacks one of the requests.
    pub fn next(&mut self, input: WaitInput, now_ms: i64) -> Result<WaitStep, Error> {
        let started = *self.started_ms.get_or_insert(now_ms);
        match input {
            WaitInput::Start | WaitInput::Slept => self.poll(),
            WaitInput::Polled(polled) => {
                let changed = self.record(polled)?;
                let all = self.ids.iter().filter_map(|id| self.latest.get(id));
                let statuses: Vec<_> = all.map(|r| r.status.kind().clone()).collect();
                if statuses.iter().all(|s| s.is_terminal()) {
                    return Ok(self.outcome(WaitReason::Finished));
                }
                let validated = |r: &SpsRequest| {
                    !r.dv_status.is_empty() && r.dv_status.iter().all(|d| d.status.kind().is_terminal())
                };
                if self.options.until_validated && self.ids.iter().filter_map(|id| self.latest.get(id)).all(validated) {
                    return Ok(self.outcome(WaitReason::Finished));
                }
                if self.options.stop_on_user_action && statuses.iter().any(|s| s.needs_user_action()) {
                    return Ok(self.outcome(WaitReason::UserActionNeeded));
                }
                let elapsed = Duration::from_millis((now_ms - started).max(0) as u64);
                let Some(left) = self.options.timeout.checked_sub(elapsed).filter(|l| !l.is_zero()) else {
                    return Ok(self.outcome(WaitReason::TimedOut));
                };
                self.interval = if changed {
                    self.options.interval
                } else {
                    self.interval.mul_f64(1.5).min(self.options.max_interval.max(self.options.interval))
                };
                Ok(WaitStep::Sleep(self.interval.min(left)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(id: u64, status: &str) -> SpsRequest {
        serde_json::from_value(serde_json::json!({"spsId": id, "status": status})).unwrap()
    }

    fn scope() -> Scope {
        Scope::new("11754", "1001").unwrap()
    }

    fn opts() -> WaitOptions {
        WaitOptions {
            interval: Duration::from_secs(10),
            max_interval: Duration::from_secs(20),
            timeout: Duration::from_secs(60),
            stop_on_user_action: true,
            until_validated: false,
        }
    }

    #[test]
    fn one_request_uses_get_many_use_one_list() {
        let mut w = Waiter::new(scope(), &[5], opts()).unwrap();
        assert!(matches!(w.next(WaitInput::Start, 0).unwrap(), WaitStep::Poll(Poll::One(_))));
        let mut w = Waiter::new(scope(), &[5, 6, 5], opts()).unwrap();
        assert!(matches!(w.next(WaitInput::Start, 0).unwrap(), WaitStep::Poll(Poll::Many(_))));
    }

    #[test]
    fn backs_off_reports_changes_and_finishes() {
        let mut w = Waiter::new(scope(), &[1, 2], opts()).unwrap();
        w.next(WaitInput::Start, 0).unwrap();
        let step =
            w.next(WaitInput::Polled(vec![req(1, "CPS Running"), req(2, "Pending"), req(3, "Pending")]), 0).unwrap();
        assert_eq!(step, WaitStep::Sleep(Duration::from_secs(10)));
        assert_eq!(w.take_events().len(), 2);
        w.next(WaitInput::Slept, 10_000).unwrap();
        let step = w.next(WaitInput::Polled(vec![req(1, "CPS Running"), req(2, "Pending")]), 10_000).unwrap();
        assert_eq!(step, WaitStep::Sleep(Duration::from_secs(15)), "nothing changed: longer");
        assert!(w.take_events().is_empty());
        let step = w.next(WaitInput::Polled(vec![req(1, "CPS Running"), req(2, "Pending")]), 25_000).unwrap();
        assert_eq!(step, WaitStep::Sleep(Duration::from_secs(20)), "capped");
        let step = w
            .next(
                WaitInput::Polled(vec![req(1, "SPS Request Complete"), req(2, "edge host already created or pending")]),
                30_000,
            )
            .unwrap();
        let WaitStep::Done(outcome) = step else { panic!() };
        assert_eq!(outcome.reason, WaitReason::Finished);
        assert_eq!(outcome.polls, 2);
        let events = w.take_events();
        assert_eq!(events[0].previous.as_deref(), Some("CPS Running"));
    }

    #[test]
    fn stops_for_the_user_and_times_out() {
        let mut w = Waiter::new(scope(), &[1], opts()).unwrap();
        w.next(WaitInput::Start, 0).unwrap();
        let WaitStep::Done(o) = w.next(WaitInput::Polled(vec![req(1, "Awaiting user")]), 0).unwrap() else { panic!() };
        assert_eq!(o.reason, WaitReason::UserActionNeeded);
        let mut w = Waiter::new(scope(), &[1], opts()).unwrap();
        w.next(WaitInput::Start, 0).unwrap();
        assert_eq!(
            w.next(WaitInput::Polled(vec![req(1, "Pending")]), 55_000).unwrap(),
            WaitStep::Sleep(Duration::from_secs(5)),
            "sleeps no longer than is left"
        );
        let WaitStep::Done(o) = w.next(WaitInput::Polled(vec![req(1, "Pending")]), 60_000).unwrap() else { panic!() };
        assert_eq!(o.reason, WaitReason::TimedOut);
    }

    #[test]
    fn a_missing_request_is_an_error_and_ids_are_checked() {
        let mut w = Waiter::new(scope(), &[1, 2], opts()).unwrap();
        w.next(WaitInput::Start, 0).unwrap();
        let err = w.next(WaitInput::Polled(vec![req(1, "Pending")]), 0).unwrap_err();
        assert!(err.to_string().contains("spsId: \"2\" is not a request of contract 11754"), "{err}");
        assert!(Waiter::new(scope(), &[], opts()).is_err());
        assert!(Waiter::new(scope(), &[0], opts()).is_err());
    }
}
