//! Printing: aligned tables and status words for people, JSON with the API's field names for
//! scripts (`--json`: only JSON on stdout).

use anstyle::{AnsiColor, Style as Paint};
use serde::Serialize;
use sps_core::model::status::RequestStatus;
use sps_core::{DvStatus, SpsRequest};

/// How to print.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// JSON on stdout.
    pub json: bool,
    /// Colors on stderr.
    pub color: bool,
    /// A progress display on stderr.
    pub progress: bool,
}

impl Style {
    /// `text` in `color`, when colors are on.
    pub fn paint(&self, text: &str, color: AnsiColor) -> String {
        if self.color {
            let p = Paint::new().fg_color(Some(color.into())).bold();
            format!("{p}{text}{p:#}")
        } else {
            text.to_string()
        }
    }

    /// A status word, colored by meaning.
    pub fn status(&self, r: &SpsRequest) -> String {
        let color = match r.status.kind() {
            k if k.is_failure() => AnsiColor::Red,
            RequestStatus::Complete => AnsiColor::Green,
            RequestStatus::EdgeHostInUse => AnsiColor::Yellow,
            k if k.needs_user_action() => AnsiColor::Magenta,
            _ => AnsiColor::Cyan,
        };
        self.paint(r.status.as_str(), color)
    }
}

/// Prints `value` as pretty JSON on stdout.
pub fn json<T: Serialize>(value: &T) {
    println!("{}", serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into()));
}

/// Aligns `rows` under `headers`, two spaces apart.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let width = |i: usize| {
        rows.iter().map(|r| r.get(i).map_or(0, |c| c.chars().count())).chain([headers[i].len()]).max().unwrap_or(0)
    };
    let widths: Vec<usize> = (0..headers.len()).map(width).collect();
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<w$}  ", w = widths[i]));
            }
        }
        s.trim_end().to_string()
    };
    let mut out = line(headers.to_vec());
    for r in rows {
        out.push('\n');
        out.push_str(&line(r.iter().map(String::as_str).collect()));
    }
    out
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

/// The list table.
pub fn requests(list: &[SpsRequest]) -> String {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|r| {
            vec![
                r.sps_id.to_string(),
                r.status.as_str().to_string(),
                opt(r.job_id),
                opt(r.enrollment_id),
                opt(r.last_status_change.clone()),
                opt(r.edge_hostname()),
            ]
        })
        .collect();
    table(&["SPS ID", "STATUS", "JOB ID", "ENROLLMENT", "LAST CHANGE", "EDGE HOSTNAME"], &rows)
}

/// One request, in full.
pub fn request(r: &SpsRequest, style: &Style) -> String {
    let mut out = String::new();
    let mut kv = |k: &str, v: String| out.push_str(&format!("{k:<18}{v}\n"));
    kv("SPS ID", r.sps_id.to_string());
    kv("Status", style.status(r));
    kv("Progress", opt(r.workflow_progress.as_ref().map(|w| w.as_str().to_string())));
    kv("Job ID", opt(r.job_id));
    kv("Enrollment ID", opt(r.enrollment_id));
    kv("Last change", opt(r.last_status_change.clone()));
    if let Some(edge) = r.edge_hostname() {
        kv("Edge hostname", edge);
    }
    if !r.dv_status.is_empty() {
        out.push_str("\nDomain validation:\n");
        out.push_str(&challenges(&r.dv_status));
        out.push('\n');
    }
    if !r.parameters.is_empty() {
        out.push_str("\nParameters:\n");
        let rows: Vec<Vec<String>> = r.parameters.0.iter().map(|(k, v)| vec![format!("  {k}"), v.clone()]).collect();
        out.push_str(&table(&["  NAME", "VALUE"], &rows));
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// The DV table.
pub fn challenges(dv: &[DvStatus]) -> String {
    let rows: Vec<Vec<String>> = dv
        .iter()
        .map(|d| {
            vec![
                d.domain_name.clone(),
                d.status.as_str().to_string(),
                opt(d.challenge_path()),
                opt(d.response_body.clone()),
            ]
        })
        .collect();
    table(&["DOMAIN", "STATUS", "PATH", "RESPONSE BODY"], &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align() {
        let t = table(&["A", "BB"], &[vec!["xxx".into(), "y".into()], vec!["z".into(), "w".into()]]);
        assert_eq!(t, "A    BB\nxxx  y\nz    w");
    }
}
