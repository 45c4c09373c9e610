//! `.edgerc` files and `AKAMAI_*` environment variables, read from strings and maps: the
//! caller reads the file and the environment, this module only decides.
//!
//! # Precedence
//!
//! 1. The environment, when it holds all four of `HOST`, `CLIENT_TOKEN`, `CLIENT_SECRET` and
//!    `ACCESS_TOKEN` under the section's prefix: `AKAMAI_` for section `default`,
//!    `AKAMAI_{SECTION}_` (upper case) otherwise. `MAX_BODY` and `ACCOUNT_KEY` are read
//!    beside them. This is how edgegrid-golang and the akamai CLI behave.
//! 2. Otherwise the section of the `.edgerc` file (a partial set of variables is reported in
//!    [`Resolved::notes`] and ignored).
//!
//! Explicit arguments (a command-line `--account-key`) are applied by the caller on top.
//!
//! # The file
//!
//! INI, as edgegrid-python reads it: `[section]` headers, `key = value` or `key: value`,
//! whole-line `#` and `;` comments, `-` and `_` alike in keys (`max-body` is `max_body`),
//! values trimmed and stripped of matching quotes, an inline comment only after whitespace
//! (` ; like this`), and a `[DEFAULT]` section inherited by every section. Keys: `host`,
//! `client_token`, `client_secret`, `access_token` (required), `max_body` (also `max-body`,
//! `max_size`; default 131072), `headers_to_sign` (comma-separated), `account_key`.

use std::collections::BTreeMap;
use std::fmt;

use crate::edgegrid::{Credentials, Secret, DEFAULT_MAX_BODY};
use crate::ops::Endpoint;

/// Why credentials could not be had. Never shows a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EdgercError {
    /// No file, and the environment did not hold a full set of credentials.
    #[error("{path}: no such file, and the environment does not set {prefix}HOST, {prefix}CLIENT_TOKEN, {prefix}CLIENT_SECRET and {prefix}ACCESS_TOKEN")]
    MissingFile {
        /// The file.
        path: String,
        /// The environment prefix that was looked for.
        prefix: String,
    },
    /// The file exists but could not be read.
    #[error("{path}: cannot read: {message}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        message: String,
    },
    /// A line could not be read.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// The line number, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The section is not in the file.
    #[error("{path}: no section [{section}]; the file has: {}", if available.is_empty() { "no sections".to_string() } else { available.join(", ") })]
    MissingSection {
        /// The file.
        path: String,
        /// The section asked for.
        section: String,
        /// The sections the file has.
        available: Vec<String>,
    },
    /// A required key is missing from the section.
    #[error("{path}: section [{section}] has no `{key}`")]
    MissingKey {
        /// The file (or `environment`).
        path: String,
        /// The section.
        section: String,
        /// The key.
        key: String,
    },
    /// A key's value is not valid.
    #[error("{path}: section [{section}], `{key}`: {message}")]
    BadValue {
        /// The file (or `environment`).
        path: String,
        /// The section.
        section: String,
        /// The key.
        key: String,
        /// What is wrong and what is valid (never the value of a secret).
        message: String,
    },
}

/// A parsed `.edgerc` file: its sections and their keys, `[DEFAULT]` already merged in.
#[derive(Clone, PartialEq, Eq)]
pub struct Edgerc {
    path: String,
    sections: BTreeMap<String, BTreeMap<String, String>>,
}

impl fmt::Debug for Edgerc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Edgerc")
            .field("path", &self.path)
            .field("sections", &self.sections.keys().collect::<Vec<_>>())
            .finish()
    }
}

fn strip_quotes(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

fn strip_inline_comment(v: &str) -> &str {
    let bytes = v.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if (*b == b';' || *b == b'#') && i > 0 && bytes[i - 1].is_ascii_whitespace() {
            return v[..i].trim_end();
        }
    }
    v
}

impl Edgerc {
    /// Parses the text of the file at `path` (`path` is used in messages only).
    ///
    /// # Errors
    /// [`EdgercError::Syntax`] naming the line.
    pub fn parse(path: &str, text: &str) -> Result<Edgerc, EdgercError> {
        let mut raw: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        let mut current: Option<String> = None;
        let syntax = |line: usize, message: String| EdgercError::Syntax { path: path.to_string(), line, message };
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') || t.starts_with(';') {
                continue;
            }
            if let Some(rest) = t.strip_prefix('[') {
                let name = rest
                    .strip_suffix(']')
                    .ok_or_else(|| syntax(n, "a section header must end with ']'".into()))?
                    .trim();
                if name.is_empty() {
                    return Err(syntax(n, "empty section name".into()));
                }
                if raw.contains_key(name) {
                    return Err(syntax(n, format!("section [{name}] appears twice")));
                }
                raw.insert(name.to_string(), BTreeMap::new());
                current = Some(name.to_string());
                continue;
            }
            let Some(section) = &current else {
                return Err(syntax(n, "a key before the first [section]".into()));
            };
            let Some(pos) = t.find(['=', ':']) else {
                return Err(syntax(n, "expected `key = value`".into()));
            };
            let key = t[..pos].trim().replace('-', "_");
            if key.is_empty() {
                return Err(syntax(n, "a value without a key".into()));
            }
            let value = strip_quotes(strip_inline_comment(t[pos + 1..].trim())).to_string();
            let keys = raw.entry(section.clone()).or_default();
            if keys.insert(key.clone(), value).is_some() {
                return Err(syntax(n, format!("`{key}` appears twice in [{section}]")));
            }
        }
        let defaults = raw.remove("DEFAULT").unwrap_or_default();
        let sections = raw
            .into_iter()
            .map(|(name, keys)| {
                let mut merged = defaults.clone();
                merged.extend(keys);
                (name, merged)
            })
            .collect();
        Ok(Edgerc { path: path.to_string(), sections })
    }

    /// The section names (without `DEFAULT`).
    pub fn sections(&self) -> impl Iterator<Item = &str> {
        self.sections.keys().map(String::as_str)
    }

    /// The credentials of `section`.
    ///
    /// # Errors
    /// A missing section or key, or a bad value, naming the file, section and key.
    pub fn credentials(&self, section: &str) -> Result<(Credentials, Vec<String>), EdgercError> {
        let keys = self.sections.get(section).ok_or_else(|| EdgercError::MissingSection {
            path: self.path.clone(),
            section: section.to_string(),
            available: self.sections.keys().cloned().collect(),
        })?;
        let get = |k: &str| keys.get(k).map(String::as_str).filter(|v| !v.is_empty());
        let max_body = get("max_body").or_else(|| get("max_size"));
        let fields = Fields {
            host: get("host"),
            client_token: get("client_token"),
            client_secret: get("client_secret"),
            access_token: get("access_token"),
            max_body,
            headers_to_sign: get("headers_to_sign"),
            account_key: get("account_key"),
        };
        fields.build(&self.path, section)
    }
}

struct Fields<'a> {
    host: Option<&'a str>,
    client_token: Option<&'a str>,
    client_secret: Option<&'a str>,
    access_token: Option<&'a str>,
    max_body: Option<&'a str>,
    headers_to_sign: Option<&'a str>,
    account_key: Option<&'a str>,
}

impl Fields<'_> {
    fn build(&self, path: &str, section: &str) -> Result<(Credentials, Vec<String>), EdgercError> {
        let missing =
            |key: &str| EdgercError::MissingKey { path: path.into(), section: section.into(), key: key.into() };
        let bad = |key: &str, message: String| EdgercError::BadValue {
            path: path.into(),
            section: section.into(),
            key: key.into(),
            message,
        };
        let host = self.host.ok_or_else(|| missing("host"))?;
        let client_token = self.client_token.ok_or_else(|| missing("client_token"))?;
        let client_secret = self.client_secret.ok_or_else(|| missing("client_secret"))?;
        let access_token = self.access_token.ok_or_else(|| missing("access_token"))?;
        let endpoint = Endpoint::parse(host).map_err(|e| {
            bad(
                "host",
                e.violations.iter().map(|v| format!("{:?} {}", host, v.expected)).collect::<Vec<_>>().join("; "),
            )
        })?;
        let token_ok = |v: &str| v.bytes().all(|b| (0x21..0x7f).contains(&b) && b != b';');
        if !token_ok(client_token) {
            return Err(bad(
                "client_token",
                "has spaces, ';' or non-ASCII characters; expected the token as shown in Akamai Control Center".into(),
            ));
        }
        if !token_ok(access_token) {
            return Err(bad(
                "access_token",
                "has spaces, ';' or non-ASCII characters; expected the token as shown in Akamai Control Center".into(),
            ));
        }
        let mut notes = Vec::new();
        let max_body = match self.max_body {
            None => DEFAULT_MAX_BODY,
            Some(v) => {
                let n: usize = v.parse().map_err(|_| {
                    bad("max_body", format!("{v:?} is not a whole number of bytes; expected {DEFAULT_MAX_BODY}"))
                })?;
                if n == 0 {
                    return Err(bad("max_body", format!("is 0; expected {DEFAULT_MAX_BODY}")));
                }
                if n != DEFAULT_MAX_BODY {
                    notes.push(format!("{path}: [{section}] max_body = {n}, but Akamai's servers hash the first {DEFAULT_MAX_BODY} bytes; POST bodies longer than {n} bytes will fail authentication"));
                }
                n
            }
        };
        let headers_to_sign = self
            .headers_to_sign
            .map(|h| h.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
            .unwrap_or_default();
        let credentials = Credentials {
            endpoint,
            client_token: client_token.to_string(),
            client_secret: Secret::new(client_secret),
            access_token: Secret::new(access_token),
            max_body,
            headers_to_sign,
            account_key: self.account_key.map(str::to_string),
        };
        Ok((credentials, notes))
    }
}

/// Where resolved credentials came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Environment variables with this prefix (`AKAMAI_`, `AKAMAI_STAGING_`).
    Environment {
        /// The prefix.
        prefix: String,
    },
    /// A section of an `.edgerc` file.
    File {
        /// The file.
        path: String,
        /// The section.
        section: String,
    },
}

/// Credentials and how they were found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The credentials.
    pub credentials: Credentials,
    /// Where they came from.
    pub source: Source,
    /// Things the user should know (ignored partial environment, an unusual `max_body`).
    pub notes: Vec<String>,
}

/// The environment prefix of `section`: `AKAMAI_` for `default`, else `AKAMAI_{SECTION}_`.
pub fn env_prefix(section: &str) -> String {
    if section == "default" {
        "AKAMAI_".to_string()
    } else {
        format!("AKAMAI_{}_", section.to_uppercase())
    }
}

/// Finds the credentials of `section`, from the environment `env` or the `.edgerc` file at
/// `path` whose text is `text` (`None` when there is no such file). See the module docs for
/// the precedence.
///
/// # Errors
/// [`EdgercError`] naming the file (or the environment), the section and the key.
pub fn resolve(
    section: &str,
    env: &BTreeMap<String, String>,
    path: &str,
    text: Option<&str>,
) -> Result<Resolved, EdgercError> {
    let prefix = env_prefix(section);
    let var = |k: &str| env.get(&format!("{prefix}{k}")).map(String::as_str).filter(|v| !v.is_empty());
    let required = ["HOST", "CLIENT_TOKEN", "CLIENT_SECRET", "ACCESS_TOKEN"];
    let present: Vec<&str> = required.iter().copied().filter(|k| var(k).is_some()).collect();
    if present.len() == required.len() {
        let fields = Fields {
            host: var("HOST"),
            client_token: var("CLIENT_TOKEN"),
            client_secret: var("CLIENT_SECRET"),
            access_token: var("ACCESS_TOKEN"),
            max_body: var("MAX_BODY"),
            headers_to_sign: None,
            account_key: var("ACCOUNT_KEY"),
        };
        let (credentials, notes) = fields.build("environment", &prefix)?;
        return Ok(Resolved { credentials, source: Source::Environment { prefix }, notes });
    }
    let mut notes = Vec::new();
    if !present.is_empty() {
        let missing: Vec<String> =
            required.iter().filter(|k| var(k).is_none()).map(|k| format!("{prefix}{k}")).collect();
        notes.push(format!("ignoring {prefix}* environment variables: {} not set", missing.join(", ")));
    }
    let text = text.ok_or_else(|| EdgercError::MissingFile { path: path.to_string(), prefix: prefix.clone() })?;
    let (credentials, file_notes) = Edgerc::parse(path, text)?.credentials(section)?;
    notes.extend(file_notes);
    Ok(Resolved { credentials, source: Source::File { path: path.to_string(), section: section.to_string() }, notes })
}

/// The default `.edgerc`: `$HOME/.edgerc` (or `.edgerc` without a home).
pub fn default_path(home: Option<&std::path::Path>) -> std::path::PathBuf {
    home.map(|h| h.join(".edgerc")).unwrap_or_else(|| ".edgerc".into())
}

/// Resolves the credentials of `section` from the file at `path` (read with `read`, which
/// the caller supplies, so this stays free of I/O) and the variables `vars` (only `AKAMAI_*`
/// ones matter).
///
/// # Errors
/// As [`resolve`]; a file that exists but cannot be read is [`EdgercError::Unreadable`].
pub fn load(
    section: &str,
    path: &std::path::Path,
    vars: impl IntoIterator<Item = (String, String)>,
    read: impl FnOnce(&std::path::Path) -> std::io::Result<String>,
) -> Result<Resolved, EdgercError> {
    let shown = path.display().to_string();
    let text = match read(path) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(EdgercError::Unreadable { path: shown, message: e.to_string() }),
    };
    let env: BTreeMap<String, String> = vars.into_iter().filter(|(k, _)| k.starts_with("AKAMAI_")).collect();
    resolve(section, &env, &shown, text.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
# comment
[DEFAULT]
max-body = 131072

[default]
client_secret = C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=
host = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net/
access_token = akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij
client_token = akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj

[quoted]
host: \"https://akab-q.luna.akamaiapis.net\"
client-token = 'akab-ct' ; a comment
client_secret = s#cret;x
access_token = akab-at
max_body = 8192
headers_to_sign = X-A, X-B
account_key = 1-ABCD:Z-XYZ

[local]
host = http://127.0.0.1:8080
client_token = a
client_secret = b
access_token = c

[plain-http]
host = http://example.com
client_token = a
client_secret = b
access_token = c
";

    #[test]
    fn parses_sections_and_quirks() {
        let rc = Edgerc::parse("~/.edgerc", SAMPLE).unwrap();
        assert_eq!(rc.sections().collect::<Vec<_>>(), ["default", "local", "plain-http", "quoted"]);
        let (c, notes) = rc.credentials("default").unwrap();
        assert_eq!(c.endpoint.to_string(), "https://akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net");
        assert_eq!(c.max_body, 131_072);
        assert!(notes.is_empty());
        let (q, notes) = rc.credentials("quoted").unwrap();
        assert_eq!(q.client_token, "akab-ct");
        assert_eq!(q.client_secret.expose(), "s#cret;x");
        assert_eq!(q.max_body, 8192);
        assert_eq!(q.headers_to_sign, ["X-A", "X-B"]);
        assert_eq!(q.account_key.as_deref(), Some("1-ABCD:Z-XYZ"));
        assert!(notes[0].contains("8192"));
        assert_eq!(rc.credentials("local").unwrap().0.endpoint.to_string(), "http://127.0.0.1:8080");
        let err = rc.credentials("plain-http").unwrap_err();
        assert!(matches!(&err, EdgercError::BadValue { key, .. } if key == "host"), "{err}");
    }

    #[test]
    fn errors_name_file_section_key() {
        let rc = Edgerc::parse(
            "/home/u/.edgerc",
            "[default]\nhost = h.example.com\nclient_token = t\nclient_secret = SECRETVALUE\n",
        )
        .unwrap();
        let err = rc.credentials("default").unwrap_err();
        assert_eq!(err.to_string(), "/home/u/.edgerc: section [default] has no `access_token`");
        let err = rc.credentials("prod").unwrap_err();
        assert_eq!(err.to_string(), "/home/u/.edgerc: no section [prod]; the file has: default");
        let err = Edgerc::parse("f", "[a]\nnonsense\n").unwrap_err();
        assert_eq!(err.to_string(), "f:2: expected `key = value`");
        assert!(Edgerc::parse("f", "host = x\n").is_err());
        let rc = Edgerc::parse(
            "f",
            "[a]\nhost=h.example.com\nclient_token=t\nclient_secret=SECRETVALUE\naccess_token=at\nmax_body=lots\n",
        )
        .unwrap();
        let err = rc.credentials("a").unwrap_err().to_string();
        assert!(err.contains("max_body") && !err.contains("SECRETVALUE"), "{err}");
    }

    #[test]
    fn environment_wins_when_complete() {
        let mut env = BTreeMap::new();
        env.insert("AKAMAI_HOST".to_string(), "env.luna.akamaiapis.net".to_string());
        let r = resolve("default", &env, "rc", Some(SAMPLE)).unwrap();
        assert!(matches!(r.source, Source::File { .. }));
        assert!(r.notes[0].contains("AKAMAI_CLIENT_TOKEN"));
        for (k, v) in [
            ("AKAMAI_CLIENT_TOKEN", "ct"),
            ("AKAMAI_CLIENT_SECRET", "cs"),
            ("AKAMAI_ACCESS_TOKEN", "at"),
            ("AKAMAI_ACCOUNT_KEY", "1-X"),
        ] {
            env.insert(k.to_string(), v.to_string());
        }
        let r = resolve("default", &env, "rc", None).unwrap();
        assert_eq!(r.source, Source::Environment { prefix: "AKAMAI_".into() });
        assert_eq!(r.credentials.endpoint.host(), "env.luna.akamaiapis.net");
        assert_eq!(r.credentials.account_key.as_deref(), Some("1-X"));
        // Another section reads its own prefix only.
        let err = resolve("staging", &env, "rc", None).unwrap_err();
        assert!(err.to_string().contains("AKAMAI_STAGING_HOST"), "{err}");
    }

    #[test]
    fn load_reads_through_the_callers_function() {
        let path = default_path(Some(std::path::Path::new("/home/u")));
        assert_eq!(path, std::path::Path::new("/home/u/.edgerc"));
        let r = load("local", &path, [("PATH".to_string(), "x".to_string())], |_| Ok(SAMPLE.to_string())).unwrap();
        assert_eq!(r.source, Source::File { path: "/home/u/.edgerc".into(), section: "local".into() });
        let denied = load("default", &path, [], |_| Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied)))
            .unwrap_err();
        assert!(matches!(denied, EdgercError::Unreadable { .. }));
        let missing =
            load("default", &path, [], |_| Err(std::io::Error::from(std::io::ErrorKind::NotFound))).unwrap_err();
        assert!(matches!(missing, EdgercError::MissingFile { .. }));
    }
}
