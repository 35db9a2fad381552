"""Start the desktop app: one QApplication, one worker thread, the controller and its window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.ui.controller import AppController
from app.ui.lock import DEFAULT_IDLE_MS
from app.ui.main_window import TITLE
from app.ui.tasks import ThreadedTaskRunner


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named "Caseload" (never anything about a client)."""
    QCoreApplication.setApplicationName(TITLE)
    QCoreApplication.setOrganizationName(TITLE)
    QApplication.setApplicationDisplayName(TITLE)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv if argv is not None else sys.argv[:1])


def run_gui(profile: Path, idle_ms: int = DEFAULT_IDLE_MS) -> int:
    """Show setup (no vault yet) or the unlock screen, then the caseload; returns the exit code."""
    app = make_application()
    runner = ThreadedTaskRunner()
    controller = AppController(Path(profile), runner, idle_ms=idle_ms)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
