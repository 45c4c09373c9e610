
use builtin;
use str;

set edit:completion:arg-completer[sps] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'sps'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'sps'= {
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a certificate and its secure edge hostname'
            cand add-sans 'Add names to an existing SAN certificate (modSan)'
            cand list 'List SPS requests'
            cand get 'Show one SPS request'
            cand edge-host 'Secure edge hostnames for existing certificates'
            cand wait 'Wait until requests finish'
            cand dv 'Domain validation: show or serve the challenges'
            cand emulator 'Run the SPS emulator in the foreground'
            cand demo 'Provision a DV SAN certificate and edge hostnames against the embedded emulator'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;create'= {
            cand --form-file 'A URL-encoded form, exactly like the reference''s formparams files (createType inside)'
            cand --from 'A request file (.toml or .json) of form parameters; nested tables join with ''.'''
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --wait 'Wait until the request finishes'
            cand --dry-run 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand single 'A certificate for one host name'
            cand san 'A certificate for several host names (OV, or DV with Let''s Encrypt)'
            cand wildcard 'A certificate for *.domain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;create;single'= {
            cand --cname-hostname 'The edge hostname to create: NAME.edgekey.net'
            cand --cn 'The common name (csr.cn)'
            cand --ou 'The organizational unit (csr.ou)'
            cand --san 'A subject alternative name (repeatable; san only)'
            cand --validation 'Validation type'
            cand --org-name 'Organization name'
            cand --org-address 'Organization address, first line'
            cand --org-address-2 'Organization address, second line'
            cand --org-city 'Organization city'
            cand --org-region 'Organization state or province'
            cand --org-postal-code 'Organization postal code'
            cand --org-country 'Organization country (ISO 3166 alpha-2, such as US)'
            cand --org-phone 'Organization phone'
            cand --admin-first-name 'Administrative contact''s first name'
            cand --admin-last-name 'Administrative contact''s last name'
            cand --admin-phone 'Administrative contact''s phone'
            cand --admin-email 'Administrative contact''s e-mail'
            cand --product 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)'
            cand --ip-version 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)'
            cand --klass 'The deployment network (esslType, chinaType)'
            cand --issuer 'The certificate authority (symantec, lets-encrypt)'
            cand --signature-algorithm 'The signature algorithm (SHA-256, SHA-1)'
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --sni 'Serve the certificate with SNI only'
            cand --wait 'Wait until the request finishes'
            cand --dry-run 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;create;san'= {
            cand --cname-hostname 'The edge hostname to create: NAME.edgekey.net'
            cand --cn 'The common name (csr.cn)'
            cand --ou 'The organizational unit (csr.ou)'
            cand --san 'A subject alternative name (repeatable; san only)'
            cand --validation 'Validation type'
            cand --org-name 'Organization name'
            cand --org-address 'Organization address, first line'
            cand --org-address-2 'Organization address, second line'
            cand --org-city 'Organization city'
            cand --org-region 'Organization state or province'
            cand --org-postal-code 'Organization postal code'
            cand --org-country 'Organization country (ISO 3166 alpha-2, such as US)'
            cand --org-phone 'Organization phone'
            cand --admin-first-name 'Administrative contact''s first name'
            cand --admin-last-name 'Administrative contact''s last name'
            cand --admin-phone 'Administrative contact''s phone'
            cand --admin-email 'Administrative contact''s e-mail'
            cand --product 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)'
            cand --ip-version 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)'
            cand --klass 'The deployment network (esslType, chinaType)'
            cand --issuer 'The certificate authority (symantec, lets-encrypt)'
            cand --signature-algorithm 'The signature algorithm (SHA-256, SHA-1)'
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --sni 'Serve the certificate with SNI only'
            cand --wait 'Wait until the request finishes'
            cand --dry-run 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;create;wildcard'= {
            cand --cname-hostname 'The edge hostname to create: NAME.edgekey.net'
            cand --cn 'The common name (csr.cn)'
            cand --ou 'The organizational unit (csr.ou)'
            cand --san 'A subject alternative name (repeatable; san only)'
            cand --validation 'Validation type'
            cand --org-name 'Organization name'
            cand --org-address 'Organization address, first line'
            cand --org-address-2 'Organization address, second line'
            cand --org-city 'Organization city'
            cand --org-region 'Organization state or province'
            cand --org-postal-code 'Organization postal code'
            cand --org-country 'Organization country (ISO 3166 alpha-2, such as US)'
            cand --org-phone 'Organization phone'
            cand --admin-first-name 'Administrative contact''s first name'
            cand --admin-last-name 'Administrative contact''s last name'
            cand --admin-phone 'Administrative contact''s phone'
            cand --admin-email 'Administrative contact''s e-mail'
            cand --product 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)'
            cand --ip-version 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)'
            cand --klass 'The deployment network (esslType, chinaType)'
            cand --issuer 'The certificate authority (symantec, lets-encrypt)'
            cand --signature-algorithm 'The signature algorithm (SHA-256, SHA-1)'
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --sni 'Serve the certificate with SNI only'
            cand --wait 'Wait until the request finishes'
            cand --dry-run 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;create;help'= {
            cand single 'A certificate for one host name'
            cand san 'A certificate for several host names (OV, or DV with Let''s Encrypt)'
            cand wildcard 'A certificate for *.domain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;create;help;single'= {
        }
        &'sps;create;help;san'= {
        }
        &'sps;create;help;wildcard'= {
        }
        &'sps;create;help;help'= {
        }
        &'sps;add-sans'= {
            cand --job-id 'The job ID of the SAN certificate'
            cand --san 'A name to add (repeatable)'
            cand --cname-hostname 'The edge hostname to create: NAME.edgekey.net'
            cand --product 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)'
            cand --ip-version 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)'
            cand --klass 'The deployment network (esslType, chinaType)'
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --wait 'Wait until the request finishes'
            cand --dry-run 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;list'= {
            cand --after 'Only requests created after this time (2014-07-08T16:27:06Z, RFC 3339, or a date)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --information 'Include the parameters each request was created with'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;get'= {
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --information 'Include the parameters the request was created with'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;edge-host'= {
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a secure edge hostname for an existing certificate'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;edge-host;create'= {
            cand --cname-hostname 'The edge hostname to create: NAME.edgekey.net'
            cand --job-id 'The job ID of the certificate'
            cand --enrollment-id 'The CPS enrollment ID of the certificate (wins over --job-id)'
            cand --ip-version 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)'
            cand --product 'The product'
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --wait 'Wait until the request finishes'
            cand --dry-run 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;edge-host;help'= {
            cand create 'Create a secure edge hostname for an existing certificate'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;edge-host;help;create'= {
        }
        &'sps;edge-host;help;help'= {
        }
        &'sps;wait'= {
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --keep-waiting 'Keep waiting while DV challenges wait for the user (default: stop, exit 4)'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;dv'= {
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand challenges 'Show the DV challenges of a request'
            cand hook 'Run a command per challenge to serve it, then wait for validation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;dv;challenges'= {
            cand --format 'Output format'
            cand --webroot 'Write each token file under DIR/.well-known/acme-challenge/'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --redirect 'With --format nginx/apache: redirect to dcv.akamai.com (option 2) instead of serving'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;dv;hook'= {
            cand --auth-hook 'Runs once per domain with SPS_DOMAIN, SPS_TOKEN, SPS_RESPONSE_BODY, SPS_FULL_PATH, SPS_REDIRECT_FULL_PATH'
            cand --cleanup-hook 'Runs once per domain after validation, with the same variables'
            cand --timeout 'Give up after this long (such as 90s, 30m, 2h)'
            cand --interval 'Poll this often (it grows while nothing changes)'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;dv;help'= {
            cand challenges 'Show the DV challenges of a request'
            cand hook 'Run a command per challenge to serve it, then wait for validation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;dv;help;challenges'= {
        }
        &'sps;dv;help;hook'= {
        }
        &'sps;dv;help;help'= {
        }
        &'sps;emulator'= {
            cand --listen 'Address to listen on; port 0 picks a free port (printed)'
            cand --db 'Keep state in this SQLite file (survives restarts); in memory otherwise'
            cand --time-scale 'Simulated seconds per real second (3600: an hour a second)'
            cand --seed 'Seed every random choice (tokens, credentials, faults) for repeatable runs'
            cand --contract 'A contract the credentials may use (repeatable; default 11754)'
            cand --group 'A group the credentials may use (repeatable; default 1001)'
            cand --resolve 'Where the DV validator connects for DOMAIN (repeatable): DOMAIN=IP:PORT'
            cand --challenge-addr 'Where the DV validator connects for every other domain'
            cand --write-edgerc 'Write an .edgerc section for the emulator''s credentials to PATH (mode 0600)'
            cand --section 'The section name for --write-edgerc'
            cand --error-rate 'Fault: answer this share (0 to 1) of API calls with 500'
            cand --rate-limit-rate 'Fault: answer this share (0 to 1) of API calls with 429'
            cand --retry-after-form 'Fault: how a 429 says when to retry'
            cand --latency-ms 'Fault: delay every answer by this many milliseconds'
            cand --drop-after-commit-rate 'Fault: drop the connection after committing this share (0 to 1) of POSTs'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --allow-remote 'Allow listening on a non-loopback address'
            cand --auto-validate 'Mark DV domains valid at once, as if CNAMEd to edgekey.net'
            cand --odd-casing 'Fault: spell statuses in odd casing'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;demo'= {
            cand --time-scale 'Simulated seconds per real second'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;completions'= {
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;man'= {
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section'
            cand --section 'The .edgerc section'
            cand --account-key 'Act for another account (accountSwitchKey)'
            cand --contract-id 'The contract ID (such as 11754 or 1-1TJZFB)'
            cand --group-id 'The group ID'
            cand --proxy 'Send requests through this proxy [default: HTTPS_PROXY]'
            cand --json 'Print only JSON on stdout'
            cand -v 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --verbose 'Log to stderr (-v info, -vv debug); secrets are never logged'
            cand --no-color 'No colors (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sps;help'= {
            cand create 'Create a certificate and its secure edge hostname'
            cand add-sans 'Add names to an existing SAN certificate (modSan)'
            cand list 'List SPS requests'
            cand get 'Show one SPS request'
            cand edge-host 'Secure edge hostnames for existing certificates'
            cand wait 'Wait until requests finish'
            cand dv 'Domain validation: show or serve the challenges'
            cand emulator 'Run the SPS emulator in the foreground'
            cand demo 'Provision a DV SAN certificate and edge hostnames against the embedded emulator'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sps;help;create'= {
            cand single 'A certificate for one host name'
            cand san 'A certificate for several host names (OV, or DV with Let''s Encrypt)'
            cand wildcard 'A certificate for *.domain'
        }
        &'sps;help;create;single'= {
        }
        &'sps;help;create;san'= {
        }
        &'sps;help;create;wildcard'= {
        }
        &'sps;help;add-sans'= {
        }
        &'sps;help;list'= {
        }
        &'sps;help;get'= {
        }
        &'sps;help;edge-host'= {
            cand create 'Create a secure edge hostname for an existing certificate'
        }
        &'sps;help;edge-host;create'= {
        }
        &'sps;help;wait'= {
        }
        &'sps;help;dv'= {
            cand challenges 'Show the DV challenges of a request'
            cand hook 'Run a command per challenge to serve it, then wait for validation'
        }
        &'sps;help;dv;challenges'= {
        }
        &'sps;help;dv;hook'= {
        }
        &'sps;help;emulator'= {
        }
        &'sps;help;demo'= {
        }
        &'sps;help;completions'= {
        }
        &'sps;help;man'= {
        }
        &'sps;help;help'= {
        }
    ]
    $completions[$command]
}
