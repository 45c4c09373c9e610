//! Drivers that run one scenario against either transport, and the user guide, whose
//! examples run here as doctests.

#[doc = include_str!("../docs/guide.md")]
pub mod guide {}

use sps_core::client::ClientOptions;
use sps_core::edgegrid::Credentials;
use sps_core::wait::{WaitEvent, WaitOptions, WaitOutcome};
use sps_core::{Endpoint, Error, Operation, Scope};
use sps_emulator::Emulator;

/// A transport, seen from a scenario.
pub trait Driver: Sized {
    /// For test names and messages.
    const NAME: &'static str;
    /// A client of the emulator.
    fn connect(credentials: Credentials, options: ClientOptions) -> Self;
    /// Runs an operation.
    fn send<O: Operation>(&self, op: &O) -> Result<O::Output, Error>;
    /// Waits, collecting the events.
    fn wait(
        &self,
        scope: &Scope,
        ids: &[u64],
        options: WaitOptions,
        events: &mut Vec<WaitEvent>,
    ) -> Result<WaitOutcome, Error>;
}

/// Credentials for the emulator's client.
pub fn credentials(emulator: &Emulator) -> Credentials {
    Credentials::new(
        Endpoint::parse(&emulator.base_url()).expect("the emulator's URL"),
        emulator.client_token(),
        emulator.client_secret().clone(),
        emulator.access_token().clone(),
    )
}

/// `sps-blocking`.
pub struct Blocking(pub sps_blocking::Client);

impl Driver for Blocking {
    const NAME: &'static str = "blocking";

    fn connect(credentials: Credentials, options: ClientOptions) -> Self {
        Blocking(sps_blocking::Client::new(credentials, options).expect("client"))
    }

    fn send<O: Operation>(&self, op: &O) -> Result<O::Output, Error> {
        self.0.send(op)
    }

    fn wait(
        &self,
        scope: &Scope,
        ids: &[u64],
        options: WaitOptions,
        events: &mut Vec<WaitEvent>,
    ) -> Result<WaitOutcome, Error> {
        self.0.wait(scope, ids, options, |e| events.push(e.clone()))
    }
}

/// `sps-async`, driven on a current-thread runtime of its own.
pub struct Async(pub sps_async::Client, pub tokio::runtime::Runtime);

impl Driver for Async {
    const NAME: &'static str = "async";

    fn connect(credentials: Credentials, options: ClientOptions) -> Self {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        Async(sps_async::Client::new(credentials, options).expect("client"), rt)
    }

    fn send<O: Operation>(&self, op: &O) -> Result<O::Output, Error> {
        self.1.block_on(self.0.send(op))
    }

    fn wait(
        &self,
        scope: &Scope,
        ids: &[u64],
        options: WaitOptions,
        events: &mut Vec<WaitEvent>,
    ) -> Result<WaitOutcome, Error> {
        self.1.block_on(self.0.wait(scope, ids, options, |e| events.push(e.clone())))
    }
}
