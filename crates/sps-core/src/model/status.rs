//! Statuses as the server spells them, with their recognised meaning.
//!
//! The service spells the same status several ways (`Awaiting user`, `Awaiting User`;
//! `valid`, `Valid`). Matching ignores case, surrounding space and a final period; the
//! server's own spelling is kept for display, and a value nobody knows yet is kept verbatim
//! as `Unknown`, so a new status never breaks a client.

use std::fmt;

/// A value as the server sent it, and what it was recognised as.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServerValue<K> {
    kind: K,
    raw: String,
}

/// Statuses and sentences that can be recognised from the server's text.
pub trait Recognise: Sized {
    /// What `raw` means; `Unknown` when nothing matches.
    fn recognise(raw: &str) -> Self;
}

impl<K: Recognise> ServerValue<K> {
    /// Recognises `raw`, keeping it.
    pub fn new(raw: impl Into<String>) -> Self {
        let raw = raw.into();
        ServerValue { kind: K::recognise(&raw), raw }
    }
}

impl<K> ServerValue<K> {
    /// What the value means.
    pub fn kind(&self) -> &K {
        &self.kind
    }

    /// The value exactly as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

impl<K> fmt::Display for ServerValue<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl<K> serde::Serialize for ServerValue<K> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl<'de, K: Recognise> serde::Deserialize<'de> for ServerValue<K> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Option::<String>::deserialize(d)?.unwrap_or_default();
        Ok(ServerValue::new(raw))
    }
}

fn normalise(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ").trim_end_matches('.').to_ascii_lowercase()
}

macro_rules! recognised {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vm])* $v,)+
            /// A value this version does not know, verbatim.
            Unknown(String),
        }

        impl $name {
            /// The reference's spelling of each known value.
            pub const KNOWN: &'static [&'static str] = &[$($text),+];

            /// The reference's spelling (the raw text for `Unknown`).
            pub fn canonical(&self) -> &str {
                match self { $($name::$v => $text,)+ $name::Unknown(s) => s }
            }
        }

        impl Recognise for $name {
            fn recognise(raw: &str) -> Self {
                // The known texts are already in single-spaced form: compare without copying them.
                let n = normalise(raw);
                $(if n.eq_ignore_ascii_case($text.trim_end_matches('.')) { return $name::$v; })+
                $name::Unknown(raw.to_string())
            }
        }
    };
}

recognised! {
    /// The status of an SPS request.
    RequestStatus {
        /// Waiting for CPS to process the request.
        Pending => "Pending",
        /// CPS is working on the certificate.
        CpsRunning => "CPS Running",
        /// Waiting for the user to serve the DV challenges.
        AwaitingUser => "Awaiting user",
        /// Waiting for Let's Encrypt to validate.
        PendingRa => "Pending RA",
        /// Let's Encrypt validated the certificate.
        Valid => "Valid",
        /// Let's Encrypt did not validate the certificate.
        Invalid => "Invalid",
        /// An error occurred.
        Error => "Error",
        /// Certificate and edge hostname are done.
        Complete => "SPS Request Complete",
        /// The certificate is done, but the edge hostname already existed or was pending.
        EdgeHostInUse => "edge host already created or pending",
    }
}

/// How a finished request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Certificate and edge hostname are done.
    Complete,
    /// The certificate is done; the edge hostname name was already in use.
    EdgeHostInUse,
    /// The request failed.
    Failed,
}

impl RequestStatus {
    /// How the request ended, or `None` while it is still running.
    pub fn outcome(&self) -> Option<Outcome> {
        match self {
            RequestStatus::Complete => Some(Outcome::Complete),
            RequestStatus::EdgeHostInUse => Some(Outcome::EdgeHostInUse),
            RequestStatus::Invalid | RequestStatus::Error => Some(Outcome::Failed),
            _ => None,
        }
    }

    /// Whether the request has finished, well or not.
    pub fn is_terminal(&self) -> bool {
        self.outcome().is_some()
    }

    /// Whether the request finished with a usable certificate.
    pub fn is_success(&self) -> bool {
        matches!(self.outcome(), Some(Outcome::Complete | Outcome::EdgeHostInUse))
    }

    /// Whether the request failed.
    pub fn is_failure(&self) -> bool {
        self.outcome() == Some(Outcome::Failed)
    }

    /// Whether the request waits for the user (DV challenges to serve).
    pub fn needs_user_action(&self) -> bool {
        *self == RequestStatus::AwaitingUser
    }
}

recognised! {
    /// The validation status of one domain of a DV request (`dvStatus[].status`).
    DomainStatus {
        /// Waiting for CPS.
        Pending => "Pending",
        /// Waiting for the user to serve the challenge.
        AwaitingUser => "Awaiting user",
        /// Waiting for Let's Encrypt.
        PendingRa => "Pending RA",
        /// Validated.
        Valid => "Valid",
        /// Validation failed.
        Invalid => "Invalid",
        /// An error occurred.
        Error => "Error",
    }
}

impl DomainStatus {
    /// Whether the domain's validation has finished.
    pub fn is_terminal(&self) -> bool {
        matches!(self, DomainStatus::Valid | DomainStatus::Invalid | DomainStatus::Error)
    }

    /// Whether the user must serve this domain's challenge.
    pub fn needs_user_action(&self) -> bool {
        *self == DomainStatus::AwaitingUser
    }
}

recognised! {
    /// `workflowProgress`: the stage of the request in CPS, one of six fixed sentences.
    WorkflowProgress {
        /// Queued.
        WaitingToBegin => "The system is waiting to begin processing your request.",
        /// CPS prepares the certificate request.
        Preparing => "The system is preparing your certificate request.",
        /// Waiting for the CA.
        WaitingForCa => "The system is waiting to receive your certificate from the CA.",
        /// Waiting for the user to acknowledge warnings.
        AwaitingAcknowledgement => "Wait for user to acknowledge certificate post-verification warnings.",
        /// Deploying to the network.
        Deploying => "The network is updating with your changes.",
        /// Done.
        Complete => "All of your requested changes are complete.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_any_casing_and_keeps_spelling() {
        let s: ServerValue<RequestStatus> = ServerValue::new("Awaiting User");
        assert_eq!(*s.kind(), RequestStatus::AwaitingUser);
        assert_eq!(s.to_string(), "Awaiting User");
        assert_eq!(*ServerValue::<DomainStatus>::new("valid").kind(), DomainStatus::Valid);
        assert_eq!(
            *ServerValue::<RequestStatus>::new("Edge host already created or pending.").kind(),
            RequestStatus::EdgeHostInUse
        );
        assert_eq!(*ServerValue::<RequestStatus>::new("sps request complete").kind(), RequestStatus::Complete);
        let u: ServerValue<RequestStatus> = ServerValue::new("Frobnicating");
        assert_eq!(*u.kind(), RequestStatus::Unknown("Frobnicating".into()));
        assert!(!u.kind().is_terminal());
        assert_eq!(
            *ServerValue::<WorkflowProgress>::new("the network is updating with your changes").kind(),
            WorkflowProgress::Deploying
        );
    }

    #[test]
    fn outcomes() {
        assert!(RequestStatus::Complete.is_success());
        assert!(RequestStatus::EdgeHostInUse.is_terminal() && RequestStatus::EdgeHostInUse.is_success());
        assert!(RequestStatus::Error.is_failure());
        assert!(RequestStatus::AwaitingUser.needs_user_action() && !RequestStatus::AwaitingUser.is_terminal());
        assert!(DomainStatus::AwaitingUser.needs_user_action());
        assert!(DomainStatus::Invalid.is_terminal());
    }
}
