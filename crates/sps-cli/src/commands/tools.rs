//! `sps emulator`, `sps completions`, `sps man`.

use clap::CommandFactory;

use crate::args::{Cli, EmulatorArgs};
use crate::error::CliError;

/// `sps emulator`: the emulator in the foreground.
pub fn emulator(args: EmulatorArgs) -> Result<(), CliError> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| CliError::Other(e.to_string()))?;
    runtime.block_on(sps_emulator::cli::run(&args.args)).map_err(|e| CliError::Usage(e.to_string()))
}

/// `sps completions SHELL`.
pub fn completions(shell: clap_complete::Shell) -> Result<(), CliError> {
    clap_complete::generate(shell, &mut Cli::command(), "sps", &mut std::io::stdout());
    Ok(())
}

/// `sps man`.
pub fn man() -> Result<(), CliError> {
    clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()).map_err(|e| CliError::Other(e.to_string()))
}
