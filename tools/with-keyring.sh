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
start_keyring() {
  printf 'caseload-test-keyring' | gnome-keyring-daemon "$@" --unlock --components=secrets >/dev/null
}
keyring_owner() {  # the PID that owns the Secret Service name now ("" when none)
  { gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets \
    2>/dev/null || true; } | sed -n 's/.*uint32 \([0-9]*\).*/\1/p'
}
start_keyring
.venv/bin/python tools/keyring_ready.py
# The test keyring daemon has been seen to vanish in the middle of a long parallel run (cause
# not found yet); D-Bus then activates a fresh, locked one and every later test fails with
# "Prompt dismissed". This guard puts the unlocked one back (its files are still on disk, so
# stored device secrets survive): one test may fail, not all that follow.
OWNER="$(keyring_owner)"
( set +e; while sleep 0.3; do
    now="$(keyring_owner)"
    if [ -n "$OWNER" ] && [ "$now" != "$OWNER" ]; then
      echo "with-keyring: the keyring daemon went away; starting it again" >&2
      start_keyring --replace && .venv/bin/python tools/keyring_ready.py && OWNER="$(keyring_owner)"
    fi
  done ) &
GUARD=$!
trap 'kill $GUARD 2>/dev/null; rm -rf "$KEYRING_HOME"' EXIT
"$@"
