
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sps' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sps'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sps' {
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a certificate and its secure edge hostname')
            [CompletionResult]::new('add-sans', 'add-sans', [CompletionResultType]::ParameterValue, 'Add names to an existing SAN certificate (modSan)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SPS requests')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one SPS request')
            [CompletionResult]::new('edge-host', 'edge-host', [CompletionResultType]::ParameterValue, 'Secure edge hostnames for existing certificates')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until requests finish')
            [CompletionResult]::new('dv', 'dv', [CompletionResultType]::ParameterValue, 'Domain validation: show or serve the challenges')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the SPS emulator in the foreground')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Provision a DV SAN certificate and edge hostnames against the embedded emulator')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;create' {
            [CompletionResult]::new('--form-file', '--form-file', [CompletionResultType]::ParameterName, 'A URL-encoded form, exactly like the reference''s formparams files (createType inside)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'A request file (.toml or .json) of form parameters; nested tables join with ''.''')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the request finishes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and print the exact HTTP request (Authorization redacted); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('single', 'single', [CompletionResultType]::ParameterValue, 'A certificate for one host name')
            [CompletionResult]::new('san', 'san', [CompletionResultType]::ParameterValue, 'A certificate for several host names (OV, or DV with Let''s Encrypt)')
            [CompletionResult]::new('wildcard', 'wildcard', [CompletionResultType]::ParameterValue, 'A certificate for *.domain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;create;single' {
            [CompletionResult]::new('--cname-hostname', '--cname-hostname', [CompletionResultType]::ParameterName, 'The edge hostname to create: NAME.edgekey.net')
            [CompletionResult]::new('--cn', '--cn', [CompletionResultType]::ParameterName, 'The common name (csr.cn)')
            [CompletionResult]::new('--ou', '--ou', [CompletionResultType]::ParameterName, 'The organizational unit (csr.ou)')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'A subject alternative name (repeatable; san only)')
            [CompletionResult]::new('--validation', '--validation', [CompletionResultType]::ParameterName, 'Validation type')
            [CompletionResult]::new('--org-name', '--org-name', [CompletionResultType]::ParameterName, 'Organization name')
            [CompletionResult]::new('--org-address', '--org-address', [CompletionResultType]::ParameterName, 'Organization address, first line')
            [CompletionResult]::new('--org-address-2', '--org-address-2', [CompletionResultType]::ParameterName, 'Organization address, second line')
            [CompletionResult]::new('--org-city', '--org-city', [CompletionResultType]::ParameterName, 'Organization city')
            [CompletionResult]::new('--org-region', '--org-region', [CompletionResultType]::ParameterName, 'Organization state or province')
            [CompletionResult]::new('--org-postal-code', '--org-postal-code', [CompletionResultType]::ParameterName, 'Organization postal code')
            [CompletionResult]::new('--org-country', '--org-country', [CompletionResultType]::ParameterName, 'Organization country (ISO 3166 alpha-2, such as US)')
            [CompletionResult]::new('--org-phone', '--org-phone', [CompletionResultType]::ParameterName, 'Organization phone')
            [CompletionResult]::new('--admin-first-name', '--admin-first-name', [CompletionResultType]::ParameterName, 'Administrative contact''s first name')
            [CompletionResult]::new('--admin-last-name', '--admin-last-name', [CompletionResultType]::ParameterName, 'Administrative contact''s last name')
            [CompletionResult]::new('--admin-phone', '--admin-phone', [CompletionResultType]::ParameterName, 'Administrative contact''s phone')
            [CompletionResult]::new('--admin-email', '--admin-email', [CompletionResultType]::ParameterName, 'Administrative contact''s e-mail')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)')
            [CompletionResult]::new('--ip-version', '--ip-version', [CompletionResultType]::ParameterName, 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)')
            [CompletionResult]::new('--klass', '--klass', [CompletionResultType]::ParameterName, 'The deployment network (esslType, chinaType)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The certificate authority (symantec, lets-encrypt)')
            [CompletionResult]::new('--signature-algorithm', '--signature-algorithm', [CompletionResultType]::ParameterName, 'The signature algorithm (SHA-256, SHA-1)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--sni', '--sni', [CompletionResultType]::ParameterName, 'Serve the certificate with SNI only')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the request finishes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and print the exact HTTP request (Authorization redacted); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;create;san' {
            [CompletionResult]::new('--cname-hostname', '--cname-hostname', [CompletionResultType]::ParameterName, 'The edge hostname to create: NAME.edgekey.net')
            [CompletionResult]::new('--cn', '--cn', [CompletionResultType]::ParameterName, 'The common name (csr.cn)')
            [CompletionResult]::new('--ou', '--ou', [CompletionResultType]::ParameterName, 'The organizational unit (csr.ou)')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'A subject alternative name (repeatable; san only)')
            [CompletionResult]::new('--validation', '--validation', [CompletionResultType]::ParameterName, 'Validation type')
            [CompletionResult]::new('--org-name', '--org-name', [CompletionResultType]::ParameterName, 'Organization name')
            [CompletionResult]::new('--org-address', '--org-address', [CompletionResultType]::ParameterName, 'Organization address, first line')
            [CompletionResult]::new('--org-address-2', '--org-address-2', [CompletionResultType]::ParameterName, 'Organization address, second line')
            [CompletionResult]::new('--org-city', '--org-city', [CompletionResultType]::ParameterName, 'Organization city')
            [CompletionResult]::new('--org-region', '--org-region', [CompletionResultType]::ParameterName, 'Organization state or province')
            [CompletionResult]::new('--org-postal-code', '--org-postal-code', [CompletionResultType]::ParameterName, 'Organization postal code')
            [CompletionResult]::new('--org-country', '--org-country', [CompletionResultType]::ParameterName, 'Organization country (ISO 3166 alpha-2, such as US)')
            [CompletionResult]::new('--org-phone', '--org-phone', [CompletionResultType]::ParameterName, 'Organization phone')
            [CompletionResult]::new('--admin-first-name', '--admin-first-name', [CompletionResultType]::ParameterName, 'Administrative contact''s first name')
            [CompletionResult]::new('--admin-last-name', '--admin-last-name', [CompletionResultType]::ParameterName, 'Administrative contact''s last name')
            [CompletionResult]::new('--admin-phone', '--admin-phone', [CompletionResultType]::ParameterName, 'Administrative contact''s phone')
            [CompletionResult]::new('--admin-email', '--admin-email', [CompletionResultType]::ParameterName, 'Administrative contact''s e-mail')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)')
            [CompletionResult]::new('--ip-version', '--ip-version', [CompletionResultType]::ParameterName, 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)')
            [CompletionResult]::new('--klass', '--klass', [CompletionResultType]::ParameterName, 'The deployment network (esslType, chinaType)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The certificate authority (symantec, lets-encrypt)')
            [CompletionResult]::new('--signature-algorithm', '--signature-algorithm', [CompletionResultType]::ParameterName, 'The signature algorithm (SHA-256, SHA-1)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--sni', '--sni', [CompletionResultType]::ParameterName, 'Serve the certificate with SNI only')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the request finishes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and print the exact HTTP request (Authorization redacted); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;create;wildcard' {
            [CompletionResult]::new('--cname-hostname', '--cname-hostname', [CompletionResultType]::ParameterName, 'The edge hostname to create: NAME.edgekey.net')
            [CompletionResult]::new('--cn', '--cn', [CompletionResultType]::ParameterName, 'The common name (csr.cn)')
            [CompletionResult]::new('--ou', '--ou', [CompletionResultType]::ParameterName, 'The organizational unit (csr.ou)')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'A subject alternative name (repeatable; san only)')
            [CompletionResult]::new('--validation', '--validation', [CompletionResultType]::ParameterName, 'Validation type')
            [CompletionResult]::new('--org-name', '--org-name', [CompletionResultType]::ParameterName, 'Organization name')
            [CompletionResult]::new('--org-address', '--org-address', [CompletionResultType]::ParameterName, 'Organization address, first line')
            [CompletionResult]::new('--org-address-2', '--org-address-2', [CompletionResultType]::ParameterName, 'Organization address, second line')
            [CompletionResult]::new('--org-city', '--org-city', [CompletionResultType]::ParameterName, 'Organization city')
            [CompletionResult]::new('--org-region', '--org-region', [CompletionResultType]::ParameterName, 'Organization state or province')
            [CompletionResult]::new('--org-postal-code', '--org-postal-code', [CompletionResultType]::ParameterName, 'Organization postal code')
            [CompletionResult]::new('--org-country', '--org-country', [CompletionResultType]::ParameterName, 'Organization country (ISO 3166 alpha-2, such as US)')
            [CompletionResult]::new('--org-phone', '--org-phone', [CompletionResultType]::ParameterName, 'Organization phone')
            [CompletionResult]::new('--admin-first-name', '--admin-first-name', [CompletionResultType]::ParameterName, 'Administrative contact''s first name')
            [CompletionResult]::new('--admin-last-name', '--admin-last-name', [CompletionResultType]::ParameterName, 'Administrative contact''s last name')
            [CompletionResult]::new('--admin-phone', '--admin-phone', [CompletionResultType]::ParameterName, 'Administrative contact''s phone')
            [CompletionResult]::new('--admin-email', '--admin-email', [CompletionResultType]::ParameterName, 'Administrative contact''s e-mail')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)')
            [CompletionResult]::new('--ip-version', '--ip-version', [CompletionResultType]::ParameterName, 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)')
            [CompletionResult]::new('--klass', '--klass', [CompletionResultType]::ParameterName, 'The deployment network (esslType, chinaType)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The certificate authority (symantec, lets-encrypt)')
            [CompletionResult]::new('--signature-algorithm', '--signature-algorithm', [CompletionResultType]::ParameterName, 'The signature algorithm (SHA-256, SHA-1)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--sni', '--sni', [CompletionResultType]::ParameterName, 'Serve the certificate with SNI only')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the request finishes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and print the exact HTTP request (Authorization redacted); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;create;help' {
            [CompletionResult]::new('single', 'single', [CompletionResultType]::ParameterValue, 'A certificate for one host name')
            [CompletionResult]::new('san', 'san', [CompletionResultType]::ParameterValue, 'A certificate for several host names (OV, or DV with Let''s Encrypt)')
            [CompletionResult]::new('wildcard', 'wildcard', [CompletionResultType]::ParameterValue, 'A certificate for *.domain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;create;help;single' {
            break
        }
        'sps;create;help;san' {
            break
        }
        'sps;create;help;wildcard' {
            break
        }
        'sps;create;help;help' {
            break
        }
        'sps;add-sans' {
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'The job ID of the SAN certificate')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'A name to add (repeatable)')
            [CompletionResult]::new('--cname-hostname', '--cname-hostname', [CompletionResultType]::ParameterName, 'The edge hostname to create: NAME.edgekey.net')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)')
            [CompletionResult]::new('--ip-version', '--ip-version', [CompletionResultType]::ParameterName, 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)')
            [CompletionResult]::new('--klass', '--klass', [CompletionResultType]::ParameterName, 'The deployment network (esslType, chinaType)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the request finishes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and print the exact HTTP request (Authorization redacted); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;list' {
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only requests created after this time (2014-07-08T16:27:06Z, RFC 3339, or a date)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--information', '--information', [CompletionResultType]::ParameterName, 'Include the parameters each request was created with')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;get' {
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--information', '--information', [CompletionResultType]::ParameterName, 'Include the parameters the request was created with')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;edge-host' {
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secure edge hostname for an existing certificate')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;edge-host;create' {
            [CompletionResult]::new('--cname-hostname', '--cname-hostname', [CompletionResultType]::ParameterName, 'The edge hostname to create: NAME.edgekey.net')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'The job ID of the certificate')
            [CompletionResult]::new('--enrollment-id', '--enrollment-id', [CompletionResultType]::ParameterName, 'The CPS enrollment ID of the certificate (wins over --job-id)')
            [CompletionResult]::new('--ip-version', '--ip-version', [CompletionResultType]::ParameterName, 'The edge hostname''s IP versions (ipv4, ipv4_ipv6)')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the request finishes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and print the exact HTTP request (Authorization redacted); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;edge-host;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secure edge hostname for an existing certificate')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;edge-host;help;create' {
            break
        }
        'sps;edge-host;help;help' {
            break
        }
        'sps;wait' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--keep-waiting', '--keep-waiting', [CompletionResultType]::ParameterName, 'Keep waiting while DV challenges wait for the user (default: stop, exit 4)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;dv' {
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('challenges', 'challenges', [CompletionResultType]::ParameterValue, 'Show the DV challenges of a request')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Run a command per challenge to serve it, then wait for validation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;dv;challenges' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--webroot', '--webroot', [CompletionResultType]::ParameterName, 'Write each token file under DIR/.well-known/acme-challenge/')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--redirect', '--redirect', [CompletionResultType]::ParameterName, 'With --format nginx/apache: redirect to dcv.akamai.com (option 2) instead of serving')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;dv;hook' {
            [CompletionResult]::new('--auth-hook', '--auth-hook', [CompletionResultType]::ParameterName, 'Runs once per domain with SPS_DOMAIN, SPS_TOKEN, SPS_RESPONSE_BODY, SPS_FULL_PATH, SPS_REDIRECT_FULL_PATH')
            [CompletionResult]::new('--cleanup-hook', '--cleanup-hook', [CompletionResultType]::ParameterName, 'Runs once per domain after validation, with the same variables')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (such as 90s, 30m, 2h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Poll this often (it grows while nothing changes)')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;dv;help' {
            [CompletionResult]::new('challenges', 'challenges', [CompletionResultType]::ParameterValue, 'Show the DV challenges of a request')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Run a command per challenge to serve it, then wait for validation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;dv;help;challenges' {
            break
        }
        'sps;dv;help;hook' {
            break
        }
        'sps;dv;help;help' {
            break
        }
        'sps;emulator' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free port (printed)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Keep state in this SQLite file (survives restarts); in memory otherwise')
            [CompletionResult]::new('--time-scale', '--time-scale', [CompletionResultType]::ParameterName, 'Simulated seconds per real second (3600: an hour a second)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed every random choice (tokens, credentials, faults) for repeatable runs')
            [CompletionResult]::new('--contract', '--contract', [CompletionResultType]::ParameterName, 'A contract the credentials may use (repeatable; default 11754)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group the credentials may use (repeatable; default 1001)')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'Where the DV validator connects for DOMAIN (repeatable): DOMAIN=IP:PORT')
            [CompletionResult]::new('--challenge-addr', '--challenge-addr', [CompletionResultType]::ParameterName, 'Where the DV validator connects for every other domain')
            [CompletionResult]::new('--write-edgerc', '--write-edgerc', [CompletionResultType]::ParameterName, 'Write an .edgerc section for the emulator''s credentials to PATH (mode 0600)')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The section name for --write-edgerc')
            [CompletionResult]::new('--error-rate', '--error-rate', [CompletionResultType]::ParameterName, 'Fault: answer this share (0 to 1) of API calls with 500')
            [CompletionResult]::new('--rate-limit-rate', '--rate-limit-rate', [CompletionResultType]::ParameterName, 'Fault: answer this share (0 to 1) of API calls with 429')
            [CompletionResult]::new('--retry-after-form', '--retry-after-form', [CompletionResultType]::ParameterName, 'Fault: how a 429 says when to retry')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Fault: delay every answer by this many milliseconds')
            [CompletionResult]::new('--drop-after-commit-rate', '--drop-after-commit-rate', [CompletionResultType]::ParameterName, 'Fault: drop the connection after committing this share (0 to 1) of POSTs')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow listening on a non-loopback address')
            [CompletionResult]::new('--auto-validate', '--auto-validate', [CompletionResultType]::ParameterName, 'Mark DV domains valid at once, as if CNAMEd to edgekey.net')
            [CompletionResult]::new('--odd-casing', '--odd-casing', [CompletionResultType]::ParameterName, 'Fault: spell statuses in odd casing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;demo' {
            [CompletionResult]::new('--time-scale', '--time-scale', [CompletionResultType]::ParameterName, 'Simulated seconds per real second')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;completions' {
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;man' {
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Act for another account (accountSwitchKey)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'The contract ID (such as 11754 or 1-1TJZFB)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'The group ID')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy [default: HTTPS_PROXY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr (-v info, -vv debug); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sps;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a certificate and its secure edge hostname')
            [CompletionResult]::new('add-sans', 'add-sans', [CompletionResultType]::ParameterValue, 'Add names to an existing SAN certificate (modSan)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SPS requests')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one SPS request')
            [CompletionResult]::new('edge-host', 'edge-host', [CompletionResultType]::ParameterValue, 'Secure edge hostnames for existing certificates')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until requests finish')
            [CompletionResult]::new('dv', 'dv', [CompletionResultType]::ParameterValue, 'Domain validation: show or serve the challenges')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the SPS emulator in the foreground')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Provision a DV SAN certificate and edge hostnames against the embedded emulator')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sps;help;create' {
            [CompletionResult]::new('single', 'single', [CompletionResultType]::ParameterValue, 'A certificate for one host name')
            [CompletionResult]::new('san', 'san', [CompletionResultType]::ParameterValue, 'A certificate for several host names (OV, or DV with Let''s Encrypt)')
            [CompletionResult]::new('wildcard', 'wildcard', [CompletionResultType]::ParameterValue, 'A certificate for *.domain')
            break
        }
        'sps;help;create;single' {
            break
        }
        'sps;help;create;san' {
            break
        }
        'sps;help;create;wildcard' {
            break
        }
        'sps;help;add-sans' {
            break
        }
        'sps;help;list' {
            break
        }
        'sps;help;get' {
            break
        }
        'sps;help;edge-host' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secure edge hostname for an existing certificate')
            break
        }
        'sps;help;edge-host;create' {
            break
        }
        'sps;help;wait' {
            break
        }
        'sps;help;dv' {
            [CompletionResult]::new('challenges', 'challenges', [CompletionResultType]::ParameterValue, 'Show the DV challenges of a request')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Run a command per challenge to serve it, then wait for validation')
            break
        }
        'sps;help;dv;challenges' {
            break
        }
        'sps;help;dv;hook' {
            break
        }
        'sps;help;emulator' {
            break
        }
        'sps;help;demo' {
            break
        }
        'sps;help;completions' {
            break
        }
        'sps;help;man' {
            break
        }
        'sps;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
