#!/usr/bin/env bash
# Set up and run the whole test suite on a fresh Debian machine (Python 3.11).
# Installs the Debian packages the tests need (keyring daemon, D-Bus, Qt's X libraries,
# PostgreSQL client tools, poppler, CUPS with cups-pdf), a virtualenv with the pinned
# dependencies, then runs pytest inside a private D-Bus session with an unlocked GNOME Keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/setup-env.sh test
# PostgreSQL was installed above: the server's tests must run on it, not skip.
export CASELOAD_REQUIRE_PG=1
# CUPS and cups-pdf too: the printing tests must print for real (tests/cups.py), not skip.
export CASELOAD_REQUIRE_CUPS=1
# Types, lint and format first: a failure there fails the test command (set -e).
bash tools/lint.sh
exec dbus-run-session -- bash tools/with-keyring.sh .venv/bin/python -m pytest -n auto "$@"
