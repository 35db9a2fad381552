"""run_gui, the real entry point (threaded runner, application event loop), in a child process:
a test must not end the event loop of the QApplication the other tests share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.services.vaults import Vault

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.bootstrap import run_gui
from app.ui.main_window import MainWindow

wanted = sys.argv[2]
def poll():
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            page = window.pages.currentWidget()
            if page is getattr(window, wanted):
                print("page", wanted, "title", window.windowTitle(),
                      "app", QCoreApplication.applicationName(), flush=True)
                window.close()  # the last window: the app quits and locks on its way out
                return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
QTimer.singleShot(8000, QCoreApplication.quit)
print("exit", run_gui(Path(sys.argv[1])), flush=True)
"""


def run_gui_until(profile: Path, page: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(profile), page],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    return result.stdout


def test_first_run_shows_setup(profile: Path) -> None:
    out = run_gui_until(profile, "setup")
    assert "page setup title Caseload app Caseload" in out
    assert "exit 0" in out


def test_existing_vault_shows_unlock(vault: Vault, profile: Path) -> None:
    vault.lock()
    out = run_gui_until(profile, "unlock")
    assert "page unlock title Caseload" in out
    assert "exit 0" in out
