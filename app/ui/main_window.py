"""The one top-level window. Its pages: first-run setup, unlock (also the lock screen) and the
workspace (caseload list beside the client record). The title never names a client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.ui.caseload.panel import CaseloadPanel
from app.ui.record.view import RecordView
from app.ui.setup.screen import SetupScreen
from app.ui.tasks import TaskRunner
from app.ui.unlock.screen import Backoff, UnlockScreen
from app.ui.widgets import NOTICE_STYLE

TITLE = "Caseload"
DEFAULT_SIZE = (1366, 768)
PASSPHRASE_ONLY = "Passphrase-only vault: weaker protection"


class Workspace(QSplitter):
    """The caseload list on the left, the open client's record on the right."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setAccessibleName("Workspace")
        self.caseload = CaseloadPanel(runner)
        self.record = RecordView()
        self.addWidget(self.caseload)
        self.addWidget(self.record)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self.setSizes([924, 442])

    def clear(self) -> None:
        self.caseload.clear()
        self.record.clear()


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner, backoff: Backoff | None = None) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.resize(*DEFAULT_SIZE)
        self.setup = SetupScreen()
        self.unlock = UnlockScreen(backoff)
        self.workspace = Workspace(runner)
        self.pages = QStackedWidget()
        for page in (self.setup, self.unlock, self.workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self._actions()
        self._status_bar()

    # -- chrome -------------------------------------------------------------------------
    def _action(self, text: str, keys: QKeySequence | str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _actions(self) -> None:
        self.find_action = self._action("&Find client", "Ctrl+F", "Focus the search box")
        self.refresh_action = self._action("&Refresh", "F5", "Reload the caseload")
        self.lock_action = self._action("&Lock now", "Ctrl+L", "Lock the screen now")
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # dialogs too
        self.quit_action = self._action("&Quit", "Ctrl+Q", "Lock and quit")
        menu = self.menuBar().addMenu("&Caseload")
        menu.setAccessibleName("Caseload menu")
        for action in (self.find_action, self.refresh_action, self.lock_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.menuBar().setAccessibleName("Menu bar")
        self.find_action.triggered.connect(self.workspace.caseload.focus_search)

    def _status_bar(self) -> None:
        self.worker_label = QLabel()
        self.worker_label.setAccessibleName("Signed-in worker")
        self.weak_label = QLabel(PASSPHRASE_ONLY)
        self.weak_label.setStyleSheet(NOTICE_STYLE.replace("padding: 6px", "padding: 1px 6px"))
        self.weak_label.setAccessibleName("Passphrase-only warning")
        self.weak_label.hide()
        self.hint_label = QLabel("Ctrl+F find · Enter open · Ctrl+L lock")
        self.hint_label.setAccessibleName("Keyboard shortcuts")
        self.statusBar().addWidget(self.worker_label)
        self.statusBar().addWidget(self.weak_label)
        self.statusBar().addPermanentWidget(self.hint_label)

    # -- pages --------------------------------------------------------------------------
    def show_setup(self) -> None:
        self._show(self.setup, unlocked=False)
        self.setup.worker_name.setFocus()

    def show_unlock(self, passphrase_only: bool) -> None:
        self._show(self.unlock, unlocked=False)
        self.unlock.set_passphrase_only(passphrase_only)
        self.unlock.reset()
        self.unlock.focus()

    def show_workspace(self, passphrase_only: bool) -> None:
        self.weak_label.setVisible(passphrase_only)
        self._show(self.workspace, unlocked=True)
        self.workspace.caseload.focus_search()

    def _show(self, page: QWidget, unlocked: bool) -> None:
        self.pages.setCurrentWidget(page)
        for action in (self.find_action, self.refresh_action, self.lock_action):
            action.setEnabled(unlocked)
        self.worker_label.setVisible(unlocked)
        self.hint_label.setVisible(unlocked)
        if not unlocked:
            self.weak_label.hide()
            self.worker_label.clear()

    @property
    def unlocked(self) -> bool:
        return self.pages.currentWidget() is self.workspace

    def set_worker_name(self, name: str) -> None:
        self.worker_label.setText(f"Signed in: {name}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.workspace.clear()
        super().closeEvent(event)
