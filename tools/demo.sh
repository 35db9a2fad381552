#!/usr/bin/env bash
# Set up and start Caseload on a demo vault (synthetic caseload) on a fresh Debian machine.
# The demo vault lives in ~/.local/share/caseload-demo; its passphrase is printed below.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/setup-env.sh app
PROFILE="${CASELOAD_DEMO_PROFILE:-$HOME/.local/share/caseload-demo}"
DEMO_PASSPHRASE="demo caseload passphrase"
if [ ! -f "$PROFILE/vault.json" ]; then
  FLAGS=""
  if ! .venv/bin/python -c "import sys; from app.services.vaults import keyring_available as k; sys.exit(0 if k() else 1)"; then
    echo "No desktop keyring found: creating a passphrase-only demo vault (weaker; fine for a demo)."
    FLAGS="--no-keyring"
  fi
  printf '%s\n' "$DEMO_PASSPHRASE" | .venv/bin/caseload demo --profile "$PROFILE" \
    --passphrase-stdin --name "Alex Rivera" $FLAGS
fi
echo
echo "Demo vault: $PROFILE"
echo "Passphrase: $DEMO_PASSPHRASE"
echo
exec .venv/bin/caseload --profile "$PROFILE"
