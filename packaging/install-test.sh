#!/usr/bin/env bash
# Install test: installs the Amends package with apt in a minimal, clean Debian 12 root
# and runs the installed programs there, so a missing dependency or file shows up the way
# it would on a user's machine.
#
#   packaging/install-test.sh [PACKAGE.deb]   test PACKAGE.deb (default: build and cpack it)
#   packaging/install-test.sh --prepare       only create the cached minimal root
#
# Needs root, mmdebstrap and the network to a Debian mirror (taken from the machine's apt
# sources, or AMENDS_MIRROR / AMENDS_SECURITY_MIRROR). The minimal root
# (mmdebstrap --variant=apt bookworm) is kept as a tarball in $AMENDS_INSTALL_TEST_CACHE
# (default /var/cache/amends-install-test) and made again after 7 days; downloaded
# packages are kept there too. Without the .deb argument, the package is built with
# packaging/build.sh in $AMENDS_BUILD_DIR (default build/relwithdebinfo).
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
cache=${AMENDS_INSTALL_TEST_CACHE:-/var/cache/amends-install-test}
suite=bookworm
started=$SECONDS

say() { printf 'install-test: %s\n' "$*"; }
die() { printf 'install-test: FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "needs root (chroot and mounts)"
command -v mmdebstrap >/dev/null || die "mmdebstrap is missing (apt-get install mmdebstrap)"

# The Debian mirror of this machine's apt sources (deb822 .sources or one-line .list).
find_mirror() {
    local pattern=$1
    local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
    local file
    for file in "${files[@]}"; do
        [ -f "$file" ] || continue
        grep -v '^[[:space:]]*#' "$file" | grep -oE 'https?://[^[:space:]]+' | grep -E "$pattern" | head -n1 && return 0
    done
    return 1
}
mirror=${AMENDS_MIRROR:-$(find_mirror '/debian/?$' || echo http://deb.debian.org/debian)}
security=${AMENDS_SECURITY_MIRROR:-$(find_mirror '/debian-security/?$' || echo http://deb.debian.org/debian-security)}
mirror=${mirror%/}
security=${security%/}
sources=("deb $mirror $suite main" "deb $mirror $suite-updates main" "deb $security $suite-security main")

mkdir -p "$cache/archives/partial"
base="$cache/$suite-apt.tar"
if [ ! -f "$base" ] || [ -n "$(find "$base" -maxdepth 0 -mtime +7)" ]; then
    say "creating the minimal $suite root from $mirror (cached in $base)"
    t=$SECONDS
    # mmdebstrap writes a tarball when the name ends in .tar.
    mmdebstrap --quiet --variant=apt "$suite" "$cache/new-$suite-apt.tar" "${sources[@]}"
    mv "$cache/new-$suite-apt.tar" "$base"
    say "minimal root made in $((SECONDS - t)) s"
fi
[ "${1:-}" = "--prepare" ] && exit 0

# The package.
if [ $# -ge 1 ]; then
    deb=$(realpath "$1")
else
    build_dir=${AMENDS_BUILD_DIR:-$source_dir/build/relwithdebinfo}
    say "building the package in $build_dir"
    AMENDS_BUILD_TYPE=RelWithDebInfo AMENDS_BUILD_DIR=$build_dir "$source_dir/packaging/build.sh" -DAMENDS_BUILD_TESTS=OFF
    (cd "$build_dir" && cpack -G DEB >/dev/null)
    deb=$(ls -t "$build_dir"/amends_*.deb | head -n1)
fi
[ -f "$deb" ] || die "no package: $deb"
version=$(dpkg-deb -f "$deb" Version)
say "testing $(basename "$deb")"

root=$(mktemp -d /tmp/amends-install-test.XXXXXX)
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
    say "finished in $((SECONDS - started)) s"
}
trap cleanup EXIT
# The root lives in memory (about 700 MB): unpacking, installing and removing it do not
# wait for the disk. AMENDS_INSTALL_TEST_TMPFS=0 keeps it on disk.
if [ "${AMENDS_INSTALL_TEST_TMPFS:-1}" != 0 ]; then
    mount -t tmpfs -o size=3G,mode=0755 amends-install-test "$root" && mounted+=("$root")
fi
tar -C "$root" --numeric-owner -xf "$base"
for dir in proc sys dev dev/pts; do mkdir -p "$root/$dir"; done
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
# Slaves, so that unmounting them later cannot reach the machine's own /sys and /dev.
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys" && mounted+=("$root/sys")
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounted+=("$root/dev")
mkdir -p "$root/var/cache/apt/archives"
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounted+=("$root/var/cache/apt/archives")
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# Keep downloaded packages for the next run (the minimal root deletes them after install).
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > "$root/etc/apt/apt.conf.d/90keep-packages"
# A throw-away root needs no fsync after every file dpkg writes.
echo force-unsafe-io > "$root/etc/dpkg/dpkg.cfg.d/90unsafe-io"
cp "$deb" "$root/tmp/"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

t=$SECONDS
say "apt-get install ./$(basename "$deb") (dependencies from $mirror)"
in_root apt-get update -qq || die "apt-get update in the root"
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$root/tmp/apt.log" 2>&1 \
    || { tail -n 30 "$root/tmp/apt.log" >&2; die "apt could not install the package"; }
say "installed in $((SECONDS - t)) s"
in_root dpkg -s amends >/dev/null || die "dpkg does not list amends as installed"

# Each step: a name, then the command in the root; its output is kept in $out.
step() {
    local name=$1
    shift
    if ! out=$(in_root "$@" 2>&1); then
        printf '%s\n' "$out" >&2
        die "$name"
    fi
    say "ok: $name"
}
expect() { # expect NAME GREP-PATTERN: the last step's output matches
    grep -qE -- "$2" <<<"$out" || { printf '%s\n' "$out" >&2; die "$1: no match for /$2/"; }
}
file_starts() { # file_starts PATH BYTES
    [ "$(head -c ${#2} "$root$1")" = "$2" ] || die "$1 does not start with $2"
}

work=/tmp/letters
mkdir -p "$root$work"

t=$SECONDS
step "amends-cli --version" amends-cli --version
expect "amends-cli --version" "^amends-cli $version$"

step "amends-cli scenarios" amends-cli scenarios
expect "amends-cli scenarios" "^duplicate-charge "
scenario=$(head -n1 <<<"$out" | cut -d' ' -f1)
[ -e "$root/root/.config/Amends" ] && die "amends-cli scenarios wrote a settings file"

step "amends-cli new --scenario $scenario" amends-cli new --scenario "$scenario" -o "$work/x.amends" \
    --set customer.name="Maria Rivera" --set customer.salutation="Ms Rivera" \
    --set customer.email=maria.rivera@example.com --set case.reference=CASE-20731 \
    --set invoice.number=INV-48213 --set account.number=ACC-5521 \
    --set amount.charged=119.80 --set amount.correct=59.90 --set amount.refund=59.90 --set currency=USD \
    --set date.complaint="$(date +%F)" \
    --set sender.name="Dana Whitfield" --set sender.title="Billing Team Lead" \
    --set sender.phone="+1 555 0100 214" --set sender.email=dana.whitfield@example.com \
    --set company.name="Northwind Energy" --set company.address="12 Harbour Road, Springfield" \
    --set company.phone="+1 555 0100 200" --set company.email=billing@example.com
grep -q '"format": "amends-draft"' "$root$work/x.amends" || die "the draft is not an Amends draft"

step "amends-cli check" amends-cli check "$work/x.amends"
step "amends-cli render" amends-cli render "$work/x.amends"
expect "amends-cli render" "Maria Rivera|Ms Rivera"

for suffix in pdf odt html txt eml ics; do
    step "amends-cli export .$suffix" amends-cli export "$work/x.amends" -o "$work/x.$suffix"
    [ -s "$root$work/x.$suffix" ] || die "export .$suffix wrote nothing"
done
file_starts "$work/x.pdf" "%PDF-"
file_starts "$work/x.odt" "PK"
grep -q "Rivera" "$root$work/x.html" || die "the HTML letter has no customer name"
grep -q "Rivera" "$root$work/x.txt" || die "the text letter has no customer name"
grep -q "^X-Unsent: 1" "$root$work/x.eml" || die "the email draft has no X-Unsent header"
grep -q "application/pdf" "$root$work/x.eml" || die "the email draft has no PDF attached"
grep -q "BEGIN:VCALENDAR" "$root$work/x.ics" || die "the reminder is not an iCalendar file"
say "ok: the six exports have the expected contents"

printf 'We are sorry for the dupplicate charge on your account.\n' >"$root$work/text.txt"
step "amends-cli spell --lang en-US --list" sh -c "amends-cli spell --lang en-US --list < $work/text.txt"
[ "$out" = "dupplicate" ] || { printf '%s\n' "$out" >&2; die "spell --list should print exactly: dupplicate"; }

step "amends --help without a display" amends --help
expect "amends --help" "--screenshot"
step "amends --version without a display" amends --version
expect "amends --version" "^amends $version$"

step "amends --screenshot (offscreen)" env QT_QPA_PLATFORM=offscreen amends --screenshot "$work/shots"
shots=$(ls "$root$work/shots"/*.png 2>/dev/null | wc -l)
[ "$shots" -ge 2 ] || die "amends --screenshot wrote $shots pictures"
for png in "$root$work/shots"/*.png; do
    [ "$(head -c 4 "$png" | tail -c 3)" = "PNG" ] || die "$(basename "$png") is not a PNG"
done
say "ok: $shots screenshots"

for file in /usr/share/man/man1/amends.1.gz /usr/share/man/man1/amends-cli.1.gz \
    /usr/share/doc/amends/copyright /usr/share/doc/amends/changelog.gz \
    /usr/share/applications/amends.desktop /usr/share/metainfo/org.example.amends.metainfo.xml \
    /usr/share/mime/packages/amends.xml /usr/share/icons/hicolor/48x48/apps/amends.png \
    /usr/share/bash-completion/completions/amends-cli /usr/share/zsh/vendor-completions/_amends-cli; do
    [ -f "$root$file" ] || die "$file is not installed"
done
say "ok: manual pages, documentation and desktop files are installed"

say "programs checked in $((SECONDS - t)) s"
say "PASS"
