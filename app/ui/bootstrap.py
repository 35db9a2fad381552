"""Start the desktop app: one QApplication, one worker thread, the controller and its window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.controller import AppController
from app.ui.i18n import LANGUAGES, system_language
from app.ui.lock import DEFAULT_IDLE_MS
from app.ui.main_window import TITLE
from app.ui.printing.spool import confine_temp_files, empty_temp_dir
from app.ui.tasks import ThreadedTaskRunner


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named "Caseload" (never anything about a client), in the system's
    language and with the app's look, before any window is built. The worker's own language
    and text size, kept in the vault, are applied after unlock (app/ui/settings)."""
    QCoreApplication.setApplicationName(TITLE)
    QCoreApplication.setOrganizationName(TITLE)
    QApplication.setApplicationDisplayName(TITLE)
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    LANGUAGES.apply(system_language())
    theme.apply_look(app)
    return app


def keep_settings_in(folder: Path) -> None:
    """Qt's own user settings (QFileDialog's history and last folder, which could name a
    client's scan) go to the private folder, emptied at exit. The app keeps no QSettings of
    its own (docs/decisions.md, "Printing")."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def run_gui(profile: Path, idle_ms: int = DEFAULT_IDLE_MS) -> int:
    """Show setup (no vault yet) or the unlock screen, then the caseload; returns the exit code."""
    private = confine_temp_files()  # before Qt starts: temp files go to a private tmpfs folder
    keep_settings_in(private)
    app = make_application()
    runner = ThreadedTaskRunner()
    controller = AppController(Path(profile), runner, idle_ms=idle_ms)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    try:
        return app.exec()
    finally:
        empty_temp_dir()
