#!/usr/bin/env bash
# Installs the Debian 12 packages Amends needs to build, run and test — only those that
# are missing. Needs root (or sudo) when something has to be installed.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # Qt 6 and its translations
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    # proofreading: spelling and hyphenation dictionaries
    libhunspell-dev hunspell hunspell-en-us hunspell-en-gb hunspell-pt-br hunspell-es
    libhyphen-dev hyphen-en-us hyphen-en-gb hyphen-pt-br hyphen-es
    # Portuguese and Spanish word forms (Snowball stemmers) and language identification
    libstemmer-dev libexttextcat-dev libexttextcat-data
    # tests: GoogleTest, a virtual display, fonts
    libgtest-dev libbenchmark-dev xvfb xauth fonts-dejavu-core
    # sanitizer and fuzzing run (packaging/sanitize.sh): clang with the ASan, UBSan and
    # libFuzzer runtimes, llvm-symbolizer for readable stack traces
    clang clang-14 libclang-rt-14-dev llvm-14
    # export: PDF/print (Qt), email (GMime), SMTP (libcurl), keychain, calendar (libical)
    libgmime-3.0-dev libcurl4-openssl-dev qtkeychain-qt6-dev libical-dev
    # the keychain's Secret Service client (QtKeychain loads libsecret when it runs)
    libsecret-1-0
    # export tests: independent checkers and a local mail server
    poppler-utils qpdf unzip openssl python3 python3-aiosmtpd python3-icalendar
    # command-line tests: SARIF output validated against its JSON schema
    python3-jsonschema
    # keychain tests: a private D-Bus session with a real GNOME keyring, and libsecret's CLI
    dbus-daemon gnome-keyring libsecret-tools
    # packaging checks: desktop file, AppStream metadata, the draft file type, zsh completion
    desktop-file-utils appstream shared-mime-info libglib2.0-bin zsh
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed."
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
