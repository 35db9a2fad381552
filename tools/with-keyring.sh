#!/usr/bin/env bash
# Inside a D-Bus session: start GNOME Keyring's Secret Service, unlocked with a throwaway
# password, then run the given command. Its keyring files live in a temporary HOME.
set -euo pipefail
KEYRING_HOME="$(mktemp -d)"
export XDG_DATA_HOME="$KEYRING_HOME/data"
mkdir -p "$XDG_DATA_HOME"
printf 'caseload-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
trap 'rm -rf "$KEYRING_HOME"' EXIT
"$@"
