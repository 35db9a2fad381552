"""Shared fixtures. The suite runs inside a private D-Bus session with GNOME Keyring (see
tools/test.sh), so the vault uses a real Secret Service keyring, as on a worker's laptop."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services.vaults import Vault, create_vault, keyring_available  # noqa: E402

PASSPHRASE = "orange tractor seventeen lanterns"


@pytest.fixture(scope="session", autouse=True)
def _require_keyring() -> None:
    if not keyring_available():
        pytest.exit(
            "No Secret Service keyring: run the suite through tools/test.sh "
            "(it starts a private D-Bus session with GNOME Keyring).",
            returncode=3,
        )


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def vault(profile: Path) -> Iterator[Vault]:
    opened = create_vault(profile, PASSPHRASE, "Alex Rivera")
    yield opened
    opened.lock()
