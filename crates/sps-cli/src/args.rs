//! The command line, as clap reads it. Checking and meaning come after, in the commands.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Provision TLS certificates and secure edge hostnames with Akamai's Secure Provisioning
/// Service (SPS) API v1.
#[derive(Debug, Parser)]
#[command(name = "sps", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Exit codes: 0 done; 1 the API refused or a request failed; 2 invalid input or usage (nothing sent); \
3 timed out waiting; 4 waiting stopped because the user must act (DV challenges)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// The .edgerc file [default: ~/.edgerc]
    #[arg(long, global = true, env = "AKAMAI_EDGERC", hide_env_values = true, value_name = "PATH")]
    pub edgerc: Option<PathBuf>,
    /// The .edgerc section
    #[arg(
        long,
        short = 's',
        global = true,
        env = "AKAMAI_EDGERC_SECTION",
        hide_env_values = true,
        default_value = "default",
        value_name = "NAME"
    )]
    pub section: String,
    /// Act for another account (accountSwitchKey)
    #[arg(
        long = "account-key",
        alias = "accountkey",
        global = true,
        env = "AKAMAI_EDGERC_ACCOUNT_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub account_key: Option<String>,
    /// The contract ID (such as 11754 or 1-1TJZFB)
    #[arg(long, global = true, env = "SPS_CONTRACT_ID", hide_env_values = true, value_name = "ID")]
    pub contract_id: Option<String>,
    /// The group ID
    #[arg(long, global = true, env = "SPS_GROUP_ID", hide_env_values = true, value_name = "ID")]
    pub group_id: Option<String>,
    /// Print only JSON on stdout
    #[arg(long, global = true)]
    pub json: bool,
    /// Log to stderr (-v info, -vv debug); secrets are never logged
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Send requests through this proxy [default: HTTPS_PROXY]
    #[arg(long, global = true, value_name = "URL")]
    pub proxy: Option<String>,
    /// No colors (also NO_COLOR)
    #[arg(long, global = true)]
    pub no_color: bool,
}

/// The commands.
// Parsed once per run; boxing the big variants would only make matching noisier.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a certificate and its secure edge hostname
    Create(Create),
    /// Add names to an existing SAN certificate (modSan)
    AddSans(AddSans),
    /// List SPS requests
    List(List),
    /// Show one SPS request
    Get(Get),
    /// Secure edge hostnames for existing certificates
    #[command(subcommand)]
    EdgeHost(EdgeHost),
    /// Wait until requests finish
    Wait(WaitArgs),
    /// Domain validation: show or serve the challenges
    #[command(subcommand)]
    Dv(Dv),
    /// Run the SPS emulator in the foreground
    Emulator(EmulatorArgs),
    /// Provision a DV SAN certificate and edge hostnames against the embedded emulator
    Demo(Demo),
    /// Print shell completions
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
}

/// `--dry-run`.
#[derive(Debug, Args, Clone, Copy)]
pub struct DryRun {
    /// Validate and print the exact HTTP request (Authorization redacted); send nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// `--wait` and its timing.
#[derive(Debug, Args, Clone)]
pub struct Waiting {
    /// Wait until the request finishes
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub timing: Timing,
}

/// How long and how often to poll.
#[derive(Debug, Args, Clone)]
pub struct Timing {
    /// Give up after this long (such as 90s, 30m, 2h)
    #[arg(long, default_value = "1h", value_parser = humantime::parse_duration, value_name = "DURATION")]
    pub timeout: Duration,
    /// Poll this often (it grows while nothing changes)
    #[arg(long, default_value = "30s", value_parser = humantime::parse_duration, value_name = "DURATION")]
    pub interval: Duration,
}

/// `sps create`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Create {
    #[command(subcommand)]
    pub kind: Option<CreateKind>,
    /// A URL-encoded form, exactly like the reference's formparams files (createType inside)
    #[arg(long, value_name = "FILE", conflicts_with = "from", required_unless_present = "from")]
    pub form_file: Option<PathBuf>,
    /// A request file (.toml or .json) of form parameters; nested tables join with '.'
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    #[command(flatten)]
    pub waiting: Waiting,
    #[command(flatten)]
    pub dry_run: DryRun,
}

/// The typed create commands.
#[derive(Debug, Subcommand)]
pub enum CreateKind {
    /// A certificate for one host name
    Single(CertificateFlags),
    /// A certificate for several host names (OV, or DV with Let's Encrypt)
    San(CertificateFlags),
    /// A certificate for *.domain
    Wildcard(CertificateFlags),
}

/// `--validation`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Validation {
    /// Organization validation
    Ov,
    /// Domain validation (Let's Encrypt, SAN only)
    Dv,
}

/// Every field of a new certificate.
#[derive(Debug, Args)]
pub struct CertificateFlags {
    /// The edge hostname to create: NAME.edgekey.net
    #[arg(long, value_name = "NAME")]
    pub cname_hostname: Option<String>,
    /// The common name (csr.cn)
    #[arg(long, value_name = "HOST")]
    pub cn: Option<String>,
    /// The organizational unit (csr.ou)
    #[arg(long, value_name = "TEXT")]
    pub ou: Option<String>,
    /// A subject alternative name (repeatable; san only)
    #[arg(long = "san", value_name = "HOST")]
    pub sans: Vec<String>,
    /// Validation type
    #[arg(long, value_enum)]
    pub validation: Option<Validation>,
    /// Organization name
    #[arg(long, value_name = "TEXT")]
    pub org_name: Option<String>,
    /// Organization address, first line
    #[arg(long, value_name = "TEXT")]
    pub org_address: Option<String>,
    /// Organization address, second line
    #[arg(long, value_name = "TEXT")]
    pub org_address_2: Option<String>,
    /// Organization city
    #[arg(long, value_name = "TEXT")]
    pub org_city: Option<String>,
    /// Organization state or province
    #[arg(long, value_name = "TEXT")]
    pub org_region: Option<String>,
    /// Organization postal code
    #[arg(long, value_name = "TEXT")]
    pub org_postal_code: Option<String>,
    /// Organization country (ISO 3166 alpha-2, such as US)
    #[arg(long, value_name = "CC")]
    pub org_country: Option<String>,
    /// Organization phone
    #[arg(long, value_name = "PHONE")]
    pub org_phone: Option<String>,
    /// Administrative contact's first name
    #[arg(long, value_name = "TEXT")]
    pub admin_first_name: Option<String>,
    /// Administrative contact's last name
    #[arg(long, value_name = "TEXT")]
    pub admin_last_name: Option<String>,
    /// Administrative contact's phone
    #[arg(long, value_name = "PHONE")]
    pub admin_phone: Option<String>,
    /// Administrative contact's e-mail
    #[arg(long, value_name = "EMAIL")]
    pub admin_email: Option<String>,
    #[command(flatten)]
    pub common: CommonFlags,
    /// The certificate authority (symantec, lets-encrypt)
    #[arg(long, value_name = "NAME")]
    pub issuer: Option<String>,
    /// The signature algorithm (SHA-256, SHA-1)
    #[arg(long, value_name = "ALG")]
    pub signature_algorithm: Option<String>,
    /// Serve the certificate with SNI only
    #[arg(long)]
    pub sni: bool,
    #[command(flatten)]
    pub waiting: Waiting,
    #[command(flatten)]
    pub dry_run: DryRun,
}

/// Fields every create takes.
#[derive(Debug, Args)]
pub struct CommonFlags {
    /// The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)
    #[arg(long, value_name = "NAME")]
    pub product: Option<String>,
    /// The edge hostname's IP versions (ipv4, ipv4_ipv6)
    #[arg(long, value_name = "VERSION")]
    pub ip_version: Option<String>,
    /// The deployment network (esslType, chinaType)
    #[arg(long, value_name = "KLASS")]
    pub klass: Option<String>,
}

/// `sps add-sans`.
#[derive(Debug, Args)]
pub struct AddSans {
    /// The job ID of the SAN certificate
    #[arg(long, value_name = "N")]
    pub job_id: String,
    /// A name to add (repeatable)
    #[arg(long = "san", value_name = "HOST", required = true)]
    pub sans: Vec<String>,
    /// The edge hostname to create: NAME.edgekey.net
    #[arg(long, value_name = "NAME")]
    pub cname_hostname: String,
    #[command(flatten)]
    pub common: CommonFlags,
    #[command(flatten)]
    pub waiting: Waiting,
    #[command(flatten)]
    pub dry_run: DryRun,
}

/// `sps list`.
#[derive(Debug, Args)]
pub struct List {
    /// Only requests created after this time (2014-07-08T16:27:06Z, RFC 3339, or a date)
    #[arg(long, value_name = "WHEN")]
    pub after: Option<String>,
    /// Include the parameters each request was created with
    #[arg(long)]
    pub information: bool,
}

/// `sps get`.
#[derive(Debug, Args)]
pub struct Get {
    /// The SPS request ID
    pub sps_id: String,
    /// Include the parameters the request was created with
    #[arg(long)]
    pub information: bool,
}

/// `sps edge-host`.
#[derive(Debug, Subcommand)]
pub enum EdgeHost {
    /// Create a secure edge hostname for an existing certificate
    Create(EdgeHostCreate),
}

/// `sps edge-host create`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("certificate").required(true).multiple(true).args(["job_id", "enrollment_id"])))]
pub struct EdgeHostCreate {
    /// The edge hostname to create: NAME.edgekey.net
    #[arg(long, value_name = "NAME")]
    pub cname_hostname: String,
    /// The job ID of the certificate
    #[arg(long, value_name = "N")]
    pub job_id: Option<String>,
    /// The CPS enrollment ID of the certificate (wins over --job-id)
    #[arg(long, value_name = "N")]
    pub enrollment_id: Option<String>,
    /// The edge hostname's IP versions (ipv4, ipv4_ipv6)
    #[arg(long, value_name = "VERSION")]
    pub ip_version: Option<String>,
    /// The product
    #[arg(long, value_name = "NAME")]
    pub product: Option<String>,
    #[command(flatten)]
    pub waiting: Waiting,
    #[command(flatten)]
    pub dry_run: DryRun,
}

/// `sps wait`.
#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The SPS request IDs
    #[arg(required = true, value_name = "SPS_ID")]
    pub sps_ids: Vec<String>,
    #[command(flatten)]
    pub timing: Timing,
    /// Keep waiting while DV challenges wait for the user (default: stop, exit 4)
    #[arg(long)]
    pub keep_waiting: bool,
}

/// `sps dv`.
#[derive(Debug, Subcommand)]
pub enum Dv {
    /// Show the DV challenges of a request
    Challenges(DvChallenges),
    /// Run a command per challenge to serve it, then wait for validation
    Hook(DvHook),
}

/// Output formats of `sps dv challenges`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ChallengeFormat {
    /// A table
    Table,
    /// Shell variables
    Env,
    /// nginx configuration (serve the tokens, or redirect to dcv.akamai.com)
    Nginx,
    /// Apache configuration
    Apache,
}

/// `sps dv challenges`.
#[derive(Debug, Args)]
pub struct DvChallenges {
    /// The SPS request ID
    pub sps_id: String,
    /// Output format
    #[arg(long, value_enum, default_value = "table")]
    pub format: ChallengeFormat,
    /// Write each token file under DIR/.well-known/acme-challenge/
    #[arg(long, value_name = "DIR")]
    pub webroot: Option<PathBuf>,
    /// With --format nginx/apache: redirect to dcv.akamai.com (option 2) instead of serving
    #[arg(long)]
    pub redirect: bool,
}

/// `sps dv hook`.
#[derive(Debug, Args)]
pub struct DvHook {
    /// The SPS request ID
    pub sps_id: String,
    /// Runs once per domain with SPS_DOMAIN, SPS_TOKEN, SPS_RESPONSE_BODY, SPS_FULL_PATH, SPS_REDIRECT_FULL_PATH
    #[arg(long, value_name = "CMD")]
    pub auth_hook: String,
    /// Runs once per domain after validation, with the same variables
    #[arg(long, value_name = "CMD")]
    pub cleanup_hook: Option<String>,
    #[command(flatten)]
    pub timing: Timing,
}

/// `sps emulator`.
#[derive(Debug, Args)]
pub struct EmulatorArgs {
    #[command(flatten)]
    pub args: sps_emulator::cli::Args,
}

/// `sps demo`.
#[derive(Debug, Args)]
pub struct Demo {
    /// Simulated seconds per real second
    #[arg(long, default_value_t = 20_000.0, value_name = "N")]
    pub time_scale: f64,
}
