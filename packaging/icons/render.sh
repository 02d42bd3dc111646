#!/usr/bin/env bash
# Renders the application icon (packaging/amends.svg) to the PNG sizes of the hicolor
# theme. The PNGs are committed; run this again after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin) and optipng when present.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for size in 16 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}/apps"
    out="$here/hicolor/${size}x${size}/apps/amends.png"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$here/../amends.svg" -o "$out"
    if command -v optipng >/dev/null 2>&1; then optipng -quiet -strip all "$out"; fi
done
