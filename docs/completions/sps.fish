# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sps_global_optspecs
    string join \n edgerc= s/section= account-key= contract-id= group-id= json v/verbose proxy= no-color h/help V/version
end

function __fish_sps_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sps_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sps_using_subcommand
    set -l cmd (__fish_sps_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sps -n "__fish_sps_needs_command" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_needs_command" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_needs_command" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_needs_command" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_needs_command" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_needs_command" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_needs_command" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_needs_command" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_needs_command" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_needs_command" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_needs_command" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_needs_command" -f -a "create" -d 'Create a certificate and its secure edge hostname'
complete -c sps -n "__fish_sps_needs_command" -f -a "add-sans" -d 'Add names to an existing SAN certificate (modSan)'
complete -c sps -n "__fish_sps_needs_command" -f -a "list" -d 'List SPS requests'
complete -c sps -n "__fish_sps_needs_command" -f -a "get" -d 'Show one SPS request'
complete -c sps -n "__fish_sps_needs_command" -f -a "edge-host" -d 'Secure edge hostnames for existing certificates'
complete -c sps -n "__fish_sps_needs_command" -f -a "wait" -d 'Wait until requests finish'
complete -c sps -n "__fish_sps_needs_command" -f -a "dv" -d 'Domain validation: show or serve the challenges'
complete -c sps -n "__fish_sps_needs_command" -f -a "emulator" -d 'Run the SPS emulator in the foreground'
complete -c sps -n "__fish_sps_needs_command" -f -a "demo" -d 'Provision a DV SAN certificate and edge hostnames against the embedded emulator'
complete -c sps -n "__fish_sps_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c sps -n "__fish_sps_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c sps -n "__fish_sps_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l form-file -d 'A URL-encoded form, exactly like the reference\'s formparams files (createType inside)' -r -F
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l from -d 'A request file (.toml or .json) of form parameters; nested tables join with \'.\'' -r -F
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l wait -d 'Wait until the request finishes'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l dry-run -d 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -f -a "single" -d 'A certificate for one host name'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -f -a "san" -d 'A certificate for several host names (OV, or DV with Let\'s Encrypt)'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -f -a "wildcard" -d 'A certificate for *.domain'
complete -c sps -n "__fish_sps_using_subcommand create; and not __fish_seen_subcommand_from single san wildcard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l cname-hostname -d 'The edge hostname to create: NAME.edgekey.net' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l cn -d 'The common name (csr.cn)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l ou -d 'The organizational unit (csr.ou)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l san -d 'A subject alternative name (repeatable; san only)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l validation -d 'Validation type' -r -f -a "ov\t'Organization validation'
dv\t'Domain validation (Let\'s Encrypt, SAN only)'"
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-name -d 'Organization name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-address -d 'Organization address, first line' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-address-2 -d 'Organization address, second line' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-city -d 'Organization city' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-region -d 'Organization state or province' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-postal-code -d 'Organization postal code' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-country -d 'Organization country (ISO 3166 alpha-2, such as US)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l org-phone -d 'Organization phone' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l admin-first-name -d 'Administrative contact\'s first name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l admin-last-name -d 'Administrative contact\'s last name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l admin-phone -d 'Administrative contact\'s phone' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l admin-email -d 'Administrative contact\'s e-mail' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l product -d 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l ip-version -d 'The edge hostname\'s IP versions (ipv4, ipv4_ipv6)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l klass -d 'The deployment network (esslType, chinaType)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l issuer -d 'The certificate authority (symantec, lets-encrypt)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l signature-algorithm -d 'The signature algorithm (SHA-256, SHA-1)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l sni -d 'Serve the certificate with SNI only'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l wait -d 'Wait until the request finishes'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l dry-run -d 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from single" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l cname-hostname -d 'The edge hostname to create: NAME.edgekey.net' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l cn -d 'The common name (csr.cn)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l ou -d 'The organizational unit (csr.ou)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l san -d 'A subject alternative name (repeatable; san only)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l validation -d 'Validation type' -r -f -a "ov\t'Organization validation'
dv\t'Domain validation (Let\'s Encrypt, SAN only)'"
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-name -d 'Organization name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-address -d 'Organization address, first line' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-address-2 -d 'Organization address, second line' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-city -d 'Organization city' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-region -d 'Organization state or province' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-postal-code -d 'Organization postal code' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-country -d 'Organization country (ISO 3166 alpha-2, such as US)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l org-phone -d 'Organization phone' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l admin-first-name -d 'Administrative contact\'s first name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l admin-last-name -d 'Administrative contact\'s last name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l admin-phone -d 'Administrative contact\'s phone' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l admin-email -d 'Administrative contact\'s e-mail' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l product -d 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l ip-version -d 'The edge hostname\'s IP versions (ipv4, ipv4_ipv6)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l klass -d 'The deployment network (esslType, chinaType)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l issuer -d 'The certificate authority (symantec, lets-encrypt)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l signature-algorithm -d 'The signature algorithm (SHA-256, SHA-1)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l sni -d 'Serve the certificate with SNI only'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l wait -d 'Wait until the request finishes'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l dry-run -d 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from san" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l cname-hostname -d 'The edge hostname to create: NAME.edgekey.net' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l cn -d 'The common name (csr.cn)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l ou -d 'The organizational unit (csr.ou)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l san -d 'A subject alternative name (repeatable; san only)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l validation -d 'Validation type' -r -f -a "ov\t'Organization validation'
dv\t'Domain validation (Let\'s Encrypt, SAN only)'"
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-name -d 'Organization name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-address -d 'Organization address, first line' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-address-2 -d 'Organization address, second line' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-city -d 'Organization city' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-region -d 'Organization state or province' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-postal-code -d 'Organization postal code' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-country -d 'Organization country (ISO 3166 alpha-2, such as US)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l org-phone -d 'Organization phone' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l admin-first-name -d 'Administrative contact\'s first name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l admin-last-name -d 'Administrative contact\'s last name' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l admin-phone -d 'Administrative contact\'s phone' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l admin-email -d 'Administrative contact\'s e-mail' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l product -d 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l ip-version -d 'The edge hostname\'s IP versions (ipv4, ipv4_ipv6)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l klass -d 'The deployment network (esslType, chinaType)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l issuer -d 'The certificate authority (symantec, lets-encrypt)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l signature-algorithm -d 'The signature algorithm (SHA-256, SHA-1)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l sni -d 'Serve the certificate with SNI only'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l wait -d 'Wait until the request finishes'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l dry-run -d 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from wildcard" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "single" -d 'A certificate for one host name'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "san" -d 'A certificate for several host names (OV, or DV with Let\'s Encrypt)'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "wildcard" -d 'A certificate for *.domain'
complete -c sps -n "__fish_sps_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l job-id -d 'The job ID of the SAN certificate' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l san -d 'A name to add (repeatable)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l cname-hostname -d 'The edge hostname to create: NAME.edgekey.net' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l product -d 'The product (alta, ion_standard, ion_media, ion_premier, waa, dsd, ica, wsd, dsa)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l ip-version -d 'The edge hostname\'s IP versions (ipv4, ipv4_ipv6)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l klass -d 'The deployment network (esslType, chinaType)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand add-sans" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l wait -d 'Wait until the request finishes'
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l dry-run -d 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand add-sans" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand add-sans" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand add-sans" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand add-sans" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand list" -l after -d 'Only requests created after this time (2014-07-08T16:27:06Z, RFC 3339, or a date)' -r
complete -c sps -n "__fish_sps_using_subcommand list" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand list" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand list" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand list" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand list" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand list" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand list" -l information -d 'Include the parameters each request was created with'
complete -c sps -n "__fish_sps_using_subcommand list" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand list" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand list" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand list" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand list" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand get" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand get" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand get" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand get" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand get" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand get" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand get" -l information -d 'Include the parameters the request was created with'
complete -c sps -n "__fish_sps_using_subcommand get" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand get" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand get" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand get" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand get" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -f -a "create" -d 'Create a secure edge hostname for an existing certificate'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and not __fish_seen_subcommand_from create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l cname-hostname -d 'The edge hostname to create: NAME.edgekey.net' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l job-id -d 'The job ID of the certificate' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l enrollment-id -d 'The CPS enrollment ID of the certificate (wins over --job-id)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l ip-version -d 'The edge hostname\'s IP versions (ipv4, ipv4_ipv6)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l product -d 'The product' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the request finishes'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l dry-run -d 'Validate and print the exact HTTP request (Authorization redacted); send nothing'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a secure edge hostname for an existing certificate'
complete -c sps -n "__fish_sps_using_subcommand edge-host; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand wait" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand wait" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand wait" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand wait" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand wait" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand wait" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand wait" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand wait" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand wait" -l keep-waiting -d 'Keep waiting while DV challenges wait for the user (default: stop, exit 4)'
complete -c sps -n "__fish_sps_using_subcommand wait" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand wait" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand wait" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand wait" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand wait" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -f -a "challenges" -d 'Show the DV challenges of a request'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -f -a "hook" -d 'Run a command per challenge to serve it, then wait for validation'
complete -c sps -n "__fish_sps_using_subcommand dv; and not __fish_seen_subcommand_from challenges hook help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l format -d 'Output format' -r -f -a "table\t'A table'
env\t'Shell variables'
nginx\t'nginx configuration (serve the tokens, or redirect to dcv.akamai.com)'
apache\t'Apache configuration'"
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l webroot -d 'Write each token file under DIR/.well-known/acme-challenge/' -r -F
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l redirect -d 'With --format nginx/apache: redirect to dcv.akamai.com (option 2) instead of serving'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from challenges" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l auth-hook -d 'Runs once per domain with SPS_DOMAIN, SPS_TOKEN, SPS_RESPONSE_BODY, SPS_FULL_PATH, SPS_REDIRECT_FULL_PATH' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l cleanup-hook -d 'Runs once per domain after validation, with the same variables' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l timeout -d 'Give up after this long (such as 90s, 30m, 2h)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l interval -d 'Poll this often (it grows while nothing changes)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from hook" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from help" -f -a "challenges" -d 'Show the DV challenges of a request'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from help" -f -a "hook" -d 'Run a command per challenge to serve it, then wait for validation'
complete -c sps -n "__fish_sps_using_subcommand dv; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand emulator" -l listen -d 'Address to listen on; port 0 picks a free port (printed)' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l db -d 'Keep state in this SQLite file (survives restarts); in memory otherwise' -r -F
complete -c sps -n "__fish_sps_using_subcommand emulator" -l time-scale -d 'Simulated seconds per real second (3600: an hour a second)' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l seed -d 'Seed every random choice (tokens, credentials, faults) for repeatable runs' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l contract -d 'A contract the credentials may use (repeatable; default 11754)' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l group -d 'A group the credentials may use (repeatable; default 1001)' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l resolve -d 'Where the DV validator connects for DOMAIN (repeatable): DOMAIN=IP:PORT' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l challenge-addr -d 'Where the DV validator connects for every other domain' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l write-edgerc -d 'Write an .edgerc section for the emulator\'s credentials to PATH (mode 0600)' -r -F
complete -c sps -n "__fish_sps_using_subcommand emulator" -l section -d 'The section name for --write-edgerc' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l error-rate -d 'Fault: answer this share (0 to 1) of API calls with 500' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l rate-limit-rate -d 'Fault: answer this share (0 to 1) of API calls with 429' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l retry-after-form -d 'Fault: how a 429 says when to retry' -r -f -a "seconds\t'`Retry-After: <seconds>`'
http-date\t'`Retry-After: <HTTP-date>`'
rate-limit-next\t'`Akamai-RateLimit-Next` with `Date`'"
complete -c sps -n "__fish_sps_using_subcommand emulator" -l latency-ms -d 'Fault: delay every answer by this many milliseconds' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l drop-after-commit-rate -d 'Fault: drop the connection after committing this share (0 to 1) of POSTs' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand emulator" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand emulator" -l allow-remote -d 'Allow listening on a non-loopback address'
complete -c sps -n "__fish_sps_using_subcommand emulator" -l auto-validate -d 'Mark DV domains valid at once, as if CNAMEd to edgekey.net'
complete -c sps -n "__fish_sps_using_subcommand emulator" -l odd-casing -d 'Fault: spell statuses in odd casing'
complete -c sps -n "__fish_sps_using_subcommand emulator" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand emulator" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand emulator" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sps -n "__fish_sps_using_subcommand emulator" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand demo" -l time-scale -d 'Simulated seconds per real second' -r
complete -c sps -n "__fish_sps_using_subcommand demo" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand demo" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand demo" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand demo" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand demo" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand demo" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand demo" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand demo" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand demo" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand demo" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand demo" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand completions" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand completions" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand completions" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand completions" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand completions" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand completions" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand completions" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand completions" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand completions" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand completions" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand completions" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand man" -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c sps -n "__fish_sps_using_subcommand man" -s s -l section -d 'The .edgerc section' -r
complete -c sps -n "__fish_sps_using_subcommand man" -l account-key -d 'Act for another account (accountSwitchKey)' -r
complete -c sps -n "__fish_sps_using_subcommand man" -l contract-id -d 'The contract ID (such as 11754 or 1-1TJZFB)' -r
complete -c sps -n "__fish_sps_using_subcommand man" -l group-id -d 'The group ID' -r
complete -c sps -n "__fish_sps_using_subcommand man" -l proxy -d 'Send requests through this proxy [default: HTTPS_PROXY]' -r
complete -c sps -n "__fish_sps_using_subcommand man" -l json -d 'Print only JSON on stdout'
complete -c sps -n "__fish_sps_using_subcommand man" -s v -l verbose -d 'Log to stderr (-v info, -vv debug); secrets are never logged'
complete -c sps -n "__fish_sps_using_subcommand man" -l no-color -d 'No colors (also NO_COLOR)'
complete -c sps -n "__fish_sps_using_subcommand man" -s h -l help -d 'Print help'
complete -c sps -n "__fish_sps_using_subcommand man" -s V -l version -d 'Print version'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "create" -d 'Create a certificate and its secure edge hostname'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "add-sans" -d 'Add names to an existing SAN certificate (modSan)'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "list" -d 'List SPS requests'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "get" -d 'Show one SPS request'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "edge-host" -d 'Secure edge hostnames for existing certificates'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "wait" -d 'Wait until requests finish'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "dv" -d 'Domain validation: show or serve the challenges'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "emulator" -d 'Run the SPS emulator in the foreground'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "demo" -d 'Provision a DV SAN certificate and edge hostnames against the embedded emulator'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "completions" -d 'Print shell completions'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c sps -n "__fish_sps_using_subcommand help; and not __fish_seen_subcommand_from create add-sans list get edge-host wait dv emulator demo completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sps -n "__fish_sps_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "single" -d 'A certificate for one host name'
complete -c sps -n "__fish_sps_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "san" -d 'A certificate for several host names (OV, or DV with Let\'s Encrypt)'
complete -c sps -n "__fish_sps_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "wildcard" -d 'A certificate for *.domain'
complete -c sps -n "__fish_sps_using_subcommand help; and __fish_seen_subcommand_from edge-host" -f -a "create" -d 'Create a secure edge hostname for an existing certificate'
complete -c sps -n "__fish_sps_using_subcommand help; and __fish_seen_subcommand_from dv" -f -a "challenges" -d 'Show the DV challenges of a request'
complete -c sps -n "__fish_sps_using_subcommand help; and __fish_seen_subcommand_from dv" -f -a "hook" -d 'Run a command per challenge to serve it, then wait for validation'
