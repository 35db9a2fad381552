#!/usr/bin/env bash
# Inside a D-Bus session: start GNOME Keyring's Secret Service, unlocked with a throwaway
# password, wait until it answers, then run the given command. Its keyring files live in a
# temporary folder that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
KEYRING_HOME="$(mktemp -d)"
trap 'rm -rf "$KEYRING_HOME"' EXIT
export XDG_DATA_HOME="$KEYRING_HOME/data"
mkdir -p "$XDG_DATA_HOME"
printf 'caseload-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
.venv/bin/python tools/keyring_ready.py
"$@"
