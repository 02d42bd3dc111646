# bash completion for amends-cli                                 -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/amends-cli.

_amends_cli_files()
{
    # $1: a glob of suffixes to offer besides folders, e.g. '@(amends|txt)'; empty for any file.
    local IFS=$'\n' item
    local -a found
    if [[ -n $1 ]]; then
        found=($(compgen -d -- "$cur") $(compgen -f -X "!*.$1" -- "$cur"))
    else
        found=($(compgen -f -- "$cur"))
    fi
    for item in "${found[@]}"; do
        [[ -d $item ]] && item+=/
        COMPREPLY+=("$item")
    done
    compopt -o filenames -o nospace 2>/dev/null
}

_amends_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="check report rules new render export scenarios spell help"
    local command="" i
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version -h" -- "$cur"))
        return 0
    fi

    local shopt_extglob
    shopt_extglob=$(shopt -p extglob)
    shopt -s extglob

    case $prev in
        --format)
            case $command in
                check) COMPREPLY=($(compgen -W "text json sarif checkstyle" -- "$cur")) ;;
                render) COMPREPLY=($(compgen -W "text html" -- "$cur")) ;;
                report) COMPREPLY=($(compgen -W "html json" -- "$cur")) ;;
            esac
            eval "$shopt_extglob"; return 0 ;;
        --lang)
            COMPREPLY=($(compgen -W "en en-US en-GB" -- "$cur"))
            eval "$shopt_extglob"; return 0 ;;
        --scenario)
            COMPREPLY=($(compgen -W "$(amends-cli scenarios 2>/dev/null | cut -d' ' -f1)" -- "$cur"))
            eval "$shopt_extglob"; return 0 ;;
        --set)
            local keys="customer.name customer.salutation customer.email customer.address case.reference
                invoice.number account.number amount.charged amount.correct amount.refund currency
                date.complaint date.letter date.followup sender.name sender.title sender.phone sender.email
                company.name company.address company.phone company.email"
            COMPREPLY=($(compgen -W "$keys" -S = -- "$cur"))
            compopt -o nospace 2>/dev/null
            eval "$shopt_extglob"; return 0 ;;
        -o|--output)
            case $command in
                new) _amends_cli_files 'amends' ;;
                export) _amends_cli_files '@(pdf|odt|html|txt|eml|ics)' ;;
                report) _amends_cli_files '@(html|json)' ;;
                *) _amends_cli_files '' ;;
            esac
            eval "$shopt_extglob"; return 0 ;;
        --rules)
            _amends_cli_files 'json'
            eval "$shopt_extglob"; return 0 ;;
        --dictionary)
            _amends_cli_files '@(dic|aff)'
            eval "$shopt_extglob"; return 0 ;;
        --min-severity)
            COMPREPLY=($(compgen -W "error warning suggestion" -- "$cur"))
            eval "$shopt_extglob"; return 0 ;;
        --disable|--glob)
            eval "$shopt_extglob"; return 0 ;;
    esac

    if [[ $cur == -* ]]; then
        local options="--help -h --version"
        case $command in
            check) options+=" --format --min-severity -q --quiet --lang --rules --disable --no-spelling --no-config
                -r --recursive --glob" ;;
            report) options+=" -o --output --format --lang --rules --disable --no-spelling --no-config -r --recursive --glob" ;;
            rules) options+=" --lang --rules" ;;
            new) options+=" --scenario --lang --set -o --output" ;;
            render) options+=" --format" ;;
            export) options+=" -o --output" ;;
            scenarios) options+=" --lang" ;;
            spell) options+=" --lang --dictionary --list" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        eval "$shopt_extglob"; return 0
    fi

    case $command in
        check) _amends_cli_files '@(amends|txt)' ;;
        render|export) _amends_cli_files 'amends' ;;
        spell) _amends_cli_files '@(amends|txt)' ;;
        report) COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
    esac
    eval "$shopt_extglob"
    return 0
}

complete -F _amends_cli amends-cli
