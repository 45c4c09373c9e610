//! `sps wait`, and `--wait` on creates: polling with a progress display.

use std::collections::HashMap;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use sps_blocking::Client;
use sps_core::wait::{WaitEvent, WaitOptions, WaitOutcome, WaitReason};
use sps_core::Scope;

use super::parse_id;
use crate::args::{Timing, WaitArgs};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output;

/// Shows changes: spinners on a terminal, one line per change otherwise (on stderr).
struct Progress {
    bars: Option<(MultiProgress, HashMap<u64, ProgressBar>)>,
}

impl Progress {
    fn new(show_bars: bool, ids: &[u64]) -> Progress {
        if !show_bars {
            return Progress { bars: None };
        }
        let multi = MultiProgress::new();
        let style = ProgressStyle::with_template("{spinner} {prefix:>8} {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        let bars = ids
            .iter()
            .map(|id| {
                let bar = multi.add(ProgressBar::new_spinner().with_style(style.clone()).with_prefix(id.to_string()));
                bar.set_message("waiting for the first status");
                bar.enable_steady_tick(Duration::from_millis(120));
                (*id, bar)
            })
            .collect();
        Progress { bars: Some((multi, bars)) }
    }

    fn event(&self, e: &WaitEvent) {
        let r = &e.request;
        let progress = r.workflow_progress.as_ref().map(|w| w.as_str().to_string()).unwrap_or_default();
        match &self.bars {
            Some((_, bars)) => {
                if let Some(bar) = bars.get(&r.sps_id) {
                    bar.set_message(format!("{}  {progress}", r.status));
                }
            }
            None => match &e.previous {
                Some(p) if p != r.status.as_str() => eprintln!("{}: {p} -> {}  {progress}", r.sps_id, r.status),
                Some(_) => eprintln!("{}: {}  {progress}", r.sps_id, r.status),
                None => eprintln!("{}: {}  {progress}", r.sps_id, r.status),
            },
        }
    }

    fn finish(&self) {
        if let Some((_, bars)) = &self.bars {
            for bar in bars.values() {
                bar.finish();
            }
        }
    }
}

/// Wait options for `timing`.
pub fn options(timing: &Timing, stop_on_user_action: bool) -> WaitOptions {
    WaitOptions {
        interval: timing.interval,
        max_interval: timing.interval.max(Duration::from_secs(300)).min(timing.interval * 10),
        timeout: timing.timeout,
        stop_on_user_action,
        until_validated: false,
    }
}

/// Waits with a progress display.
pub fn watch(
    ctx: &Ctx,
    client: &Client,
    scope: &Scope,
    ids: &[u64],
    options: WaitOptions,
) -> Result<WaitOutcome, CliError> {
    let progress = Progress::new(ctx.style.progress, ids);
    let outcome = client.wait(scope, ids, options, |e| progress.event(e));
    progress.finish();
    Ok(outcome?)
}

/// Waits, shows progress, prints the result, and turns the outcome into an exit status.
pub fn wait_and_report(
    ctx: &Ctx,
    client: &Client,
    scope: &Scope,
    ids: &[u64],
    timing: &Timing,
    keep_waiting: bool,
) -> Result<WaitOutcome, CliError> {
    let outcome = watch(ctx, client, scope, ids, options(timing, !keep_waiting))?;
    if ctx.style.json {
        output::json(
            &serde_json::json!({ "requestList": outcome.requests, "polls": outcome.polls, "reason": format!("{:?}", outcome.reason) }),
        );
    } else {
        println!("{}", output::requests(&outcome.requests));
    }
    match outcome.reason {
        WaitReason::Finished if outcome.requests.iter().any(|r| r.status.kind().is_failure()) => {
            let failed: Vec<String> = outcome
                .requests
                .iter()
                .filter(|r| r.status.kind().is_failure())
                .map(|r| format!("{} ({})", r.sps_id, r.status))
                .collect();
            Err(CliError::Other(format!("request failed: {}", failed.join(", "))))
        }
        WaitReason::Finished => Ok(outcome),
        WaitReason::TimedOut => Err(CliError::TimedOut(format!(
            "timed out after {}; the requests go on: run `sps wait {}` again later",
            humantime::format_duration(timing.timeout),
            ids.iter().map(u64::to_string).collect::<Vec<_>>().join(" ")
        ))),
        WaitReason::UserActionNeeded => {
            let waiting: Vec<String> = outcome
                .requests
                .iter()
                .filter(|r| r.status.kind().needs_user_action())
                .map(|r| r.sps_id.to_string())
                .collect();
            if !ctx.style.json {
                for r in outcome.requests.iter().filter(|r| r.status.kind().needs_user_action()) {
                    eprintln!("\nDV challenges of {}:\n{}", r.sps_id, output::challenges(&r.dv_status));
                }
            }
            Err(CliError::UserAction(format!(
                "waiting for you: serve the DV challenges (see `sps dv challenges {}`, or `sps dv hook`), then run `sps wait` again",
                waiting.join(" ")
            )))
        }
    }
}

/// `sps wait`.
pub fn wait_command(ctx: &Ctx, args: WaitArgs) -> Result<(), CliError> {
    let ids = args.sps_ids.iter().map(|s| parse_id(s, "SPS_ID")).collect::<Result<Vec<u64>, _>>()?;
    let scope = ctx.scope()?;
    let client = ctx.client()?;
    wait_and_report(ctx, &client, &scope, &ids, &args.timing, args.keep_waiting).map(drop)
}
