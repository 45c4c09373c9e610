//! `sps list`, `sps get`.

use sps_core::{GetSpsRequest, ListSpsRequests, UtcTime};

use super::parse_id;
use crate::args::{Get, List};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output;

/// `sps list`.
pub fn list(ctx: &Ctx, args: List) -> Result<(), CliError> {
    let mut op = ListSpsRequests::new(ctx.scope()?).information(args.information);
    if let Some(after) = &args.after {
        let t = UtcTime::parse_lenient(after).map_err(|e| CliError::Usage(format!("--after {after:?} {e}")))?;
        op = op.after(t);
    }
    let list = ctx.client()?.list_requests(&op)?;
    if ctx.style.json {
        output::json(&serde_json::json!({ "requestList": list }));
    } else if list.is_empty() {
        println!("No SPS requests.");
    } else {
        println!("{}", output::requests(&list));
    }
    Ok(())
}

/// `sps get`.
pub fn get(ctx: &Ctx, args: Get) -> Result<(), CliError> {
    let id = parse_id(&args.sps_id, "SPS_ID")?;
    let op = GetSpsRequest::new(ctx.scope()?, id)?.information(args.information);
    let request = ctx.client()?.get_request(&op)?;
    if ctx.style.json {
        output::json(&request);
    } else {
        println!("{}", output::request(&request, &ctx.style));
    }
    Ok(())
}
