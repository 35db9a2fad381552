"""Shared fixtures. The suite runs inside a private D-Bus session with GNOME Keyring (see
tools/test.sh), so the vault uses a real Secret Service keyring, as on a worker's laptop."""

from __future__ import annotations

import os
import sys
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


def _settle_qt() -> None:
    """Deliver events still queued from earlier tests (a worker thread's last signal, a
    deferred delete): the objects they free would otherwise count against this test."""
    if "PySide6" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_reference_leak_on_none():
    """Fail a test whose code drops references to None.

    PySide6 6.12.0 on Python 3.11 decrements None's (and True's) reference count when a
    Python slot returns, when an empty QVariant comes back to Python (QModelIndex.data(),
    QComboBox.currentData()) and in selection changes; a long-running app then dies with
    "Fatal Python error: none_dealloc". We pin 6.11.3, which is clean; this guard catches a
    regression from any upgrade (see docs/decisions.md)."""
    import gc
    import sys

    _settle_qt()  # what earlier tests left for the event loop is theirs, not this test's
    gc.collect()
    before = sys.getrefcount(None)
    yield
    gc.collect()
    lost = before - sys.getrefcount(None)
    assert lost < 200, (
        f"this test lost {lost} references to None: a Qt call returned an empty QVariant to "
        "Python (see the fixture's docstring in tests/conftest.py)"
    )
