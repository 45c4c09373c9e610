//! The enumerated values of the request forms (`createType`, `product`, ...).
//!
//! These are what a client sends, so they are closed sets: a value outside them is refused
//! before sending, with the list of valid ones.

macro_rules! form_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $wire:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, as sent on the wire, in the reference's order.
            pub const VALUES: &'static [&'static str] = &[$($wire),+];
            /// Every variant.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as sent on the wire.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// The variant for a wire value (exact spelling), if there is one.
            pub fn from_wire(s: &str) -> Option<Self> {
                match s { $($wire => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                $name::from_wire(s).ok_or_else(|| crate::model::values::expected_one_of(s, $name::VALUES))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

/// "is not one of a, b, c" with a case hint when the value matches one but for case.
pub(crate) fn expected_one_of(value: &str, valid: &[&str]) -> String {
    let list = valid.join(", ");
    match valid.iter().find(|v| v.eq_ignore_ascii_case(value)) {
        Some(v) => format!("is not valid (values are case-sensitive: did you mean {v}?); expected one of: {list}"),
        None => format!("is not valid; expected one of: {list}"),
    }
}

form_enum! {
    /// `createType`: what the SPS request does.
    CreateType {
        /// A new certificate for one host name.
        Single => "single",
        /// A new certificate for several host names (subject alternative names).
        San => "san",
        /// A new certificate for `*.domain`.
        Wildcard => "wildcard",
        /// Adds names to an existing SAN certificate.
        ModSan => "modSan",
    }
}

form_enum! {
    /// `validationType`: how the CA validates the request.
    ValidationType {
        /// Organization validation.
        Ov => "ov",
        /// Domain validation, through Let's Encrypt; SAN certificates only.
        Dv => "dv",
    }
}

form_enum! {
    /// `product`: the delivery product the edge hostname is mapped for.
    Product {
        /// Alta.
        Alta => "alta",
        /// Ion Standard.
        IonStandard => "ion_standard",
        /// Ion Media Advanced.
        IonMedia => "ion_media",
        /// Ion Premier.
        IonPremier => "ion_premier",
        /// Web Application Accelerator.
        Waa => "waa",
        /// Dynamic Site Delivery.
        Dsd => "dsd",
        /// Integrated Cloud Accelerator.
        Ica => "ica",
        /// Wholesale Delivery.
        Wsd => "wsd",
        /// Dynamic Site Acceleration.
        Dsa => "dsa",
    }
}

form_enum! {
    /// `ipVersion`: the IP versions of the edge hostname (IPv6 alone is not supported).
    IpVersion {
        /// IPv4 only (the default).
        Ipv4 => "ipv4",
        /// Dual stack.
        Ipv4Ipv6 => "ipv4_ipv6",
    }
}

form_enum! {
    /// `slot-deployment.klass`: the certificate's network deployment type.
    Klass {
        /// Standard enhanced TLS network (the default).
        EsslType => "esslType",
        /// The China network.
        ChinaType => "chinaType",
    }
}

form_enum! {
    /// `certificate-request.signature-algorithm`.
    SignatureAlgorithm {
        /// SHA-256 (the default, and recommended).
        Sha256 => "SHA-256",
        /// SHA-1.
        Sha1 => "SHA-1",
    }
}

form_enum! {
    /// `issuer`: the certificate authority. GeoTrust and Cybertrust are no longer supported.
    Issuer {
        /// Symantec, the OV issuer (the default for OV).
        Symantec => "symantec",
        /// Let's Encrypt, the DV issuer.
        LetsEncrypt => "lets-encrypt",
    }
}

/// Issuers the service used to accept and now refuses.
pub const RETIRED_ISSUERS: &[&str] = &["geotrust", "cybertrust"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        for t in CreateType::ALL {
            assert_eq!(t.as_str().parse::<CreateType>().unwrap(), *t);
        }
        assert_eq!(Product::VALUES.len(), 9);
        assert!("modsan".parse::<CreateType>().unwrap_err().contains("did you mean modSan?"));
        assert!("ipv6".parse::<IpVersion>().unwrap_err().contains("ipv4, ipv4_ipv6"));
    }
}
