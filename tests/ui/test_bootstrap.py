"""run_gui, the real entry point (threaded runner, application event loop), in a child process:
a test must not end the event loop of the QApplication the other tests share."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.services.vaults import Vault
from tests.leakscan import scan

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
    runtime = tempfile.mkdtemp(dir="/dev/shm")  # the private temp folder goes in here
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime)
    try:
        result = subprocess.run(
            [sys.executable, "-c", PROBE, str(profile), page],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
            check=True,
        )
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    return result.stdout


def test_first_run_shows_setup(profile: Path) -> None:
    out = run_gui_until(profile, "setup")
    assert "page setup title Caseload app Caseload" in out
    assert "exit 0" in out


def test_existing_vault_shows_unlock(vault: Vault, profile: Path) -> None:
    vault.lock()
    out = run_gui_until(profile, "unlock")
    assert "page unlock title Locked" in out  # shown as "Locked — Caseload"
    assert "exit 0" in out


DIALOG_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog
from app.ui import bootstrap

folder = sys.argv[2]
def pick():
    dialog = QFileDialog(None, "Signed page", folder)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(folder + "/scan.png")
    dialog.accept()
    dialog.deleteLater()  # QFileDialog saves its history and last folder when destroyed
    QTimer.singleShot(200, QCoreApplication.quit)

def make_application(argv=None, make=bootstrap.make_application):
    application = make(argv)
    QTimer.singleShot(300, pick)  # once the application exists
    return application

bootstrap.make_application = make_application
print("exit", bootstrap.run_gui(Path(sys.argv[1])), flush=True)
"""


def test_file_dialog_history_never_reaches_settings_on_disk(profile: Path, tmp_path: Path):
    """QFileDialog remembers folders (a scan's folder may be named after a client) in Qt's
    user settings: those live in the private temporary folder, emptied at exit."""
    canary = tmp_path / "Zqxdialogcanary Vmwfolder"
    canary.mkdir()
    (canary / "scan.png").write_bytes(b"\x89PNG")
    config, runtime = tmp_path / "config", Path(tempfile.mkdtemp(dir="/dev/shm"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        XDG_RUNTIME_DIR=str(runtime),
        HOME=str(tmp_path / "home"),
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", DIALOG_PROBE, str(profile), str(canary)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
        assert "exit 0" in result.stdout, result.stderr[-2000:]
        assert scan([config, tmp_path / "home", runtime], "Zqxdialogcanary") == []
        assert list((runtime / f"caseload-{os.getuid()}").iterdir()) == []
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
