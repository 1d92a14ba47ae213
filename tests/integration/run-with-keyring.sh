#!/bin/sh
# Runs a test under its own D-Bus session with a throwaway, unlocked gnome-keyring, so a keychain test never touches
# the user's keyring. HOME and the XDG folders point into a temporary directory that is removed afterwards.
# Usage: run-with-keyring.sh TEST_BINARY [ARGS...]
set -u

test_binary="$1"
shift
export SMTP_KEYRING_WRAPPED=1

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        SMTP_KEYRING_UNAVAILABLE="$tool is not installed" exec "$test_binary" "$@"
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/smtp-keyring.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No desktop hint: QtKeychain must pick the Secret Service (libsecret), not KWallet.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION

# The daemon lives as long as the private bus; the unlock password only protects this throwaway keyring.
timeout 240 dbus-run-session -- sh -c '
    printf "%s" throwaway-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"
' keyring-session "$test_binary" "$@"
