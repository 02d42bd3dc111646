#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and opens Amends on a sample billing case.
# Without a display it says so and shows the command-line tool at work instead.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${AMENDS_BUILD_DIR:-$source_dir/build/relwithdebinfo}

"$source_dir/packaging/setup.sh"
"$source_dir/packaging/build.sh"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$build_dir/app/amends" --sample duplicate-charge "$@"
fi

cli="$build_dir/app/cli/amends-cli"
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
cat <<MSG
No display was found, so the Amends window cannot open here.
Open it from a desktop session with:  $build_dir/app/amends --sample duplicate-charge
Meanwhile, here is the command-line tool writing a letter for a sample case:

\$ amends-cli scenarios
MSG
"$cli" scenarios
echo
echo "\$ amends-cli new --scenario duplicate-charge --set customer.name='Maria Rivera' ... -o letter.amends"
"$cli" new --scenario duplicate-charge \
    --set customer.name="Maria Rivera" --set customer.salutation="Ms Rivera" \
    --set case.reference=CASE-20731 --set invoice.number=INV-48213 \
    --set amount.charged=119.80 --set amount.correct=59.90 --set amount.refund=59.90 --set currency=USD \
    --set date.complaint="$(date -d yesterday +%F)" \
    --set sender.name="Dana Whitfield" --set sender.title="Billing Team Lead" \
    --set sender.phone="+1 555 0100 214" --set sender.email=dana.whitfield@example.com \
    --set company.name="Northwind Energy" --set company.address=$'12 Harbour Road\nSpringfield, IL 62701' \
    -o "$demo/letter.amends"
echo "\$ amends-cli render letter.amends"
echo
"$cli" render "$demo/letter.amends"
