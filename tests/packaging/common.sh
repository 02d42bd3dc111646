# Sourced by the packaging checks: fail MESSAGE counts a failure in $failures, and
# offscreen_profile DIR points HOME and the XDG folders into DIR (an empty profile) and
# runs Qt without a display.
failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
offscreen_profile() {
    export HOME=$1 XDG_CONFIG_HOME=$1/config XDG_DATA_HOME=$1/data XDG_CACHE_HOME=$1/cache
    unset DISPLAY WAYLAND_DISPLAY
    export QT_QPA_PLATFORM=offscreen
}
