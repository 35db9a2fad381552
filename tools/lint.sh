#!/usr/bin/env bash
# Static checks, run by tools/test.sh before pytest (so CI keeps them): the type checker
# (pyproject.toml, [tool.mypy]: strict on app/core, app/store, app/sync and server), the
# linter and the formatter's check. Any failure stops here with a non-zero exit.
# Usage: bash tools/lint.sh (from anywhere; uses the project's .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
set -x
"$BIN/mypy"
"$BIN/ruff" check .
"$BIN/ruff" format --check .
