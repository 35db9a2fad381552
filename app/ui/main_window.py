"""The one top-level window. Its pages: first-run setup, unlock (also the lock screen) and the
workspace (Today and the caseload list, beside the client record). The title never names a
client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.caseload.panel import CaseloadPanel
from app.ui.lockdown.neutral import NeutralScreen
from app.ui.record.view import RecordView
from app.ui.setup.screen import SetupScreen
from app.ui.sync.widgets import SyncBanner, SyncStatusBar
from app.ui.tasks import TaskRunner
from app.ui.today.view import TodayPane
from app.ui.unlock.screen import UnlockScreen
from app.ui.widgets import NOTICE_STYLE

TITLE = "Caseload"
DEFAULT_SIZE = (1366, 768)
PASSPHRASE_ONLY = "Passphrase-only vault: weaker protection"
STOP_SYNC_KEYS = "Ctrl+Shift+X"
STOP_SYNC_TIP = (
    f"Stop the sync now ({STOP_SYNC_KEYS}): what was sent and received is kept, the rest goes "
    "next time"
)
HINTS = "Ctrl+1 today · Ctrl+2 caseload · Ctrl+F find · Enter open · Ctrl+N note · Ctrl+L lock"


class Workspace(QSplitter):
    """Today and the caseload list (as tabs) on the left, the open client's record on the right."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setAccessibleName("Workspace")
        self.today = TodayPane(runner)
        self.caseload = CaseloadPanel(runner)
        self.lists = QTabWidget()
        self.lists.setAccessibleName("Today and caseload")
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.today, "Today  (Ctrl+1)")
        self.lists.addTab(self.caseload, "Caseload  (Ctrl+2)")
        self.lists.tabBar().setAccessibleName("Today or caseload")
        self.lists.setCurrentWidget(self.caseload)
        self.record = RecordView(runner)
        self.addWidget(self.lists)
        self.addWidget(self.record)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setSizes([760, 606])

    def show_today(self) -> None:
        self.lists.setCurrentWidget(self.today)
        self.today.focus_list()

    def show_caseload(self) -> None:
        self.lists.setCurrentWidget(self.caseload)
        self.caseload.focus_search()

    def clear(self) -> None:
        """Forget every client on screen and the vault behind it (on lock)."""
        self.caseload.clear()
        self.today.clear()
        self.record.detach()


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.resize(*DEFAULT_SIZE)
        self.setup = SetupScreen()
        self.unlock = UnlockScreen()
        self.workspace = Workspace(runner)
        self.neutral = NeutralScreen()  # quick-hide: nothing to see, any key leads to unlock
        self.pages = QStackedWidget()
        for page in (self.setup, self.unlock, self.workspace, self.neutral):
            self.pages.addWidget(page)
        self.banner = SyncBanner()  # above every page: the revoked message goes with setup
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, stretch=1)
        self.setCentralWidget(central)
        self._actions()
        self._sync_actions()
        self._settings_menu()
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
        self.today_action = self._action("&Today", "Ctrl+1", "Today's visits, tasks and deadlines")
        self.caseload_action = self._action("&Caseload", "Ctrl+2", "The caseload list")
        self.new_note_action = self._action(
            "&New note", "Ctrl+N", "Start a case note for the client whose record is open"
        )
        self.new_consent_action = self._action(
            self.tr("New &consent"),
            "Ctrl+Shift+C",
            self.tr("Prepare a consent form with the client whose record is open"),
        )
        self.new_client_action = self._action(
            self.tr("New c&lient…"),
            "Ctrl+Shift+N",
            self.tr("Take in a new client (checked for possible duplicates before saving)"),
        )
        self.refresh_action = self._action("&Refresh", "F5", "Reload the caseload")
        self.lock_action = self._action("&Lock now", "Ctrl+L", "Lock the screen now")
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # dialogs too
        self.quit_action = self._action("&Quit", "Ctrl+Q", "Lock and quit")
        menu = self.menuBar().addMenu("&Caseload")
        menu.setAccessibleName("Caseload menu")
        self.caseload_menu = menu  # app/ui/exports/hooks.py adds the client's exports to it
        actions = (
            self.find_action,
            self.new_client_action,
            self.new_note_action,
            self.new_consent_action,
        )
        for action in (*actions, self.refresh_action):
            menu.addAction(action)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        view = self.menuBar().addMenu("&View")
        view.setAccessibleName("View menu")
        for action in (self.today_action, self.caseload_action):
            view.addAction(action)
        self.menuBar().setAccessibleName("Menu bar")
        self.find_action.triggered.connect(self.workspace.show_caseload)
        self.today_action.triggered.connect(self.workspace.show_today)
        self.caseload_action.triggered.connect(self.workspace.show_caseload)
        self.workspace.record.client_changed.connect(lambda _id: self._enable_new_note())
        self.new_note_action.setEnabled(False)
        self.new_consent_action.setEnabled(False)
        self.new_consent_action.triggered.connect(self.workspace.record.new_consent)

    def _sync_actions(self) -> None:
        """Enabled by app.ui.sync.hooks, which knows whether a sync runs and the vault is
        connected; all off until a vault is open."""
        self.sync_action = self._action(
            "&Sync now", "Ctrl+Shift+S", "Send your changes to the office and get theirs"
        )
        self.stop_sync_action = self._action("S&top sync", STOP_SYNC_KEYS, STOP_SYNC_TIP)
        self.stop_sync_action.setStatusTip(STOP_SYNC_TIP)
        self.stop_sync_action.setIconText("Stop")  # the status bar's button, beside the progress
        self.connect_action = self._action(
            "C&onnect to the office…", "", "Connect this laptop with a code from the office"
        )
        self.reconnect_action = self._action(  # shown instead, once the laptop is connected
            self.tr("&Re-connect with a code…"),
            "",
            self.tr("After the office changed its certificate: a new code from your supervisor"),
        )
        self.conflicts_action = self._action(
            "Sync &conflicts…", "", "Edits of yours that a newer value replaced"
        )
        self.auto_sync_action = self._action(
            self.tr("Sync &automatically"),
            "",
            self.tr("Sync by itself when the office can be reached (kept in this vault)"),
        )
        self.auto_sync_action.setCheckable(True)
        self.auto_sync_action.setChecked(True)
        self._sync_menu()
        self.sync_status = SyncStatusBar()
        self.sync_status.use_actions(self.sync_action, self.stop_sync_action)

    def _sync_menu(self) -> None:
        menu = self.menuBar().addMenu("&Sync")
        menu.setAccessibleName("Sync menu")
        for action in (
            self.sync_action,
            self.stop_sync_action,
            self.connect_action,
            self.reconnect_action,
            self.conflicts_action,
            self.auto_sync_action,
        ):
            menu.addAction(action)
            action.setEnabled(False)

    def _settings_menu(self) -> None:
        """Enabled by app.ui.settings.hooks while a vault is open."""
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"),
            "",
            self.tr("Choose a new passphrase; the vault is re-encrypted under a new key"),
        )
        self.change_passphrase_action.setEnabled(False)
        menu = self.menuBar().addMenu(self.tr("Se&ttings"))
        menu.setAccessibleName(self.tr("Settings menu"))
        menu.addAction(self.change_passphrase_action)

    def _status_bar(self) -> None:
        self.worker_label = QLabel()
        self.worker_label.setAccessibleName("Signed-in worker")
        self.weak_label = QLabel(PASSPHRASE_ONLY)
        self.weak_label.setStyleSheet(NOTICE_STYLE.replace("padding: 6px", "padding: 1px 6px"))
        self.weak_label.setAccessibleName("Passphrase-only warning")
        self.weak_label.hide()
        self.hint_label = QLabel(HINTS)
        self.hint_label.setAccessibleName("Keyboard shortcuts")
        self.statusBar().addWidget(self.worker_label)
        self.statusBar().addWidget(self.weak_label)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.hint_label)
        self.workspace.record.header.new_note.clicked.connect(self.new_note_action.trigger)

    # -- pages --------------------------------------------------------------------------
    def show_setup(self) -> None:
        self._show(self.setup, unlocked=False)
        self.setup.worker_name.setFocus()

    def show_unlock(self, passphrase_only: bool) -> None:
        self._show(self.unlock, unlocked=False)
        self.unlock.set_passphrase_only(passphrase_only)
        self.unlock.reset()
        self.unlock.focus()

    def show_neutral(self) -> None:
        """After a quick-hide: no menu, no status line, no client; keys go to the panel."""
        self._show(self.neutral, unlocked=False)
        self.menuBar().hide()
        self.statusBar().hide()
        self.neutral.setFocus()

    def show_workspace(self, passphrase_only: bool) -> None:
        self.weak_label.setVisible(passphrase_only)
        self._show(self.workspace, unlocked=True)
        self.workspace.show_caseload()

    def _show(self, page: QWidget, unlocked: bool) -> None:
        self.pages.setCurrentWidget(page)
        self.menuBar().show()  # hidden only on the quick-hide screen
        self.statusBar().show()
        for action in self._workspace_actions():
            action.setEnabled(unlocked)
        self._enable_new_note()
        self.worker_label.setVisible(unlocked)
        self.hint_label.setVisible(unlocked)
        self.sync_status.setVisible(unlocked)
        if not unlocked:
            self.weak_label.hide()
            self.worker_label.clear()

    def _workspace_actions(self) -> tuple[QAction, ...]:
        return (
            self.find_action,
            self.new_client_action,
            self.refresh_action,
            self.lock_action,
            self.today_action,
            self.caseload_action,
        )

    def _enable_new_note(self) -> None:
        """Ctrl+N works only while a client's record is open (and the vault is unlocked)."""
        open_record = self.workspace.record.client_id is not None
        self.new_note_action.setEnabled(self.unlocked and open_record)
        self.new_consent_action.setEnabled(self.unlocked and open_record)
        self.workspace.record.header.new_note.setEnabled(self.unlocked and open_record)

    @property
    def unlocked(self) -> bool:
        return self.pages.currentWidget() is self.workspace

    def set_worker_name(self, name: str) -> None:
        self.worker_label.setText(f"Signed in: {name}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.workspace.clear()
        super().closeEvent(event)
