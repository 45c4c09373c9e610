//! What every command needs: credentials, client, scope, and how to print.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use sps_blocking::Client;
use sps_core::client::ClientOptions;
use sps_core::edgegrid::Credentials;
use sps_core::edgerc;
use sps_core::Scope;

use crate::args::Global;
use crate::error::CliError;
use crate::output::Style;

/// The resolved global options.
pub struct Ctx {
    /// The options as given.
    pub global: Global,
    /// How to print.
    pub style: Style,
}

impl Ctx {
    /// From the global options.
    pub fn new(global: Global) -> Ctx {
        let color = !global.no_color && std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
        let style = Style { json: global.json, color, progress: std::io::stderr().is_terminal() && !global.json };
        Ctx { global, style }
    }

    fn edgerc_path(&self) -> PathBuf {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        self.global.edgerc.clone().unwrap_or_else(|| edgerc::default_path(home.as_deref()))
    }

    /// The credentials of the chosen section, with `--account-key` applied.
    pub fn credentials(&self) -> Result<Credentials, CliError> {
        let path = self.edgerc_path();
        warn_if_readable_by_others(&path);
        let resolved = edgerc::load(&self.global.section, &path, std::env::vars(), |p| std::fs::read_to_string(p))
            .map_err(|e| CliError::Usage(format!("{e}\n  hint: pass --edgerc PATH and --section NAME, or set AKAMAI_HOST, AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN")))?;
        for note in &resolved.notes {
            eprintln!("warning: {note}");
        }
        let mut credentials = resolved.credentials;
        if let Some(key) = &self.global.account_key {
            credentials.account_key = Some(key.clone());
        }
        Ok(credentials)
    }

    /// A client for the chosen credentials.
    pub fn client(&self) -> Result<Client, CliError> {
        let options = ClientOptions {
            proxy: self.global.proxy.clone(),
            user_agent: format!("sps-cli/{}", env!("CARGO_PKG_VERSION")),
            ..ClientOptions::default()
        };
        Client::new(self.credentials()?, options).map_err(CliError::Failed)
    }

    /// The contract and group (and account switch key) of every call.
    pub fn scope(&self) -> Result<Scope, CliError> {
        let missing = |flag: &str, env: &str| {
            CliError::Usage(format!(
                "{flag} is required (or set {env}); it names the contract and group the request is for"
            ))
        };
        let contract = self.global.contract_id.clone().ok_or_else(|| missing("--contract-id", "SPS_CONTRACT_ID"))?;
        let group = self.global.group_id.clone().ok_or_else(|| missing("--group-id", "SPS_GROUP_ID"))?;
        let scope = Scope::new(contract, group)?;
        Ok(match &self.global.account_key {
            Some(key) => scope.with_account_switch_key(key.clone())?,
            None => scope,
        })
    }
}

/// Warns, as ssh does, when the credentials file can be read by others.
fn warn_if_readable_by_others(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                eprintln!(
                    "warning: {} is readable by others (mode {mode:04o}); it holds secrets: run chmod 600 {}",
                    path.display(),
                    path.display()
                );
            }
        }
    }
}
